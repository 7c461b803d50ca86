// Builds the committed bundles: dist/index.js (the action, main and post) and dist/cli/index.js (vega-codex).
// Type-checks first, since ncc does not.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('tsc', ['--noEmit', '-p', 'tsconfig.test.json']);
rmSync('dist', { recursive: true, force: true });
run('ncc', ['build', 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt', '--quiet']);
run('ncc', ['build', 'src/cli.ts', '-o', 'dist/cli', '--quiet']);
