// What the report warns about: each thing a person should know that did not stop the scan, gathered from the facts
// of every stage.
import type { PolicySettings } from '../../config/settings.js';
import type { ThreadFacts } from '../../runtime/thread.js';
import type { JudgeStage } from './judge.js';
import type { PlaceStage } from './place.js';
import type { CodexStart } from './prepare.js';
import type { ScopeStage } from './scope.js';
import type { VerifyStage } from './verify.js';

/** The facts the warnings come from. */
interface RenderFacts {
  scope: ScopeStage;
  codex: CodexStart;
  passes: ThreadFacts[];
  place: PlaceStage;
  verification: VerifyStage;
  judge: JudgeStage;
}

const NOT_AT_HEAD =
  "findings lie on lines the base branch brought into the test merge, which the pull request's head does not have; " +
  'they are in the SARIF file and the report, not annotated or commented on.';
const PARTIAL_HEAD_MAP =
  'GitHub listed only part of what differs between the head and the test merge; ' +
  'lines of unlisted files are taken as unmoved.';
const NO_SANDBOX =
  "commands failed because Codex's sandbox (bubblewrap) could not start on this runner; the review may be shallow. " +
  'Run in container mode, or allow unprivileged user namespaces.';

function scopeWarnings(f: RenderFacts): string[] {
  const leftOut = f.scope.plan?.leftOut ?? [];
  if (!leftOut.length) return [];
  const reasons = [...new Set(leftOut.map((l) => l.reason))].join(', ');
  return [`${leftOut.length} changed files were not reviewed (${reasons}); see "scope.leftOut".`];
}

function steeringWarning(f: RenderFacts): string[] {
  const steering = f.scope.steering;
  if (!steering?.length) return [];
  const named = `${steering
    .map((s) => s.path)
    .slice(0, 5)
    .join(', ')}${steering.length > 5 ? ', …' : ''}`;
  const changed = `This change adds or modifies ${steering.length} review-steering files (${named})`;
  return [`${changed}; Codex did not take them as instructions, but a person should read them.`];
}

function pullRequestWarnings(policy: Pick<PolicySettings, 'context' | 'prompt'>, f: RenderFacts): string[] {
  const w: string[] = [];
  for (const file of [policy.context, policy.prompt.origin]) {
    const base = `the base commit ${file?.revision?.slice(0, 12)}`;
    if (file?.changedByPullRequest)
      w.push(`This pull request changes ${file.path}; the review used the version of ${base}.`);
  }
  const notAtHead = f.judge.kept.filter((x) => x.head === null).length;
  if (notAtHead) w.push(`${notAtHead} ${NOT_AT_HEAD}`);
  if (f.scope.headMap?.partial) w.push(PARTIAL_HEAD_MAP);
  return [...w, ...steeringWarning(f)];
}

function findingWarnings(f: RenderFacts): string[] {
  const w: string[] = [];
  const { rejected, dropped } = f.place;
  if (rejected.length) w.push(`${rejected.length} findings broke the schema and were dropped (see "rejected").`);
  if (dropped.length)
    w.push(`${dropped.length} findings could not be placed in the repository and were dropped (see "dropped").`);
  const refuted = f.judge.dropped.filter((d) => d.why === 'refuted').length;
  const overrule = '(see "verification.dropped"); a person may overrule.';
  if (refuted) w.push(`${refuted} findings were dropped because their verification refuted them ${overrule}`);
  return w;
}

export function warningsOf(policy: Pick<PolicySettings, 'context' | 'prompt'>, f: RenderFacts): string[] {
  const notes = [...f.codex.warnings, ...f.verification.notes];
  const first = f.passes[0]?.collector;
  // No pass ran (nothing to review, or Codex did not start): only what was noted on the way.
  if (!first) return notes;
  const w = [...notes, ...f.place.notes];
  const sandboxFailures = f.passes.reduce((n, p) => n + p.collector.sandboxFailures, 0);
  if (sandboxFailures > 0) w.push(`${sandboxFailures} ${NO_SANDBOX}`);
  w.push(...findingWarnings(f), ...scopeWarnings(f), ...pullRequestWarnings(policy, f));
  if (first.problemCount)
    w.push(`${first.problemCount} lines of Codex output could not be read as events (see "events.problems").`);
  return w;
}
