// The action's own cost: the cold start of dist/index.js (load, read inputs, exit on a configuration error) beside a
// bare `node -e 0`, and a whole scripted scan through the bundled action beside a bare `codex exec` of the same
// review, alternating in one run.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { problems, runStep } from '../test/support/actions-runner.ts';
import { startFakeResponses } from '../test/support/fake-responses.ts';
import { CODEX_BIN, EXAMPLE, ROOT, TOKEN } from '../test/support/harness.ts';
import { reviewScript } from '../test/support/scripted-review.ts';
import { bareReview } from './forwarder.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) =>
    spawn(process.execPath, args, { env, stdio: 'ignore' }).on('close', () => resolve(performance.now() - started)),
  );
}

/**
 * dist/index.js as main with no api-key: everything it loads before its first line, then a clean exit 1.
 * `warmUp`: rounds run first and not counted (the quick pass runs none).
 */
export async function benchColdStart(
  rounds: number,
  { warmUp = 1 } = {},
): Promise<{ node: number; action: number; startMs: number }> {
  const env = { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' };
  const node: number[] = [];
  const action: number[] = [];
  for (let i = 1 - warmUp; i <= rounds; i++) {
    const n = await timed(['-e', '0'], env);
    const a = await timed([join(ROOT, 'dist/index.js')], env);
    if (i > 0) {
      node.push(n);
      action.push(a);
    }
  }
  return { node: median(node), action: median(action), startMs: median(action) - median(node) };
}

async function actionReview(): Promise<number> {
  const server = await startFakeResponses({ token: TOKEN, script: reviewScript(), expectOutputSchema: true });
  const temp = mkdtempSync(join(tmpdir(), 'bench-start-'));
  const started = performance.now();
  const step = await runStep({
    workspace: EXAMPLE,
    runnerTemp: temp,
    inputs: {
      'api-key': TOKEN,
      'base-url': server.url,
      'codex-bin': CODEX_BIN,
      verify: 'false',
      annotations: 'false',
      'upload-artifacts': 'false',
      'fail-on': 'none',
    },
  });
  const ms = performance.now() - started;
  await server.close();
  rmSync(temp, { recursive: true, force: true });
  if (step.code !== 0 || server.requests.length !== 3)
    throw new Error(`action exited ${step.code} after ${server.requests.length} requests:\n${problems(step)}`);
  return ms;
}

/**
 * The bundled action's scripted scan against a bare `codex exec` of the same review.
 * `warmUp`: rounds run first and not counted (the quick pass runs none).
 */
export async function benchOverhead(
  rounds: number,
  { warmUp = 1 } = {},
): Promise<{ bare: number; action: number; overheadMs: number }> {
  const bare: number[] = [];
  const action: number[] = [];
  for (let i = 1 - warmUp; i <= rounds; i++) {
    const [first, second] =
      i % 2 ? [actionReview, () => bareReview('direct')] : [() => bareReview('direct'), actionReview];
    const a = await first();
    const b = await second();
    if (i === 0) continue;
    (i % 2 ? action : bare).push(a);
    (i % 2 ? bare : action).push(b);
  }
  return { bare: median(bare), action: median(action), overheadMs: median(action) - median(bare) };
}
