// Makes a pull request's checkout reviewable, however actions/checkout left it: reads which commits it holds,
// fetches the merge's parents when they are missing, and falls back to GitHub's comparison when git cannot fetch.
// Fails with one line only when neither works.
import { ConfigurationError, errorMessage } from '../../util/errors.js';
import {
  checkoutShape,
  fetchParents,
  hasChangeLocally,
  type CheckoutShape,
  type FetchResult,
  type PullRequestEvent,
} from '../../git/pull-request.js';
import type { PullRequestCheckout } from '../../scope/pull-request.js';
import { octokitFor } from '../checks.js';
import type { GitHubContext } from '../context.js';
import { changesFromGitHub } from './changes.js';

const short = (sha: string) => sha.slice(0, 12);

/** The pull request under review, as each way of getting its change reports it. */
interface Reviewing {
  shape: CheckoutShape;
  number: number;
  /** The commits reviewed, in words, for the log line. */
  what: string;
}

export async function preparePullRequest(
  repoRoot: string,
  event: PullRequestEvent,
  gh: GitHubContext,
  token: string,
): Promise<PullRequestCheckout> {
  const shape = await readShape(repoRoot, event);
  const pr: Reviewing = { shape, number: event.number, what: describeCommits(shape) };
  if (await hasChangeLocally(repoRoot, shape))
    return {
      ...shape,
      number: pr.number,
      source: 'checkout',
      note: `Pull request #${pr.number}: reviewing ${pr.what}.`,
    };

  const fetched = await fetchMissingParents(repoRoot, shape, gh, token);
  if (fetched.ok) {
    return {
      ...shape,
      number: pr.number,
      source: 'fetched',
      note:
        `Pull request #${pr.number}: the shallow checkout lacked the merge's parents; ` +
        `fetched them (depth 1) in ${fetched.ms} ms. Reviewing ${pr.what}.`,
    };
  }
  // Without a token GitHub's comparison is out of reach too, so say what would make git succeed.
  if (!token) {
    throw new ConfigurationError(
      `Pull request #${pr.number}: the checkout does not hold the commits this pull request changes, ` +
        `and fetching them failed (${fetched.error}). ` +
        `Give the action github-token, or use actions/checkout with fetch-depth: 0.`,
    );
  }
  return changesFromComparison(pr, fetched, gh, token);
}

/** The commits checked out; only the pull request's head or its test merge holds code to review. */
async function readShape(repoRoot: string, event: PullRequestEvent): Promise<CheckoutShape> {
  let read;
  try {
    read = await checkoutShape(repoRoot, event);
  } catch (error) {
    throw new ConfigurationError(
      `The workspace is not a git checkout (${errorMessage(error)}). Check out the repository first: actions/checkout.`,
    );
  }
  if ('neither' in read) {
    throw new ConfigurationError(
      `Pull request #${event.number}: the checkout is ${short(read.neither)}, ` +
        `neither the pull request's head ${short(event.headSha)} nor its test merge, ` +
        `so it holds none of the code to review. On pull_request use actions/checkout's defaults; ` +
        `on pull_request_target check out refs/pull/${event.number}/merge ` +
        `(see "Pull requests from forks" in the README).`,
    );
  }
  return read;
}

function describeCommits(shape: CheckoutShape): string {
  return shape.merge
    ? `the test merge ${short(shape.reviewed)} of head ${short(shape.head)} into base ${short(shape.base)}`
    : `head ${short(shape.head)}, compared with base ${short(shape.base)}`;
}

/** Only a merge's parents are worth fetching: a head checkout's merge base can be any depth away. */
async function fetchMissingParents(
  repoRoot: string,
  shape: CheckoutShape,
  gh: GitHubContext,
  token: string,
): Promise<FetchResult> {
  return shape.merge
    ? await fetchParents(repoRoot, shape, { serverUrl: gh.serverUrl, token: token || undefined })
    : { ok: false, ms: 0, error: 'a head checkout needs its merge base' };
}

/** The last resort when git cannot tell the change: GitHub's comparison of base and head. */
async function changesFromComparison(
  pr: Reviewing,
  fetched: FetchResult,
  gh: GitHubContext,
  token: string,
): Promise<PullRequestCheckout> {
  const { shape } = pr;
  try {
    const octokit = await octokitFor(token, gh);
    const changes = await changesFromGitHub(octokit, { owner: gh.owner, repo: gh.repo }, shape);
    const why = shape.merge
      ? `git could not fetch the merge's parents (${fetched.error})`
      : 'the checkout lacks the merge base';
    return {
      ...shape,
      number: pr.number,
      source: 'github',
      github: changes,
      note:
        `Pull request #${pr.number}: ${why}; ` +
        `the change comes from GitHub's comparison (${changes.requests} API requests). Reviewing ${pr.what}.`,
    };
  } catch (error) {
    throw new ConfigurationError(
      `Pull request #${pr.number}: the checkout does not hold the commits this pull request changes, ` +
        `git could not fetch them (${fetched.error}), and GitHub's comparison failed (${errorMessage(error)}). ` +
        `Use actions/checkout with fetch-depth: 0.`,
    );
  }
}
