// Every checked fix of a scan as one unified diff against the scanned commit (`v16-fixes.patch`), for `git apply`.
// Fixes of one file that overlap cannot all apply: the most severe (the first given) wins, the others stay
// suggestions of their own findings.
//
// The patch is built from the files' bytes, held as binary strings (one character per byte), so that its context
// and removed lines are the file's own bytes, CRs and missing final line breaks included, whatever the encoding.
// A file that is not UTF-8 can still take a fix, but only one that means the same in any encoding that keeps ASCII
// as it is: ASCII text, over lines that are UTF-8 (the model read them, and the fix was checked against them, as
// UTF-8). Anything else is left out with the reason.
import { createTwoFilesPatch } from 'diff';
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../util/errors.js';
import { applyFixes, storedLines, type Fix } from './fix.js';
import type { Finding } from './finding.js';

export interface FixesPatch {
  /**
   * The unified diff's bytes (write them as they are: a file's lines are copied byte for byte, so the patch need
   * not be UTF-8), a/ and b/ prefixes, repository-relative paths; empty when no fix applies.
   */
  text: Buffer;
  files: number;
  fixes: number;
  leftOut: { file: string; startLine: number; reason: string }[];
}

interface Source {
  /** The file as a binary string. */
  bytes: string;
  lines: string[];
  utf8: boolean;
  /** The first line holding a CR that ends no line (Infinity when none). */
  loneCrLine: number;
}

const overlaps = (a: Fix, b: Fix) => a.startLine <= b.endLine && b.startLine <= a.endLine;
const binary = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
const UTF8_BOM = binary('\uFEFF');

/** Why `fix` cannot be put in the patch of `file` as it is stored, if it cannot. */
function refusal(file: string, fix: Fix, source: Source): string | undefined {
  const { startLine, endLine } = fix;
  // The fix was checked against lines that also end at a lone CR; git's lines end at LF only.
  if (source.loneCrLine <= endLine)
    return (
      `${file} has a carriage return without a line feed in lines 1-${endLine}, ` +
      `so tools number its lines differently`
    );
  if (endLine > source.lines.length)
    return `lines ${startLine}-${endLine} go past the end of ${file} (${source.lines.length} lines)`;
  if (source.utf8) return undefined;
  if (source.bytes.includes('\0'))
    return (
      `${file} is neither UTF-8 nor ASCII-based text (it holds NUL bytes), ` +
      `so the fix's text has no known bytes in it`
    );
  if (/[^\p{ASCII}]/u.test(fix.replacement))
    return `${file} is not UTF-8, so the fix's characters other than ASCII have no known bytes in it`;
  if (!isUtf8(Buffer.from(source.lines.slice(startLine - 1, endLine).join(''), 'latin1')))
    return (
      `lines ${startLine}-${endLine} of ${file} are not UTF-8, ` +
      `so the fix replaces text that could not be read exactly`
    );
  return undefined;
}

/** `findings` in the order that decides between overlapping fixes (most severe first). */
export function buildFixesPatch(findings: readonly Finding[], repoRoot: string): FixesPatch {
  const sources = new Map<string, Source | string>();
  const read = (file: string): Source | string => {
    let source = sources.get(file);
    if (source === undefined) {
      try {
        const data = readFileSync(join(repoRoot, file));
        const bytes = data.toString('latin1');
        const loneCr = /\r(?!\n)/.exec(bytes)?.index;
        source = {
          bytes,
          lines: storedLines(bytes),
          utf8: isUtf8(data),
          loneCrLine: loneCr === undefined ? Infinity : storedLines(bytes.slice(0, loneCr + 1)).length,
        };
      } catch (error) {
        source = `${file} could not be read: ${errorMessage(error)}`;
      }
      sources.set(file, source);
    }
    return source;
  };
  const byFile = new Map<string, Fix[]>();
  const leftOut: FixesPatch['leftOut'] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const source = read(f.file);
    const refused = typeof source === 'string' ? source : refusal(f.file, f.fix, source);
    if (refused) {
      leftOut.push({ file: f.file, startLine: f.startLine, reason: refused });
      continue;
    }
    const chosen = byFile.get(f.file) ?? [];
    const clash = chosen.find((c) => overlaps(c, f.fix!));
    if (clash)
      leftOut.push({
        file: f.file,
        startLine: f.startLine,
        reason: `its fix overlaps another finding's fix of lines ${clash.startLine}-${clash.endLine}`,
      });
    else byFile.set(f.file, [...chosen, f.fix]);
  }
  const parts: string[] = [];
  let fixes = 0;
  for (const [file, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { bytes } = read(file) as Source;
    // A byte order mark is no line's text: it stays when the first line is rewritten.
    const keepBom = (f: Fix) =>
      f.startLine === 1 && f.replacement !== '' && bytes.startsWith(UTF8_BOM) && !f.replacement.startsWith('\uFEFF');
    const binaryFixes = list.map((f) => ({ ...f, replacement: (keepBom(f) ? UTF8_BOM : '') + binary(f.replacement) }));
    // File names stay text: the diff library quotes those that need it, as git does.
    const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, bytes, applyFixes(bytes, binaryFixes), '', '', {
      context: 3,
      headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true },
    });
    parts.push(patch.endsWith('\n') ? patch : `${patch}\n`);
    fixes += list.length;
  }
  return { text: Buffer.from(parts.join(''), 'latin1'), files: parts.length, fixes, leftOut };
}
