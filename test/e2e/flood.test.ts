// A misled model answers 30,000 findings: the bundled action reads the 5,000 most severe, annotates the 1,000 most
// severe of those in 20 check-run requests, and says how many more there are. bench/flood.ts measures time and memory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { problems } from '../support/actions-runner.ts';
import { floodOf, floodStep, sourceFiles } from '../support/flood.ts';

let workspace: string | undefined;
afterEach(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
  workspace = undefined;
});

describe('an answer of 30,000 findings', () => {
  it.each([
    ['in one file', 1, 30_000],
    ['across 1,000 files', 1000, 30],
  ])(
    '%s: 5,000 read, 1,000 annotated in 20 requests, the rest counted',
    async (_, files, lines) => {
      workspace = mkdtempSync(join(tmpdir(), 'flood-'));
      const run = await floodStep(workspace, floodOf(30_000, sourceFiles(workspace, files, lines)));
      expect(run.code, problems(run.step)).toBe(0);
      expect(run.outputs['findings-count']).toBe('5000');
      // The most severe were read: of 7,500 critical findings in the answer, 5,000.
      expect(run.step.stdout).toContain('Findings: 5000 (critical 5000, high 0, medium 0, low 0)');
      expect(run.report!.warnings).toContain(
        'The answer held 30000 findings, more than the 5000 one answer may hold: the 5000 most severe were read and 25000 were dropped unread. A review rarely reports more than a few dozen: the reviewed code may have steered the model.',
      );

      expect(run.github.violations).toEqual([]);
      expect(run.github.calls.map((c) => c.method)).toEqual(['post', ...Array<string>(20).fill('patch')]);
      const updates = run.github.calls.slice(1);
      expect(updates.map((u) => u.body.output.annotations.length)).toEqual(Array<number>(20).fill(50));
      expect(updates.at(-1)!.body).toMatchObject({ status: 'completed', conclusion: 'success' });
      expect(run.lastSummary).toContain(
        '4000 more findings are not annotated: a check run shows at most 1000, the most severe. v16-report.json lists every finding.',
      );
    },
    120_000,
  );
});
