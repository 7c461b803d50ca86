import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScopeFile } from '../../src/scope/files.js';
import { assignShards, filesOfShard, parseShard, weight } from '../../src/scope/shard.js';

const fileSet = fc.uniqueArray(
  fc.record({
    path: fc.stringMatching(/^[a-z]{1,3}(\/[a-z0-9]{1,4}){0,3}\.[a-z]{1,2}$/),
    size: fc.integer({ min: 0, max: 50_000 }),
  }),
  { selector: (f) => f.path, minLength: 1, maxLength: 300 },
);

describe('shards', () => {
  it('partition the files exactly, for any N from 1 to 64', () => {
    fc.assert(
      fc.property(fileSet, fc.integer({ min: 1, max: 64 }), (files, n) => {
        const seen = new Map<string, number>();
        for (let k = 1; k <= n; k++)
          for (const f of filesOfShard(files, { index: k, total: n })) seen.set(f.path, (seen.get(f.path) ?? 0) + 1);
        expect(seen.size).toBe(files.length);
        expect([...seen.values()].every((c) => c === 1)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('do not depend on the order files are listed in (stable across machines)', () => {
    fc.assert(
      fc.property(fileSet, fc.integer({ min: 1, max: 16 }), (files, n) => {
        expect(assignShards([...files].reverse(), n)).toEqual(assignShards(files, n));
      }),
      { numRuns: 100 },
    );
  });

  it('are balanced by size', () => {
    const files: ScopeFile[] = Array.from({ length: 2000 }, (_, i) => ({
      path: `src/m${String(i).padStart(4, '0')}.ts`,
      size: 100 + ((i * 7919) % 5000),
    }));
    const total = files.reduce((s, f) => s + weight(f), 0);
    for (const n of [2, 4, 8, 16]) {
      for (let k = 1; k <= n; k++) {
        const share = filesOfShard(files, { index: k, total: n }).reduce((s, f) => s + weight(f), 0);
        expect(Math.abs(share - total / n)).toBeLessThanOrEqual(5101);
      }
    }
  });

  it('move only files near the cuts when an unrelated file is added', () => {
    fc.assert(
      fc.property(
        fileSet,
        fc.integer({ min: 1, max: 64 }),
        fc.record({ path: fc.constant('zz/added/new.file'), size: fc.integer({ min: 0, max: 50_000 }) }),
        (files, n, added) => {
          const before = assignShards(files, n);
          const after = assignShards([...files, added], n);
          const moved = files.filter((f) => before.get(f.path) !== after.get(f.path));
          // Every file's position moves by at most the added weight, so only files within that distance of one of
          // the N-1 cuts can change shard.
          const maxWeight = Math.max(...files.map(weight));
          const movedWeight = moved.reduce((s, f) => s + weight(f), 0);
          expect(movedWeight).toBeLessThanOrEqual((n - 1) * (2 * weight(added) + 2 * maxWeight));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('are named K/N and refused otherwise', () => {
    expect(parseShard('')).toBeUndefined();
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, total: 1 });
    for (const bad of ['0/4', '5/4', '2', 'a/b', '1/0', '1/999'])
      expect(() => parseShard(bad)).toThrow('Input shard must be K/N');
  });
});
