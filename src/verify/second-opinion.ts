// A second opinion for disputed findings. When the verifier confirms a cluster that most passes did not report, the
// two signals disagree and the verifier alone would decide: one wrong confirmation would reach the code scanning tab.
// Such a cluster is verified once more, in another fresh thread, and stays confirmed only when that one agrees.
import type { Verification } from '../findings/finding.js';

export interface DisputePolicy {
  /** Whether disputed clusters get a second verification (verify-disputed). */
  verifyDisputed: boolean;
  minAgreement: number;
}

/** Confirmed, yet reported by fewer passes than min-agreement asks of a finding that is not confirmed. */
export function isDisputed(votes: number, first: Pick<Verification, 'verdict'>, p: DisputePolicy): boolean {
  return p.verifyDisputed && first.verdict === 'confirmed' && votes < p.minAgreement;
}

/** The verdict on a disputed cluster from its two verifications: confirmed only when both confirm. */
export function settle(first: Verification, second: Verification): Verification {
  const opinions = [first, second];
  if (second.verdict === 'confirmed') {
    // Either verifier finding the proposed fix wrong is enough to withhold it.
    const fix = first.fix?.verdict === 'wrong' ? first.fix : (second.fix ?? first.fix);
    return { ...first, exploit: first.exploit ?? second.exploit, fix, opinions };
  }
  const verdict = second.verdict === 'refuted' ? 'refuted' : 'uncertain';
  const outcome = verdict === 'refuted' ? 'refuted it' : 'could not confirm it';
  // The settled verdict is a verdict: what went wrong with the second verification stays with it, in `opinions`.
  const { problem: _problem, ...rest } = second;
  return {
    ...rest,
    verdict,
    reason:
      `A first verification confirmed it, but few passes reported it ` +
      `and a second, independent verification ${outcome}: ${second.reason}`,
    opinions,
  };
}
