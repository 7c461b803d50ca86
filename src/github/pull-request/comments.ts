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
}

export type Conversation =
  | { status: 'done'; created: number; edited: number; removed: number; fixed: number; summaryUrl?: string; notes: string[] }
  | { status: 'read-only'; message: string }
  | { status: 'failed'; message: string };

const statusOf = (e: unknown) => (e as { status?: number }).status;

async function whoAmI(octokit: Octokit, author: string): Promise<string> {
  if (author) return author;
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    // Installation tokens (the job's GITHUB_TOKEN) may not read /user.
    return ACTIONS_BOT;
  }
}

async function changedLines(octokit: Octokit, repo: Repo, pull: number): Promise<Map<string, FileLines | undefined>> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 });
  return new Map(files.map((f) => [f.filename, readPatch(f.patch)]));
}

async function ownFindingComments(octokit: Octokit, repo: Repo, pull: number, me: string, key: string): Promise<OwnComment[]> {
  const all = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...repo, pull_number: pull, per_page: 100 });
  const own: OwnComment[] = [];
  for (const c of all) {
    const marker = c.user?.login === me ? readFindingMarker(c.body) : undefined;
    if (marker?.key === key) own.push({ id: c.id, marker, body: c.body, url: c.html_url });
  }
  return own;
}

/** Posts the new comments as one review; if GitHub refuses it whole, one by one, so that one bad line costs one. */
async function postComments(octokit: Octokit, repo: Repo, input: ConversationInput, plan: CommentPlan, notes: string[]): Promise<number> {
  if (plan.create.length === 0) return 0;
  const pull_number = input.gh.pullRequest.number;
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
    await octokit.rest.pulls.createReview({ ...repo, pull_number, commit_id: input.gh.sha, event: 'COMMENT', body: `vega-codex security review: ${n} finding${n === 1 ? '' : 's'} on lines this pull request changed.`, comments });
    return n;
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
  }
  let posted = 0;
  for (const c of comments) {
    try {
      await octokit.rest.pulls.createReviewComment({ ...repo, pull_number, commit_id: input.gh.sha, ...c });
      posted++;
    } catch (error) {
      if (statusOf(error) !== 422) throw error;
      notes.push(`GitHub refused a comment on ${c.path}:${c.line}: ${errorMessage(error)}`);
    }
  }
  return posted;
}

async function summaryComment(octokit: Octokit, repo: Repo, input: ConversationInput, body: string, me: string): Promise<string> {
  const issue_number = input.gh.pullRequest.number;
  const list = async () =>
    (await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number, per_page: 100 }))
      .filter((c) => c.user?.login === me && readSummaryKey(c.body) === input.key)
      .sort((a, b) => a.id - b.id);
  let [first, ...extra] = await list();
  if (!first) {
    await octokit.rest.issues.createComment({ ...repo, issue_number, body });
    // Two runs that both found none both created one: each keeps the oldest and removes the rest.
    [first, ...extra] = await list();
    if (!first) throw new Error('the summary comment was created but cannot be listed');
  }
  if (first.body !== body) await octokit.rest.issues.updateComment({ ...repo, comment_id: first.id, body });
  for (const c of extra) await gone(octokit.rest.issues.deleteComment({ ...repo, comment_id: c.id }));
  return first.html_url;
}

function findingsToPlace(report: ScanReport, files: Map<string, FileLines | undefined>): { finding: Finding; anchor?: ReturnType<typeof anchorFor> }[] {
  // Findings a baseline already knew are not news to the pull request; they still keep their old comments open.
  // A finding on lines only the test merge has (the base branch brought them) has no place at the head.
  return report.findings.items.map((f) => ({ finding: f, anchor: f.baseline === 'existing' || f.head === null ? undefined : anchorFor(f, files.get(f.file)) }));
}

export async function converseOnPullRequest(octokit: Octokit, input: ConversationInput): Promise<Conversation> {
  const { gh, report } = input;
  const repo = { owner: gh.owner, repo: gh.repo };
  const pull = gh.pullRequest.number;
  const notes: string[] = [];
  try {
    const me = await whoAmI(octokit, input.author);
    const files = await changedLines(octokit, repo, pull);
    // Only a review that happened may say a finding is fixed.
    const complete = report.status === 'completed' || report.status === 'nothing_to_review';
    const plan = planComments({
      key: input.key,
      head: gh.sha,
      findings: findingsToPlace(report, files),
      own: await ownFindingComments(octokit, repo, pull, me, input.key),
      resolvable: (path) => complete && (input.reviewed.has(path) || !input.exists(path)),
      refuted: report.verification?.dropped ?? [],
    });
    const created = await postComments(octokit, repo, input, plan, notes);
    for (const e of plan.edit) await octokit.rest.pulls.updateReviewComment({ ...repo, comment_id: e.id, body: redactedBody(e.body, input.redact) });
    // Copies from a run that raced this one, including any it posted just now: the oldest of each stays.
    const after = created ? await ownFindingComments(octokit, repo, pull, me, input.key) : [];
    const removed = [...new Set([...plan.duplicates, ...canonical(after).duplicates])];
    for (const id of removed) await gone(octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: id }));

    const urls = new Map([...plan.matched].map(([fp, c]) => [fp, c.url]));
    for (const c of after) if (!urls.has(c.marker.fingerprint)) urls.set(c.marker.fingerprint, c.url);
    const fixed = plan.edit.filter((e) => e.state !== 'open').length;
    const runUrl = `${gh.serverUrl}/${gh.owner}/${gh.repo}/actions/runs/${gh.runId}`;
    const overLimit = { fingerprints: new Set(plan.overLimit.map((f) => f.fingerprint)), limit: MAX_REVIEW_COMMENTS };
    const summaryUrl = await summaryComment(octokit, repo, input, redactedBody(summaryBody({ report, gh, key: input.key, commentUrls: urls, overLimit, resolved: fixed, runUrl }), input.redact), me);
    return { status: 'done', created, edited: plan.edit.length, removed: removed.length, fixed, summaryUrl, notes };
  } catch (error) {
    const code = statusOf(error);
    if (code === 403 || code === 401) return { status: 'read-only', message: `Pull-request comments skipped: the token may not write to the pull request (HTTP ${code}: ${errorMessage(error)}). This happens on pull requests from forks, for Dependabot, and without "pull-requests: write"; the findings are in the annotations instead.` };
    return { status: 'failed', message: `Pull-request comments could not be completed: ${errorMessage(error)}. The findings are in the annotations.` };
  }
}
