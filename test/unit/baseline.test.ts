// A baseline SARIF recognises findings by `vega/v1`, or by rule and GitHub's line hash: also when it was written with
// the earlier `rule/severity` ids, and when the finding has been rated otherwise since.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isKnown, readBaseline } from '../../src/findings/baseline.js';
import type { Finding } from '../../src/findings/finding.js';
import { buildSarif, sarifRuleId, type SarifLog } from '../../src/sarif/sarif.js';
import { githubProblems } from '../support/sarif-check.ts';

const f = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'sql-injection',
  title: 'SQL built from input.',
  severity: 'high',
  confidence: 'high',
  cwe: ['CWE-89'],
  file: 'src/db.js',
  startLine: 3,
  endLine: 4,
  description: 'The id reaches the query.',
  recommendation: 'Bind it.',
  fingerprint: 'aaaa:1',
  lineHash: '1f2e:1',
  ...over,
});

const opts = { toolVersion: '1.2.3', category: 'vega-codex/', executionSuccessful: true };

/** What earlier versions wrote: one rule per rule and severity, `sql-injection/high`. */
function withSeverityIds(log: SarifLog, severities: string[]): SarifLog {
  const run = log.runs[0]!;
  const ids = run.results.map((r, i) => `${r.ruleId}/${severities[i]}`);
  const rules = [...new Set(ids)].sort();
  const byId = new Map(run.tool.driver.rules.map((r) => [r.id as string, r]));
  return {
    ...log,
    runs: [
      {
        ...run,
        tool: { driver: { ...run.tool.driver, rules: rules.map((id) => ({ ...byId.get(id.split('/')[0]!)!, id })) } },
        results: run.results.map((r, i) => ({ ...r, ruleId: ids[i]!, ruleIndex: rules.indexOf(ids[i]!) })),
      },
    ],
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'baseline-unit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function baselineFrom(log: SarifLog) {
  expect(githubProblems(log)).toEqual([]);
  const file = join(dir, 'base.sarif');
  writeFileSync(file, JSON.stringify(log));
  return readBaseline(file);
}

describe('baseline-sarif', () => {
  it('knows a finding rated otherwise since the baseline, by its fingerprint or by rule and line hash', () => {
    const base = baselineFrom(buildSarif([f({ severity: 'high' })], opts).log);
    const now = f({ severity: 'critical' });
    expect(isKnown(now, base, sarifRuleId(now))).toBe(true);
    // Another fingerprint (a baseline from a version with another fingerprint): the rule and line hash still match.
    const rehashed = f({ severity: 'low', fingerprint: 'bbbb:1' });
    expect(isKnown(rehashed, base, sarifRuleId(rehashed))).toBe(true);
  });

  it('reads a baseline written with rule/severity ids, whatever the severity now', () => {
    const old = withSeverityIds(
      buildSarif(
        [f(), f({ ruleId: 'xss', cwe: ['CWE-79'], file: 'web/a.js', fingerprint: 'cccc:1', lineHash: '2a2a:1' })],
        opts,
      ).log,
      ['high', 'medium'],
    );
    expect(old.runs[0]!.results.map((r) => r.ruleId)).toEqual(['sql-injection/high', 'xss/medium']);
    const base = baselineFrom(old);
    for (const severity of ['critical', 'high', 'medium', 'low'] as const) {
      const now = f({ severity, fingerprint: 'dddd:1' });
      expect(isKnown(now, base, sarifRuleId(now)), severity).toBe(true);
    }
    const xss = f({ ruleId: 'xss', severity: 'critical', file: 'web/a.js', fingerprint: 'eeee:1', lineHash: '2a2a:1' });
    expect(isKnown(xss, base, sarifRuleId(xss))).toBe(true);
  });

  it('does not take another rule at the same line, or another line, for a known finding', () => {
    const base = baselineFrom(withSeverityIds(buildSarif([f()], opts).log, ['high']));
    const otherRule = f({ ruleId: 'code-injection', fingerprint: 'ffff:1' });
    expect(isKnown(otherRule, base, sarifRuleId(otherRule))).toBe(false);
    const otherLine = f({ fingerprint: 'ffff:1', lineHash: '3b3b:1' });
    expect(isKnown(otherLine, base, sarifRuleId(otherLine))).toBe(false);
  });

  it('strips only a severity from an id: a rule id with a slash of its own stays whole', () => {
    const log = buildSarif([f({ ruleId: 'other' })], opts).log;
    const run = log.runs[0]!;
    const custom: SarifLog = {
      ...log,
      runs: [
        {
          ...run,
          tool: { driver: { ...run.tool.driver, rules: [{ ...run.tool.driver.rules[0]!, id: 'other/experimental' }] } },
          results: [{ ...run.results[0]!, ruleId: 'other/experimental' }],
        },
      ],
    };
    const base = baselineFrom(custom);
    const now = f({ ruleId: 'other', fingerprint: 'ffff:1' });
    expect(isKnown(now, base, sarifRuleId(now))).toBe(false);
  });
});
