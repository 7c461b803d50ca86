// The check run on the scanned commit: created in_progress when the scan starts, then filled with at most 1,000
// annotations, 50 per request, the last request completing it. A token that may not write checks is not an error:
// the caller falls back to workflow-command annotations.
import type * as github from '@actions/github';
import type { ScanReport } from '../report/report.js';
import { errorMessage } from '../util/errors.js';
import { inBatches, MAX_CHECK_ANNOTATIONS, type CheckAnnotation } from './annotations.js';
import type { GitHubContext } from './context.js';
import { headline } from './summary.js';

export type Octokit = ReturnType<typeof github.getOctokit>;

const clients = new Map<string, Promise<Octokit>>();

/**
 * One client per token and API for the whole step. Octokit is loaded only by a step that talks to GitHub: it is
 * most of the bundle, and a scan may never need it.
 */
export function octokitFor(token: string, gh: GitHubContext): Promise<Octokit> {
  const key = `${gh.apiUrl}\0${token}`;
  let client = clients.get(key);
  if (!client) {
    // GITHUB_API_URL is read by @actions/github at import time; pass it explicitly instead.
    client = import('@actions/github').then(({ getOctokit }) => getOctokit(token, { baseUrl: gh.apiUrl }));
    clients.set(key, client);
  }
  return client;
}

export type CheckStart = { ok: true; id: number; url: string } | { ok: false; reason: string };

function status(error: unknown): number | undefined {
  return (error as { status?: number }).status;
}

export async function startCheckRun(
  octokit: Octokit,
  gh: GitHubContext,
  name: string,
  scanId: string,
): Promise<CheckStart> {
  try {
    const r = await octokit.rest.checks.create({
      owner: gh.owner,
      repo: gh.repo,
      name,
      head_sha: gh.sha,
      status: 'in_progress',
      started_at: new Date().toISOString(),
      external_id: scanId,
      output: {
        title: 'Codex is reviewing the code',
        summary: 'The security review is running; findings appear here when it ends.',
      },
    });
    return { ok: true, id: r.data.id, url: r.data.html_url ?? '' };
  } catch (error) {
    const code = status(error);
    if (code === 403 || code === 404) {
      return {
        ok: false,
        reason:
          `the token may not create check runs (HTTP ${code}: ${errorMessage(error)}); ` +
          `this happens on pull requests from forks, for Dependabot, and without "checks: write" in permissions`,
      };
    }
    return { ok: false, reason: `creating the check run failed: ${errorMessage(error)}` };
  }
}

/**
 * Sends the annotations (50 per request, at most MAX_CHECK_ANNOTATIONS: the caller chose the most severe and counted
 * the rest in the summary) and completes the run with the last request. Returns the request count.
 */
export interface CheckRunEnd {
  gh: GitHubContext;
  checkRunId: number;
  report: ScanReport;
  annotations: CheckAnnotation[];
  summary: string;
}

export async function finishCheckRun(octokit: Octokit, end: CheckRunEnd): Promise<number> {
  const { gh, checkRunId, report, annotations, summary } = end;
  const batches = inBatches(annotations.slice(0, MAX_CHECK_ANNOTATIONS));
  if (batches.length === 0) batches.push([]);
  const title = headline(report).slice(0, 250);
  for (const [i, batch] of batches.entries()) {
    const last = i === batches.length - 1;
    await octokit.rest.checks.update({
      owner: gh.owner,
      repo: gh.repo,
      check_run_id: checkRunId,
      output: { title, summary, ...(batch.length ? { annotations: batch } : {}) },
      ...(last
        ? { status: 'completed' as const, conclusion: report.conclusion, completed_at: new Date().toISOString() }
        : {}),
    });
  }
  return batches.length;
}

/** Completes a started check run as failed, with the step's one line, when the step ends before its findings. */
export async function failCheckRun(
  octokit: Octokit,
  gh: GitHubContext,
  checkRunId: number,
  line: string,
): Promise<void> {
  await octokit.rest.checks.update({
    owner: gh.owner,
    repo: gh.repo,
    check_run_id: checkRunId,
    status: 'completed',
    conclusion: 'failure',
    completed_at: new Date().toISOString(),
    output: { title: 'The security review did not run to the end', summary: line.slice(0, 60_000) },
  });
}
