// Glob patterns for include/exclude, in picomatch's syntax (`**`, `*`, `?`, `[abc]`, `{a,b}`, `\` escapes), matched
// against paths relative to the scanned directory, dotfiles included. As in .gitignore, a pattern without a slash
// matches a name at any depth (a leading slash anchors it), and a pattern also covers what lies beneath the directory
// it names; a trailing slash matches only beneath. A pattern picomatch cannot read is refused (globProblem), never
// left to match nothing.
import picomatch from 'picomatch';

const OPTIONS = { dot: true, strictBrackets: true, windows: false } as const;
type Matcher = (path: string) => boolean;
const cache = new Map<string, Matcher>();

/** The picomatch glob a pattern stands for: unanchored at any depth, covering what is beneath it. */
function expand(pattern: string): string {
  let p = pattern.trim().replace(/^(?:\.\/)+/, '');
  // A leading slash anchors the pattern at the scanned directory, as in .gitignore.
  const rooted = p.startsWith('/');
  if (rooted) p = p.slice(1);
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  const anchored = rooted || p.includes('/');
  return `${anchored ? '' : '**/'}${p}${dirOnly ? '/**/*' : '/**'}`;
}

/** Why a pattern is not one, in a few words; undefined when it is. */
export function globProblem(pattern: string): string | undefined {
  const p = pattern.trim();
  if (p.startsWith('!')) return 'a leading "!" would negate it; list what not to review in exclude instead';
  if (/(?:^|[^\\])(?:\\\\)*\\$/.test(p)) return 'it ends with an escaping "\\"';
  if (/^[./]*$/.test(p)) return 'it names no file; leave the input empty to review everything';
  if (/(?:^|\/)\.\.(?:\/|$)/.test(p))
    return 'a ".." segment would leave the reviewed directory, which patterns are relative to';
  try {
    picomatch.makeRe(expand(p), OPTIONS);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

function matcher(pattern: string): Matcher {
  let m = cache.get(pattern);
  if (!m) {
    m = picomatch(expand(pattern), OPTIONS);
    cache.set(pattern, m);
  }
  return m;
}

export function matchesGlob(path: string, pattern: string): boolean {
  return matcher(pattern)(path);
}

/**
 * Whether a path relative to the scanned directory is in scope: matched by some include (or none given), no exclude.
 */
export function inScope(path: string, include: readonly string[], exclude: readonly string[]): boolean {
  if (include.length > 0 && !include.some((p) => matchesGlob(path, p))) return false;
  return !exclude.some((p) => matchesGlob(path, p));
}
