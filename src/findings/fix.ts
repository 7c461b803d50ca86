// A fix the model proposed for a finding: the new text of a range of lines of the finding's file. It is checked
// against the file before anyone is offered it, since a suggestion that does not apply, or rewrites unrelated code,
// costs a reviewer more than no suggestion.
import { hiddenCharacters } from '../util/visible-text.js';

export interface Fix {
  startLine: number;
  endLine: number;
  /** The new text of those lines, without a final line break; empty deletes them. */
  replacement: string;
}

/** Larger replacements are rewrites, not fixes a reviewer can check in a suggestion. */
export const MAX_FIX_BYTES = 16 * 1024;
export const MAX_FIX_LINES = 200;

export type FixCheck = { ok: true; fix: Fix } | { ok: false; reason: string };

/**
 * Checks a proposed fix against the finding's file (its lines, without line breaks) and the finding's own range.
 * `file` only names the file in reasons.
 */
/** `utf8: false`: the file is not valid UTF-8 (its lines were read with U+FFFD in place of the other bytes). */
export function checkFix(
  proposed: Fix,
  target: { file: string; lines: readonly string[]; startLine: number; endLine: number; utf8?: boolean },
): FixCheck {
  const { startLine, endLine } = proposed;
  const count = target.lines.length;
  const bad = (reason: string): FixCheck => ({ ok: false, reason: `fix dropped: ${reason}` });
  if (!Number.isInteger(startLine) || !Number.isInteger(endLine) || startLine < 1 || endLine < startLine)
    return bad(`lines ${startLine}-${endLine} are not a range of lines`);
  if (endLine > count) return bad(`lines ${startLine}-${endLine} go past the end of ${target.file} (${count} lines)`);
  if (endLine - startLine + 1 > MAX_FIX_LINES)
    return bad(`it replaces ${endLine - startLine + 1} lines, more than ${MAX_FIX_LINES}`);
  if (startLine > target.endLine || endLine < target.startLine)
    return bad(
      `lines ${startLine}-${endLine} do not overlap the finding's lines ${target.startLine}-${target.endLine}`,
    );
  if (proposed.replacement.includes('\0')) return bad('the replacement contains a NUL character');
  // A change a reviewer cannot read is not offered (bidirectional controls, zero-width characters: "Trojan Source").
  const hidden = hiddenCharacters(proposed.replacement.replace(/\r/g, ''));
  if (hidden.length) return bad(`the replacement holds characters a reader cannot see (${hidden.join(', ')})`);
  if (Buffer.byteLength(proposed.replacement) > MAX_FIX_BYTES)
    return bad(`the replacement is larger than ${MAX_FIX_BYTES} bytes`);
  if (target.utf8 === false) {
    // What the model saw of those bytes was U+FFFD; a suggestion committed as UTF-8 would rewrite the file's encoding.
    if (target.lines.slice(startLine - 1, endLine).some((l) => l.includes('\uFFFD')))
      return bad(`lines ${startLine}-${endLine} of ${target.file} hold bytes that are not UTF-8`);
    if (/[^\p{ASCII}]/u.test(proposed.replacement))
      return bad(`${target.file} is not UTF-8 and the replacement is not plain ASCII`);
  }
  // "The new text of those lines": a final line break belongs to the last line, not to an extra empty one.
  const replacement = proposed.replacement.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const current = target.lines.slice(startLine - 1, endLine).join('\n');
  if (replacement === current) return bad('the replacement is the current text of those lines');
  return { ok: true, fix: { startLine, endLine, replacement } };
}

/** A file's lines, each with its own line break (none for a last line without one); lines end at LF, as git counts. */
export function storedLines(content: string): string[] {
  return content.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * A file's text with fixes applied, bottom first so that earlier line numbers stay valid; fixes must not overlap.
 * Every line a fix does not replace keeps its bytes, line break included. The new lines take the line break of the
 * last line they replace, so a file without a final line break keeps lacking one; where that last line has none,
 * they take the file's most common one. Works alike on text and on binary strings (one character per byte).
 */
export function applyFixes(content: string, fixes: readonly Fix[]): string {
  const lines = storedLines(content);
  const crlf = lines.filter((l) => l.endsWith('\r\n')).length;
  const lf = lines.filter((l) => l.endsWith('\n')).length - crlf;
  const common = crlf > lf ? '\r\n' : '\n';
  for (const f of [...fixes].sort((a, b) => b.startLine - a.startLine)) {
    const last = /\r?\n$/.exec(lines[f.endLine - 1] ?? '')?.[0] ?? '';
    const added = f.replacement === '' ? [] : f.replacement.split('\n');
    lines.splice(
      f.startLine - 1,
      f.endLine - f.startLine + 1,
      ...added.map((t, i) => t + (i === added.length - 1 ? last : last || common)),
    );
  }
  return lines.join('');
}
