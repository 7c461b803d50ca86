// The consensus policy: which clusters of the review passes' findings a person is shown, by their votes and their
// verifier's verdict. Pure: the judge stage applies it, the report and the benchmark's simulation quote it.
import type { Finding, Verification } from './finding.js';

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

export function policyOf(settings: Pick<Policy, 'passes' | 'verify' | 'minAgreement' | 'verifyDisputed'>): Policy {
  const { passes, verify, minAgreement } = settings;
  // With one vote needed, no confirmed cluster can have too few.
  const verifyDisputed = verify && settings.verifyDisputed && minAgreement > 1;
  const disputed = verifyDisputed
    ? `; one confirmed although fewer passes reported it is verified a second time ` +
      `and kept only when that confirms it too`
    : '';
  const rule = verify
    ? `kept when the verifier confirms it, or when it is uncertain or unverified ` +
      `and at least ${minAgreement} of ${passes} passes reported it${disputed}; refuted findings are dropped`
    : `kept when at least ${minAgreement} of ${passes} passes reported it`;
  return { passes, verify, minAgreement, verifyDisputed, rule };
}

/** The rule on a cluster's votes and its settled verdict (none without verification). */
export function keeps(
  votes: number,
  verdict: Verification['verdict'] | undefined,
  p: Pick<Policy, 'verify' | 'minAgreement'>,
): boolean {
  if (!p.verify || !verdict) return votes >= p.minAgreement;
  if (verdict === 'confirmed') return true;
  if (verdict === 'refuted') return false;
  return votes >= p.minAgreement;
}
