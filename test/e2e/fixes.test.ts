// The verifier judges a finding's fix along with the finding: a fix judged wrong is not suggested, the finding stays.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXES_FILE } from '../../src/scan/stages/render.js';
import { proposedFix, toolCall, verdict, verifiedFinding, type Script } from '../support/fake-responses.ts';
import { scanWith, type ScanRun } from '../support/harness.ts';
import { reviewScript, SQL_FIX } from '../support/scripted-review.ts';

const runs: ScanRun[] = [];
afterEach(async () => {
  for (const r of runs.splice(0)) {
    expect(r.leftovers()).toEqual([]);
    await r.cleanup();
  }
});

/** Confirms every finding; judges the SQL fix as `judgement`. */
const verifier =
  (judgement: 'correct' | 'wrong'): Script =>
  (r) => {
    if (r.threadIndex === 0) return toolCall(`sed -n 1,20p ${verifiedFinding(r)!.file}`);
    const fix = proposedFix(r);
    return verdict(
      'confirmed',
      'input reaches the sink',
      [],
      null,
      fix
        ? {
            verdict: judgement,
            reason: judgement === 'wrong' ? 'It drops the email column from the result.' : 'It binds id.',
          }
        : null,
    );
  };

describe('fixes judged by the verifier', () => {
  it.each(['wrong', 'correct'] as const)('a fix judged %s', async (judgement) => {
    const run = await scanWith(reviewScript(), { settings: { verify: true }, verifier: verifier(judgement) });
    runs.push(run);
    const { report } = run.outcome;
    expect(report.status).toBe('completed');
    // The verifier was shown the fix, between markers the finding's text does not use.
    const shown = run.server.requests
      .filter((r) => r.verification)
      .map(proposedFix)
      .filter(Boolean);
    expect(shown).toEqual([SQL_FIX, SQL_FIX]);
    const sql = report.findings.items.find((f) => f.ruleId === 'sql-injection')!;
    expect(sql.verification?.fix?.verdict).toBe(judgement);
    const sarif = JSON.parse(readFileSync(report.files.sarif, 'utf8'));
    const withFixes = sarif.runs[0].results.filter((r: { fixes?: unknown }) => r.fixes);
    if (judgement === 'wrong') {
      expect(sql.fix).toBeUndefined();
      expect(report.fixes.dropped).toEqual([
        {
          file: 'src/db.js',
          startLine: 8,
          title: sql.title,
          reason: 'fix dropped: the verifier judged it wrong: It drops the email column from the result.',
        },
      ]);
      expect(withFixes).toHaveLength(0);
      expect(existsSync(join(run.dir, 'out', FIXES_FILE))).toBe(false);
      expect(report.files.fixes).toBeNull();
    } else {
      expect(sql.fix).toEqual({ startLine: 8, endLine: 9, replacement: SQL_FIX });
      expect(withFixes).toHaveLength(1);
      expect(report.files.fixes).toBe(join(run.dir, 'out', FIXES_FILE));
    }
  });
});
