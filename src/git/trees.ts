// Two reviewed trees side by side: the blob of each file, and whether one head descends from another. Paths come
// from git's -z listing, as git stores them.
import { git } from './run.js';

/** Repository path → blob id, for every regular file of the commit's tree. */
export async function blobsAt(repoRoot: string, commit: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const listing = await git(repoRoot, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  for (const entry of listing.split('\0')) {
    const m = /^(\d{6}) blob ([0-9a-f]+)\t([\s\S]+)$/.exec(entry);
    if (m && (m[1] === '100644' || m[1] === '100755')) out.set(m[3]!, m[2]!);
  }
  return out;
}

export const hasCommit = (repoRoot: string, sha: string) =>
  git(repoRoot, ['cat-file', '-e', `${sha}^{tree}`]).then(
    () => true,
    () => false,
  );

/**
 * Whether `older` is `newer` or one of its ancestors, as git can tell it: undefined when the checkout is shallow or
 * lacks either commit, since a cut history cannot say no.
 */
export async function isAncestor(repoRoot: string, older: string, newer: string): Promise<boolean | undefined> {
  if (older === newer) return true;
  const shallow = (await git(repoRoot, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  if (shallow || !(await hasCommit(repoRoot, older)) || !(await hasCommit(repoRoot, newer))) return undefined;
  return git(repoRoot, ['merge-base', '--is-ancestor', older, newer]).then(
    () => true,
    () => false,
  );
}
