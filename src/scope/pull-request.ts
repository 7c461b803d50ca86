// A pull request's checkout, once the action has what it needs to tell what the pull request changes.
import type { CheckoutShape } from '../git/pull-request.js';
import type { DiffPlan } from './diff.js';
import type { LineMap } from './line-map.js';

export interface PullRequestCheckout extends CheckoutShape {
  number: number;
  /** Where the change comes from: git had it, git fetched it, or GitHub's comparison (git could not fetch). */
  source: 'checkout' | 'fetched' | 'github';
  /** One line for the log: what was done, and how long it took. */
  note: string;
  /** From GitHub only: the change (repository paths) and where reviewed lines are at the head. */
  github?: { plan: DiffPlan; headMap: LineMap; headMapPartial: boolean; requests: number };
}

/** The git range of the change: a merge against its first parent (two-dot), a head since its merge base. */
export function changeRange(pr: CheckoutShape): { from: string; to?: string } {
  return pr.merge ? { from: pr.base, to: pr.reviewed } : { from: pr.base };
}
