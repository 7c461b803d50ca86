// A source tree of a given number of files (plus vendored directories the scope must skip without listing).
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export function generateTree(root: string, files: number): void {
  if (existsSync(join(root, '.complete'))) return;
  const perDir = 200;
  for (let i = 0; i < files; i++) {
    const dir = join(
      root,
      `pkg${Math.floor(i / 20_000)}`,
      `mod${Math.floor(i / perDir) % 100}`,
      `d${Math.floor(i / perDir)}`,
    );
    if (i % perDir === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `file${i}.ts`), i % 7 === 0 ? 'export const x = 1;\n'.repeat(i % 50) : '');
  }
  const vendored = join(root, 'node_modules', 'big-dependency', 'lib');
  mkdirSync(vendored, { recursive: true });
  for (let i = 0; i < 2000; i++) writeFileSync(join(vendored, `v${i}.js`), '');
  writeFileSync(join(root, '.complete'), '');
}
