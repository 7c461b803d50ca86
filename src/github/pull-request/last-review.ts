// The last completed review of this pull request, as the action recorded it in its own summary comment, and whether
// this run can build on it: the comment must be the token's identity's (or pr-comments-author's) and end with this
// scan's marker, so another user's text that looks like it is never read; its head must still be an ancestor of the
// head now (a force-push starts over); and git must hold the tree it reviewed. Any doubt means a full review, and
// the reason is given.
import type { getOctokit } from '@actions/github';
import { fetchCommits } from '../../git/pull-request.js';
import { hasCommit, isAncestor } from '../../git/trees.js';
import { decodeRecord, type LastReview, type ReviewRecord } from '../../increment/record.js';
import type { PullRequestCheckout } from '../../scope/pull-request.js';
import { errorMessage } from '../../util/errors.js';
import type { GitHubContext } from '../context.js';
import { ownSummaryComments, whoAmI } from './comments.js';
import { readSummaryMarker } from './markers.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface LastReviewQuery {
  octokit: Octokit;
  gh: GitHubContext;
  pr: PullRequestCheckout;
  repoRoot: string;
  /** The scan's SARIF category: the summary comment's key. */
  key: string;
  /** pr-comments-author, or empty for the token's own identity. */
  author: string;
  token: string;
}

const short = (sha: string) => sha.slice(0, 7);

/** The record on our summary comment: the oldest, which the conversation keeps. */
async function recordComment(q: LastReviewQuery): Promise<{ encoded?: string } | undefined> {
  const me = await whoAmI(q.octokit, q.author);
  const repo = { owner: q.gh.owner, repo: q.gh.repo };
  const [ours] = await ownSummaryComments(q.octokit, { repo, pull: q.pr.number, me, key: q.key });
  return ours && { encoded: readSummaryMarker(ours.body)?.record };
}

/** Whether the recorded head is still in the pull request's history: git when it holds it, else GitHub's comparison. */
async function descends(q: LastReviewQuery, recorded: string): Promise<boolean> {
  const known = await isAncestor(q.repoRoot, recorded, q.pr.head);
  if (known !== undefined) return known;
  try {
    const { data } = await q.octokit.rest.repos.compareCommitsWithBasehead({
      owner: q.gh.owner,
      repo: q.gh.repo,
      basehead: `${recorded}...${q.pr.head}`,
      per_page: 1,
    });
    return data.status === 'ahead' || data.status === 'identical';
  } catch (error) {
    // GitHub no longer knows the commit: it was force-pushed away and collected.
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

/** Checks what the record needs of this checkout: its head is an ancestor, its tree is here or can be fetched. */
async function buildOn(q: LastReviewQuery, record: ReviewRecord, encoded: string): Promise<LastReview> {
  if (record.findingsOmitted)
    return { encoded, fullReview: `the last record left out its ${record.findingsOmitted} findings to fit a comment` };
  if (!(await descends(q, record.head)))
    return {
      encoded,
      fullReview: `the last reviewed head ${short(record.head)} is not an ancestor of ${short(q.pr.head)} (a force-push)`,
    };
  if (!(await hasCommit(q.repoRoot, record.commit))) {
    const fetched = await fetchCommits(q.repoRoot, [record.commit], { serverUrl: q.gh.serverUrl, token: q.token });
    if (!fetched.ok)
      return {
        encoded,
        fullReview: `the last reviewed commit ${short(record.commit)} could not be fetched (${fetched.error})`,
      };
  }
  return { encoded, record };
}

export async function readLastReview(q: LastReviewQuery): Promise<LastReview> {
  let found;
  try {
    found = await recordComment(q);
  } catch (error) {
    return { fullReview: `the pull request's comments could not be read (${errorMessage(error)})` };
  }
  if (!found) return { fullReview: 'no earlier review of this pull request is recorded' };
  if (!found.encoded)
    return {
      fullReview:
        'the summary comment carries no record of a completed review (none completed yet, or its record was too ' +
        'large for a comment)',
    };
  const decoded = decodeRecord(found.encoded);
  if ('problem' in decoded)
    return { fullReview: `the record on the summary comment cannot be read: ${decoded.problem}` };
  try {
    return await buildOn(q, decoded.record, found.encoded);
  } catch (error) {
    return {
      encoded: found.encoded,
      fullReview: `could not tell whether the last reviewed head is in this pull request's history (${errorMessage(error)})`,
    };
  }
}

/** Where the record would come from, and the GitHub integration that reads and writes it. */
export interface RecordSource {
  gh: GitHubContext | undefined;
  pr: PullRequestCheckout | undefined;
  incremental: boolean;
  github: { prComments: boolean; token: string; commentAuthor: string };
  repoRoot: string;
  key: string;
}

/** The last review, or undefined when this scan is not a pull request's change or is told to review it whole. */
export async function lastReviewFor(s: RecordSource, octokitFor: (token: string) => Promise<Octokit>) {
  const { gh, pr, github } = s;
  if (!pr || !gh || !s.incremental) return undefined;
  if (!github.prComments)
    return { fullReview: 'pr-comments is false, and the record of each review lives in the summary comment' };
  if (!github.token) return { fullReview: 'there is no github-token to read the record of the last review with' };
  if (!['pull_request', 'pull_request_target'].includes(gh.eventName))
    return { fullReview: `a ${gh.eventName} event has no pull-request conversation to keep a record in` };
  const octokit = await octokitFor(github.token);
  const { repoRoot, key, github: g } = s;
  return readLastReview({ octokit, gh, pr, repoRoot, key, author: g.commentAuthor, token: g.token });
}
