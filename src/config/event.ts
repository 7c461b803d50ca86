// The workflow's event, read once from the runner's event file: its name, its payload, and on pull_request and
// pull_request_target the pull request it is about.
import { readFileSync } from 'node:fs';

export interface PullRequestPayload {
  number: number;
  baseSha: string;
  headSha: string;
  /** The head's repository (owner/name). */
  headRepo: string;
  /** The head is in another repository: its code was written by someone without write access. */
  fork: boolean;
}

export interface WorkflowEvent {
  name: string;
  /** The event file's JSON; empty for a local run. */
  payload: Record<string, unknown>;
  /** The pull request of a pull_request or pull_request_target event. */
  pullRequest?: PullRequestPayload;
}

/** The fields of an event's pull_request object that the action reads. */
interface PullRequestJson {
  number?: number;
  base?: { sha?: string };
  head?: { sha?: string; repo?: { full_name?: string } | null };
}

function payloadOf(env: NodeJS.ProcessEnv): Record<string, unknown> {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
  } catch {
    // An unreadable payload: treated as a run without one.
    return {};
  }
}

function pullRequestOf(
  pr: PullRequestJson | undefined,
  repository: string | undefined,
): PullRequestPayload | undefined {
  if (!pr?.base?.sha || !pr.head?.sha) return undefined;
  const headRepo = pr.head.repo?.full_name ?? repository ?? '';
  const fork = headRepo !== (repository ?? headRepo);
  return { number: Number(pr.number), baseSha: pr.base.sha, headSha: pr.head.sha, headRepo, fork };
}

export function readWorkflowEvent(env: NodeJS.ProcessEnv): WorkflowEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const payload = payloadOf(env);
  const pr = /^pull_request/.test(name)
    ? pullRequestOf(payload.pull_request as PullRequestJson | undefined, env.GITHUB_REPOSITORY)
    : undefined;
  return { name, payload, pullRequest: pr };
}
