// Where GitHub accepts a review comment: on the new side of a pull request's diff, inside one of its hunks, as
// GitHub itself computed them (the `patch` of each file of `GET /pulls/{n}/files`). Added lines are what the pull
// request changed; a comment may span context lines of the same hunk too.
import { readHunk } from '../../git/hunk.js';
import type { LineRange } from '../../scope/diff.js';

export interface FileLines {
  /** New-side line ranges of the hunks. */
  hunks: LineRange[];
  /** Lines the pull request added or modified. */
  added: Set<number>;
}

/** Reads a file's `patch`; undefined when GitHub gives none (binary, or too large to show). */
export function readPatch(patch: string | undefined): FileLines | undefined {
  if (patch === undefined) return undefined;
  const out: FileLines = { hunks: [], added: new Set() };
  let line = 0;
  for (const text of patch.split('\n')) {
    const hunk = readHunk(text);
    if (hunk) {
      line = hunk.toStart;
      if (hunk.toCount > 0) out.hunks.push({ start: hunk.toStart, end: hunk.toStart + hunk.toCount - 1 });
      continue;
    }
    if (text.startsWith('+')) out.added.add(line++);
    else if (text.startsWith(' ') || text === '') line++;
    // '-' lines and "\ No newline at end of file" are not on the new side.
  }
  return out;
}

export interface Anchor {
  startLine: number;
  line: number;
  /** The comment's lines are exactly the fix's, so a suggestion block applies. */
  suggestion: boolean;
}

/**
 * Where to comment on a finding, or undefined when the pull request did not change its lines. Its fix's own lines
 * when they lie in one hunk (a suggestion replaces exactly the lines commented on); else the finding's lines, cut to
 * the hunk of its first changed line.
 */
export function anchorFor(
  f: { startLine: number; endLine: number; fix?: { startLine: number; endLine: number } },
  lines: FileLines | undefined,
): Anchor | undefined {
  if (!lines) return undefined;
  let changed: number | undefined;
  for (let l = f.startLine; l <= f.endLine && changed === undefined; l++) if (lines.added.has(l)) changed = l;
  if (changed === undefined) return undefined;
  const hunkOf = (l: number) => lines.hunks.find((h) => h.start <= l && l <= h.end);
  const hunk = hunkOf(changed)!;
  if (f.fix && hunkOf(f.fix.startLine) && hunkOf(f.fix.startLine) === hunkOf(f.fix.endLine))
    return { startLine: f.fix.startLine, line: f.fix.endLine, suggestion: true };
  return { startLine: Math.max(f.startLine, hunk.start), line: Math.min(f.endLine, hunk.end), suggestion: false };
}
