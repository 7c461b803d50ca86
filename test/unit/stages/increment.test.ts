import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/container/docker-run.js';
import type { Finding } from '../../../src/findings/finding.js';
import { findingHash, lineHashes } from '../../../src/findings/fingerprint.js';
import type { ReviewRecord } from '../../../src/increment/record.js';
import { increment, type IncrementStage } from '../../../src/scan/stages/increment.js';
import { scope } from '../../../src/scan/stages/scope.js';
import type { StageContext } from '../../../src/scan/stages/stage.js';
import type { PullRequestCheckout } from '../../../src/scope/pull-request.js';
import { APP, factsThrough, removeWorkspaces, workspace, type Workspace } from '../../support/fake-source.ts';
import type { ScanOverrides } from '../../support/harness.ts';

afterEach(removeWorkspaces);

const git = (root: string, ...args: string[]) =>
  execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();

/** A pull request whose head (checked out) adds src/admin.js and changes src/db.js's query line. */
function pullRequest(ws: Workspace): { base: string; pr: PullRequestCheckout } {
  const base = ws.commitChange(() => {
    writeFileSync(join(ws.root, 'src/admin.js'), 'const a = 1;\nconst b = 2;\nmodule.exports = { a, b };\n');
    writeFileSync(join(ws.root, 'src/db.js'), APP['src/db.js']!.replace('SELECT id, name', 'SELECT id, name, email'));
  });
  return { base, pr: headCheckout(ws, base) };
}

function headCheckout(ws: Workspace, base: string): PullRequestCheckout {
  const head = git(ws.root, 'rev-parse', 'HEAD');
  return { reviewed: head, merge: false, base, head, number: 7, source: 'checkout', note: '' };
}

function settingsOf(ws: Workspace, pr: PullRequestCheckout, over: ScanOverrides = {}) {
  return ws.settings({ scope: { mode: 'diff', base: pr.base, pullRequest: pr }, pullRequest: pr, ...over });
}

async function incrementOf(ctx: StageContext) {
  const { scope: whole } = await scope.run(ctx, {});
  return increment.run(ctx, { scope: whole });
}

/** The SQL injection of src/db.js (line 5) as the first review reported and verified it. */
function sqlFinding(root: string): Finding {
  const text = readFileSync(join(root, 'src/db.js'), 'utf8');
  return {
    ruleId: 'sql-injection',
    title: 'SQL built from input',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-89'],
    file: 'src/db.js',
    startLine: 5,
    endLine: 5,
    description: 'd',
    recommendation: 'r',
    fingerprint: `${findingHash('sql-injection', 'src/db.js', text.split('\n')[4]!)}:1`,
    lineHash: lineHashes(text)[4]!,
    verification: { verdict: 'confirmed', reason: 'reachable', evidence: [], exploit: null },
  };
}

/** The record a completed first review of the change would leave. */
function recordOf(first: IncrementStage, findings: Finding[]): ReviewRecord {
  const { head, commit, policy, files } = first;
  return { version: 1, head, commit, policy, files, findings: findings.map((f) => ({ ...f, reviewedAt: head })) };
}

describe('increment stage', () => {
  it('leaves a scan that is not a pull request’s change alone', async () => {
    const ws = workspace();
    const ctx = ws.context(ws.settings(), ws.source());
    const { scope: whole } = await scope.run(ctx, {});
    const out = await increment.run(ctx, { scope: whole });
    expect(out.increment).toBeNull();
    expect(out.scope).toBe(whole);
  });

  it('reviews the whole change the first time, and says what the record of this review holds', async () => {
    const ws = workspace();
    const { pr } = pullRequest(ws);
    const ctx = ws.context(settingsOf(ws, pr), ws.source());
    const { increment: inc, scope: s } = await incrementOf(ctx);
    expect(inc).toMatchObject({ mode: 'full', reason: 'no record of earlier reviews was read', head: pr.head });
    expect(s.inScope.map((f) => f.path)).toEqual(['src/admin.js', 'src/db.js']);
    const blob = git(ws.root, 'rev-parse', `${pr.head}:src/db.js`);
    expect(inc!.files).toContainEqual({ path: 'src/db.js', blob, ranges: [[5, 5]] });
    expect(ctx.log.lines).toContain('Full review of the change: no record of earlier reviews was read.');
  });

  it('after a push, reviews only the new lines, and carries the other finding at its new line', async () => {
    const ws = workspace();
    const { base, pr } = pullRequest(ws);
    const first = (await incrementOf(ws.context(settingsOf(ws, pr), ws.source()))).increment!;
    const record = recordOf(first, [sqlFinding(ws.root)]);
    // The push adds two lines above the query of src/db.js: far enough from the finding (line 5, now 7).
    writeFileSync(
      join(ws.root, 'src/db.js'),
      `// Users.\n// Read only.\n${readFileSync(join(ws.root, 'src/db.js'), 'utf8')}`,
    );
    git(ws.root, 'commit', '-qam', 'comments');
    const next = headCheckout(ws, base);
    const ctx = { ...ws.context(settingsOf(ws, next), ws.source()), lastReview: { record } };
    const { increment: inc, scope: s } = await incrementOf(ctx);
    expect(inc).toMatchObject({ mode: 'incremental', reviewed: ['src/db.js'], again: 0, since: { head: pr.head } });
    expect(readFileSync(s.scopeFile!, 'utf8')).toBe('src/db.js\t1-2\n');
    expect(s.prompt).toContain('what changed since the review of');
    const [carried] = inc!.carried;
    expect(carried).toMatchObject({ file: 'src/db.js', startLine: 7, endLine: 7, carriedFrom: pr.head });
    expect(carried!.lineHash).toBe(lineHashes(readFileSync(join(ws.root, 'src/db.js'), 'utf8'))[6]);
    expect(inc!.whole.inScope).toHaveLength(2);
  });

  it('points Codex in the container at the narrowed list where it is mounted', async () => {
    const ws = workspace();
    const { base, pr } = pullRequest(ws);
    const runner = {
      mode: 'container',
      image: 'runner:test',
      policy: 'local',
      network: 'model-only',
      limits: DEFAULT_LIMITS,
    } as const;
    const first = (await incrementOf(ws.context(settingsOf(ws, pr, { runner }), ws.source()))).increment!;
    writeFileSync(join(ws.root, 'src/admin.js'), 'const a = 1;\nconst b = 3;\nmodule.exports = { a, b };\n');
    git(ws.root, 'commit', '-qam', 'b');
    const next = headCheckout(ws, base);
    const ctx = {
      ...ws.context(settingsOf(ws, next, { runner }), ws.source()),
      lastReview: { record: recordOf(first, []) },
    };
    const { scope: s } = await incrementOf(ctx);
    expect(readFileSync(s.scopeFile!, 'utf8')).toBe('src/admin.js\t2-2\n');
    expect(s.prompt).toContain('/vega/scope.txt');
    expect(s.prompt).not.toContain(ws.work);
  });

  it('on the same head, starts no Codex and ends completed with the carried findings', async () => {
    const ws = workspace();
    const { pr } = pullRequest(ws);
    const first = (await incrementOf(ws.context(settingsOf(ws, pr), ws.source()))).increment!;
    const source = ws.source();
    const ctx = {
      ...ws.context(settingsOf(ws, pr), source),
      lastReview: { record: recordOf(first, [sqlFinding(ws.root)]) },
    };
    const facts = await factsThrough(ctx, 'conclude');
    expect(facts.scope.nothingToReview).toMatch(/^nothing changed since the review of [0-9a-f]{7}$/);
    expect(source.requests).toMatchObject({ prepare: 0, review: [], verify: [] });
    expect(facts.end.status).toBe('completed');
    expect(facts.end.findings.map((f) => `${f.file}:${f.startLine}:${f.carriedFrom?.slice(0, 7)}`)).toEqual([
      `src/db.js:5:${pr.head.slice(0, 7)}`,
    ]);
    // Judged against the whole change: the finding is on a changed line.
    expect(facts.end.findings[0]!.outsideChange).toBe(false);
  });

  it('reviews the whole change when the policy changed, or when told to', async () => {
    const ws = workspace();
    const { pr } = pullRequest(ws);
    const first = (await incrementOf(ws.context(settingsOf(ws, pr), ws.source()))).increment!;
    const lastReview = { record: recordOf(first, []) };
    const changed = await incrementOf({ ...ws.context(settingsOf(ws, pr, { passes: 3 }), ws.source()), lastReview });
    expect(changed.increment).toMatchObject({ mode: 'full', carried: [] });
    expect(changed.increment!.reason).toMatch(/^the review policy changed since [0-9a-f]{7}: passes 1 → 3$/);
    const off = await incrementOf({
      ...ws.context(settingsOf(ws, pr, { incremental: false }), ws.source()),
      lastReview,
    });
    expect(off.increment).toMatchObject({ mode: 'full', reason: 'incremental is false' });
    expect(off.scope.inScope).toHaveLength(2);
  });
});
