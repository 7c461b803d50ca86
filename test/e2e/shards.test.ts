// A matrix of 4 shards, each a real scan of its part of the tree, together equal one unsharded scan.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toolOutputs } from '../support/fake-responses.ts';
import { ROOT, scanWith, type ScanRun } from '../support/harness.ts';
import { sarifProblems } from '../support/sarif-check.ts';
import { reviewScript, shardReviewScript } from '../support/scripted-review.ts';

const runs: ScanRun[] = [];
afterEach(async () => {
  for (const r of runs.splice(0)) await r.cleanup();
});

describe('shards', () => {
  it('4 shards cover every file once and together find what one scan finds', async () => {
    const whole = await scanWith(reviewScript());
    runs.push(whole);
    const key = (f: { ruleId: string; file: string; startLine: number; fingerprint: string }) =>
      `${f.ruleId} ${f.file}:${f.startLine} ${f.fingerprint}`;

    const merged: string[] = [];
    const covered: string[] = [];
    const reports: string[] = [];
    for (let k = 1; k <= 4; k++) {
      const run = await scanWith(shardReviewScript(), {
        settings: { shard: { index: k, total: 4 }, sarifCategory: `vega-codex/shard-${k}-of-4/` },
      });
      runs.push(run);
      const { report } = run.outcome;
      expect(report.status).toBe('completed');
      expect(report.scope).toMatchObject({ shard: `${k}/4`, diff: false, ofScope: { source: 'walk', files: 8 } });
      const list = readFileSync(`${run.dir}/tmp/vega-codex-${report.scan.id}/scope.txt`, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean);
      expect(list).toHaveLength(report.scope!.files);
      covered.push(...list);
      // The model searched exactly the shard's files.
      const searched = toolOutputs(run.server.requests[1]!).join('\n');
      for (const line of searched.split('\n').filter((l) => /^[\w./-]+:\d+:/.test(l)))
        expect(list).toContain(line.split(':')[0]);
      merged.push(...report.findings.items.map(key));
      reports.push(report.files.report);
      expect(sarifProblems(report.files.sarif, { multitool: false })).toEqual([]);
      expect(JSON.parse(readFileSync(report.files.sarif, 'utf8')).runs[0].automationDetails.id).toBe(
        `vega-codex/shard-${k}-of-4/`,
      );
    }
    // Every file of the example in exactly one shard.
    expect([...covered].sort()).toEqual([
      'README.md',
      'package.json',
      'public/index.html',
      'src/config.js',
      'src/db.js',
      'src/files.js',
      'src/server.js',
      'src/tools.js',
    ]);
    expect(merged.sort()).toEqual(whole.outcome.report.findings.items.map(key).sort());

    // The documented merge step: one report and one summary for the matrix.
    const out = mkdtempSync(join(tmpdir(), 'merge-'));
    try {
      const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'merge', ...reports, '--out', out], {
        encoding: 'utf8',
      });
      expect(cli.status).toBe(1);
      expect(cli.stdout).toContain('Merged 4 reports: 4 findings (1 critical, 2 high, 1 medium)');
      const combined = JSON.parse(readFileSync(join(out, 'v16-report.json'), 'utf8'));
      expect(combined.findings.items.map(key)).toEqual(whole.outcome.report.findings.items.map(key));
      expect(combined.merged.map((m: { shard: string }) => m.shard)).toEqual(['1/4', '2/4', '3/4', '4/4']);
      expect(combined.usage.input_tokens).toBeGreaterThan(whole.outcome.report.usage.input_tokens);
      expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain(
        '| critical | sql-injection (CWE-89) | src/db.js:8 |',
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
