// The judge stage: the policy that decides what a person is shown. A cluster is kept when the verifier confirmed it,
// or when it is uncertain or unverified and enough passes agree (min-agreement); without verification, when enough
// passes agree. A disputed cluster (confirmed, too few votes) counts as confirmed only when its second verification
// confirmed it as well. Refuted clusters are dropped, and listed with the verifier's reason so that a person can
// overrule.
import { existsSync } from 'node:fs';
import { isAbsolute, join, posix } from 'node:path';
import { isKnown, readBaseline } from '../../findings/baseline.js';
import type { Cluster } from '../../findings/cluster.js';
import type { DroppedFix, Finding } from '../../findings/finding.js';
import { sarifRuleId } from '../../sarif/sarif.js';
import { keeps, policyOf, type DroppedCluster, type Policy } from '../../findings/policy.js';
import { inRanges } from '../../scope/diff.js';
import { locateIn } from '../../scope/line-map.js';
import type { IncrementStage } from './increment.js';
import type { ScopeStage } from './scope.js';
import type { Verification } from '../../findings/finding.js';
import type { ScanSettings } from '../../config/settings.js';
import type { Stage } from './stage.js';
import type { VerifyStage } from './verify.js';

type Settings = Pick<ScanSettings, 'target' | 'policy'>;

export interface JudgeStage {
  policy: Policy;
  kept: Finding[];
  dropped: DroppedCluster[];
  /** Fixes of kept findings that their verifier judged wrong: not suggested. */
  droppedFixes: DroppedFix[];
}

/** A fix the verifier judged wrong is not offered; the finding stays. */
function withoutWrongFix(f: Finding, droppedFixes: DroppedFix[]): Finding {
  const judged = f.verification?.fix;
  if (!f.fix || judged?.verdict !== 'wrong') return f;
  droppedFixes.push({
    file: f.file,
    startLine: f.startLine,
    title: f.title,
    reason: `fix dropped: the verifier judged it wrong: ${judged.reason}`,
  });
  const { fix: _wrong, ...rest } = f;
  return rest;
}

/**
 * On a pull request, whether each finding lies in the changed lines and where it is at the head; against a baseline,
 * whether it is known.
 */
function mark(findings: Finding[], settings: Settings, scope: JudgedScope): void {
  const changed = scope.plan?.changed;
  if (changed) {
    const prefix = settings.target.prefix;
    for (const f of findings) {
      const local = prefix && f.file.startsWith(`${prefix}/`) ? f.file.slice(prefix.length + 1) : f.file;
      f.outsideChange = !inRanges(changed.get(local) ?? [], f.startLine, f.endLine);
    }
  }
  const headMap = scope.headMap?.map;
  if (headMap) for (const f of findings) f.head = locateIn(headMap, f);
  if (settings.policy.baselineSarif) {
    const baseline = readBaseline(settings.policy.baselineSarif);
    for (const f of findings) f.baseline = isKnown(f, baseline, sarifRuleId(f)) ? 'existing' : 'new';
  }
}

/** The verifier's evidence in repository paths, keeping only steps in files that exist (GitHub shows no others). */
function placeEvidence(v: Verification, settings: Settings): Verification {
  const prefix = settings.target.prefix;
  const evidence = v.evidence
    .map((e) => ({ ...e, file: posix.normalize(prefix ? `${prefix}/${e.file}` : e.file) }))
    .filter(
      (e) => !e.file.startsWith('..') && !isAbsolute(e.file) && existsSync(join(settings.target.repoRoot, e.file)),
    );
  return { ...v, evidence };
}

/** What the judge needs of the scope stage: the changed lines, and where lines are at the head. */
export type JudgedScope = Pick<ScopeStage, 'plan' | 'headMap'>;

/** Which passes reported a cluster, each in its own words: shown with the finding. */
function consensusOf(c: Cluster): NonNullable<Finding['consensus']> {
  const variants = c.variants.map(({ pass, finding: x }) => ({
    pass,
    file: x.file,
    startLine: x.startLine,
    endLine: x.endLine,
    ruleId: x.ruleId,
    severity: x.severity,
    title: x.title,
  }));
  return { cluster: c.id, votes: c.votes, passes: c.passes, variants };
}

function droppedCluster(c: Cluster, f: Finding, v: Verification | undefined, policy: Policy): DroppedCluster {
  const why = v?.verdict === 'refuted' ? 'refuted' : 'too few votes';
  const votes = `${c.votes} of ${policy.passes} passes reported it; min-agreement is ${policy.minAgreement}`;
  const reason = why === 'refuted' ? v!.reason : v ? `${votes}; verification ${v.verdict}: ${v.reason}` : votes;
  return {
    cluster: c.id,
    fingerprint: f.fingerprint,
    file: f.file,
    startLine: f.startLine,
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    votes: c.votes,
    why,
    reason,
  };
}

export interface Judged {
  clusters: readonly Cluster[];
  verdicts: ReadonlyMap<string, Verification>;
  scope: JudgedScope;
  /**
   * Findings carried from the last review of a pull request: kept as they were judged then (the cluster stage left out
   * this review's reports of them).
   */
  carried: readonly Finding[];
}

function judgeStage(settings: Settings, judged: Judged): JudgeStage {
  const policy = policyOf(settings.policy);
  const out: JudgeStage = { policy, kept: [], dropped: [], droppedFixes: [] };
  // One pass without verification: nothing to agree on or check, so findings carry no consensus to show.
  const annotate = policy.passes > 1 || policy.verify;
  for (const c of judged.clusters) {
    const v = policy.verify ? judged.verdicts.get(c.id) : undefined;
    const f: Finding = { ...c.representative };
    if (annotate) f.consensus = consensusOf(c);
    if (annotate && v) f.verification = placeEvidence(v, settings);
    if (keeps(c.votes, v?.verdict, policy)) out.kept.push(withoutWrongFix(f, out.droppedFixes));
    else out.dropped.push(droppedCluster(c, f, v, policy));
  }
  out.kept.push(...judged.carried.map((f) => ({ ...f })));
  mark(out.kept, settings, judged.scope);
  return out;
}

export const judge: Stage<
  'target' | 'policy',
  { clusters: Cluster[]; verification: VerifyStage; scope: ScopeStage; increment: IncrementStage | null },
  { judge: JudgeStage }
> = {
  name: 'judge',
  title: () => 'Findings: judging by the consensus policy',
  run(ctx, f) {
    const judge = judgeStage(ctx.settings, {
      clusters: f.clusters,
      verdicts: f.verification.verdicts,
      // Findings are placed against the pull request's whole change, not only what this run reviewed.
      scope: f.increment?.whole ?? f.scope,
      carried: f.increment?.carried ?? [],
    });
    const carriedKept = judge.kept.filter((x) => x.carriedFrom).length;
    const carried = carriedKept ? ` (${carriedKept} carried)` : '';
    ctx.log.info(`${judge.kept.length} kept${carried}, ${judge.dropped.length} dropped: ${judge.policy.rule}`);
    return { judge };
  },
};
