import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEBUG_BUNDLE_FILE, EVENTS_FILE } from '../../../src/runtime/files.js';
import { recordedSource } from '../../../src/runtime/recorded-source.js';
import { bundle } from '../../../src/scan/stages/bundle.js';
import {
  API_KEY,
  COMMAND_INJECTION,
  factsThrough,
  removeWorkspaces,
  reviewPass,
  workspace,
} from '../../support/fake-source.ts';
import { unzip } from '../../support/unzip.ts';

afterEach(removeWorkspaces);

const ALL = ['src/db.js', 'src/files.js', 'src/ping.js'];

describe('bundle stage', () => {
  it("bundles the first pass's rollout, stderr, prompt and command line, with the endpoint's key masked", async () => {
    const ws = workspace();
    const pass = {
      events: reviewPass(ws.root, ALL, { summary: 'One.', findings: [COMMAND_INJECTION] }),
      stderr: `auth with ${API_KEY} failed once, retrying\n`,
    };
    const ctx = ws.context(ws.settings(), ws.source({ passes: [pass] }));
    const facts = await factsThrough(ctx, 'render');
    // Codex keeps the session's rollout in its home, named by the thread.
    const first = facts.passes[0]!;
    const sessions = join(first.codexHome!, 'sessions', '2025', '06', '01');
    mkdirSync(sessions, { recursive: true });
    const rollout = `rollout-2025-06-01T10-00-00-${first.collector.threadId}.jsonl`;
    writeFileSync(
      join(sessions, rollout),
      `${JSON.stringify({ type: 'session_meta', payload: { note: `OPENAI_API_KEY=${API_KEY}` } })}\n`,
    );

    await bundle.run(ctx, facts);
    const target = facts.rendered.report.files.debugBundle!;
    expect(target).toBe(join(ws.outputDir, DEBUG_BUNDLE_FILE));
    const entries = unzip(readFileSync(target));
    expect([...entries.keys()].sort()).toEqual(['codex-stderr.log', 'command.txt', 'prompt.txt', `rollout/${rollout}`]);
    expect(entries.get('prompt.txt')!.toString()).toBe(facts.scope.prompt);
    for (const [name, bytes] of entries) expect(bytes.toString(), name).not.toContain(API_KEY);
    expect(entries.get('codex-stderr.log')!.toString()).toBe('auth with *** failed once, retrying\n');
  });

  it('writes no bundle for a replay, which has no Codex home', async () => {
    const ws = workspace();
    const passes = [reviewPass(ws.root, ALL, { summary: 'One.', findings: [COMMAND_INJECTION] })];
    await factsThrough(ws.context(ws.settings(), ws.source({ passes })), 'render');
    const { source } = recordedSource(join(ws.outputDir, EVENTS_FILE), ws.root);
    const ctx = ws.context(ws.settings(), source, { replay: true });
    const facts = await factsThrough(ctx, 'bundle');
    expect(facts.rendered.report.findings.total).toBe(1);
    expect(facts.rendered.report.files.debugBundle).toBeNull();
    expect(existsSync(join(ws.outputDir, DEBUG_BUNDLE_FILE))).toBe(false);
  });
});
