import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listScope } from '../../src/scope/files.js';

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
  it('walks a plain tree, skipping vendored and generated files, then applies include/exclude', async () => {
    const root = tree(files);
    const all = await listScope(root, [], []);
    expect(all.source).toBe('walk');
    expect(all.files.map((f) => f.path).sort()).toEqual(['build/out.log', 'docs/readme.md', 'src/app.ts', 'src/lib/util.ts']);
    expect(all.files.find((f) => f.path === 'src/app.ts')!.size).toBe(10);
    const narrowed = await listScope(root, ['src/**'], ['**/lib/**']);
    expect(narrowed.files.map((f) => f.path)).toEqual(['src/app.ts']);
    expect(narrowed.excludedByPatterns).toBe(3);
  });

  it('takes git\'s list in a repository, so .gitignore applies', async () => {
    const root = tree({ ...files, '.gitignore': 'build/\n' });
    execFileSync('git', ['init', '-q'], { cwd: root });
    const listing = await listScope(root, [], []);
    expect(listing.source).toBe('git');
    expect(listing.files.map((f) => f.path).sort()).toEqual(['.gitignore', 'docs/readme.md', 'src/app.ts', 'src/lib/util.ts']);
    expect(listing.excludedByDefaults).toBe(6);
  });
});
