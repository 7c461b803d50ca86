import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import type { ScanReport } from '../../src/report/report.js';
import {
  contentOf,
  findingBody,
  findingContent,
  MAX_COMMENT,
  RECORD_BUDGET,
  summaryBody,
} from '../../src/github/pull-request/bodies.js';
import {
  MAX_REVIEW_COMMENTS,
  planComments,
  type ConvergeInput,
  type OwnComment,
} from '../../src/github/pull-request/converge.js';
import { anchorFor, readPatch } from '../../src/github/pull-request/diff-lines.js';
import {
  findingMarker,
  readFindingMarker,
  readSummaryKey,
  readSummaryMarker,
  summaryMarker,
  type FindingMarker,
} from '../../src/github/pull-request/markers.js';
import { decodeRecord, encodeRecord, type ReviewRecord } from '../../src/increment/record.js';

const f = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'sql-injection',
  title: 'SQL built from id',
  severity: 'critical',
  confidence: 'high',
  cwe: ['CWE-89'],
  file: 'src/db.js',
  startLine: 8,
  endLine: 8,
  description: 'id reaches the query.',
  recommendation: 'Bind it.',
  fingerprint: 'fp1:1',
  lineHash: 'h',
  ...over,
});

describe('where a comment may go', () => {
  // Lines 3-9 are the hunk's new side; 5 and 6 were added.
  const patch = '@@ -3,5 +3,7 @@ function a() {\n ctx\n ctx\n+added5\n+added6\n ctx\n-gone\n ctx\n ctx';
  const lines = readPatch(patch)!;

  it("reads hunks and added lines from GitHub's patch", () => {
    expect(lines.hunks).toEqual([{ start: 3, end: 9 }]);
    expect([...lines.added]).toEqual([5, 6]);
    expect(readPatch(undefined)).toBeUndefined();
  });

  it("only on findings whose lines the pull request changed; a fix inside the hunk becomes the comment's range", () => {
    expect(anchorFor({ startLine: 8, endLine: 9 }, lines)).toBeUndefined();
    expect(anchorFor({ startLine: 4, endLine: 12 }, lines)).toEqual({ startLine: 4, line: 9, suggestion: false });
    expect(anchorFor({ startLine: 5, endLine: 5, fix: { startLine: 4, endLine: 7 } }, lines)).toEqual({
      startLine: 4,
      line: 7,
      suggestion: true,
    });
    expect(anchorFor({ startLine: 5, endLine: 5, fix: { startLine: 8, endLine: 11 } }, lines)).toEqual({
      startLine: 5,
      line: 5,
      suggestion: false,
    });
  });
});

describe('markers', () => {
  const mine: FindingMarker = {
    key: 'k',
    fingerprint: 'mine:1',
    ruleId: 'command-injection',
    path: 'src/tools.js',
    line: 5,
    state: 'open',
    sha: 's',
  };
  const other: FindingMarker = { ...mine, fingerprint: 'other:1', ruleId: 'sql-injection', path: 'src/db.js', line: 8 };

  it('count only alone on the last line of a body, where the action writes them', () => {
    // The first marker in the body is another finding's (a copy in the code of a fix): it is text.
    const body = `content\n\`\`\`\nexec(x) // ${findingMarker(other)}\n${findingMarker(other)}\n\`\`\`\n\n${findingMarker(mine)}`;
    expect(readFindingMarker(body)?.fingerprint).toBe('mine:1');
    expect(readFindingMarker(`${body}\r\n`)?.fingerprint).toBe('mine:1');
    expect(readFindingMarker(`${findingMarker(other)}\nand then some text`)).toBeUndefined();
    expect(readFindingMarker(`text ${findingMarker(other)}`)).toBeUndefined();
    expect(readFindingMarker(`${findingMarker(other)} text`)).toBeUndefined();
    expect(readSummaryKey(`${summaryMarker('forged')}\nthe summary\n${summaryMarker('k')}`)).toBe('k');
    expect(readSummaryKey(`${summaryMarker('k')}\nnot ours`)).toBeUndefined();
  });

  it("a fix whose code holds a marker is not offered as a suggestion, and the comment stays the finding's own", () => {
    const fix = { startLine: 5, endLine: 5, replacement: `  exec(cmd); // ${findingMarker(other)}` };
    const content = findingContent(
      f({ fingerprint: 'mine:1', fix, description: `Looks fixed. ${findingMarker(other)}` }),
      true,
    );
    expect(content).not.toContain('```suggestion');
    expect(content).not.toContain('<!--');
    expect(content).toContain(
      "A fix of lines 5-5 is in the SARIF file and in v16-fixes.patch; it is not shown here: its code holds text shaped like this action's hidden comment marker, which only the action writes.",
    );
    expect(readFindingMarker(findingBody(content, mine))).toEqual(mine);
  });

  it('a fix whose code hides characters is not offered; an HTML comment in code is still code', () => {
    const hidden = findingContent(
      f({ fix: { startLine: 8, endLine: 8, replacement: 'if (role !== "user\u202E \u2066// admin\u2069 \u2066") {' } }),
      true,
    );
    expect(hidden).not.toContain('```suggestion');
    expect(hidden).toContain(
      'it is not shown here: its code holds characters that do not show (U+202E, U+2066, U+2069), which a suggestion would commit unseen.',
    );
    expect(hidden).not.toMatch(/[\u202E\u2066\u2069]/);
    const html = findingContent(
      f({ fix: { startLine: 8, endLine: 8, replacement: '<!-- escaped below -->\n<p>{{ name }}</p>' } }),
      true,
    );
    expect(html).toContain('```suggestion\n<!-- escaped below -->\n<p>{{ name }}</p>\n```');
  });
});

describe('bodies', () => {
  it("escape the model's text so that it cannot add markup, mentions or a marker of its own", () => {
    const forged = findingMarker({
      key: 'k',
      fingerprint: 'other',
      ruleId: 'x',
      path: 'a',
      line: 1,
      state: 'fixed',
      sha: 's',
    });
    const text = findingContent(f({ description: `# Approved\n- by @security-team\n${forged}\n<img src=x>` }), false);
    expect(text).not.toContain('<!--');
    expect(text).not.toContain('<img');
    expect(text).toContain('\\# Approved\n\\- by @\u200bsecurity-team');
    expect(
      readFindingMarker(
        findingBody(text, {
          key: 'k',
          fingerprint: 'fp1:1',
          ruleId: 'sql-injection',
          path: 'src/db.js',
          line: 8,
          state: 'open',
          sha: 's',
        }),
      )!.fingerprint,
    ).toBe('fp1:1');
  });

  it("a suggestion the replacement cannot close, and a body within GitHub's limit", () => {
    const text = findingContent(
      f({ description: 'x'.repeat(100_000), fix: { startLine: 8, endLine: 8, replacement: 'const q = ```;' } }),
      true,
    );
    expect(text).toContain('````suggestion\nconst q = ```;\n````');
    expect(text.length).toBeLessThan(MAX_COMMENT);
  });

  it('keeps the content when the status changes', () => {
    const marker: FindingMarker = {
      key: 'k',
      fingerprint: 'fp',
      ruleId: 'r',
      path: 'p',
      line: 1,
      state: 'open',
      sha: 'a',
    };
    const body = findingBody('the finding', marker);
    const fixed = findingBody(contentOf(body), { ...marker, state: 'fixed' }, { kind: 'fixed', sha: 'b'.repeat(40) });
    expect(contentOf(fixed)).toBe('the finding');
    expect(fixed).toContain('Fixed at `bbbbbbb`');
  });
});

describe('planComments', () => {
  const own = (id: number, m: Partial<FindingMarker> = {}): OwnComment => {
    const marker: FindingMarker = {
      key: 'k',
      fingerprint: 'fp1:1',
      ruleId: 'sql-injection',
      path: 'src/db.js',
      line: 8,
      state: 'open',
      sha: 'old',
      ...m,
    };
    return { id, marker, body: findingBody('content', marker), url: `u${id}` };
  };
  const input = (over: Partial<ConvergeInput>): ConvergeInput => ({
    key: 'k',
    head: 'new',
    findings: [],
    own: [],
    resolvable: () => true,
    refuted: [],
    ...over,
  });
  const anchor = { startLine: 8, line: 8, suggestion: false };

  it('posts what has no comment, and nothing on the second run', () => {
    const first = planComments(
      input({ findings: [{ finding: f(), anchor }, { finding: f({ fingerprint: 'fp2:1', file: 'b.js' }) }] }),
    );
    expect(first.create.map((c) => c.finding.fingerprint)).toEqual(['fp1:1']);
    const posted = readFindingMarker(first.create[0]!.body)!;
    const second = planComments(
      input({
        findings: [{ finding: f(), anchor }],
        own: [{ id: 1, marker: posted, body: first.create[0]!.body, url: 'u' }],
      }),
    );
    expect(second).toMatchObject({ create: [], edit: [], duplicates: [] });
  });

  it('knows a finding a few lines away with other code as the same, but not one further away', () => {
    expect(
      planComments(
        input({ findings: [{ finding: f({ fingerprint: 'changed', startLine: 12 }), anchor }], own: [own(1)] }),
      ).create,
    ).toEqual([]);
    const far = planComments(
      input({ findings: [{ finding: f({ fingerprint: 'changed', startLine: 20 }), anchor }], own: [own(1)] }),
    );
    expect(far.create).toHaveLength(1);
    expect(far.edit.map((e) => [e.id, e.state])).toEqual([[1, 'fixed']]);
  });

  it('marks gone findings fixed or dropped only where the scan may say so, and reopens what comes back', () => {
    const plan = planComments(
      input({
        own: [
          own(1),
          own(2, { fingerprint: 'fp2:1', path: 'b.js' }),
          own(3, { fingerprint: 'fp3:1', path: 'c.js', line: 30 }),
        ],
        resolvable: (p) => p !== 'b.js',
        refuted: [{ fingerprint: 'x', ruleId: 'sql-injection', file: 'c.js', startLine: 31, reason: 'bound' }],
      }),
    );
    expect(plan.edit.map((e) => [e.id, e.state])).toEqual([
      [1, 'fixed'],
      [3, 'dropped'],
    ]);
    const back = planComments(input({ findings: [{ finding: f(), anchor }], own: [own(1, { state: 'fixed' })] }));
    expect(back.edit.map((e) => [e.id, e.state])).toEqual([[1, 'open']]);
    expect(back.edit[0]!.body).toContain('Reported again at `new`');
  });

  it("claims by fingerprint before nearness, so a more severe neighbour does not take another finding's comment", () => {
    const plan = planComments(
      input({
        findings: [
          { finding: f({ fingerprint: 'near:1', startLine: 10 }), anchor },
          { finding: f({ fingerprint: 'fp1:1', severity: 'low' }), anchor },
        ],
        own: [own(1)],
      }),
    );
    expect(plan.create.map((c) => c.finding.fingerprint)).toEqual(['near:1']);
    expect(plan.matched.get('fp1:1')?.id).toBe(1);
  });

  it(`comments on at most ${MAX_REVIEW_COMMENTS} findings, the most severe first; the rest are neither posted later nor taken for fixed`, () => {
    const severities = ['low', 'medium', 'high', 'critical'] as const;
    const many = Array.from({ length: 70 }, (_, i) => ({
      finding: f({ fingerprint: `fp${i}:1`, file: `src/f${i}.js`, severity: severities[i % 4] }),
      anchor,
    }));
    const first = planComments(input({ findings: many }));
    expect(first.create).toHaveLength(MAX_REVIEW_COMMENTS);
    const count = (list: { severity: string }[]) =>
      severities.map((sev) => list.filter((x) => x.severity === sev).length);
    expect(count(first.create.map((c) => c.finding))).toEqual([0, 16, 17, 17]);
    expect(count(first.overLimit)).toEqual([18, 2, 0, 0]);

    // The next run, on the same findings: nothing to write.
    const posted = first.create.map((c, i) => ({
      id: 100 + i,
      marker: readFindingMarker(c.body)!,
      body: c.body,
      url: `u${i}`,
    }));
    const again = planComments(input({ findings: many, own: posted }));
    expect(again).toMatchObject({ create: [], edit: [], duplicates: [] });
    expect(again.overLimit).toHaveLength(20);

    // A push adds three critical findings: they get comments; no earlier comment is marked fixed or dropped.
    const more = [
      ...many,
      ...[0, 1, 2].map((i) => ({
        finding: f({ fingerprint: `new${i}:1`, file: `src/new${i}.js`, severity: 'critical' }),
        anchor,
      })),
    ];
    const push = planComments(input({ findings: more, own: posted }));
    expect(push.create.map((c) => c.finding.fingerprint)).toEqual(['new0:1', 'new1:1', 'new2:1']);
    expect(push.edit).toEqual([]);
    expect(push.matched.size).toBe(MAX_REVIEW_COMMENTS);
  });

  it('says the limit in the README as it is in the code', () => {
    expect(readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8')).toContain(
      `**At most ${MAX_REVIEW_COMMENTS} review comments a run** (\`MAX_REVIEW_COMMENTS\`)`,
    );
  });

  it('keeps the oldest of copies that racing runs posted', () => {
    expect(
      planComments(input({ findings: [{ finding: f(), anchor }], own: [own(7), own(3), own(5)] })).duplicates,
    ).toEqual([5, 7]);
  });
});

describe('summary comment', () => {
  const gh = {
    owner: 'o',
    repo: 'r',
    sha: 'c0ffee0',
    ref: 'refs/pull/1/merge',
    serverUrl: 'https://github.com',
    apiUrl: 'x',
    runId: '1',
    job: 'scan',
    eventName: 'pull_request',
    pullRequest: { number: 1, headRepo: 'o/r', fork: false },
  };
  const report = (items: Finding[]) =>
    ({
      conclusion: 'failure',
      status: 'completed',
      failure: null,
      nothingToReview: null,
      findings: { total: items.length, bySeverity: { critical: items.length, high: 0, medium: 0, low: 0 }, items },
    }) as unknown as ScanReport;

  it("lists the findings left without a comment by the limit, and stays within GitHub's limit for 30,000 findings", () => {
    const items = Array.from({ length: 30_000 }, (_, i) =>
      f({ fingerprint: `fp${i}:1`, title: `Finding ${i} \u202Egnp.exe`, file: `src/f${i}.js` }),
    );
    const commentUrls = new Map(
      items.slice(0, 50).map((x, i) => [x.fingerprint, `https://github.com/o/r/pull/1#discussion_r${i}`]),
    );
    const overLimit = { fingerprints: new Set(items.slice(50).map((x) => x.fingerprint)), limit: 50 };
    const body = summaryBody({
      report: report(items),
      gh,
      key: 'k',
      commentUrls,
      overLimit,
      resolved: 0,
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(readSummaryKey(body)).toBe('k');
    expect(body).toContain(
      '29950 findings on changed lines have no review comment: a run posts at most 50, the most severe first. They are listed here.',
    );
    expect(body).toContain(
      '| critical | Finding 49 &lt;U+202E&gt;gnp.exe | [src/f49.js:8](https://github.com/o/r/blob/c0ffee0/src/f49.js#L8) | [comment](https://github.com/o/r/pull/1#discussion_r49) |',
    );
    expect(body).toContain(
      '| critical | Finding 50 &lt;U+202E&gt;gnp.exe | [src/f50.js:8](https://github.com/o/r/blob/c0ffee0/src/f50.js#L8) | no comment: over the limit |',
    );
    const rows = body.split('\n').filter((l) => l.startsWith('| critical |')).length;
    expect(rows).toBeGreaterThan(200);
    expect(body).toContain(`… and ${30_000 - rows} more in the check run and the report.`);
  });

  const sha = (text: string) => createHash('sha1').update(text).digest('hex');
  /** A review record of `files` changed files. */
  const reviewRecord = (files: number): ReviewRecord => ({
    version: 1,
    head: sha('head'),
    commit: sha('merge'),
    policy: {
      passes: 1,
      minAgreement: 1,
      verify: false,
      verifyLimit: 0,
      verifyDisputed: false,
      prompt: createHash('sha256').update('prompt').digest('hex'),
      context: '',
      model: 'gpt-test',
      codexVersion: '0.169.0',
      actionVersion: '1.0.0',
    },
    files: Array.from({ length: files }, (_, i) => ({
      path: `src/module${i}/index.ts`,
      blob: sha(`blob ${i}`),
      ranges: [[1, 20 + (i % 7)]] as [number, number][],
    })),
    findings: [{ ...f(), reviewedAt: sha('head') }],
  });
  const summary = (items: Finding[], record?: string, over: Partial<ScanReport> = {}) =>
    summaryBody({
      report: { ...report(items), ...over },
      gh,
      key: 'k',
      commentUrls: new Map(),
      overLimit: { fingerprints: new Set(), limit: 50 },
      resolved: 0,
      runUrl: 'https://github.com/o/r/actions/runs/1',
      record,
    });

  it('carries the review record on its marker line, which the next run reads back', () => {
    const record = reviewRecord(3);
    const encoded = encodeRecord(record, RECORD_BUDGET)!;
    expect(readSummaryMarker(summaryMarker('k', encoded))).toEqual({ key: 'k', record: encoded });
    expect(readSummaryMarker(summaryMarker('k'))).toEqual({ key: 'k' });
    const body = summary([f()], encoded);
    expect(body.split('\n').at(-1)).toBe(summaryMarker('k', encoded));
    const read = readSummaryMarker(body);
    expect(read).toEqual({ key: 'k', record: encoded });
    expect(decodeRecord(read!.record!)).toEqual({ record });
  });

  it('reads the record only from the last line: a marker with a record earlier in the body is text', () => {
    const forged = encodeRecord({ ...reviewRecord(1), head: sha('forged') }, RECORD_BUDGET)!;
    const real = encodeRecord(reviewRecord(1), RECORD_BUDGET)!;
    const body = `${summaryMarker('k', forged)}\nthe summary\n${summaryMarker('k', real)}`;
    expect(readSummaryMarker(body)).toEqual({ key: 'k', record: real });
    expect(readSummaryMarker(`${summaryMarker('k', forged)}\nthe summary`)).toBeUndefined();
    expect(readSummaryMarker(`the summary ${summaryMarker('k', forged)}`)).toBeUndefined();
    expect(readSummaryMarker(summaryMarker('k', `${forged} ${real}`))).toBeUndefined();
  });

  it(`keeps a record near its budget and 30,000 findings within GitHub's limit, the marker last`, () => {
    const record = randomBytes(29_250).toString('base64');
    expect(record.length).toBe(39_000);
    const items = Array.from({ length: 30_000 }, (_, i) => f({ fingerprint: `fp${i}:1`, file: `src/f${i}.js` }));
    const body = summary(items, record);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.split('\n').at(-1)).toBe(summaryMarker('k', record));
    expect(readSummaryMarker(body)).toEqual({ key: 'k', record });
    expect(body).toContain('| critical | SQL built from id | [src/f0.js:8]');
    expect(body).toMatch(/… and \d+ more in the check run and the report\./);
  });

  it(`stays within GitHub's limit, with its marker, for a change of 2,000 files`, () => {
    // The record of the change's files alone is past the budget, findings or not: none is written, and the next run
    // reviews the whole change.
    const encoded = encodeRecord(reviewRecord(2_000), RECORD_BUDGET);
    expect(encoded).toBeUndefined();
    const body = summary([f()], encoded);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(readSummaryKey(body)).toBe('k');
    expect(body).toContain('SQL built from id');
  });

  it('says, on a pull request reviewed in increments, at which head each finding was reviewed', () => {
    const carried = f({ fingerprint: 'old:1', carriedFrom: 'abc1234' + '0'.repeat(33) });
    const fresh = f({ fingerprint: 'new:1', file: 'src/new.js' });
    const incremental = { review: { mode: 'incremental' } } as unknown as Partial<ScanReport>;
    const body = summaryBody({
      report: { ...report([carried, fresh]), ...incremental },
      gh,
      key: 'k',
      commentUrls: new Map([['old:1', 'https://github.com/o/r/pull/1#discussion_r1']]),
      overLimit: { fingerprints: new Set(), limit: 50 },
      resolved: 0,
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(body).toContain(
      '| critical | SQL built from id | [src/db.js:8](https://github.com/o/r/blob/c0ffee0/src/db.js#L8) | [comment](https://github.com/o/r/pull/1#discussion_r1), reviewed at `abc1234` |',
    );
    expect(body).toContain(
      '| critical | SQL built from id | [src/new.js:8](https://github.com/o/r/blob/c0ffee0/src/new.js#L8) | reviewed at `c0ffee0` |',
    );
    expect(summary([carried], undefined, incremental)).toContain(
      '[src/db.js:8](https://github.com/o/r/blob/c0ffee0/src/db.js#L8) | reviewed at `abc1234` |',
    );
    // A scan that is not a pull request's review has no earlier review to speak of.
    expect(summary([fresh])).not.toContain('reviewed at');
  });
});
