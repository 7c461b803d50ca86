// Every checked fix of a scan as one unified diff against the scanned commit (`v16-fixes.patch`), for `git apply`.
// Fixes of one file that overlap cannot all apply: the most severe (the first given) wins, the others stay
// suggestions of their own findings.
import { createTwoFilesPatch } from 'diff';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, type Fix } from './fix.js';
import type { Finding } from './normalize.js';

export interface FixesPatch {
  /** Unified diff with a/ and b/ prefixes, repository-relative paths; empty when no fix applies. */
  text: string;
  files: number;
  fixes: number;
  leftOut: { file: string; startLine: number; reason: string }[];
}

const overlaps = (a: Fix, b: Fix) => a.startLine <= b.endLine && b.startLine <= a.endLine;

/** `findings` in the order that decides between overlapping fixes (most severe first). */
export function buildFixesPatch(findings: readonly Finding[], repoRoot: string): FixesPatch {
  const byFile = new Map<string, Fix[]>();
  const leftOut: FixesPatch['leftOut'] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const chosen = byFile.get(f.file) ?? [];
    const clash = chosen.find((c) => overlaps(c, f.fix!));
    if (clash) leftOut.push({ file: f.file, startLine: f.startLine, reason: `its fix overlaps another finding's fix of lines ${clash.startLine}-${clash.endLine}` });
    else byFile.set(f.file, [...chosen, f.fix]);
  }
  const parts: string[] = [];
  let fixes = 0;
  for (const [file, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const before = readFileSync(join(repoRoot, file), 'utf8');
    const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, applyFixes(before, list), '', '', { context: 3, headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true } });
    parts.push(patch.endsWith('\n') ? patch : `${patch}\n`);
    fixes += list.length;
  }
  return { text: parts.join(''), files: parts.length, fixes, leftOut };
}
