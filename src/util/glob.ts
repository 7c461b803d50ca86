// Glob patterns for include/exclude: `**` crosses directories, `*` and `?` stay within one, a pattern without a slash
// matches a name at any depth, and a trailing slash or a bare directory name also covers what is beneath it.
const cache = new Map<string, RegExp>();

function toRegExp(pattern: string): RegExp {
  let p = pattern.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  // A trailing slash means "this directory" (at any depth unless another slash anchors it), and what is under it.
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  const anchored = p.includes('/');
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*') {
      if (p[i + 1] === '*') {
        const slash = p[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${re}${dirOnly ? '/.*' : '(?:/.*)?'}$`);
}

export function matchesGlob(path: string, pattern: string): boolean {
  let re = cache.get(pattern);
  if (!re) {
    re = toRegExp(pattern);
    cache.set(pattern, re);
  }
  return re.test(path);
}

/** Whether a path relative to the scanned directory is in scope: matched by some include (or none given), no exclude. */
export function inScope(path: string, include: readonly string[], exclude: readonly string[]): boolean {
  if (include.length > 0 && !include.some((p) => matchesGlob(path, p))) return false;
  return !exclude.some((p) => matchesGlob(path, p));
}
