// What a scan reviews: the directory, the repository it belongs to, which of its files, and which change. The scope
// modules own this shape; the settings hold one, resolved once from the inputs.
import type { PullRequestCheckout } from './pull-request.js';
import type { Shard } from './shard.js';

/** The whole tree, or the changes since a base commit, or a pull request's changes as its checkout holds them. */
export type ScopeMode = { mode: 'full' } | { mode: 'diff'; base: string; pullRequest?: PullRequestCheckout };

export interface ScanTarget {
  /** Absolute directory Codex reviews. */
  scanRoot: string;
  /** Absolute repository root; SARIF paths are relative to it. */
  repoRoot: string;
  /** scanRoot relative to repoRoot, forward slashes ('' for the root): the prefix of every repository path. */
  prefix: string;
  include: string[];
  exclude: string[];
  /** Review only this shard's part of the files in scope (a matrix job of N). */
  shard?: Shard;
  scope: ScopeMode;
  /** On a pull request, review only what changed since the last recorded review, carrying the other findings. */
  incremental: boolean;
  /** A pull request's checkout, as main prepared it (any scope): which commits it holds, where its lines are shown. */
  pullRequest?: PullRequestCheckout;
}

/** A path relative to the scanned directory as a repository path. */
export function repositoryPath(target: Pick<ScanTarget, 'prefix'>, path: string): string {
  return target.prefix ? `${target.prefix}/${path}` : path;
}
