// How much of the scope the review read: files and bytes, in all and per top-level directory. A review that read
// nothing is not a review, whatever it answered.
import type { ScopeFile } from '../scope/files.js';
import type { ReadKind } from './reads.js';

export interface Coverage {
  filesInScope: number;
  filesRead: number;
  /** filesRead / filesInScope, in percent with one decimal. */
  percent: number;
  bytesInScope: number;
  bytesRead: number;
  byDirectory: { directory: string; filesInScope: number; filesRead: number }[];
  /** The files read, in path order (the first MAX_LISTED_READS). */
  read: { path: string; how: ReadKind }[];
}

export const MAX_LISTED_READS = 2000;

const topDirectory = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '.');

export function measureCoverage(scope: readonly ScopeFile[], reads: ReadonlyMap<string, ReadKind>): Coverage {
  const dirs = new Map<string, { filesInScope: number; filesRead: number }>();
  const read: Coverage['read'] = [];
  let bytesInScope = 0;
  let bytesRead = 0;
  for (const f of scope) {
    const d = topDirectory(f.path);
    const entry = dirs.get(d) ?? { filesInScope: 0, filesRead: 0 };
    dirs.set(d, entry);
    entry.filesInScope += 1;
    bytesInScope += f.size;
    const how = reads.get(f.path);
    if (!how) continue;
    entry.filesRead += 1;
    bytesRead += f.size;
    read.push({ path: f.path, how });
  }
  read.sort((a, b) => (a.path < b.path ? -1 : 1));
  const percent = scope.length ? Math.round((read.length / scope.length) * 1000) / 10 : 0;
  return {
    filesInScope: scope.length,
    filesRead: read.length,
    percent,
    bytesInScope,
    bytesRead,
    byDirectory: [...dirs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([directory, v]) => ({ directory, ...v })),
    read: read.slice(0, MAX_LISTED_READS),
  };
}

/** An answer that refuses the task instead of reviewing: "I can't help with that", "I'm unable to assist", … */
export function declines(summary: string): boolean {
  return /\b(?:can(?:no|')t|can not|unable to|won't|will not|not able to|refuse|decline)\b[^.]{0,80}\b(?:help|assist|comply|review|do that|provide|complete)\b|^\s*(?:I'm|I am) sorry\b/i.test(
    summary,
  );
}
