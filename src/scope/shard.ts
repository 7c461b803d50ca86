// Splits the files in scope into N shards for a matrix of N jobs: deterministic (a pure function of paths and
// sizes), balanced by size, and stable: files are ordered by path and cut into contiguous runs of equal weight, so
// a file added elsewhere moves at most the files near the cuts.
import { ConfigurationError } from '../util/errors.js';
import type { ScopeFile } from './files.js';

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

export function parseShard(value: string): Shard | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(v);
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || total > 256 || index < 1 || index > total) {
    throw new ConfigurationError(
      `Input shard must be K/N with 1 <= K <= N <= 256 (for a matrix: shard: \${{ matrix.shard }}/4). Provided: ${v}`,
    );
  }
  return { index, total };
}

/** Every file counts at least 1, so empty files are spread too. */
export const weight = (f: ScopeFile) => f.size + 1;

const byPath = (a: ScopeFile, b: ScopeFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The shard (0-based) of every file, in path order. */
export function assignShards(files: readonly ScopeFile[], total: number): Map<string, number> {
  const sorted = [...files].sort(byPath);
  const sum = sorted.reduce((s, f) => s + weight(f), 0);
  const out = new Map<string, number>();
  let before = 0;
  for (const f of sorted) {
    const w = weight(f);
    // A file belongs to the shard its middle falls in.
    out.set(f.path, Math.min(total - 1, Math.floor(((before + w / 2) * total) / sum)));
    before += w;
  }
  return out;
}

export function filesOfShard(files: readonly ScopeFile[], shard: Shard): ScopeFile[] {
  const assigned = assignShards(files, shard.total);
  return files.filter((f) => assigned.get(f.path) === shard.index - 1).sort(byPath);
}
