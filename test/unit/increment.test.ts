// Incremental review of a pull request (issue 23): what a push leaves to review and what it carries, the record that
// travels in the summary comment, what a run writes back, and when a run may build on the last record. Line maps
// come from git's own diff of real commits.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import type { getOctokit } from '@actions/github';
import { readLastReview, type LastReviewQuery } from '../../src/github/pull-request/last-review.js';
import { reviewLine } from '../../src/github/summary.js';
import { summaryMarker } from '../../src/github/pull-request/markers.js';
import { narrow, type ChangeNow } from '../../src/increment/narrow.js';
import {
  decodeRecord,
  encodeRecord,
  policyChanges,
  type RecordedFinding,
  type RecordPolicy,
  type ReviewRecord,
} from '../../src/increment/record.js';
import { recordToWrite } from '../../src/publish/review-record.js';
import type { ScanReport } from '../../src/report/report.js';
import type { LineRange } from '../../src/scope/diff.js';
import { parseLineMap } from '../../src/scope/line-map.js';
import { Redactor } from '../../src/util/redact.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** A temporary repository whose commits each write the files given (null removes one). */
function repo() {
  const dir = mkdtempSync(join(tmpdir(), 'increment-'));
  dirs.push(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  const commit = (files: Record<string, string[] | null>) => {
    for (const [path, lines] of Object.entries(files))
      if (lines) writeFileSync(join(dir, path), lines.map((l) => `${l}\n`).join(''));
      else unlinkSync(join(dir, path));
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', 'c');
    return git('rev-parse', 'HEAD');
  };
  const blob = (commit: string, path: string) => git('rev-parse', `${commit}:${path}`);
  /** Where each line of `from` is in `to`, as the increment stage reads it. */
  const moved = (from: string, to: string) =>
    parseLineMap(git('diff', '--no-color', '--no-renames', '--unified=0', from, to) + '\n');
  return { dir, git, commit, blob, moved };
}

const numbered = (n: number, tag = 'line') => Array.from({ length: n }, (_, i) => `${tag} ${i + 1}`);
const edited = (lines: string[], at: number, text = 'edited') => lines.map((l, i) => (i + 1 === at ? text : l));

const REVIEWED_AT = 'a'.repeat(40);
const POLICY: RecordPolicy = {
  passes: 1,
  minAgreement: 1,
  verify: true,
  verifyLimit: 10,
  verifyDisputed: false,
  prompt: 'p'.repeat(64).replace(/p/g, '1'),
  context: '',
  model: 'gpt-test',
  codexVersion: '0.169.0',
  actionVersion: '1.0.0',
};

const recorded = (over: Partial<RecordedFinding> = {}): RecordedFinding => ({
  ruleId: 'sql-injection',
  title: 'SQL built from id',
  severity: 'critical',
  confidence: 'high',
  cwe: ['CWE-89'],
  file: 'a.js',
  startLine: 20,
  endLine: 21,
  description: 'id reaches the query.',
  recommendation: 'Bind it.',
  fingerprint: 'fp1:1',
  lineHash: 'h:1',
  reviewedAt: REVIEWED_AT,
  ...over,
});

/** The finding as a later run carries it: where it is now, from the head it was reviewed at. */
const carriedAs = (f: RecordedFinding, over: Partial<Finding> = {}): Finding => {
  const { reviewedAt, ...rest } = f;
  return { ...rest, carriedFrom: reviewedAt, ...over };
};

type Repo = ReturnType<typeof repo>;
const range = (start: number, end: number): LineRange => ({ start, end });

function recordAt(r: Repo, commit: string, files: Record<string, [number, number][]>, findings: RecordedFinding[]) {
  const record: ReviewRecord = {
    version: 1,
    head: commit,
    commit,
    policy: POLICY,
    files: Object.entries(files).map(([path, ranges]) => ({ path, blob: r.blob(commit, path), ranges })),
    findings,
  };
  return record;
}

function changeAt(r: Repo, commit: string, files: Record<string, LineRange[]>): ChangeNow {
  return new Map(Object.entries(files).map(([path, ranges]) => [path, { ranges, blob: r.blob(commit, path) }]));
}

describe('narrow: what a push leaves to review', () => {
  const v1 = numbered(40);

  it('a file that did not change and was covered: nothing to review, its findings carried at the same lines', () => {
    const r = repo();
    const was = r.commit({ 'a.js': v1, 'other.txt': ['x'] });
    const now = r.commit({ 'other.txt': ['y'] });
    const f = recorded({ fix: { startLine: 20, endLine: 21, replacement: 'bound' } });
    const out = narrow(
      changeAt(r, now, { 'a.js': [range(10, 30)] }),
      recordAt(r, was, { 'a.js': [[10, 30]] }, [f]),
      r.moved(was, now),
    );
    expect(out.review).toEqual(new Map());
    expect(out.again).toEqual([]);
    expect(out.carried).toEqual([carriedAs(f)]);
  });

  it('lines inserted far above a finding: only they are reviewed, the finding (and its fix, and its evidence) moves with its code', () => {
    const r = repo();
    const was = r.commit({ 'a.js': v1 });
    const now = r.commit({ 'a.js': [...numbered(5, 'new'), ...v1] });
    const f = recorded({
      fix: { startLine: 20, endLine: 21, replacement: 'bound' },
      verification: {
        verdict: 'confirmed',
        reason: 'reachable',
        evidence: [{ file: 'a.js', line: 28, note: 'the sink' }],
        exploit: null,
      },
    });
    const out = narrow(
      changeAt(r, now, { 'a.js': [range(1, 5), range(15, 35)] }),
      recordAt(r, was, { 'a.js': [[10, 30]] }, [f]),
      r.moved(was, now),
    );
    expect(out.review).toEqual(new Map([['a.js', [range(1, 5)]]]));
    expect(out.again).toEqual([]);
    expect(out.carried).toEqual([
      carriedAs(f, {
        startLine: 25,
        endLine: 26,
        fix: { startLine: 25, endLine: 26, replacement: 'bound' },
        verification: { ...f.verification!, evidence: [{ file: 'a.js', line: 33, note: 'the sink' }] },
      }),
    ]);
  });

  it.each([
    { line: 17, again: true },
    { line: 16, again: false },
    { line: 24, again: true },
    { line: 25, again: false },
  ])('an edit of line $line, next to a finding on lines 20-21: reviewed again: $again', ({ line, again }) => {
    const r = repo();
    const was = r.commit({ 'a.js': v1 });
    const now = r.commit({ 'a.js': edited(v1, line) });
    const f = recorded();
    const out = narrow(
      changeAt(r, now, { 'a.js': [range(10, 30)] }),
      recordAt(r, was, { 'a.js': [[10, 30]] }, [f]),
      r.moved(was, now),
    );
    if (again) {
      expect(out.again).toEqual([f]);
      expect(out.carried).toEqual([]);
      const lines = [range(line, line), range(20, 21)].sort((x, y) => x.start - y.start);
      expect(out.review).toEqual(new Map([['a.js', lines]]));
    } else {
      expect(out.again).toEqual([]);
      expect(out.carried).toEqual([carriedAs(f)]);
      expect(out.review).toEqual(new Map([['a.js', [range(line, line)]]]));
    }
  });

  it('a finding whose lines were deleted is reviewed again, and nothing is added for it', () => {
    const r = repo();
    const was = r.commit({ 'a.js': v1 });
    const now = r.commit({ 'a.js': v1.filter((_, i) => i + 1 !== 20 && i + 1 !== 21) });
    const f = recorded();
    const out = narrow(
      changeAt(r, now, { 'a.js': [range(10, 28)] }),
      recordAt(r, was, { 'a.js': [[10, 30]] }, [f]),
      r.moved(was, now),
    );
    expect(out.again).toEqual([f]);
    expect(out.carried).toEqual([]);
    expect(out.review).toEqual(new Map());
  });

  it('a file new to the change is reviewed whole; a file the record has, on lines newly in the change, is reviewed on those', () => {
    const r = repo();
    const was = r.commit({ 'a.js': v1, 'other.txt': ['x'] });
    const now = r.commit({ 'n.js': numbered(12), 'other.txt': ['y'] });
    // a.js did not change, but more of it is in the change now (the base moved): lines 3-4 and 7-8 had no review.
    const out = narrow(
      changeAt(r, now, { 'a.js': [range(3, 8)], 'n.js': [range(1, 12)] }),
      recordAt(r, was, { 'a.js': [[5, 6]] }, []),
      r.moved(was, now),
    );
    expect(out.review).toEqual(
      new Map([
        ['a.js', [range(3, 4), range(7, 8)]],
        ['n.js', [range(1, 12)]],
      ]),
    );
  });

  it('a finding whose evidence in another file changed is reviewed again; evidence that only moved is followed', () => {
    const r = repo();
    const b = numbered(10, 'b');
    const was = r.commit({ 'a.js': v1, 'b.js': b });
    const f = recorded({
      verification: {
        verdict: 'confirmed',
        reason: 'b.js builds the query',
        evidence: [{ file: 'b.js', line: 7, note: 'the query' }],
        exploit: null,
      },
    });
    const record = recordAt(r, was, { 'a.js': [[10, 30]] }, [f]);
    const change = (commit: string) => changeAt(r, commit, { 'a.js': [range(10, 30)] });

    const changed = r.commit({ 'b.js': edited(b, 7) });
    const out = narrow(change(changed), record, r.moved(was, changed));
    expect(out.again).toEqual([f]);
    expect(out.carried).toEqual([]);
    expect(out.review).toEqual(new Map([['a.js', [range(20, 21)]]]));

    const shifted = r.commit({ 'b.js': ['header', ...b] });
    const kept = narrow(change(shifted), record, r.moved(was, shifted));
    expect(kept.again).toEqual([]);
    expect(kept.review).toEqual(new Map());
    expect(kept.carried).toEqual([
      carriedAs(f, { verification: { ...f.verification!, evidence: [{ file: 'b.js', line: 8, note: 'the query' }] } }),
    ]);
  });

  it('a finding in a file the tree no longer has is not carried', () => {
    const r = repo();
    const was = r.commit({ 'a.js': v1, 'b.js': ['b'] });
    const now = r.commit({ 'a.js': null });
    const f = recorded();
    const out = narrow(
      changeAt(r, now, { 'b.js': [range(1, 1)] }),
      recordAt(r, was, { 'a.js': [[10, 30]], 'b.js': [[1, 1]] }, [f]),
      r.moved(was, now),
    );
    expect(out.carried).toEqual([]);
    expect(out.again).toEqual([f]);
    expect(out.review).toEqual(new Map());
  });

  it('a carried finding whose fix spans an edited line keeps its place but not its fix', () => {
    const r = repo();
    const was = r.commit({ 'a.js': v1 });
    const now = r.commit({ 'a.js': edited(v1, 15) });
    const f = recorded({ startLine: 20, endLine: 20, fix: { startLine: 14, endLine: 22, replacement: 'rewritten' } });
    const out = narrow(
      changeAt(r, now, { 'a.js': [range(10, 30)] }),
      recordAt(r, was, { 'a.js': [[10, 30]] }, [f]),
      r.moved(was, now),
    );
    const { fix: _fix, ...withoutFix } = carriedAs(f);
    expect(out.carried).toEqual([withoutFix]);
    expect(out.review).toEqual(new Map([['a.js', [range(15, 15)]]]));
  });
});

const HEAD = 'b'.repeat(40);
const COMMIT = 'c'.repeat(40);
const BLOB = 'd'.repeat(40);

const richFinding = (i = 0): RecordedFinding =>
  recorded({
    fingerprint: `fp${i}:1`,
    consensus: {
      cluster: `c${i}`,
      votes: 2,
      passes: [1, 2],
      variants: [
        { pass: 1, file: 'a.js', startLine: 20, endLine: 21, ruleId: 'sql-injection', severity: 'high', title: 't' },
      ],
    },
    verification: {
      verdict: 'confirmed',
      reason: 'reachable',
      evidence: [{ file: 'b.js', line: 7, note: 'n' }],
      exploit: 'curl ...',
      fix: { verdict: 'correct', reason: 'binds it' },
      thread: null,
      opinions: [{ verdict: 'uncertain', reason: 'r', evidence: [], exploit: null }],
    },
    fix: { startLine: 20, endLine: 21, replacement: 'db.query(sql, [id])' },
  });

const record = (findings: RecordedFinding[] = [richFinding()]): ReviewRecord => ({
  version: 1,
  head: HEAD,
  commit: COMMIT,
  policy: POLICY,
  files: [{ path: 'a.js', blob: BLOB, ranges: [[10, 30]] }],
  findings,
});

describe('the review record', () => {
  it('comes back as it was written', () => {
    const r = record();
    expect(decodeRecord(encodeRecord(r, 40_000)!)).toEqual({ record: r });
  });

  it('is not read when its text was corrupted or edited', () => {
    const text = encodeRecord(record(), 40_000)!;
    const mid = Math.floor(text.length / 2);
    const corrupted = `${text.slice(0, mid)}${text[mid] === 'A' ? 'B' : 'A'}${text.slice(mid + 1)}`;
    expect(decodeRecord(corrupted)).toEqual({ problem: expect.stringMatching(/^it is not compressed JSON/) });
    expect(decodeRecord('bm90IGd6aXA=')).toEqual({ problem: expect.stringMatching(/^it is not compressed JSON/) });
    const edit = (r: unknown) => gzipSync(JSON.stringify(r)).toString('base64');
    for (const wrong of [
      { ...record(), head: 'main' },
      { ...record(), files: [{ path: 'a.js', blob: BLOB, ranges: [[0, 3]] }] },
      { ...record(), findings: [{ ...richFinding(), reviewedAt: undefined }] },
      { ...record(), version: 2 },
    ])
      expect(decodeRecord(edit(wrong))).toEqual({
        problem: expect.stringMatching(/^it does not have the record's shape/),
      });
  });

  it('past its budget leaves its findings out and says how many', () => {
    // Findings whose text does not compress away.
    const findings = Array.from({ length: 60 }, (_, i) => ({
      ...richFinding(i),
      description: Array.from({ length: 8 }, (_, j) => createHash('sha256').update(`${i}.${j}`).digest('base64')).join(
        ' ',
      ),
    }));
    const within = decodeRecord(encodeRecord(record(findings), 1_000_000)!);
    expect('record' in within && within.record.findings).toHaveLength(60);
    const text = encodeRecord(record(findings), 2_000)!;
    const decoded = decodeRecord(text);
    expect(decoded).toEqual({ record: { ...record(), findings: [], findingsOmitted: 60 } });
    expect(text.length).toBeLessThanOrEqual(2_000);
  });

  it('names what changed in the review policy, and nothing for the same policy', () => {
    expect(policyChanges(POLICY, { ...POLICY })).toEqual([]);
    const prompt = 'f'.repeat(64);
    expect(policyChanges(POLICY, { ...POLICY, passes: 3, model: 'gpt-other', prompt })).toEqual([
      'passes 1 → 3',
      `the prompt ${POLICY.prompt.slice(0, 12)} → ffffffffffff`,
      'the model gpt-test → gpt-other',
    ]);
    expect(policyChanges(POLICY, { ...POLICY, context: 'e'.repeat(64) })).toEqual([
      'the context file none → eeeeeeeeeeee',
    ]);
  });
});

describe('the record a run writes', () => {
  const OLD = 'e'.repeat(40);
  const finding = (over: Partial<Finding> = {}): Finding => {
    const { reviewedAt: _r, ...f } = richFinding();
    return { ...f, ...over };
  };
  const reportOf = (status: ScanReport['status'], items: Finding[]) =>
    ({
      status,
      findings: { items },
      review: {
        mode: 'incremental',
        reason: 'r',
        since: null,
        changeFiles: 1,
        reviewedFiles: ['a.js'],
        carried: 1,
        reviewedAgain: 0,
        record: { head: HEAD, commit: COMMIT, policy: POLICY, files: record().files },
      },
    }) as unknown as ScanReport;
  const decoded = (text: string | undefined) => {
    const d = decodeRecord(text ?? '');
    if (!('record' in d)) throw new Error(d.problem);
    return d.record;
  };

  it("of a completed scan: every finding at the reviewed tree's lines, with the head it was reviewed at", () => {
    const fresh = finding({
      fingerprint: 'new:1',
      head: { startLine: 40, endLine: 41 },
      outsideChange: true,
      baseline: 'new',
    });
    const carried = finding({ fingerprint: 'old:1', startLine: 5, endLine: 5, carriedFrom: OLD, head: null });
    for (const status of ['completed', 'nothing_to_review'] as const) {
      const r = decoded(recordToWrite(reportOf(status, [fresh, carried]), undefined, new Redactor()));
      expect(r.head).toBe(HEAD);
      expect(r.commit).toBe(COMMIT);
      expect(r.files).toEqual(record().files);
      const { head: _h, outsideChange: _o, baseline: _b, ...freshRest } = fresh;
      const { head: _h2, carriedFrom: _c, ...carriedRest } = carried;
      expect(r.findings).toEqual([
        { ...freshRest, reviewedAt: HEAD },
        { ...carriedRest, reviewedAt: OLD },
      ]);
    }
  });

  it('of a scan that did not complete: the last record, unchanged', () => {
    const last = { encoded: encodeRecord({ ...record(), head: OLD }, 40_000)!, record: { ...record(), head: OLD } };
    for (const status of ['failed', 'incomplete', 'timed_out', 'budget_exceeded', 'cancelled'] as const) {
      expect(recordToWrite(reportOf(status, [finding()]), last, new Redactor())).toBe(last.encoded);
      expect(recordToWrite(reportOf(status, [finding()]), undefined, new Redactor())).toBeUndefined();
    }
  });

  it('masks what the redactor knows, and keeps what locates a finding', () => {
    const token = 'ghp_' + 'Z'.repeat(36);
    const found = 'sk-live-0123456789abcdef';
    const redactor = new Redactor();
    redactor.add(token);
    redactor.addFound(found);
    const f = finding({
      description: `The token ${token} is sent; so is ${found}.`,
      fingerprint: `fp:${found}`,
    });
    const text = recordToWrite(reportOf('completed', [f]), undefined, redactor);
    const r = decoded(text);
    expect(r.findings[0]!.description).toBe(`The token *** is sent; so is sk-l…(24 chars, masked).`);
    expect(r.findings[0]!.fingerprint).toBe(`fp:${found}`);
    expect(JSON.stringify(r)).not.toContain(token);
  });
});

type Octokit = ReturnType<typeof getOctokit>;

describe('the last review a run builds on', () => {
  const ME = 'vega-bot';
  /** origin: base → c1 → c2 on main, and x on a branch that main does not have (a force-push left it behind). */
  const origin = repo();
  const base = origin.commit({ 'a.js': numbered(10) });
  const c1 = origin.commit({ 'a.js': numbered(12) });
  origin.git('checkout', '-q', '-b', 'old');
  const x = origin.commit({ 'a.js': numbered(13) });
  origin.git('checkout', '-q', 'main');
  const c2 = origin.commit({ 'a.js': numbered(14) });
  const shallow = mkdtempSync(join(tmpdir(), 'increment-shallow-'));
  dirs.push(shallow);
  execFileSync('git', ['clone', '-q', '--depth=1', '--branch', 'main', `file://${origin.dir}`, shallow], {
    env: GIT_ENV,
  });

  const summaryWith = (encoded: string) => `### vega-codex security review\n\nbody\n${summaryMarker('k', encoded)}`;
  const recordFor = (head: string, commit = head) => ({ ...record([]), head, commit });

  function octokit(comments: { id: number; login: string; body: string }[], compare?: () => unknown) {
    const compared: string[] = [];
    const fake = {
      paginate: async (fn: (p: unknown) => Promise<{ data: unknown[] }>, params: unknown) => (await fn(params)).data,
      rest: {
        users: { getAuthenticated: async () => ({ data: { login: ME } }) },
        issues: {
          listComments: async () => ({
            data: comments.map((c) => ({ id: c.id, user: { login: c.login }, body: c.body })),
          }),
        },
        repos: {
          compareCommitsWithBasehead: async (p: { basehead: string }) => {
            compared.push(p.basehead);
            if (!compare) throw new Error('unexpected comparison');
            return compare();
          },
        },
      },
    };
    return { octokit: fake as unknown as Octokit, compared };
  }

  const query = (o: Octokit, repoRoot = origin.dir): LastReviewQuery => ({
    octokit: o,
    gh: {
      owner: 'o',
      repo: 'r',
      sha: c2,
      ref: 'refs/pull/1/merge',
      serverUrl: 'https://github.invalid',
      apiUrl: 'https://api.github.invalid',
      runId: '1',
      job: 'scan',
      eventName: 'pull_request',
      pullRequest: { number: 1, headRepo: 'o/r', fork: false },
    },
    pr: { number: 1, source: 'checkout', note: '', reviewed: c2, merge: false, base, head: c2 },
    repoRoot,
    key: 'k',
    author: '',
    token: '',
  });

  it("is ours: another user's comment with a valid record is not read", async () => {
    const encoded = encodeRecord(recordFor(c1), 40_000)!;
    const theirs = octokit([{ id: 1, login: 'mallory', body: summaryWith(encoded) }]);
    expect(await readLastReview(query(theirs.octokit))).toEqual({
      fullReview: 'no earlier review of this pull request is recorded',
    });
    const ours = octokit([
      { id: 1, login: 'mallory', body: summaryWith(encodeRecord(recordFor(x), 40_000)!) },
      { id: 2, login: ME, body: summaryWith(encoded) },
    ]);
    expect(await readLastReview(query(ours.octokit))).toEqual({ encoded, record: recordFor(c1) });
    // Racing runs may leave two: the oldest is the one every run edits, and the one read.
    const copies = octokit([
      { id: 7, login: ME, body: summaryWith(encodeRecord(recordFor(c2), 40_000)!) },
      { id: 3, login: ME, body: summaryWith(encoded) },
    ]);
    expect((await readLastReview(query(copies.octokit))).record?.head).toBe(c1);
  });

  it('a recorded head that is no longer in the history (a force-push) means a full review', async () => {
    const encoded = encodeRecord(recordFor(x), 40_000)!;
    const { octokit: o } = octokit([{ id: 1, login: ME, body: summaryWith(encoded) }]);
    const out = await readLastReview(query(o));
    expect(out.record).toBeUndefined();
    expect(out.fullReview).toBe(
      `the last reviewed head ${x.slice(0, 7)} is not an ancestor of ${c2.slice(0, 7)} (a force-push)`,
    );
  });

  it("in a shallow clone, GitHub's comparison decides: diverged or unknown is a force-push", async () => {
    const encoded = encodeRecord(recordFor(c1), 40_000)!;
    const comment = [{ id: 1, login: ME, body: summaryWith(encoded) }];
    const answers = [
      () => ({ data: { status: 'diverged' } }),
      () => Promise.reject(Object.assign(new Error('Not Found'), { status: 404 })),
    ];
    for (const answer of answers) {
      const { octokit: o, compared } = octokit(comment, answer);
      const out = await readLastReview(query(o, shallow));
      expect(compared).toEqual([`${c1}...${c2}`]);
      expect(out.record).toBeUndefined();
      expect(out.fullReview).toMatch(/is not an ancestor of .* \(a force-push\)$/);
    }
  });

  it('in a shallow clone, a recorded head GitHub places behind the head now is built on, once its tree is fetched', async () => {
    const encoded = encodeRecord(recordFor(c1), 40_000)!;
    const { octokit: o } = octokit([{ id: 1, login: ME, body: summaryWith(encoded) }], () => ({
      data: { status: 'ahead' },
    }));
    expect(await readLastReview(query(o, shallow))).toEqual({ encoded, record: recordFor(c1) });

    const gone = 'f'.repeat(40);
    const lost = encodeRecord(recordFor(c1, gone), 40_000)!;
    const { octokit: o2 } = octokit([{ id: 1, login: ME, body: summaryWith(lost) }], () => ({
      data: { status: 'ahead' },
    }));
    const out = await readLastReview(query(o2, shallow));
    expect(out.record).toBeUndefined();
    expect(out.fullReview).toMatch(/^the last reviewed commit fffffff could not be fetched/);
  });

  it('a record that left out its findings means a full review', async () => {
    const encoded = encodeRecord({ ...recordFor(c1), findingsOmitted: 4 }, 40_000)!;
    const { octokit: o } = octokit([{ id: 1, login: ME, body: summaryWith(encoded) }]);
    expect(await readLastReview(query(o))).toEqual({
      encoded,
      fullReview: 'the last record left out its 4 findings to fit a comment',
    });
  });
});

describe('what the job summary says was reviewed', () => {
  const since = { head: 'abc1234' + '0'.repeat(33), commit: 'def5678' + '0'.repeat(33) };
  const line = (over: object) =>
    reviewLine({
      review: {
        mode: 'incremental',
        reason: 'r',
        since,
        changeFiles: 3,
        reviewedFiles: ['src/a.js'],
        carried: 2,
        reviewedAgain: 1,
        ...over,
      },
    } as unknown as ScanReport);

  it('the whole change and why, what changed since the last review, or that nothing did', () => {
    expect(line({})).toBe(
      'Reviewed now: 1 file of 3 (src/a.js), what changed since the review of `abc1234`; ' +
        '2 findings carried from earlier reviews, 1 reviewed again because their code changed.',
    );
    expect(line({ reviewedFiles: [], reviewedAgain: 0 })).toBe(
      'Nothing changed since the review of `abc1234`, so no model request was made; 2 findings carried from earlier reviews.',
    );
    const forced = 'the last reviewed head 1234567 is not an ancestor of 89abcde (a force-push)';
    expect(line({ mode: 'full', since: null, reason: forced })).toBe(`Reviewed the whole change (3 files): ${forced}.`);
    expect(reviewLine({ review: null } as unknown as ScanReport)).toBeUndefined();
  });
});
