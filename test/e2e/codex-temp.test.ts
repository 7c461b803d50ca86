// Codex's own temporary files (bubblewrap's mount targets, …) go to the scan's scratch space, which the post step
// removes, never to the runner's system temp directory, where they would outlive the job on a self-hosted runner.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { problems, runStep } from '../support/actions-runner.ts';
import { startFakeResponses, type FakeResponses } from '../support/fake-responses.ts';
import { CODEX_BIN, EXAMPLE, TOKEN } from '../support/harness.ts';
import { reviewScript } from '../support/scripted-review.ts';

let server: FakeResponses | undefined;
let temp: string | undefined;
afterEach(async () => {
  await server?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
  server = temp = undefined;
});

it('a direct-mode scan leaves nothing of Codex in the TMPDIR it ran with, and the post step removes its scratch space', async () => {
  server = await startFakeResponses({ token: TOKEN, script: reviewScript(), expectOutputSchema: true });
  temp = mkdtempSync(join(tmpdir(), 'codex-temp-'));
  const systemTemp = join(temp, 'system-tmp');
  const runnerTemp = join(temp, 'runner-temp');
  for (const d of [systemTemp, runnerTemp]) mkdirSync(d);
  const main = await runStep({
    workspace: EXAMPLE,
    runnerTemp,
    env: { TMPDIR: systemTemp },
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
  expect(main.code, problems(main)).toBe(0);
  // Codex ran commands in its sandbox, which is what creates its temporary mount targets.
  expect(server.requests.length).toBe(3);
  expect(readdirSync(systemTemp)).toEqual([]);

  const scratch = main.state['scratch-dir']!;
  expect(scratch.startsWith(runnerTemp)).toBe(true);
  const post = await runStep({
    workspace: EXAMPLE,
    runnerTemp,
    env: { TMPDIR: systemTemp },
    inputs: {},
    post: { state: main.state },
  });
  expect(post.code).toBe(0);
  expect(existsSync(scratch)).toBe(false);
  expect(readdirSync(systemTemp)).toEqual([]);
});
