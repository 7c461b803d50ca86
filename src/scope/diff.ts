// What a pull request changed: files and the line ranges added or modified in them, from git itself
// (`git diff --unified=0 --find-renames BASE...HEAD`), relative to the scanned directory.
import { execFile } from 'node:child_process';
import { ConfigurationError } from '../errors.js';

export interface LineRange {
  start: number;
  end: number;
}

export interface ChangedFile {
  /** Relative to the scanned directory. */
  path: string;
  status: 'added' | 'modified' | 'renamed' | 'copied' | 'type-changed';
  previousPath?: string;
  /** Added or modified lines of the new version; empty for a pure rename. */
  ranges: LineRange[];
  binary: boolean;
}

export interface DiffPlan {
  base: string;
  files: ChangedFile[];
  deleted: string[];
}

function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile('git', ['-C', cwd, ...args], { maxBuffer: 1024 * 1024 * 1024 }, (err, stdout, stderr) => (err ? reject(new Error(String(stderr).trim() || err.message)) : resolve(stdout))),
  );
}

const STATUS: Record<string, ChangedFile['status']> = { A: 'added', M: 'modified', R: 'renamed', C: 'copied', T: 'type-changed' };

/** The new side of a hunk header (`@@ -a,b +c,d @@`): its first line and how many lines; undefined for other lines. */
export function hunkNewSide(line: string): { start: number; count: number } | undefined {
  const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
  return m ? { start: Number(m[1]), count: m[2] === undefined ? 1 : Number(m[2]) } : undefined;
}

/** Parses `git diff --unified=0` output into the new-side line ranges of each file. */
function parseUnifiedZero(diff: string): Map<string, { ranges: LineRange[]; binary: boolean }> {
  const out = new Map<string, { ranges: LineRange[]; binary: boolean }>();
  let current: { ranges: LineRange[]; binary: boolean } | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) current = undefined;
    else if (line.startsWith('+++ ')) {
      const path = line.slice(4);
      if (path === '/dev/null') current = undefined;
      else {
        current = { ranges: [], binary: false };
        out.set(path.replace(/^b\//, ''), current);
      }
    } else if (line.startsWith('Binary files ')) {
      const m = / and b\/(.+) differ$/.exec(line);
      if (m) out.set(m[1]!, { ranges: [], binary: true });
    } else if (current) {
      const hunk = hunkNewSide(line);
      if (hunk && hunk.count > 0) current.ranges.push({ start: hunk.start, end: hunk.start + hunk.count - 1 });
    }
  }
  return out;
}

/** The changes between the merge base of `base` and HEAD, limited to the scanned directory. */
export async function planDiff(repoRoot: string, scanPrefix: string, base: string): Promise<DiffPlan> {
  try {
    await git(repoRoot, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  } catch {
    throw new ConfigurationError(
      `The diff base ${base} is not in this checkout. Fetch it: use actions/checkout with fetch-depth: 0 (or fetch the base branch), or set scope: full.`,
    );
  }
  const range = `${base}...HEAD`;
  const pathspec = scanPrefix ? ['--', scanPrefix] : [];
  const nameStatus = await git(repoRoot, ['diff', '--no-color', '--no-ext-diff', '--find-renames', '--name-status', '-z', range, ...pathspec]);
  const hunks = parseUnifiedZero(await git(repoRoot, ['diff', '--no-color', '--no-ext-diff', '--find-renames', '--unified=0', range, ...pathspec]));
  const fields = nameStatus.split('\0').filter((f) => f !== '');
  const files: ChangedFile[] = [];
  const deleted: string[] = [];
  const strip = (p: string) => (scanPrefix && p.startsWith(`${scanPrefix}/`) ? p.slice(scanPrefix.length + 1) : p);
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++]!;
    const letter = code[0]!;
    if (letter === 'D') {
      deleted.push(strip(fields[i++]!));
      continue;
    }
    let previousPath: string | undefined;
    if (letter === 'R' || letter === 'C') previousPath = strip(fields[i++]!);
    const path = fields[i++]!;
    const h = hunks.get(path);
    files.push({ path: strip(path), status: STATUS[letter] ?? 'modified', previousPath, ranges: h?.ranges ?? [], binary: h?.binary ?? false });
  }
  return { base, files, deleted };
}

export function inRanges(ranges: readonly LineRange[], start: number, end: number): boolean {
  return ranges.some((r) => start <= r.end && end >= r.start);
}
