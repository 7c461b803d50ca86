// Where the scan runs on GitHub: repository, the commit to report on (a pull request's head, not its merge commit),
// and the URLs to link to, from the runner's environment and the event (src/config/event.ts).
import { readWorkflowEvent, type WorkflowEvent } from '../config/event.js';

export interface GitHubContext {
  owner: string;
  repo: string;
  /** The commit check runs, links and SARIF refer to. */
  sha: string;
  ref: string;
  serverUrl: string;
  apiUrl: string;
  runId: string;
  job: string;
  eventName: string;
  pullRequest?: { number: number; headRepo: string; fork: boolean };
}

export function readGitHubContext(
  env: NodeJS.ProcessEnv,
  event: WorkflowEvent = readWorkflowEvent(env),
): GitHubContext | undefined {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository?.includes('/')) return undefined;
  const [owner, repo] = repository.split('/') as [string, string];
  const pr = event.payload.pull_request as
    { number?: number; head?: { sha?: string; repo?: { full_name?: string } | null } } | undefined;
  const headRepo = pr?.head?.repo?.full_name;
  return {
    owner,
    repo,
    sha: pr?.head?.sha ?? env.GITHUB_SHA ?? '',
    ref: pr ? `refs/pull/${pr.number}/head` : (env.GITHUB_REF ?? ''),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID ?? '',
    job: env.GITHUB_JOB ?? '',
    eventName: event.name,
    pullRequest: pr
      ? { number: Number(pr.number), headRepo: headRepo ?? repository, fork: !!headRepo && headRepo !== repository }
      : undefined,
  };
}
