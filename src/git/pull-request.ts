// A pull request's checkout as actions/checkout leaves it: on `pull_request` GitHub's test merge of the head into
// the base branch, fetched alone (depth 1) and detached, its parents absent. The merge's own parents say what the
// pull request changes (first parent: the base it was built on; second: the head); the payload's base sha can be
// stale. What git lacks is fetched by sha through the credentials the checkout left, or the job's token given in
// the environment.
import { performance } from 'node:perf_hooks';
import { git } from './run.js';
import { hasCommit } from './trees.js';

export interface PullRequestEvent {
  number: number;
  /** From the payload; possibly stale (the base branch moves, a re-run reuses the payload). */
  baseSha: string;
  headSha: string;
}

export interface CheckoutShape {
  /** The commit checked out, whose tree is reviewed. */
  reviewed: string;
  /** GitHub's test merge (two parents): its tree is base plus the pull request's changes. */
  merge: boolean;
  /** What the change is measured from: the merge's first parent, or the payload's base (three-dot). */
  base: string;
  /** The pull request's head commit: where annotations, comments and links point. */
  head: string;
}

/**
 * Reads HEAD and its parents from the commit object itself, which a shallow checkout has even without them. The
 * checkout must be the pull request's head or its test merge (second parent: the head); anything else, such as
 * pull_request_target's default checkout of the base branch, holds none of the pull request's code.
 */
export async function checkoutShape(
  repoRoot: string,
  event: PullRequestEvent,
): Promise<CheckoutShape | { neither: string }> {
  const reviewed = (await git(repoRoot, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
  if (reviewed === event.headSha) return { reviewed, merge: false, base: event.baseSha, head: reviewed };
  const header = (await git(repoRoot, ['cat-file', 'commit', reviewed])).split('\n\n')[0]!;
  const parents = [...header.matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1]!);
  if (parents.length === 2 && parents[1] === event.headSha)
    return { reviewed, merge: true, base: parents[0]!, head: parents[1]! };
  return { neither: reviewed };
}

/** Whether git can tell what changed: both trees of a merge, or the merge base of a head checkout. */
export async function hasChangeLocally(repoRoot: string, shape: CheckoutShape): Promise<boolean> {
  if (shape.merge) return (await hasCommit(repoRoot, shape.base)) && (await hasCommit(repoRoot, shape.head));
  return git(repoRoot, ['merge-base', shape.base, shape.reviewed]).then(
    () => true,
    () => false,
  );
}

export interface FetchResult {
  ok: boolean;
  ms: number;
  error?: string;
}

/** The basic authorization header actions/checkout writes, for a token given to the action. */
function authConfig(serverUrl: string, token: string): Record<string, string> {
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return { [`http.${serverUrl.replace(/\/+$/, '')}/.extraheader`]: `AUTHORIZATION: basic ${basic}` };
}

/**
 * Fetches commits by sha, one commit deep each: with the checkout's own credentials first, then with the job's token
 * when there is one.
 */
export async function fetchCommits(
  repoRoot: string,
  shas: readonly string[],
  auth: { serverUrl: string; token?: string },
): Promise<FetchResult> {
  const started = performance.now();
  const args = [
    'fetch',
    '--no-tags',
    '--no-recurse-submodules',
    '--no-write-fetch-head',
    '--depth=1',
    'origin',
    ...shas,
  ];
  const attempts: (Record<string, string> | undefined)[] = [
    undefined,
    ...(auth.token ? [authConfig(auth.serverUrl, auth.token)] : []),
  ];
  let error = '';
  for (const config of attempts) {
    try {
      await git(repoRoot, args, { config, timeoutMs: 5 * 60_000 });
      return { ok: true, ms: Math.round(performance.now() - started) };
    } catch (e) {
      error = (e as Error).message.split('\n').pop() ?? '';
    }
  }
  return { ok: false, ms: Math.round(performance.now() - started), error };
}

/** The merge's parents. A head checkout is left to GitHub's comparison: its merge base can be far away. */
export function fetchParents(
  repoRoot: string,
  shape: CheckoutShape,
  auth: { serverUrl: string; token?: string },
): Promise<FetchResult> {
  return fetchCommits(repoRoot, [shape.base, shape.head], auth);
}
