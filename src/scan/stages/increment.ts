// The increment stage: on a pull request, what this run reviews of the change. With a record of the last completed
// review that this run can build on (same policy, its head still in the history, its tree at hand), only the lines
// no review covered yet, and the findings whose code changed, are reviewed; the other findings are carried. Otherwise
// the whole change is reviewed, and the reason is given. Either way the stage says what the record of this review
// will hold: every file of the change, its blob and its changed lines.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../findings/finding.js';
import { lineHashes } from '../../findings/fingerprint.js';
import { blobsAt } from '../../git/trees.js';
import { lineMapBetween } from '../../scope/head-map.js';
import { narrow, type ChangeNow } from '../../increment/narrow.js';
import { policyChanges, type RecordFile, type RecordPolicy, type ReviewRecord } from '../../increment/record.js';
import type { LineRange } from '../../scope/diff.js';
import { partOfPlan, type ScopePlan } from '../../scope/plan.js';
import type { PullRequestCheckout } from '../../scope/pull-request.js';
import { repositoryPath } from '../../scope/target.js';
import { narrowedScope, type ScopeSettings, type ScopeStage } from './scope.js';
import type { Stage, StageContext } from './stage.js';

type Settings = ScopeSettings | 'endpoint' | 'output';
type Ctx = StageContext<Settings>;

export interface IncrementStage {
  mode: 'full' | 'incremental';
  /** Why the whole change is reviewed; incremental: what is reviewed now. */
  reason: string;
  /** The review this one builds on: its head and the tree it reviewed. */
  since?: { head: string; commit: string };
  /** The whole change's scope: findings are judged against it, and the record covers it. */
  whole: ScopeStage;
  /** Findings of earlier reviews on code that has not changed, at their lines now. */
  carried: Finding[];
  /** Earlier findings reviewed again because their lines, or lines next to them, changed. */
  again: number;
  /** Repository paths this run reviews. */
  reviewed: string[];
  /** What the record of this review holds: the head and tree reviewed, the policy, the change's files. */
  head: string;
  commit: string;
  policy: RecordPolicy;
  files: RecordFile[];
}

const short = (sha: string) => sha.slice(0, 7);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function policyNow(settings: Ctx['settings']): RecordPolicy {
  const { policy, endpoint, runner, output } = settings;
  return {
    passes: policy.passes,
    minAgreement: policy.minAgreement,
    verify: policy.verify,
    verifyLimit: policy.verifyLimit,
    verifyDisputed: policy.verifyDisputed,
    prompt: sha256(policy.prompt.task ?? ''),
    context: policy.context ? sha256(policy.context.text) : '',
    model: endpoint.model ?? '',
    codexVersion: runner.codexVersion,
    actionVersion: output.actionVersion,
  };
}

/** Every reviewable file of the change: its repository path, changed lines and blob in the reviewed tree. */
async function changeNow(ctx: Ctx, plan: ScopePlan, pr: PullRequestCheckout): Promise<ChangeNow> {
  const { target } = ctx.settings;
  const blobs = await blobsAt(target.repoRoot, pr.reviewed);
  const change = new Map<string, { ranges: LineRange[]; blob: string }>();
  for (const f of plan.files) {
    const path = repositoryPath(target, f.path);
    const blob = blobs.get(path);
    if (blob) change.set(path, { ranges: plan.changed?.get(f.path) ?? [], blob });
  }
  return change;
}

/** Why the record cannot be built on, or undefined when it can. */
function fullReviewReason(ctx: Ctx, policy: RecordPolicy): string | undefined {
  if (!ctx.settings.target.incremental) return 'incremental is false';
  const last = ctx.lastReview;
  if (!last) return 'no record of earlier reviews was read';
  if (last.fullReview || !last.record) return last.fullReview ?? 'no earlier review of this pull request is recorded';
  const changed = policyChanges(last.record.policy, policy);
  return changed.length
    ? `the review policy changed since ${short(last.record.head)}: ${changed.join(', ')}`
    : undefined;
}

/** Carried findings with GitHub's line hash at their lines now; each file is read and hashed once. */
function rehashed(repoRoot: string, carried: readonly Finding[]): Finding[] {
  const files = new Map<string, string[] | undefined>();
  const hashesOf = (file: string) => {
    if (!files.has(file)) {
      try {
        files.set(file, lineHashes(readFileSync(join(repoRoot, file), 'utf8')));
      } catch {
        files.set(file, undefined);
      }
    }
    return files.get(file);
  };
  return carried.map((f) => {
    const hash = hashesOf(f.file)?.[f.startLine - 1];
    return hash ? { ...f, lineHash: hash } : f;
  });
}

interface Built {
  scope: ScopeStage;
  carried: Finding[];
  again: number;
  reason: string;
}

/** The scope narrowed to what changed since the record, and the findings it carries. */
async function buildOnRecord(ctx: Ctx, whole: ScopeStage, record: ReviewRecord, change: ChangeNow): Promise<Built> {
  const { target } = ctx.settings;
  const pr = pullRequestOf(ctx, whole)!;
  // The whole tree: a verifier's evidence may lie outside the reviewed directory.
  const moved = await lineMapBetween(target.repoRoot, record.commit, pr.reviewed, '');
  const narrowed = narrow(change, record, moved);
  const local = (path: string) => (target.prefix ? path.slice(target.prefix.length + 1) : path);
  const review = new Map([...narrowed.review].map(([p, r]) => [local(p), r]));
  const since = short(record.head);
  const plan = partOfPlan(whole.plan!, review, `${whole.plan!.label}, what changed since the review of ${since}`);
  const carried = rehashed(target.repoRoot, narrowed.carried);
  const empty = `nothing changed since the review of ${since}`;
  const scope = narrowedScope(ctx.settings, whole, { plan, work: ctx.work, empty });
  const files = plan.files.length;
  const reason =
    `${files} of ${whole.inScope.length} files changed since the review of ${since}; ` +
    `${carried.length} findings carried, ${narrowed.again.length} reviewed again`;
  return { scope, carried, again: narrowed.again.length, reason };
}

type Increment = { increment: IncrementStage; scope: ScopeStage };

async function incrementStage(ctx: Ctx, whole: ScopeStage, pr: PullRequestCheckout): Promise<Increment> {
  const policy = policyNow(ctx.settings);
  const change = await changeNow(ctx, whole.plan!, pr);
  const files = [...change].map(([path, c]) => ({
    path,
    blob: c.blob,
    ranges: c.ranges.map((r): [number, number] => [r.start, r.end]),
  }));
  const record = { head: pr.head, commit: pr.reviewed, policy, files, whole };
  const full = fullReviewReason(ctx, policy);
  const last = ctx.lastReview?.record;
  if (full || !last)
    return {
      increment: { ...record, mode: 'full', reason: full!, carried: [], again: 0, reviewed: [...change.keys()] },
      scope: whole,
    };
  const { scope, carried, again, reason } = await buildOnRecord(ctx, whole, last, change);
  const since = { head: last.head, commit: last.commit };
  const reviewed = scope.inScope.map((f) => repositoryPath(ctx.settings.target, f.path));
  return { increment: { ...record, mode: 'incremental', reason, since, carried, again, reviewed }, scope };
}

/** Only a pull request's change is reviewed in increments. */
function pullRequestOf(ctx: Ctx, scope: ScopeStage): PullRequestCheckout | undefined {
  const { scope: mode } = ctx.settings.target;
  return mode.mode === 'diff' && scope.plan?.changed ? mode.pullRequest : undefined;
}

export const increment: Stage<
  Settings,
  { scope: ScopeStage },
  { increment: IncrementStage | null; scope: ScopeStage }
> = {
  name: 'increment',
  title: () => 'Increment: what changed since the last review',
  run: async (ctx, f) => {
    const pr = pullRequestOf(ctx, f.scope);
    if (!pr) return { increment: null, scope: f.scope };
    const out = await incrementStage(ctx, f.scope, pr);
    const { mode, reason } = out.increment;
    ctx.log.info(mode === 'full' ? `Full review of the change: ${reason}.` : `Incremental review: ${reason}.`);
    return out;
  },
};
