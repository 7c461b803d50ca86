// A pull-request scan against the base branch's SARIF: known findings are existing, only new ones count.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBaseline } from '../../src/findings/baseline.js';
import { finalMessage, sequence, readingFirst } from '../support/fake-responses.ts';
import { scanWith, type ScanRun } from '../support/harness.ts';
import { githubProblems } from '../support/sarif-check.ts';
import { reviewScript } from '../support/scripted-review.ts';

const runs: ScanRun[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const r of runs.splice(0)) await r.cleanup();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function scan(...args: Parameters<typeof scanWith>) {
  const run = await scanWith(...args);
  runs.push(run);
  return run;
}

describe('baseline-sarif', () => {
  it('marks what the baseline knew as existing, counts only new findings for fail-on, and says which is which', async () => {
    const base = await scan(reviewScript());
    const keep = mkdtempSync(join(tmpdir(), 'baseline-'));
    dirs.push(keep);
    const baselineFile = join(keep, 'base.sarif');
    copyFileSync(base.outcome.report.files.sarif, baselineFile);
    expect(base.outcome.report.conclusion).toBe('failure');

    // The same code again, plus one new finding.
    const events = readFileSync(base.outcome.report.files.events, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const previous = JSON.parse(events.find((e) => e.item?.type === 'agent_message').item.text);
    const added = {
      ...previous.findings[0],
      ruleId: 'code-injection',
      title: 'New eval of a query parameter',
      startLine: 9,
      endLine: 9,
    };
    const again = await scan(
      readingFirst(sequence(finalMessage(JSON.stringify({ summary: '', findings: [...previous.findings, added] })))),
      { settings: { baselineSarif: baselineFile } },
    );
    const { report } = again.outcome;
    expect(report.findings.baseline).toEqual({ file: baselineFile, new: 1, existing: 4, failOnExisting: false });
    expect(report.findings.items.filter((f) => f.baseline === 'new').map((f) => f.ruleId)).toEqual(['code-injection']);
    expect(report.findings.atOrAboveFailOn).toBe(1);
    const sarif = JSON.parse(readFileSync(report.files.sarif, 'utf8'));
    expect(githubProblems(sarif)).toEqual([]);
    expect(
      sarif.runs[0].results.map((r: { ruleId: string; baselineState: string }) => `${r.ruleId} ${r.baselineState}`),
    ).toEqual([
      'sql-injection unchanged',
      'code-injection new',
      'path-traversal unchanged',
      'command-injection unchanged',
      'hardcoded-secret unchanged',
    ]);

    const onlyOld = await scan(
      readingFirst(sequence(finalMessage(JSON.stringify({ summary: '', findings: previous.findings })))),
      { settings: { baselineSarif: baselineFile } },
    );
    expect(onlyOld.outcome.report.conclusion).toBe('success');
    const strict = await scan(
      readingFirst(sequence(finalMessage(JSON.stringify({ summary: '', findings: previous.findings })))),
      { settings: { baselineSarif: baselineFile, failOnExisting: true } },
    );
    expect(strict.outcome.report.conclusion).toBe('failure');
    expect(strict.outcome.report.findings.atOrAboveFailOn).toBe(3);
  });

  it('refuses a file that is not SARIF, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baseline-'));
    dirs.push(dir);
    const file = join(dir, 'x.json');
    copyFileSync(join(import.meta.dirname, '../../package.json'), file);
    expect(() => readBaseline(file)).toThrow(`Input baseline-sarif: ${file} has no "runs": is it a SARIF file?`);
  });
});
