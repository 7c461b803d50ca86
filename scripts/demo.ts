// Runs the bundled CLI (dist/cli/index.js) on examples/vulnerable-app with the pinned Codex CLI, against the scripted
// model server the tests use. Nothing leaves this machine.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startFakeResponses } from '../test/support/fake-responses.ts';
import { reviewScript } from '../test/support/scripted-review.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? resolve(root, 'demo-results'));
const token = 'demo-scan-token';
const server = await startFakeResponses({ token, script: reviewScript(), expectOutputSchema: true });
console.log(`Scripted model server: ${server.url}`);

const code = await new Promise<number>((done) => {
  const child = spawn(
    process.execPath,
    [
      resolve(root, 'dist/cli/index.js'),
      'scan',
      'examples/vulnerable-app',
      '--out',
      out,
      '--base-url',
      server.url,
      '--codex-bin',
      resolve(root, 'node_modules/.bin/codex'),
      '--fail-on',
      'none',
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, VEGA_CODEX_API_KEY: token } },
  );
  child.on('exit', (c) => done(c ?? 1));
});
await server.close();
if (server.violations.length) {
  console.error(`The model server rejected requests: ${server.violations.join('; ')}`);
  process.exit(1);
}
console.log(
  `\nModel requests served: ${server.requests.length}. Re-render without a model: node dist/cli/index.js report --events ${out}/v16-events.jsonl --source examples/vulnerable-app --out ${out}/replay`,
);
process.exit(code);
