// What a pull request changes, from GitHub when git cannot fetch the commits: the comparison of the merge's first
// parent with the merge (the same two-dot diff git would make, in the reviewed tree's lines), and of the head with
// the merge (where each reviewed line is at the head). GitHub lists at most 300 files of a comparison.
import type { CheckoutShape } from '../../git/pull-request.js';
import type { ChangedFile, DiffPlan, LineRange } from '../../scope/diff.js';
import { readHunk, type Hunk } from '../../git/hunk.js';
import type { Octokit } from '../checks.js';
import { readPatch } from './diff-lines.js';

export const MAX_COMPARE_FILES = 300;

interface CompareFile {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
}

const STATUS: Record<string, ChangedFile['status']> = {
  added: 'added',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'type-changed',
};

/** The new-side lines a patch adds, as ranges: what `git diff --unified=0` would give. */
export function addedRanges(patch: string): LineRange[] {
  const out: LineRange[] = [];
  for (const line of [...readPatch(patch)!.added].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last.end === line - 1) last.end = line;
    else out.push({ start: line, end: line });
  }
  return out;
}

/** A patch's hunks with its sides swapped: GitHub compared head → merge, the map goes merge → head. */
function swappedHunks(patch: string): Hunk[] {
  return patch
    .split('\n')
    .map(readHunk)
    .filter((h): h is Hunk => h !== undefined)
    .map((h) => ({ fromStart: h.toStart, fromCount: h.toCount, toStart: h.fromStart, toCount: h.fromCount }));
}

/** Repository paths; the scope narrows them to the scanned directory. */
export function planFromComparison(files: readonly CompareFile[], range: string): DiffPlan {
  const plan: DiffPlan = { range, files: [], deleted: [] };
  for (const f of files) {
    if (f.status === 'removed') {
      plan.deleted.push(f.filename);
      continue;
    }
    if (f.status === 'unchanged') continue;
    plan.files.push({
      path: f.filename,
      status: STATUS[f.status] ?? 'modified',
      previousPath: f.previous_filename,
      ranges: f.patch === undefined ? [] : addedRanges(f.patch),
      // GitHub gives no patch for binary files (and for very large diffs); neither can be reviewed by lines.
      binary: f.patch === undefined && f.status !== 'renamed',
      kind: 'file',
    });
  }
  return plan;
}

async function compare(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  from: string,
  to: string,
): Promise<CompareFile[]> {
  const r = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${from}...${to}`, per_page: 1 });
  return (r.data.files ?? []) as CompareFile[];
}

export interface GitHubChanges {
  plan: DiffPlan;
  headMap: Map<string, Hunk[] | 'absent'>;
  requests: number;
  /** The comparison of head and merge was cut at GitHub's limit: lines of unlisted files are taken as unmoved. */
  headMapPartial: boolean;
}

/** Both comparisons; throws when the change itself is over GitHub's limit (it could not be reviewed whole). */
export async function changesFromGitHub(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  shape: CheckoutShape,
): Promise<GitHubChanges> {
  const from = shape.base;
  const changed = await compare(octokit, repo, from, shape.reviewed);
  if (changed.length >= MAX_COMPARE_FILES) {
    throw new Error(
      `GitHub lists at most ${MAX_COMPARE_FILES} files of a comparison, and this change has that many or more`,
    );
  }
  const plan = planFromComparison(
    changed,
    `${from.slice(0, 12)}${shape.merge ? '..' : '...'}${shape.reviewed.slice(0, 12)}`,
  );
  const headMap = new Map<string, Hunk[] | 'absent'>();
  if (!shape.merge) return { plan, headMap, requests: 1, headMapPartial: false };
  const moved = await compare(octokit, repo, shape.head, shape.reviewed);
  for (const f of moved) {
    // Only in the merge (the base added it), or under another name at the head: no line of it is there.
    if (f.status === 'added' || f.status === 'renamed') headMap.set(f.filename, 'absent');
    else if (f.patch !== undefined) headMap.set(f.filename, swappedHunks(f.patch));
  }
  return { plan, headMap, requests: 2, headMapPartial: moved.length >= MAX_COMPARE_FILES };
}
