import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import type { ScanTarget } from '../../src/scope/target.js';
import { listScope } from '../../src/scope/files.js';
import { planScope } from '../../src/scope/plan.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'scope-'));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const files = {
  'src/app.ts': 'x'.repeat(10),
  'src/lib/util.ts': 'y',
  'src/gen/api.pb.go': 'z',
  'web/app.min.js': 'm',
  'node_modules/left-pad/index.js': 'n',
  'packages/a/node_modules/dep/index.js': 'n',
  'vendor/lib.c': 'v',
  'package-lock.json': '{}',
  'docs/readme.md': 'd',
  'build/out.log': 'ignored by git',
};

describe('listScope', () => {
  it('leaves out bundled and minified code that no pattern names, and lock-file backups, each listed with the reason', async () => {
    const handWritten = Array.from({ length: 2_000 }, (_, i) => `export const value${i} = ${i}; // a line`).join('\n');
    const root = tree({
      'src/big.js': handWritten,
      'public/app.js': `!function(){${'var a=1;'.repeat(6_000)}}();`,
      'package-lock.json.bak': '{}',
      'node_modules/left-pad/index.js': 'n',
      'node_modules/left-pad/lib.js': 'n',
    });
    const listing = await listScope(root, [], []);
    expect(listing.files.map((f) => f.path)).toEqual(['src/big.js']);
    const reasons = Object.fromEntries(listing.leftOutByDefault.map((l) => [l.path, l.reason]));
    expect(reasons).toEqual({
      'node_modules/': 'vendored',
      'package-lock.json.bak': 'lock file',
      'public/app.js': expect.stringMatching(
        /^minified or generated: lines of \d+ characters on average \(longest \d+\)/,
      ),
    });
  });

  it('walks a plain tree, skipping vendored and generated files, then applies include/exclude', async () => {
    const root = tree(files);
    const all = await listScope(root, [], []);
    expect(all.source).toBe('walk');
    expect(all.files.map((f) => f.path).sort()).toEqual([
      'build/out.log',
      'docs/readme.md',
      'src/app.ts',
      'src/lib/util.ts',
    ]);
    expect(all.files.find((f) => f.path === 'src/app.ts')!.size).toBe(10);
    const narrowed = await listScope(root, ['src/**'], ['**/lib/**']);
    expect(narrowed.files.map((f) => f.path)).toEqual(['src/app.ts']);
    expect(narrowed.excludedByPatterns).toBe(3);
  });

  it("takes git's list in a repository, so .gitignore applies", async () => {
    const root = tree({ ...files, '.gitignore': 'build/\n' });
    execFileSync('git', ['init', '-q'], { cwd: root });
    const listing = await listScope(root, [], []);
    expect(listing.source).toBe('git');
    expect(listing.files.map((f) => f.path).sort()).toEqual([
      '.gitignore',
      'docs/readme.md',
      'src/app.ts',
      'src/lib/util.ts',
    ]);
    expect(listing.excludedByDefaults).toBe(6);
  });
});

describe('planScope on a change', () => {
  it('gives Codex only regular files: links to files and directories, in the tree or out of it, are left out', async () => {
    const root = tree({ 'src/app.js': 'a\n' });
    const git = (...a: string[]) =>
      execFileSync('git', a, {
        cwd: root,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.invalid',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.invalid',
        },
      });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(join(root, 'src/new.js'), 'b\n');
    symlinkSync('/etc/passwd', join(root, 'passwd.js'));
    symlinkSync('/etc', join(root, 'etc'));
    symlinkSync('app.js', join(root, 'src/alias.js'));
    git('add', '-A');
    git('commit', '-qm', 'links');
    const settings: ScanTarget = {
      repoRoot: root,
      scanRoot: root,
      prefix: '',
      incremental: true,
      include: [],
      exclude: [],
      scope: { mode: 'diff', base: 'HEAD~1' },
    };
    const plan = (await planScope(settings))!;
    expect([...plan.paths]).toEqual(['src/new.js']);
    expect(plan.leftOut.sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual([
      { path: 'etc', reason: 'symbolic link' },
      { path: 'passwd.js', reason: 'symbolic link' },
      { path: 'src/alias.js', reason: 'symbolic link' },
    ]);
    // What Codex is given to read: the regular file alone.
    expect(plan.bytes).toBe(2);
  });
});
