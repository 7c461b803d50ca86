import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_FILE } from '../../../src/runtime/files.js';
import { runStages, STAGES } from '../../../src/scan/pipeline.js';
import { judge } from '../../../src/scan/stages/judge.js';
import { StageError } from '../../../src/scan/stages/stage.js';
import { ConfigurationError } from '../../../src/util/errors.js';
import { COMMAND_INJECTION, removeWorkspaces, reviewPass, workspace } from '../../support/fake-source.ts';

afterEach(removeWorkspaces);

const ALL = ['src/db.js', 'src/files.js', 'src/ping.js'];

/** The log's groups: each title with the lines logged in it. */
function groups(lines: string[]): { title: string; lines: string[] }[] {
  const out: { title: string; lines: string[] }[] = [];
  let open: { title: string; lines: string[] } | undefined;
  for (const l of lines) {
    if (l.startsWith('▸ ')) {
      expect(open, `group "${l.slice(2)}" opened inside "${open?.title}"`).toBeUndefined();
      open = { title: l.slice(2), lines: [] };
    } else if (l === '◂') {
      out.push(open!);
      open = undefined;
    } else open?.lines.push(l);
  }
  expect(open).toBeUndefined();
  return out;
}

describe('the scan pipeline', () => {
  it('runs every stage in order, each in a log group that ends with its duration, and closes the source', async () => {
    const ws = workspace();
    const source = ws.source({
      passes: [reviewPass(ws.root, ALL, { summary: 'One.', findings: [COMMAND_INJECTION] })],
    });
    const ctx = ws.context(ws.settings(), source);
    const outcome = await runStages(ctx);
    const logged = groups(ctx.log.lines);
    expect(logged.map((g) => g.lines.at(-1)!.replace(/\d+ ms$/, 'N ms'))).toEqual(STAGES.map((s) => `${s.name}: N ms`));
    expect(logged[0]!.title).toBe('Scope: what this scan reviews');
    expect(logged.find((g) => g.title === 'Conclusion: status and fail-on')!.lines).toContain(
      'status completed, conclusion failure: 1 findings at or above fail-on high',
    );
    expect(source.requests.closed).toBe(1);
    expect(outcome.findings.map((f) => f.file)).toEqual(['src/ping.js']);
    expect(outcome.reviewed).toEqual(ALL);
    expect(existsSync(outcome.files.report)).toBe(true);
  });

  it('names the stage an unexpected error happened in, stops there, and still closes the source', async () => {
    const ws = workspace();
    const source = ws.source({
      passes: [reviewPass(ws.root, ALL, { summary: 'One.', findings: [COMMAND_INJECTION] })],
    });
    const ctx = ws.context(ws.settings(), source);
    const bug = new TypeError("Cannot read properties of undefined (reading 'verdict')");
    const broken = STAGES.map((s) => (s === judge ? { ...judge, run: () => Promise.reject(bug) } : s));
    const error = await runStages(ctx, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StageError);
    expect(error).toMatchObject({ stage: 'judge', message: `stage judge: ${bug.message}`, cause: bug });
    expect(source.requests.closed).toBe(1);
    // The group of the stage that failed is closed with its duration; no later stage ran.
    const logged = groups(ctx.log.lines);
    expect(logged.at(-1)!.lines.at(-1)).toMatch(/^judge: \d+ ms$/);
    expect(existsSync(join(ws.outputDir, REPORT_FILE))).toBe(false);
  });

  it('names the stage when the source fails unexpectedly', async () => {
    const ws = workspace();
    const verifier = () => {
      throw new Error('docker: the verification container vanished');
    };
    const source = ws.source({
      passes: [reviewPass(ws.root, ALL, { summary: 'One.', findings: [COMMAND_INJECTION] })],
      verifier,
    });
    const error = await runStages(ws.context(ws.settings({ verify: true }), source)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'StageError',
      message: 'stage verify: docker: the verification container vanished',
    });
    expect(source.requests.closed).toBe(1);
  });

  it("lets a user's configuration error through as it is, and still closes the source", async () => {
    const ws = workspace();
    const baselineSarif = join(ws.outputDir, 'baseline.sarif');
    writeFileSync(baselineSarif, '{"version": "2.1.0"}');
    const source = ws.source({
      passes: [reviewPass(ws.root, ALL, { summary: 'One.', findings: [COMMAND_INJECTION] })],
    });
    const error = await runStages(ws.context(ws.settings({ baselineSarif }), source)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).not.toBeInstanceOf(StageError);
    expect((error as Error).message).toBe(`Input baseline-sarif: ${baselineSarif} has no "runs": is it a SARIF file?`);
    expect(source.requests.closed).toBe(1);
  });
});
