import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeFindings } from '../../src/findings/normalize.js';
import type { Finding } from '../../src/findings/finding.js';
import type { RawFinding } from '../../src/findings/schema.js';
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
  it("writes SARIF that the official schema, GitHub's rules and the Multitool accept", () => {
    const findings = [
      f(),
      f({
        ruleId: 'xss',
        severity: 'medium',
        confidence: 'low',
        cwe: ['CWE-79'],
        file: 'web/my page ü.js',
        startLine: 1,
        endLine: 1,
      }),
      f({ ruleId: 'other', severity: 'low', cwe: [], file: 'a.py' }),
      f({ severity: 'critical', file: 'src/admin.js' }),
    ];
    const { log } = buildSarif(findings, opts);
    expect(githubProblems(log)).toEqual([]);
    expect(multitoolProblems(log)).toEqual([]);
  });

  it("files results under the catalogue rule alone, with each result's severity in its level and security-severity, most severe first", () => {
    const { log } = buildSarif(
      [f({ severity: 'low', file: 'z.js' }), f({ severity: 'critical' }), f({ ruleId: 'xss', severity: 'medium' })],
      opts,
    );
    expect(githubProblems(log)).toEqual([]);
    const run = log.runs[0]!;
    expect(run.results.map((r) => [r.ruleId, r.level, r.properties['security-severity']])).toEqual([
      ['sql-injection', 'error', '9.5'],
      ['xss', 'warning', '5.5'],
      ['sql-injection', 'note', '2.5'],
    ]);
    // One rule per catalogue id; its severity is that of its most severe result, so it never understates one.
    const rules = Object.fromEntries(
      run.tool.driver.rules.map((r) => [
        r.id,
        [
          (r.properties as Record<string, unknown>)['security-severity'],
          (r.defaultConfiguration as { level: string }).level,
        ],
      ]),
    );
    expect(rules).toEqual({ 'sql-injection': ['9.5', 'error'], xss: ['5.5', 'warning'] });
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.tool.driver.rules.map((r) => (r.shortDescription as { text: string }).text)).toEqual([
      'SQL injection',
      'Cross-site scripting',
    ]);
  });

  it("takes a rule's severity from its most severe kept result, whatever the order", () => {
    const low = f({ severity: 'low', file: 'a.js' });
    const high = f({ severity: 'high', file: 'b.js' });
    const sevOf = (log: ReturnType<typeof buildSarif>['log']) =>
      (log.runs[0]!.tool.driver.rules[0]!.properties as Record<string, unknown>)['security-severity'];
    expect(sevOf(buildSarif([low, high], opts).log)).toBe('8.0');
    expect(sevOf(buildSarif([high, low], opts).log)).toBe('8.0');
    expect(sevOf(buildSarif([low], opts).log)).toBe('2.5');
  });

  it('carries the category, both fingerprints and the CWE tags', () => {
    const { log } = buildSarif([f()], { ...opts, category: 'vega-codex/services/api/' });
    const run = log.runs[0]!;
    expect(run.automationDetails.id).toBe('vega-codex/services/api/');
    expect(run.results[0]!.partialFingerprints).toEqual({ primaryLocationLineHash: '1f2e:1', 'vega/v1': 'abc:1' });
    expect((run.tool.driver.rules[0]!.properties as { tags: string[] }).tags).toEqual([
      'security',
      'external/cwe/cwe-89',
    ]);
    expect(run.results[0]!.message.text.startsWith('SQL built from input. The id reaches the query.')).toBe(true);
  });

  it('keeps the most severe results within the limit and says how many it left out', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      f({ severity: i < 5 ? 'critical' : 'low', startLine: i + 1, endLine: i + 1 }),
    );
    const { log, omitted } = buildSarif(many, { ...opts, maxResults: 10 });
    const run = log.runs[0]!;
    expect(omitted).toBe(20);
    expect(run.results).toHaveLength(10);
    expect(run.results.filter((r) => r.level === 'error')).toHaveLength(5);
    expect(JSON.stringify(run.invocations)).toContain('20 lower-severity findings were left out');
  });

  it('writes a valid, empty SARIF for a scan that failed, saying why', () => {
    const { log } = buildSarif([], {
      ...opts,
      executionSuccessful: false,
      exitCode: 1,
      notifications: ['Codex exited with code 1'],
    });
    expect(githubProblems(log)).toEqual([]);
    expect(log.runs[0]!.invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 1 });
  });

  it("handles 5,000 results quickly and within GitHub's size limit", () => {
    const many = Array.from({ length: 6000 }, (_, i) =>
      f({ file: `src/f${i % 300}.js`, startLine: i + 1, endLine: i + 1, description: 'x'.repeat(300) }),
    );
    const { log } = buildSarif(many, opts);
    expect(githubProblems(log)).toEqual([]);
  });
});

describe('alert identity across runs', () => {
  // Two runs over the same code, the model's answer placed and rendered the way a scan does it.
  const render = (raw: RawFinding[]) => {
    const repo = mkdtempSync(join(tmpdir(), 'sarif-identity-'));
    try {
      mkdirSync(join(repo, 'src'));
      writeFileSync(
        join(repo, 'src/db.js'),
        'const id = req.query.id;\nconst sql = "SELECT * FROM t WHERE id = " + id;\ndb.query(sql);\n',
      );
      const { findings } = placeFindings(raw, { scanRoot: repo, repoRoot: repo, include: [], exclude: [] });
      const { log } = buildSarif(findings, opts);
      expect(githubProblems(log)).toEqual([]);
      return log.runs[0]!.results.map((r) => ({
        ruleId: r.ruleId,
        fingerprints: r.partialFingerprints,
        level: r.level,
        severity: r.properties['security-severity'],
      }));
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  };
  const raw = (over: Partial<RawFinding> = {}): RawFinding => ({
    ruleId: 'sql-injection',
    title: 'SQL built from the id parameter',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-89'],
    file: 'src/db.js',
    startLine: 2,
    endLine: 3,
    description: 'The id reaches the query as text.',
    recommendation: 'Bind it.',
    ...over,
  });

  it('keeps the rule id and both fingerprints when a later run rates or words the same finding otherwise', () => {
    const [first] = render([raw()]);
    const [again] = render([
      raw({
        severity: 'critical',
        confidence: 'medium',
        title: 'Injectable query',
        description: 'Attackers control the WHERE clause.',
      }),
    ]);
    expect(first!.fingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]+:\d+$/);
    expect(first!.fingerprints['vega/v1']).toMatch(/^[0-9a-f]{32}:\d+$/);
    expect(again!.ruleId).toBe(first!.ruleId);
    expect(again!.fingerprints).toEqual(first!.fingerprints);
    // Only the severity moved, where code scanning reads it per result.
    expect([first!.level, first!.severity, again!.level, again!.severity]).toEqual(['error', '8.0', 'error', '9.5']);
  });

  it('gives another rule or another place another identity', () => {
    const [base] = render([raw()]);
    const [otherRule] = render([raw({ ruleId: 'code-injection' })]);
    const [otherPlace] = render([raw({ startLine: 3 })]);
    expect(otherRule!.ruleId).not.toBe(base!.ruleId);
    expect(otherRule!.fingerprints['vega/v1']).not.toBe(base!.fingerprints['vega/v1']);
    expect(otherPlace!.fingerprints.primaryLocationLineHash).not.toBe(base!.fingerprints.primaryLocationLineHash);
  });
});

describe('pathToUri', () => {
  it('percent-encodes each segment and keeps the slashes', () => {
    expect(pathToUri('web/my page ü.js')).toBe('web/my%20page%20%C3%BC.js');
    expect(pathToUri('a/#b?.js')).toBe('a/%23b%3F.js');
  });
});
