// Where each line of a pull request's test merge is at its head, for every scope (a full scan of a pull request
// shows its findings at the head too): git's diff of the merge and the head, or what GitHub's comparison said.
import { git } from '../git/run.js';
import type { ScanTarget } from './target.js';
import { parseLineMap, type LineMap } from './line-map.js';

export interface HeadMap {
  map: LineMap;
  /** GitHub's comparison of head and merge was cut at its limit: lines of unlisted files were taken as unmoved. */
  partial: boolean;
}

/** Repository paths; undefined when the reviewed tree is the one shown (no pull request, or its head checked out). */
export async function headMapFor(target: ScanTarget): Promise<HeadMap | undefined> {
  const pr = target.pullRequest;
  if (!pr?.merge) return undefined;
  if (pr.github) return { map: pr.github.headMap, partial: pr.github.headMapPartial };
  return { map: await lineMapBetween(target.repoRoot, pr.reviewed, pr.head, target.prefix), partial: false };
}

/** Where each line of `from`'s files is in `to`: repository paths under `prefix`. */
export async function lineMapBetween(repoRoot: string, from: string, to: string, prefix: string): Promise<LineMap> {
  const pathspec = prefix ? ['--', `:(literal)${prefix}`] : [];
  const diff = await git(repoRoot, [
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-renames',
    '--unified=0',
    from,
    to,
    ...pathspec,
  ]);
  return parseLineMap(diff);
}
