// Where a line of the reviewed test merge is at the pull request's head: checked against git's own diff of random
// edits, line by line, by content.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  changedNear,
  locateIn,
  parseLineMap,
  translateLine,
  translateRange,
  type Hunk,
} from '../../src/scope/line-map.js';

const dir = mkdtempSync(join(tmpdir(), 'line-map-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** git's -U0 diff of two versions of one file, read as a line map. */
function gitMap(from: string[], to: string[]): readonly Hunk[] | 'absent' | undefined {
  writeFileSync(join(dir, 'from'), from.map((l) => `${l}\n`).join(''));
  writeFileSync(join(dir, 'to'), to.map((l) => `${l}\n`).join(''));
  let out = '';
  try {
    execFileSync('git', ['diff', '--no-index', '--unified=0', '--no-color', 'from', 'to'], {
      cwd: dir,
      encoding: 'utf8',
    });
  } catch (e) {
    out = (e as { stdout: string }).stdout; // exit 1: the files differ
  }
  return [...parseLineMap(out).values()][0];
}

describe('line map', () => {
  it('every line it places at the head has the same content there; lines it cannot place are not at the head unchanged', () => {
    // Lines are unique, so "the same line" is well defined: a kept line keeps its text.
    const edit = fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.nat({ max: 3 }) }), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), edit, (n, edits) => {
        const head = Array.from({ length: n }, (_, i) => `head ${i}`);
        const merge = [...head];
        let fresh = 0;
        for (const e of edits)
          merge.splice(
            e.at % (merge.length + 1),
            e.remove,
            ...Array.from({ length: e.insert }, () => `base ${fresh++}`),
          );
        const hunks = gitMap(merge, head) ?? [];
        expect(hunks).not.toBe('absent');
        for (let line = 1; line <= merge.length; line++) {
          const at = translateLine(hunks as Hunk[], line);
          const text = merge[line - 1]!;
          if (at === undefined) expect(text.startsWith('base ') || !head.includes(text)).toBe(true);
          else expect(head[at - 1]).toBe(text);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('moves a finding below lines the base added, and has no place for one on them', () => {
    const head = ['a', 'b', 'c', 'd'];
    const merge = ['x1', 'x2', 'x3', 'a', 'b', 'c', 'd'];
    const map = new Map([['f.js', gitMap(merge, head)!]]);
    expect(translateRange(map, 'f.js', { start: 5, end: 6 })).toEqual({ start: 2, end: 3 });
    expect(translateRange(map, 'f.js', { start: 1, end: 3 })).toBeUndefined();
    expect(locateIn(map, { file: 'f.js', startLine: 2, endLine: 4 })).toEqual({ startLine: 1, endLine: 1 });
    expect(locateIn(map, { file: 'f.js', startLine: 1, endLine: 2 })).toBeNull();
    // A fix whose lines are at the head in one piece moves with the finding; a fix over base lines is not offered.
    expect(locateIn(map, { file: 'f.js', startLine: 5, endLine: 5, fix: { startLine: 5, endLine: 6 } })).toEqual({
      startLine: 2,
      endLine: 2,
      fix: { startLine: 2, endLine: 3 },
    });
    expect(locateIn(map, { file: 'f.js', startLine: 4, endLine: 4, fix: { startLine: 3, endLine: 4 } })).toEqual({
      startLine: 1,
      endLine: 1,
    });
    // Unlisted files are the same at both commits.
    expect(translateRange(map, 'other.js', { start: 9, end: 9 })).toEqual({ start: 9, end: 9 });
  });

  it('reads hard names and files only the merge has', () => {
    const diff = [
      'diff --git "a/say \\"hi\\".js" "b/say \\"hi\\".js"',
      'index 1..2 100644',
      '--- "a/say \\"hi\\".js"',
      '+++ "b/say \\"hi\\".js"',
      '@@ -1,2 +0,0 @@',
      'diff --git a/a b.js b/a b.js',
      'deleted file mode 100644',
      '--- a/a b.js\t',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '',
    ].join('\n');
    const map = parseLineMap(diff);
    expect([...map.keys()]).toEqual(['say "hi".js', 'a b.js']);
    expect(map.get('a b.js')).toBe('absent');
    expect(translateRange(map, 'say "hi".js', { start: 3, end: 3 })).toEqual({ start: 1, end: 1 });
  });

  it('tells an edit within 3 lines of lines 20-21 from one further away: changed, deleted or inserted lines', () => {
    const was = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`);
    const near = (to: string[]) => changedNear(gitMap(was, to) as Hunk[], 20, 21, 3);
    const changed = (at: number) => was.map((l, i) => (i + 1 === at ? 'changed' : l));
    const deleted = (at: number) => was.filter((_, i) => i + 1 !== at);
    const insertedAfter = (at: number) => [...was.slice(0, at), 'new', ...was.slice(at)];
    expect([16, 17, 21, 24, 25].map((at) => near(changed(at)))).toEqual([false, true, true, true, false]);
    expect([16, 17, 24, 25].map((at) => near(deleted(at)))).toEqual([false, true, true, false]);
    // Three lines between the new line and the finding: 17-19 above it, 22-24 below it.
    expect([15, 16, 24, 25].map((at) => near(insertedAfter(at)))).toEqual([false, true, true, false]);
    expect(near(['new', ...was])).toBe(false);
  });
});
