// The pull request's conversation: one review comment per finding on the lines it changed (the most severe, up to
// MAX_REVIEW_COMMENTS), kept converged with the findings at its head, and one summary comment edited in place. Only
// comments that the token's own identity wrote and that end with this scan's marker are read as ours; a pull
// request's author cannot plant one, and a copy inside the text of ours is not one. A token that may not
// write (forks, Dependabot, no `pull-requests: write`) is no failure: the caller already annotated.
import type { getOctokit } from '@actions/github';
import { errorMessage } from '../../util/errors.js';
import type { Finding } from '../../findings/finding.js';
import type { ScanReport } from '../../report/report.js';
import type { GitHubContext } from '../context.js';
import { summaryBody } from './bodies.js';
import { canonical, MAX_REVIEW_COMMENTS, planComments, type CommentPlan, type OwnComment } from './converge.js';
import { anchorFor, readPatch, type FileLines } from './diff-lines.js';
import { readFindingMarker, readSummaryKey } from './markers.js';

type Octokit = ReturnType<typeof getOctokit>;

/** A body with secrets masked, but its last line: the marker, which must reach GitHub exactly as written. */
function redactedBody(body: string, redact: (text: string) => string): string {
  const marker = body.lastIndexOf('\n');
  return `${redact(body.slice(0, marker))}${body.slice(marker)}`;
}

/** A comment another run already removed is removed. */
async function gone(deletion: Promise<unknown>): Promise<void> {
  try {
    await deletion;
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}
type Repo = { owner: string; repo: string };

/** The default GITHUB_TOKEN writes as this user; GET /user is closed to it. */
export const ACTIONS_BOT = 'github-actions[bot]';

export interface ConversationInput {
  report: ScanReport;
  gh: GitHubContext & { pullRequest: NonNullable<GitHubContext['pullRequest']> };
  key: string;
  /** Whose comments are ours; empty: the token's own identity. */
  author: string;
  /** Repository paths the scan reviewed: a gone finding there is fixed; elsewhere its comment is left alone. */
  reviewed: ReadonlySet<string>;
  /** Whether a repository path exists at the scanned commit. */
  exists: (path: string) => boolean;
  redact: (text: string) => string;
  /** The review record the summary comment carries for the next run (encoded, secrets already masked). */
  record?: string;
}

export type Conversation =
  | {
      status: 'done';
      created: number;
      edited: number;
      removed: number;
      fixed: number;
      summaryUrl?: string;
      notes: string[];
    }
  | { status: 'read-only'; message: string }
  | { status: 'failed'; message: string };

const statusOf = (e: unknown) => (e as { status?: number }).status;

export async function whoAmI(octokit: Octokit, author: string): Promise<string> {
  if (author) return author;
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    // Installation tokens (the job's GITHUB_TOKEN) may not read /user.
    return ACTIONS_BOT;
  }
}

/** This run on the pull request: the client, the pull request, whose comments are ours and with which scan's key. */
interface Session {
  octokit: Octokit;
  repo: Repo;
  pull: number;
  /** The login whose comments are read as ours. */
  me: string;
  key: string;
}

async function changedLines(s: Session): Promise<Map<string, FileLines | undefined>> {
  const files = await s.octokit.paginate(s.octokit.rest.pulls.listFiles, {
    ...s.repo,
    pull_number: s.pull,
    per_page: 100,
  });
  return new Map(files.map((f) => [f.filename, readPatch(f.patch)]));
}

async function ownFindingComments(s: Session): Promise<OwnComment[]> {
  const all = await s.octokit.paginate(s.octokit.rest.pulls.listReviewComments, {
    ...s.repo,
    pull_number: s.pull,
    per_page: 100,
  });
  const own: OwnComment[] = [];
  for (const c of all) {
    const marker = c.user?.login === s.me ? readFindingMarker(c.body) : undefined;
    if (marker?.key === s.key) own.push({ id: c.id, marker, body: c.body, url: c.html_url });
  }
  return own;
}

/**
 * Posts the new comments as one review; if GitHub refuses it whole, one by one, so that one bad line costs one.
 * Returns how many were posted, and a note for each comment GitHub refused.
 */
async function postComments(
  s: Session,
  input: ConversationInput,
  plan: CommentPlan,
): Promise<{ posted: number; notes: string[] }> {
  const notes: string[] = [];
  if (plan.create.length === 0) return { posted: 0, notes };
  const { octokit, repo } = s;
  const at = { ...repo, pull_number: s.pull, commit_id: input.gh.sha };
  // Always the new side: the lines the pull request added.
  const comments = plan.create.map(({ finding: f, anchor, body }) => ({
    path: f.file,
    line: anchor.line,
    side: 'RIGHT' as const,
    ...(anchor.startLine < anchor.line ? { start_line: anchor.startLine, start_side: 'RIGHT' as const } : {}),
    body: redactedBody(body, input.redact),
  }));
  const n = comments.length;
  try {
    const body = `vega-codex security review: ${n} finding${n === 1 ? '' : 's'} on lines this pull request changed.`;
    await octokit.rest.pulls.createReview({ ...at, event: 'COMMENT', body, comments });
    return { posted: n, notes };
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
  }
  let posted = 0;
  for (const c of comments) {
    try {
      await octokit.rest.pulls.createReviewComment({ ...at, ...c });
      posted++;
    } catch (error) {
      if (statusOf(error) !== 422) throw error;
      notes.push(`GitHub refused a comment on ${c.path}:${c.line}: ${errorMessage(error)}`);
    }
  }
  return { posted, notes };
}

/**
 * The action's summary comments of this scan on the pull request, oldest first: by `me`, with this key's marker on the
 * last line. The oldest is the one; the record of the last review is read from it too (last-review.ts).
 */
export async function ownSummaryComments(octokit: Octokit, on: { repo: Repo; pull: number; me: string; key: string }) {
  const all = await octokit.paginate(octokit.rest.issues.listComments, {
    ...on.repo,
    issue_number: on.pull,
    per_page: 100,
  });
  return all.filter((c) => c.user?.login === on.me && readSummaryKey(c.body) === on.key).sort((a, b) => a.id - b.id);
}

async function summaryComment(s: Session, body: string): Promise<string> {
  const { octokit, repo } = s;
  const list = () => ownSummaryComments(octokit, s);
  let [first, ...extra] = await list();
  if (!first) {
    await octokit.rest.issues.createComment({ ...repo, issue_number: s.pull, body });
    // Two runs that both found none both created one: each keeps the oldest and removes the rest.
    [first, ...extra] = await list();
    if (!first) throw new Error('the summary comment was created but cannot be listed');
  }
  if (first.body !== body) await octokit.rest.issues.updateComment({ ...repo, comment_id: first.id, body });
  for (const c of extra) await gone(octokit.rest.issues.deleteComment({ ...repo, comment_id: c.id }));
  return first.html_url;
}

function findingsToPlace(
  report: ScanReport,
  files: Map<string, FileLines | undefined>,
): { finding: Finding; anchor?: ReturnType<typeof anchorFor> }[] {
  // Findings a baseline already knew are not news to the pull request; they still keep their old comments open.
  // A finding on lines only the test merge has (the base branch brought them) has no place at the head.
  return report.findings.items.map((f) => ({
    finding: f,
    anchor: f.baseline === 'existing' || f.head === null ? undefined : anchorFor(f, files.get(f.file)),
  }));
}

/** Fingerprint → the review comment that speaks for it: the plan's, then those found after posting. */
function commentUrls(plan: CommentPlan, after: readonly OwnComment[]): Map<string, string> {
  const urls = new Map([...plan.matched].map(([fp, c]) => [fp, c.url]));
  for (const c of after) if (!urls.has(c.marker.fingerprint)) urls.set(c.marker.fingerprint, c.url);
  return urls;
}

export async function converseOnPullRequest(octokit: Octokit, input: ConversationInput): Promise<Conversation> {
  const { gh, report } = input;
  const repo = { owner: gh.owner, repo: gh.repo };
  try {
    const me = await whoAmI(octokit, input.author);
    const s: Session = { octokit, repo, pull: gh.pullRequest.number, me, key: input.key };
    const files = await changedLines(s);
    // Only a review that happened may say a finding is fixed.
    const complete = report.status === 'completed' || report.status === 'nothing_to_review';
    const plan = planComments({
      key: input.key,
      head: gh.sha,
      findings: findingsToPlace(report, files),
      own: await ownFindingComments(s),
      resolvable: (path) => complete && (input.reviewed.has(path) || !input.exists(path)),
      refuted: report.verification?.dropped ?? [],
    });
    const { posted: created, notes } = await postComments(s, input, plan);
    for (const e of plan.edit) {
      const body = redactedBody(e.body, input.redact);
      await octokit.rest.pulls.updateReviewComment({ ...repo, comment_id: e.id, body });
    }
    // Copies from a run that raced this one, including any it posted just now: the oldest of each stays.
    const after = created ? await ownFindingComments(s) : [];
    const removed = [...new Set([...plan.duplicates, ...canonical(after).duplicates])];
    for (const id of removed) await gone(octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: id }));

    const fixed = plan.edit.filter((e) => e.state !== 'open').length;
    const body = summaryBody({
      report,
      gh,
      key: input.key,
      commentUrls: commentUrls(plan, after),
      overLimit: { fingerprints: new Set(plan.overLimit.map((f) => f.fingerprint)), limit: MAX_REVIEW_COMMENTS },
      resolved: fixed,
      runUrl: `${gh.serverUrl}/${gh.owner}/${gh.repo}/actions/runs/${gh.runId}`,
      record: input.record,
    });
    const summaryUrl = await summaryComment(s, redactedBody(body, input.redact));
    return { status: 'done', created, edited: plan.edit.length, removed: removed.length, fixed, summaryUrl, notes };
  } catch (error) {
    return unfinished(error);
  }
}

/** A token that may not write is expected (forks, Dependabot); anything else failed. Either way annotations remain. */
function unfinished(error: unknown): Conversation {
  const code = statusOf(error);
  if (code === 403 || code === 401) {
    return {
      status: 'read-only',
      message:
        `Pull-request comments skipped: the token may not write to the pull request (HTTP ${code}: ` +
        `${errorMessage(error)}). This happens on pull requests from forks, for Dependabot, and without ` +
        '"pull-requests: write"; the findings are in the annotations instead.',
    };
  }
  return {
    status: 'failed',
    message:
      `Pull-request comments could not be completed: ${errorMessage(error)}. ` + 'The findings are in the annotations.',
  };
}
