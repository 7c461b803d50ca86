import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/normalize.js';
import { buildSarif, pathToUri } from '../../src/sarif/sarif.js';
import { githubProblems, multitoolProblems } from '../support/sarif-check.ts';

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
  fingerprint: 'abc:1',
  lineHash: '1f2e:1',
  ...over,
});

const opts = { toolVersion: '1.2.3', category: 'vega-codex/', executionSuccessful: true };

describe('buildSarif', () => {
  it('writes SARIF that the official schema, GitHub\'s rules and the Multitool accept', () => {
    const findings = [
      f(),
      f({ ruleId: 'xss', severity: 'medium', confidence: 'low', cwe: ['CWE-79'], file: 'web/my page ü.js', startLine: 1, endLine: 1 }),
      f({ ruleId: 'other', severity: 'low', cwe: [], file: 'a.py' }),
      f({ severity: 'critical', file: 'src/admin.js' }),
    ];
    const { log } = buildSarif(findings, opts);
    expect(githubProblems(log)).toEqual([]);
    expect(multitoolProblems(log)).toEqual([]);
  });

  it('gives each rule a string security-severity and each result a level, most severe first', () => {
    const { log } = buildSarif([f({ severity: 'low', file: 'z.js' }), f({ severity: 'critical' }), f({ ruleId: 'xss', severity: 'medium' })], opts);
    const run = log.runs[0]!;
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['sql-injection/critical', 'error'],
      ['xss/medium', 'warning'],
      ['sql-injection/low', 'note'],
    ]);
    const sev = Object.fromEntries(run.tool.driver.rules.map((r) => [r.id, (r.properties as Record<string, unknown>)['security-severity']]));
    expect(sev).toEqual({ 'sql-injection/critical': '9.5', 'sql-injection/low': '2.5', 'xss/medium': '5.5' });
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('carries the category, both fingerprints and the CWE tags', () => {
    const { log } = buildSarif([f()], { ...opts, category: 'vega-codex/services/api/' });
    const run = log.runs[0]!;
    expect(run.automationDetails.id).toBe('vega-codex/services/api/');
    expect(run.results[0]!.partialFingerprints).toEqual({ primaryLocationLineHash: '1f2e:1', 'vega/v1': 'abc:1' });
    expect((run.tool.driver.rules[0]!.properties as { tags: string[] }).tags).toEqual(['security', 'external/cwe/cwe-89']);
    expect(run.results[0]!.message.text.startsWith('SQL built from input. The id reaches the query.')).toBe(true);
  });

  it('keeps the most severe results within the limit and says how many it left out', () => {
    const many = Array.from({ length: 30 }, (_, i) => f({ severity: i < 5 ? 'critical' : 'low', startLine: i + 1, endLine: i + 1 }));
    const { log, omitted } = buildSarif(many, { ...opts, maxResults: 10 });
    const run = log.runs[0]!;
    expect(omitted).toBe(20);
    expect(run.results).toHaveLength(10);
    expect(run.results.filter((r) => r.level === 'error')).toHaveLength(5);
    expect(JSON.stringify(run.invocations)).toContain('20 lower-severity findings were left out');
  });

  it('writes a valid, empty SARIF for a scan that failed, saying why', () => {
    const { log } = buildSarif([], { ...opts, executionSuccessful: false, exitCode: 1, notifications: ['Codex exited with code 1'] });
    expect(githubProblems(log)).toEqual([]);
    expect(log.runs[0]!.invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 1 });
  });

  it('handles 5,000 results quickly and within GitHub\'s size limit', () => {
    const many = Array.from({ length: 6000 }, (_, i) => f({ file: `src/f${i % 300}.js`, startLine: i + 1, endLine: i + 1, description: 'x'.repeat(300) }));
    const { log } = buildSarif(many, opts);
    expect(githubProblems(log)).toEqual([]);
  });
});

describe('pathToUri', () => {
  it('percent-encodes each segment and keeps the slashes', () => {
    expect(pathToUri('web/my page ü.js')).toBe('web/my%20page%20%C3%BC.js');
    expect(pathToUri('a/#b?.js')).toBe('a/%23b%3F.js');
  });
});
