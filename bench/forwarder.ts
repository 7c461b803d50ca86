// What the model forwarder adds in direct mode: the same scripted review by the real codex binary, with the action's
// own command line, its provider pointed at the scripted model directly or through the forwarder, alternating.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCodexArgs, codexEnvironment } from '../src/codex/command.js';
import { writeReviewerInstructions } from '../src/codex/reviewer-instructions.js';
import { outputSchema } from '../src/findings/schema.js';
import { startModelForwarder } from '../src/model/forwarder.js';
import { TokenMeter } from '../src/model/token-meter.js';
import { startFakeResponses } from '../test/support/fake-responses.ts';
import { CODEX_BIN, EXAMPLE, TOKEN } from '../test/support/harness.ts';
import { reviewScript } from '../test/support/scripted-review.ts';

export async function bareReview(via: 'direct' | 'forwarder'): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-fwd-'));
  const server = await startFakeResponses({ token: TOKEN, script: reviewScript(), expectOutputSchema: true });
  const forwarder =
    via === 'forwarder'
      ? await startModelForwarder({
          baseUrl: server.url,
          apiKey: TOKEN,
          clientKey: 'bench-key',
          meter: new TokenMeter(),
          stage: 'review',
        })
      : undefined;
  const schema = join(dir, 'schema.json');
  writeFileSync(schema, JSON.stringify(outputSchema));
  for (const d of ['codex', 'home']) mkdirSync(join(dir, d));
  const args = buildCodexArgs({
    workdir: EXAMPLE,
    prompt: 'Review the code.',
    outputSchemaFile: schema,
    instructionsFile: writeReviewerInstructions(dir),
    baseUrl: forwarder?.url ?? server.url,
    sandbox: 'read-only',
    requestMaxRetries: 0,
    streamMaxRetries: 0,
    streamIdleTimeoutMs: 10_000,
    projectDirs: [EXAMPLE],
  });
  const env = codexEnvironment(
    process.env,
    { codexHome: join(dir, 'codex'), home: join(dir, 'home') },
    forwarder ? 'bench-key' : TOKEN,
  );
  const started = performance.now();
  const code = await new Promise<number | null>((resolve) =>
    spawn(CODEX_BIN, args, { env, cwd: EXAMPLE, stdio: 'ignore' }).on('close', resolve),
  );
  const ms = performance.now() - started;
  await forwarder?.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  if (code !== 0 || server.requests.length !== 3)
    throw new Error(`${via}: codex exited ${code} after ${server.requests.length} requests`);
  return ms;
}

/** `warmUp`: rounds run first and not counted (the quick pass runs none). */
export async function benchForwarder(
  rounds: number,
  { warmUp = 1 } = {},
): Promise<{ direct: number; forwarder: number; ratio: number }> {
  const times = { direct: [] as number[], forwarder: [] as number[] };
  for (let i = 1 - warmUp; i <= rounds; i++) {
    for (const via of i % 2 ? (['forwarder', 'direct'] as const) : (['direct', 'forwarder'] as const)) {
      const ms = await bareReview(via);
      if (i > 0) times[via].push(ms);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const direct = median(times.direct);
  const forwarder = median(times.forwarder);
  return { direct, forwarder, ratio: forwarder / direct };
}
