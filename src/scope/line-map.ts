// Where a line of the reviewed tree is in another version of the file. On a pull request the checkout is GitHub's
// test merge, while annotations, review comments and links show the head commit: where the base branch changed a
// file since the pull request branched off, its lines sit elsewhere at the head, or are not there at all.
import { patchHeaderPath } from '../git/quoted-path.js';
import { readHunk, type Hunk } from '../git/hunk.js';
import type { LineRange } from './diff.js';

export type { Hunk };

/** Per repository path, the hunks between the two versions; a path not in it is the same in both. */
export type LineMap = ReadonlyMap<string, readonly Hunk[] | 'absent'>;

/** The first line after a hunk on one side: a count of 0 names the line before the gap. */
const after = (start: number, count: number) => (count === 0 ? start + 1 : start + count);

/** The line in the other version, or undefined when it is not there (changed or added on the reviewed side). */
export function translateLine(hunks: readonly Hunk[], line: number): number | undefined {
  let offset = 0;
  for (const h of hunks) {
    const firstAfter = after(h.fromStart, h.fromCount);
    const firstInside = h.fromCount === 0 ? firstAfter : h.fromStart;
    if (line < firstInside) return line + offset;
    if (line < firstAfter) return undefined;
    offset = after(h.toStart, h.toCount) - firstAfter;
  }
  return line + offset;
}

/**
 * A range in the other version: the first and last of its lines that are there, or undefined when none is (or the
 * file is absent there). Unchanged paths keep their lines.
 */
export function translateRange(map: LineMap, path: string, range: LineRange): LineRange | undefined {
  const hunks = map.get(path);
  if (hunks === undefined) return range;
  if (hunks === 'absent') return undefined;
  let start: number | undefined;
  let end: number | undefined;
  for (let l = range.start; l <= range.end; l++) {
    const t = translateLine(hunks, l);
    if (t === undefined) continue;
    start ??= t;
    end = t;
  }
  return start === undefined ? undefined : { start, end: end! };
}

/** Whether every line of the range is there, one after another (so a fix of those lines applies there too). */
export function translatesWhole(map: LineMap, path: string, range: LineRange): LineRange | undefined {
  const hunks = map.get(path);
  if (hunks === undefined) return range;
  if (hunks === 'absent') return undefined;
  const start = translateLine(hunks, range.start);
  if (start === undefined) return undefined;
  for (let l = range.start + 1; l <= range.end; l++)
    if (translateLine(hunks, l) !== start + (l - range.start)) return undefined;
  return { start, end: start + (range.end - range.start) };
}

/** Reads `git diff --unified=0 --no-renames FROM TO`: each path's hunks, 'absent' for a path TO does not have. */
export function parseLineMap(diff: string): Map<string, Hunk[] | 'absent'> {
  const out = new Map<string, Hunk[] | 'absent'>();
  let from: string | undefined;
  let current: Hunk[] | undefined;
  let inHeader = false;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      inHeader = true;
      current = undefined;
      from = undefined;
    } else if (inHeader && line.startsWith('--- ')) from = patchHeaderPath(line.slice(4));
    else if (inHeader && line.startsWith('+++ ')) {
      inHeader = false;
      const to = patchHeaderPath(line.slice(4));
      if (to === undefined) {
        if (from !== undefined) out.set(from, 'absent');
      } else if (from !== undefined) out.set(from, (current = []));
    } else if (current) {
      const h = readHunk(line);
      if (h) current.push(h);
    }
  }
  return out;
}

/** Where a finding of the reviewed tree is in the shown version, or null when none of its lines is there. */
export function locateIn(
  map: LineMap,
  f: { file: string; startLine: number; endLine: number; fix?: { startLine: number; endLine: number } },
): { startLine: number; endLine: number; fix?: { startLine: number; endLine: number } } | null {
  const at = translateRange(map, f.file, { start: f.startLine, end: f.endLine });
  if (!at) return null;
  const fix = f.fix && translatesWhole(map, f.file, { start: f.fix.startLine, end: f.fix.endLine });
  return { startLine: at.start, endLine: at.end, ...(fix ? { fix: { startLine: fix.start, endLine: fix.end } } : {}) };
}

/**
 * Whether a hunk touches the lines start-end of the from-side, or comes within `near` lines of them. An insertion
 * (count 0) lies between its line and the next.
 */
export function changedNear(hunks: readonly Hunk[], start: number, end: number, near: number): boolean {
  return hunks.some((h) => {
    const first = h.fromStart;
    const last = h.fromCount === 0 ? h.fromStart + 1 : h.fromStart + h.fromCount - 1;
    return first <= end + near && last >= start - near;
  });
}
