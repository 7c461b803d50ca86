// Where the scan runs on GitHub: repository, the commit to report on (a pull request's head, not its merge commit),
// and the URLs to link to. Read once from the runner's environment and event payload.
import { readFileSync } from 'node:fs';

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

export function readGitHubContext(env: NodeJS.ProcessEnv): GitHubContext | undefined {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository?.includes('/')) return undefined;
  const [owner, repo] = repository.split('/') as [string, string];
  let event: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    if (env.GITHUB_EVENT_PATH) event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    // No payload: a local run.
  }
  const pr = event.pull_request;
  const headRepo = pr?.head?.repo?.full_name as string | undefined;
  return {
    owner,
    repo,
    sha: (pr?.head?.sha as string | undefined) ?? env.GITHUB_SHA ?? '',
    ref: pr ? `refs/pull/${pr.number}/head` : (env.GITHUB_REF ?? ''),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID ?? '',
    job: env.GITHUB_JOB ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    pullRequest: pr ? { number: Number(pr.number), headRepo: headRepo ?? repository, fork: !!headRepo && headRepo !== repository } : undefined,
  };
}
