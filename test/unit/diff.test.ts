import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inRanges, planDiff } from '../../src/scope/diff.js';
import { planScope } from '../../src/scope/plan.js';
import type { ScanTarget } from '../../src/scope/target.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const lines = (n: number, tag = 'line') => Array.from({ length: n }, (_, i) => `${tag} ${i + 1}`).join('\n') + '\n';

function repo(): { root: string; git: (...args: string[]) => string; write: (p: string, c: string | Buffer) => void } {
  const root = mkdtempSync(join(tmpdir(), 'diff-'));
  dirs.push(root);
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.invalid',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.invalid',
      },
    });
  const write = (p: string, c: string | Buffer) => {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), c);
  };
  git('init', '-q', '-b', 'main');
  return { root, git, write };
}

describe('planDiff', () => {
  it('gives exact changed files and line ranges for edits, adds, renames and deletions', async () => {
    const { root, git, write } = repo();
    write('app/edit.js', lines(20));
    write('app/moved.js', lines(30, 'moved'));
    write('app/moved-edited.js', lines(30, 'me'));
    write('app/gone.js', lines(5));
    write('other/outside.js', lines(5));
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'feature');
    // edit: change line 3, insert two lines after 10, delete line 15 (deletions add no new lines)
    const edited = lines(20).split('\n');
    edited[2] = 'changed 3';
    edited.splice(10, 0, 'new a', 'new b');
    edited.splice(16, 1);
    write('app/edit.js', edited.join('\n'));
    write('app/added.js', lines(4, 'added'));
    git('mv', 'app/moved.js', 'app/renamed.js');
    git('mv', 'app/moved-edited.js', 'app/renamed-edited.js');
    const me = lines(30, 'me').split('\n');
    me[29 - 1] = 'edited 29';
    write('app/renamed-edited.js', me.join('\n'));
    unlinkSync(join(root, 'app/gone.js'));
    write('app/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0]));
    write('other/outside.js', lines(6));
    git('add', '-A');
    git('commit', '-qm', 'change');

    const plan = await planDiff(root, 'app', { from: 'main' });
    const byPath = Object.fromEntries(plan.files.map((f) => [f.path, f]));
    expect(Object.keys(byPath).sort()).toEqual(['added.js', 'edit.js', 'logo.png', 'renamed-edited.js', 'renamed.js']);
    expect(byPath['edit.js']).toEqual({
      path: 'edit.js',
      status: 'modified',
      previousPath: undefined,
      binary: false,
      kind: 'file',
      ranges: [
        { start: 3, end: 3 },
        { start: 11, end: 12 },
      ],
    });
    expect(byPath['added.js']).toMatchObject({ status: 'added', ranges: [{ start: 1, end: 4 }] });
    expect(byPath['renamed.js']).toMatchObject({ status: 'renamed', previousPath: 'moved.js', ranges: [] });
    expect(byPath['renamed-edited.js']).toMatchObject({
      status: 'renamed',
      previousPath: 'moved-edited.js',
      ranges: [{ start: 29, end: 29 }],
    });
    expect(byPath['logo.png']).toMatchObject({ status: 'added', binary: true, ranges: [] });
    expect(plan.deleted).toEqual(['gone.js']);
  });

  it('names the fix when the base is not in the checkout', async () => {
    const { root, git, write } = repo();
    write('a.js', 'x\n');
    git('add', '.');
    git('commit', '-qm', 'only');
    const settings: ScanTarget = {
      repoRoot: root,
      scanRoot: root,
      prefix: '',
      incremental: true,
      include: [],
      exclude: [],
      scope: { mode: 'diff', base: 'origin/main' },
    };
    await expect(planScope(settings)).rejects.toThrow(
      'The diff base origin/main is not in this checkout. Fetch it (actions/checkout with fetch-depth: 0',
    );
  });

  it('keeps names git must quote, with their changed lines', async () => {
    const { root, git, write } = repo();
    write('keep.js', 'k\n');
    git('add', '.');
    git('commit', '-qm', 'base');
    const names = [
      'a b.js',
      'é/ü.js',
      'say "hi".js',
      'new\nline.js',
      '-dash.js',
      'tab\tin.js',
      'back\\slash.js',
      '[glob]*.js',
    ];
    for (const n of names) write(n, lines(3, 'added'));
    git('add', '-A');
    git('commit', '-qm', 'hard names');
    const plan = await planDiff(root, '', { from: 'HEAD~1', to: 'HEAD' });
    expect(plan.files.map((f) => f.path).sort()).toEqual([...names].sort());
    for (const f of plan.files) expect(f.ranges, f.path).toEqual([{ start: 1, end: 3 }]);
  });

  it('marks links and submodules, which are never reviewed', async () => {
    const { root, git, write } = repo();
    write('a.js', 'a\n');
    git('add', '.');
    git('commit', '-qm', 'base');
    execFileSync('ln', ['-s', '/etc/passwd', join(root, 'out-link.js')]);
    execFileSync('ln', ['-s', 'a.js', join(root, 'in-link.js')]);
    git('update-index', '--add', '--cacheinfo', `160000,${git('rev-parse', 'HEAD').trim()},sub`);
    git('add', 'out-link.js', 'in-link.js');
    git('commit', '-qm', 'links');
    const kinds = Object.fromEntries(
      (await planDiff(root, '', { from: 'HEAD~1', to: 'HEAD' })).files.map((f) => [f.path, [f.kind, f.ranges.length]]),
    );
    expect(kinds).toEqual({ 'out-link.js': ['symlink', 0], 'in-link.js': ['symlink', 0], sub: ['submodule', 0] });
  });

  it('tells whether a finding touches changed lines', () => {
    const r = [
      { start: 3, end: 3 },
      { start: 11, end: 12 },
    ];
    expect(inRanges(r, 3, 3)).toBe(true);
    expect(inRanges(r, 9, 11)).toBe(true);
    expect(inRanges(r, 4, 10)).toBe(false);
  });
});
