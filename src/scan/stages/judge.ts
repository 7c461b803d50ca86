// Stage 6, judge: the policy that decides what a person is shown. A cluster is kept when the verifier confirmed it,
// or when it is uncertain or unverified and enough passes agree (min-agreement); without verification, when enough
// passes agree. A disputed cluster (confirmed, too few votes) counts as confirmed only when its second verification
// confirmed it as well. Refuted clusters are dropped, and listed with the verifier's reason so that a person can
// overrule.
import { existsSync } from 'node:fs';
import { isAbsolute, join, posix } from 'node:path';
import { isKnown, readBaseline } from '../../findings/baseline.js';
import type { Cluster } from '../../findings/cluster.js';
import type { DroppedFix, Finding } from '../../findings/normalize.js';
import { sarifRuleId } from '../../sarif/sarif.js';
import { inRanges } from '../../scope/diff.js';
import { locateIn } from '../../scope/line-map.js';
import type { ScopeStage } from './scope.js';
import type { Verification } from '../../verify/verification.js';
import type { ScanSettings } from '../settings.js';
import { scanPrefix } from '../../util/paths.js';

export interface Policy {
  passes: number;
  verify: boolean;
  minAgreement: number;
  verifyDisputed: boolean;
  rule: string;
}

export interface DroppedCluster {
  cluster: string;
  fingerprint: string;
  file: string;
  startLine: number;
  ruleId: string;
  title: string;
  severity: Finding['severity'];
  votes: number;
  why: 'refuted' | 'too few votes';
  reason: string;
}

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
  droppedFixes.push({ file: f.file, startLine: f.startLine, title: f.title, reason: `fix dropped: the verifier judged it wrong: ${judged.reason}` });
  const { fix: _wrong, ...rest } = f;
  return rest;
}

export function policyOf(settings: Pick<ScanSettings, 'passes' | 'verify' | 'minAgreement' | 'verifyDisputed'>): Policy {
  const { passes, verify, minAgreement } = settings;
  // With one vote needed, no confirmed cluster can have too few.
  const verifyDisputed = verify && settings.verifyDisputed && minAgreement > 1;
  const disputed = verifyDisputed ? `; one confirmed although fewer passes reported it is verified a second time and kept only when that confirms it too` : '';
  const rule = verify
    ? `kept when the verifier confirms it, or when it is uncertain or unverified and at least ${minAgreement} of ${passes} passes reported it${disputed}; refuted findings are dropped`
    : `kept when at least ${minAgreement} of ${passes} passes reported it`;
  return { passes, verify, minAgreement, verifyDisputed, rule };
}

/** The rule on a cluster's votes and its settled verdict (none without verification). */
export function keeps(votes: number, verdict: Verification['verdict'] | undefined, p: Pick<Policy, 'verify' | 'minAgreement'>): boolean {
  if (!p.verify || !verdict) return votes >= p.minAgreement;
  if (verdict === 'confirmed') return true;
  if (verdict === 'refuted') return false;
  return votes >= p.minAgreement;
}

/**
 * On a pull request, whether each finding lies in the changed lines and where it is at the head; against a baseline,
 * whether it is known.
 */
function mark(findings: Finding[], settings: ScanSettings, scope: JudgedScope): void {
  const changed = scope.plan?.changed;
  if (changed) {
    const prefix = scanPrefix(settings);
    for (const f of findings) {
      const local = prefix && f.file.startsWith(`${prefix}/`) ? f.file.slice(prefix.length + 1) : f.file;
      f.outsideChange = !inRanges(changed.get(local) ?? [], f.startLine, f.endLine);
    }
  }
  const headMap = scope.headMap?.map;
  if (headMap) for (const f of findings) f.head = locateIn(headMap, f);
  if (settings.baselineSarif) {
    const baseline = readBaseline(settings.baselineSarif);
    for (const f of findings) f.baseline = isKnown(f, baseline, sarifRuleId(f)) ? 'existing' : 'new';
  }
}

/** The verifier's evidence in repository paths, keeping only steps in files that exist (GitHub shows no others). */
function placeEvidence(v: Verification, settings: ScanSettings): Verification {
  const prefix = scanPrefix(settings);
  const evidence = v.evidence
    .map((e) => ({ ...e, file: posix.normalize(prefix ? `${prefix}/${e.file}` : e.file) }))
    .filter((e) => !e.file.startsWith('..') && !isAbsolute(e.file) && existsSync(join(settings.repoRoot, e.file)));
  return { ...v, evidence };
}

/** What the judge needs of the scope stage: the changed lines, and where lines are at the head. */
export type JudgedScope = Pick<ScopeStage, 'plan' | 'headMap'>;

export function judgeStage(clusters: readonly Cluster[], verifications: ReadonlyMap<string, Verification>, settings: ScanSettings, scope: JudgedScope): JudgeStage {
  const policy = policyOf(settings);
  const kept: Finding[] = [];
  const dropped: DroppedCluster[] = [];
  const droppedFixes: DroppedFix[] = [];
  // One pass without verification: nothing to agree on or check, so findings carry no consensus to show.
  const annotate = settings.passes > 1 || settings.verify;
  for (const c of clusters) {
    const v = policy.verify ? verifications.get(c.id) : undefined;
    const f: Finding = { ...c.representative };
    if (annotate) {
      f.consensus = { cluster: c.id, votes: c.votes, passes: c.passes, variants: c.variants.map(({ pass, finding: x }) => ({ pass, file: x.file, startLine: x.startLine, endLine: x.endLine, ruleId: x.ruleId, severity: x.severity, title: x.title })) };
      if (v) f.verification = placeEvidence(v, settings);
    }
    if (keeps(c.votes, v?.verdict, policy)) kept.push(withoutWrongFix(f, droppedFixes));
    else {
      const why = v?.verdict === 'refuted' ? 'refuted' : 'too few votes';
      const votes = `${c.votes} of ${settings.passes} passes reported it; min-agreement is ${policy.minAgreement}`;
      const reason = why === 'refuted' ? v!.reason : v ? `${votes}; verification ${v.verdict}: ${v.reason}` : votes;
      dropped.push({ cluster: c.id, fingerprint: f.fingerprint, file: f.file, startLine: f.startLine, ruleId: f.ruleId, title: f.title, severity: f.severity, votes: c.votes, why, reason });
    }
  }
  mark(kept, settings, scope);
  return { policy, kept, dropped, droppedFixes };
}
