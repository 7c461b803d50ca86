import { describe, expect, it } from 'vitest';
import { clusterFindings, type Cluster } from '../../src/findings/cluster.js';
import type { Finding } from '../../src/findings/finding.js';
import { simulateTrial } from '../../bench/consensus.ts';

let serial = 0;
const f = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'sql-injection',
  title: 'SQL injection in findUser via userId',
  severity: 'high',
  confidence: 'high',
  cwe: ['CWE-89'],
  file: 'src/api/users.js',
  startLine: 10,
  endLine: 10,
  description: 'findUser concatenates req.params.userId into the SQL text passed to db.query.',
  recommendation: 'Use bound parameters.',
  fingerprint: `fp-${++serial}`,
  lineHash: 'lh',
  ...over,
});

/** The clusters as sets of fingerprints, sorted, so that groupings compare regardless of pass numbering. */
const partition = (clusters: Cluster[]) =>
  clusters
    .map((c) =>
      c.variants
        .map((v) => v.finding.fingerprint)
        .sort()
        .join(','),
    )
    .sort();

describe('clusterFindings', () => {
  it('merges one vulnerability reported at jittered lines by three passes', () => {
    const clusters = clusterFindings([
      [f({ startLine: 10, endLine: 11 })],
      [f({ startLine: 12, endLine: 13 })],
      [f({ startLine: 8, endLine: 8 })],
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.votes).toBe(3);
    expect(clusters[0]!.passes).toEqual([1, 2, 3]);
    expect(clusters[0]!.variants).toHaveLength(3);
    expect(clusters[0]!.id).toBe('c1');
  });

  it('merges across rule drift (sql-injection vs code-injection) when the wording agrees', () => {
    const a = f({ startLine: 40, endLine: 41 });
    const b = f({
      ruleId: 'code-injection',
      cwe: ['CWE-94'],
      startLine: 42,
      endLine: 42,
      title: 'Code injection in findUser via userId',
      description: 'findUser concatenates req.params.userId into the text passed to db.query, which runs it.',
    });
    const clusters = clusterFindings([[a], [b]]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.votes).toBe(2);
    expect(clusters[0]!.representative.cwe).toEqual(['CWE-89', 'CWE-94']);
  });

  it('merges a reworded title and description of the same vulnerability', () => {
    const a = f({ startLine: 10, endLine: 11 });
    const b = f({
      startLine: 11,
      endLine: 11,
      title: 'The userId parameter reaches a raw query in findUser',
      description:
        'An attacker who controls userId can read any row: findUser builds the statement for db.query by string concatenation.',
    });
    expect(clusterFindings([[a], [b]])).toHaveLength(1);
  });

  it('treats ./src/a.js and src/a.js as one file', () => {
    const clusters = clusterFindings([
      [f({ file: './src/a.js' })],
      [f({ file: 'src/a.js', startLine: 11, endLine: 11 })],
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.votes).toBe(2);
  });

  it('never merges different files', () => {
    expect(clusterFindings([[f({ file: 'src/a.js' })], [f({ file: 'src/b.js' })]])).toHaveLength(2);
  });

  it('keeps two distinct vulnerabilities four lines apart with the same rule apart', () => {
    const user = {
      title: 'SQL injection in findUser via userId',
      description: 'findUser concatenates userId into db.query.',
    };
    const search = {
      title: 'SQL injection in searchUsers via nameFilter',
      description: 'searchUsers concatenates nameFilter into db.query.',
    };
    const pass1 = [f({ ...user, startLine: 10, endLine: 10 }), f({ ...search, startLine: 14, endLine: 14 })];
    const pass2 = [
      f({
        title: 'The userId parameter reaches a raw SQL query in findUser',
        description: 'userId from the route goes into db.query in findUser unescaped.',
        startLine: 11,
        endLine: 11,
      }),
      f({
        title: 'The nameFilter parameter reaches a raw SQL query in searchUsers',
        description: 'nameFilter from the route goes into db.query in searchUsers unescaped.',
        startLine: 13,
        endLine: 13,
      }),
    ];
    const clusters = clusterFindings([pass1, pass2]);
    expect(clusters).toHaveLength(2);
    expect(clusters.map((c) => c.votes)).toEqual([2, 2]);
    for (const c of clusters) {
      const subjects = new Set(
        c.variants.map((v) => (v.finding.title.includes('findUser') ? 'findUser' : 'searchUsers')),
      );
      expect(subjects.size).toBe(1);
    }
  });

  it('never puts two findings of one pass in one cluster', () => {
    const clusters = clusterFindings([[f({ startLine: 10 }), f({ startLine: 11, endLine: 11 })]]);
    expect(clusters).toHaveLength(2);
    expect(clusters.map((c) => c.votes)).toEqual([1, 1]);
  });

  it('merges a finding spanning another', () => {
    const wide = f({ startLine: 10, endLine: 30 });
    const narrow = f({ startLine: 15, endLine: 16, title: 'SQL injection in findUser through userId' });
    const clusters = clusterFindings([[wide], [narrow]]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.votes).toBe(2);
  });

  it('does not depend on the order of the passes', () => {
    const a = [
      f({ startLine: 10, endLine: 11 }),
      f({
        title: 'Path traversal in downloadFile via fileName',
        description: 'downloadFile joins fileName to the upload root.',
        ruleId: 'path-traversal',
        cwe: ['CWE-22'],
        file: 'src/api/files.js',
        startLine: 50,
        endLine: 50,
      }),
    ];
    const b = [
      f({ startLine: 12, endLine: 12, severity: 'critical' }),
      f({
        title: 'SQL injection in searchUsers via nameFilter',
        description: 'searchUsers concatenates nameFilter into db.query.',
        startLine: 15,
        endLine: 15,
      }),
    ];
    const c = [
      f({ startLine: 9, endLine: 9, title: 'The userId parameter reaches a raw SQL query in findUser' }),
      f({
        title: 'downloadFile reads fileName without checking it stays under the root',
        description: 'Path traversal: fileName reaches fs.createReadStream in downloadFile.',
        ruleId: 'path-traversal',
        cwe: ['CWE-22'],
        file: './src/api/files.js',
        startLine: 52,
        endLine: 53,
      }),
    ];
    const orders = [
      [a, b, c],
      [a, c, b],
      [b, a, c],
      [b, c, a],
      [c, a, b],
      [c, b, a],
    ];
    const results = orders.map((o) => clusterFindings(o));
    const summary = (cs: Cluster[]) =>
      cs.map((k) => ({
        members: partition([k])[0],
        line: k.representative.startLine,
        severity: k.representative.severity,
        ruleId: k.representative.ruleId,
        votes: k.votes,
      }));
    for (const r of results) expect(summary(r)).toEqual(summary(results[0]!));
    expect(results[0]!.map((k) => [k.representative.file, k.votes])).toEqual([
      ['src/api/files.js', 2],
      ['src/api/users.js', 3],
      ['src/api/users.js', 1],
    ]);
  });

  it('does not depend on the order of the passes on simulated review passes', () => {
    for (const trial of [0, 1, 2]) {
      const { passes } = simulateTrial(7, trial, 3);
      const [p, q, r] = passes as [Finding[], Finding[], Finding[]];
      const expected = partition(clusterFindings([p, q, r]));
      for (const order of [
        [p, r, q],
        [q, p, r],
        [q, r, p],
        [r, p, q],
        [r, q, p],
      ])
        expect(partition(clusterFindings(order))).toEqual(expected);
    }
  });

  it('picks a deterministic representative: median start line, mode severity with ties to the more severe', () => {
    const three = clusterFindings([
      [f({ startLine: 12, endLine: 12, severity: 'medium', title: 'SQL injection in findUser via userId (late)' })],
      [f({ startLine: 8, endLine: 8, severity: 'high' })],
      [f({ startLine: 10, endLine: 10, severity: 'medium', title: 'SQL injection in findUser via the userId value' })],
    ]);
    expect(three).toHaveLength(1);
    const rep = three[0]!.representative;
    expect(rep.startLine).toBe(10);
    expect(rep.title).toBe('SQL injection in findUser via the userId value');
    expect(rep.severity).toBe('medium');

    // Two variants: the lower start line is the median; one high and one critical: the more severe wins the tie.
    const two = clusterFindings([
      [f({ startLine: 11, endLine: 11, severity: 'high' })],
      [f({ startLine: 9, endLine: 9, severity: 'critical' })],
    ]);
    expect(two).toHaveLength(1);
    expect(two[0]!.representative.startLine).toBe(9);
    expect(two[0]!.representative.severity).toBe('critical');
    const swapped = clusterFindings([
      [f({ startLine: 9, endLine: 9, severity: 'critical' })],
      [f({ startLine: 11, endLine: 11, severity: 'high' })],
    ]);
    expect(swapped[0]!.representative.severity).toBe('critical');
    expect(swapped[0]!.representative.startLine).toBe(9);

    // The same start line from two passes: the lower pass's variant.
    const tie = clusterFindings([
      [f({ title: 'SQL injection in findUser via userId, first pass' })],
      [f({ title: 'SQL injection in findUser via userId, second pass' })],
    ]);
    expect(tie[0]!.representative.title).toBe('SQL injection in findUser via userId, first pass');
  });

  it('returns nothing for no findings', () => {
    expect(clusterFindings([])).toEqual([]);
    expect(clusterFindings([[], []])).toEqual([]);
  });
});
