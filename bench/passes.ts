// Three concurrent review passes against one: the same scripted review of the example app in direct mode, one pass
// and then three side by side, alternating; wall time of each and their ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLog } from '../src/scan/log.js';
import { runScan } from '../src/scan/pipeline.js';
import { startFakeResponses } from '../test/support/fake-responses.ts';
import { settingsFor, TOKEN } from '../test/support/harness.ts';
import { reviewScript } from '../test/support/scripted-review.ts';

async function scan(passes: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-passes-'));
  // Each pass is its own Codex thread: the script answers per thread.
  const script = reviewScript();
  const server = await startFakeResponses({ token: TOKEN, script: (r) => script({ ...r, index: r.threadIndex }), expectOutputSchema: true });
  const started = performance.now();
  const outcome = await runScan(settingsFor(dir, server.url, { passes, minAgreement: passes === 1 ? 1 : 2 }), silentLog);
  const ms = performance.now() - started;
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  if (outcome.report.status !== 'completed' || outcome.report.findings.total !== 4) throw new Error(`${passes} passes: ${outcome.report.status}, ${outcome.report.findings.total} findings`);
  return ms;
}

export async function benchPasses(rounds: number): Promise<{ one: number; three: number; ratio: number }> {
  const times = { 1: [] as number[], 3: [] as number[] };
  for (let i = 0; i <= rounds; i++) {
    for (const n of i % 2 ? [3, 1] : [1, 3]) {
      const ms = await scan(n);
      if (i > 0) times[n as 1 | 3].push(ms);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { one: median(times[1]), three: median(times[3]), ratio: median(times[3]) / median(times[1]) };
}
