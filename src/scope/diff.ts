// What a change holds: its files and the line ranges added or modified in them, relative to the scanned directory.
// From git itself (`--raw -z` for names and modes, `--numstat -z` for binary files, `--unified=0` for lines, names
// decoded as git quotes them), or from GitHub's comparison of two commits when git cannot reach them.
import { readHunk } from '../git/hunk.js';
import { patchHeaderPath } from '../git/quoted-path.js';
import { git } from '../git/run.js';

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
  /** What the new version is: a regular file, or a link, a submodule (gitlink), … which are never reviewed. */
  kind: 'file' | 'symlink' | 'submodule' | 'other';
}

export interface DiffPlan {
  /** What was compared, for the report: "a1b2c3…e4f5a6". */
  range: string;
  files: ChangedFile[];
  deleted: string[];
}

const STATUS: Record<string, ChangedFile['status']> = {
  A: 'added',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
};

function kindOfMode(mode: string): ChangedFile['kind'] {
  if (mode === '100644' || mode === '100755') return 'file';
  if (mode === '120000') return 'symlink';
  if (mode === '160000') return 'submodule';
  return 'other';
}

/** Parses `git diff --unified=0` output into the new-side line ranges of each file (repository paths). */
export function parseUnifiedZero(diff: string): Map<string, LineRange[]> {
  const out = new Map<string, LineRange[]>();
  let current: LineRange[] | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) current = undefined;
    else if (line.startsWith('+++ ') && current === undefined) {
      const path = patchHeaderPath(line.slice(4));
      current = path === undefined ? undefined : [];
      if (path !== undefined) out.set(path, current!);
    } else if (current) {
      const hunk = readHunk(line);
      if (hunk && hunk.toCount > 0) current.push({ start: hunk.toStart, end: hunk.toStart + hunk.toCount - 1 });
    }
  }
  return out;
}

/** `git diff --raw -z --no-abbrev` records: status, new mode, path and (renames, copies) the old path. */
export function parseRawZ(raw: string): { letter: string; mode: string; path: string; previousPath?: string }[] {
  const fields = raw.split('\0');
  const out: { letter: string; mode: string; path: string; previousPath?: string }[] = [];
  for (let i = 0; i < fields.length;) {
    const meta = fields[i++]!;
    if (!meta.startsWith(':')) continue;
    const [, dstMode = '', , , status = ''] = meta.slice(1).split(' ');
    const letter = status[0] ?? 'M';
    const first = fields[i++]!;
    if (letter === 'R' || letter === 'C') out.push({ letter, mode: dstMode, previousPath: first, path: fields[i++]! });
    else out.push({ letter, mode: dstMode, path: first });
  }
  return out;
}

/** Paths git's numstat shows as binary (`-\t-\t`). */
function binaryPaths(numstatZ: string): Set<string> {
  const out = new Set<string>();
  const fields = numstatZ.split('\0');
  for (let i = 0; i < fields.length;) {
    const m = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(fields[i++]!);
    if (!m) continue;
    // A rename's record ends after the tab; its two names follow.
    const path = m[3] === '' ? (i++, fields[i++]!) : m[3]!;
    if (m[1] === '-') out.add(path);
  }
  return out;
}

/** A repository path relative to the scanned directory (`prefix`, '' for the root). */
export const relativeTo = (prefix: string) => (p: string) =>
  prefix && p.startsWith(`${prefix}/`) ? p.slice(prefix.length + 1) : p;

/**
 * The changes from `from` to `to` (two-dot: a merge commit against its first parent), or since the merge base of
 * `from` and HEAD (three-dot), limited to the scanned directory.
 */
export async function planDiff(
  repoRoot: string,
  scanPrefix: string,
  range: { from: string; to?: string },
): Promise<DiffPlan> {
  const revs = range.to ? [range.from, range.to] : [`${range.from}...HEAD`];
  const pathspec = scanPrefix ? ['--', `:(literal)${scanPrefix}`] : [];
  const common = ['diff', '--no-color', '--no-ext-diff', '--find-renames', ...revs];
  const [raw, numstat, patch] = await Promise.all([
    git(repoRoot, [...common.slice(0, 1), '--raw', '-z', '--no-abbrev', ...common.slice(1), ...pathspec]),
    git(repoRoot, [...common.slice(0, 1), '--numstat', '-z', ...common.slice(1), ...pathspec]),
    git(repoRoot, [...common.slice(0, 1), '--unified=0', ...common.slice(1), ...pathspec]),
  ]);
  const hunks = parseUnifiedZero(patch);
  const binary = binaryPaths(numstat);
  const strip = relativeTo(scanPrefix);
  const files: ChangedFile[] = [];
  const deleted: string[] = [];
  for (const r of parseRawZ(raw)) {
    if (r.letter === 'D') {
      deleted.push(strip(r.path));
      continue;
    }
    const kind = kindOfMode(r.mode);
    const previousPath = r.previousPath === undefined ? undefined : strip(r.previousPath);
    files.push({
      path: strip(r.path),
      status: STATUS[r.letter] ?? 'modified',
      previousPath,
      ranges: kind === 'file' ? (hunks.get(r.path) ?? []) : [],
      binary: binary.has(r.path),
      kind,
    });
  }
  const label = range.to ? `${range.from.slice(0, 12)}..${range.to.slice(0, 12)}` : `${range.from.slice(0, 12)}...HEAD`;
  return { range: label, files, deleted };
}

export function inRanges(ranges: readonly LineRange[], start: number, end: number): boolean {
  return ranges.some((r) => start <= r.end && end >= r.start);
}
