// What the report warns about: each thing a person should know that did not stop the scan, gathered from the facts
// of every stage.
import type { PolicySettings } from '../../config/settings.js';
import type { RenderFacts } from './render.js';

function scopeWarnings(f: RenderFacts): string[] {
  const w: string[] = [];
  const plan = f.scope.plan;
  if (plan?.leftOut.length) w.push(`${plan.leftOut.length} changed files were not reviewed (${[...new Set(plan.leftOut.map((l) => l.reason))].join(', ')}); see "scope.leftOut".`);
  return w;
}

function pullRequestWarnings(policy: Pick<PolicySettings, 'context' | 'prompt'>, f: RenderFacts): string[] {
  const w: string[] = [];
  for (const file of [policy.context, policy.prompt.origin]) {
    if (file?.changedByPullRequest) w.push(`This pull request changes ${file.path}; the review used the version of the base commit ${file.revision!.slice(0, 12)}.`);
  }
  const notAtHead = f.judge.kept.filter((x) => x.head === null).length;
  if (notAtHead) w.push(`${notAtHead} findings lie on lines the base branch brought into the test merge, which the pull request's head does not have; they are in the SARIF file and the report, not annotated or commented on.`);
  if (f.scope.headMap?.partial) w.push(`GitHub listed only part of what differs between the head and the test merge; lines of unlisted files are taken as unmoved.`);
  const steering = f.scope.steering;
  if (steering?.length) {
    const named = `${steering.map((s) => s.path).slice(0, 5).join(', ')}${steering.length > 5 ? ', …' : ''}`;
    w.push(`This change adds or modifies ${steering.length} review-steering files (${named}); Codex did not take them as instructions, but a person should read them.`);
  }
  return w;
}

function findingWarnings(f: RenderFacts): string[] {
  const w: string[] = [];
  if (f.place.rejected.length) w.push(`${f.place.rejected.length} findings broke the schema and were dropped (see "rejected").`);
  if (f.place.dropped.length) w.push(`${f.place.dropped.length} findings could not be placed in the repository and were dropped (see "dropped").`);
  const refuted = f.judge.dropped.filter((d) => d.why === 'refuted').length;
  if (refuted) w.push(`${refuted} findings were dropped because their verification refuted them (see "verification.dropped"); a person may overrule.`);
  return w;
}

export function warningsOf(policy: Pick<PolicySettings, 'context' | 'prompt'>, f: RenderFacts): string[] {
  const notes = [...f.codex.warnings, ...f.verification.notes];
  const first = f.passes[0]?.collector;
  // No pass ran (nothing to review, or Codex did not start): only what was noted on the way.
  if (!first) return notes;
  const w = [...notes, ...f.place.notes];
  const sandboxFailures = f.passes.reduce((n, p) => n + p.collector.sandboxFailures, 0);
  if (sandboxFailures > 0) w.push(`${sandboxFailures} commands failed because Codex's sandbox (bubblewrap) could not start on this runner; the review may be shallow. Run in container mode, or allow unprivileged user namespaces.`);
  w.push(...findingWarnings(f), ...scopeWarnings(f), ...pullRequestWarnings(policy, f));
  if (first.problemCount) w.push(`${first.problemCount} lines of Codex output could not be read as events (see "events.problems").`);
  return w;
}
