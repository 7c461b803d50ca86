// Paths inside paths: the one rule for "is this within that directory", and the scanned directory as the
// repository-relative prefix that SARIF paths, diffs and scope lists share.
import { isAbsolute, relative } from 'node:path';

/** Whether `p` is `root` or lies below it (both absolute). */
export function within(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The scanned directory relative to the repository root, forward slashes; '' for the root itself. */
export function scanPrefix(o: { repoRoot: string; scanRoot: string }): string {
  return relative(o.repoRoot, o.scanRoot).split('\\').join('/');
}
