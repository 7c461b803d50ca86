// Lean threads (issue 22): what the pinned Codex really offers the model in every thread of a scan (review pass and
// verification), read from the request bodies the stand-in model received. When codex-version changes, this is the
// test that says whether the settings of src/codex/lean.ts still do what they did.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TOOL_OUTPUT_TOKEN_LIMIT } from '../../src/codex/lean.js';
import { REVIEWER_INSTRUCTIONS } from '../../src/codex/reviewer-instructions.js';
import {
  finalMessage,
  toolCall,
  toolOutputs,
  verdict,
  type RecordedRequest,
  type Script,
} from '../support/fake-responses.ts';
import { containerRunner, labelledContainers } from '../support/docker.ts';
import { scanWith, type ScanRun } from '../support/harness.ts';

let current: ScanRun | undefined;
afterEach(async () => {
  if (!current) return;
  expect(current.leftovers()).toEqual([]);
  expect(labelledContainers(current.outcome.report.scan.id)).toEqual([]);
  await current.cleanup();
  current = undefined;
});

/** Tools a read-only review cannot use: sub-agents, goals, questions to a user, sleep, images. */
const REMOVED = [
  'spawn_agent',
  'wait_agent',
  'followup_task',
  'send_message',
  'interrupt_agent',
  'list_agents',
  'create_goal',
  'get_goal',
  'update_goal',
  'request_user_input',
  'request_user_input_async',
  'sleep',
  'view_image',
];

/** 6,000 lines, about 7,200 tokens: under Codex's own cut (10,000), well over ours. */
const LINES = 6000;
const LONG_OUTPUT = `seq 1 ${LINES}`;

const sqli = {
  ruleId: 'sql-injection',
  title: 'SQL built from the id parameter',
  severity: 'critical',
  confidence: 'high',
  cwe: ['CWE-89'],
  file: 'src/db.js',
  startLine: 8,
  endLine: 9,
  description: 'id is concatenated into SQL.',
  recommendation: 'Bind it.',
};

/** A review that reads a file, runs one command with a long output, then reports one finding, which the verifier
 * confirms. */
const review: Script = (r) =>
  [toolCall('cat src/db.js'), toolCall(LONG_OUTPUT)][r.threadIndex] ??
  finalMessage(JSON.stringify({ summary: 'Reviewed.', findings: [sqli] }));
const verifier: Script = () => verdict('confirmed', 'id reaches client.query unbound.');

type Item = Record<string, unknown>;

function inputOf(r: RecordedRequest): Item[] {
  return (r.body?.input as Item[] | undefined) ?? [];
}

/** The names of every tool offered: the `additional_tools` item's, and those nested in code mode's `exec`. */
function toolsOffered(r: RecordedRequest): string[] {
  const names: string[] = [];
  const walk = (tools: Item[]) => {
    for (const t of tools) {
      if (Array.isArray(t.tools)) walk(t.tools as Item[]);
      else names.push(String(t.name));
      if (typeof t.description === 'string')
        names.push(...[...t.description.matchAll(/^### `(\w+)`/gm)].map((m) => m[1]!));
    }
  };
  for (const item of inputOf(r)) if (item.type === 'additional_tools') walk(item.tools as Item[]);
  return names;
}

function developerTexts(r: RecordedRequest): string[] {
  return inputOf(r)
    .filter((i) => i.type === 'message' && i.role === 'developer')
    .flatMap((i) => (i.content as { text: string }[]).map((c) => c.text));
}

/** Codex's complaints about its settings: stderr lines, and `error` items in the events, of every thread. */
function settingComplaints(outputDir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(outputDir)) {
    const text = readFileSync(join(outputDir, f), 'utf8');
    if (f.endsWith('-stderr.log')) {
      out.push(...text.split('\n').filter((l) => /unknown|unrecognized|ignor|invalid|refus|feature flag/i.test(l)));
    }
    if (f.endsWith('-events.jsonl')) {
      out.push(...text.split('\n').filter((l) => l.includes('"type":"error"')));
    }
  }
  return out;
}

function expectLean(run: ScanRun) {
  const { requests, violations } = run.server;
  expect(violations).toEqual([]);
  expect(run.outcome.report.status).toBe('completed');
  // Both kinds of thread ran: the review (two commands, then its answer) and the finding's verification.
  expect(requests.filter((r) => !r.verification)).toHaveLength(3);
  expect(requests.filter((r) => r.verification).length).toBeGreaterThan(0);
  expect(run.outcome.report.findings.items).toEqual([expect.objectContaining({ ruleId: 'sql-injection' })]);
  for (const r of requests) {
    const offered = toolsOffered(r);
    expect(offered).toContain('exec_command');
    expect(offered.filter((name) => REMOVED.includes(name))).toEqual([]);
    const body = JSON.stringify(r.body);
    // exec_command's terminal parameter, and the texts that came with the tools removed.
    expect(body).not.toMatch(/tty\?: boolean|"tty":/);
    expect(body).not.toMatch(/<multi_agent_role>|<multi_agent_mode>|<collaboration_mode>/);
    expect(body).not.toContain('You are Codex');
    expect(developerTexts(r)[0]).toBe(REVIEWER_INSTRUCTIONS.trim());
  }
  expect(settingComplaints(join(run.dir, 'out'))).toEqual([]);
}

/** The long output as the review's last request carries it back to the model. */
function expectHistoryBounded(run: ScanRun) {
  const last = run.server.requests.find((r) => !r.verification && r.threadIndex === 2)!;
  const output = toolOutputs(last)[1];
  expect(output).toBeDefined();
  const whole = Array.from({ length: LINES }, (_, i) => i + 1).join('\n');
  // Codex keeps the start and the end of the output and cuts its middle, at about 4 characters a token.
  expect(output).toContain('\n1\n2\n3\n');
  expect(output).toContain(`${LINES - 1}\n${LINES}`);
  expect(output).not.toContain(`\n${LINES / 2}\n`);
  expect(output!.length).toBeLessThan(whole.length / 2);
  expect(output!.length).toBeLessThan(TOOL_OUTPUT_TOKEN_LIMIT * 4 * 1.25);
  // …and says so, so the model knows to read the rest in ranges.
  expect(output).toMatch(/tokens truncated/);
}

describe('every thread of a scan is offered only what a read-only review uses', () => {
  it('direct mode: no unusable tools, our instructions, the shell kept, history bounded', async () => {
    current = await scanWith(review, { verifier, settings: { verify: true } });
    expectLean(current);
    expectHistoryBounded(current);
  });

  it('container mode: the same, with the instructions read from the read-only /vega mount', async () => {
    current = await scanWith(review, { verifier, settings: { verify: true, runner: containerRunner() } });
    expect(current.outcome.report.codex.mode).toBe('container');
    expectLean(current);
    expectHistoryBounded(current);
  });
});
