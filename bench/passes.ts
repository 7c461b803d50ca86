// Three concurrent review passes against one: the same scripted review of the example app in direct mode, one pass
// and then three side by side, alternating; wall time of each, their ratio, and the CPU time the three used.
//
// Measured twice. With answers after a first-token delay, as a model endpoint gives them, the ratio shows whether the
// passes really overlap (serialised passes would give 3). With instant answers a pass is nothing but Codex's own
// CPU work, so on a small machine the ratio is bounded by the cores: that run reports the bound beside the ratio.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLog } from '../src/util/log.js';
import { runScan } from '../src/scan/pipeline.js';
import { startFakeResponses } from '../test/support/fake-responses.ts';
import { settingsFor, TOKEN } from '../test/support/harness.ts';
import { reviewScript } from '../test/support/scripted-review.ts';

export interface PassTimes {
  one: number;
  three: number;
  ratio: number;
  /** CPU seconds three passes used (this process and every child it waited for), median. */
  threeCpuSeconds: number;
  /** The least ratio the machine's cores allow: three passes' CPU time spread over every core, over one pass. */
  coreBound: number;
}

/** CPU seconds of this process and of its waited-for children (Linux: /proc/self/stat, clock ticks of 1/100 s). */
function cpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  const own = process.cpuUsage();
  return (own.user + own.system) / 1e6 + (Number(fields[13]) + Number(fields[14])) / 100;
}

async function scan(passes: number, firstTokenMs: number): Promise<{ ms: number; cpu: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-passes-'));
  // Each pass is its own Codex thread: the script answers per thread.
  const script = reviewScript();
  const server = await startFakeResponses({
    token: TOKEN,
    script: (r) => script({ ...r, index: r.threadIndex }),
    expectOutputSchema: true,
    firstTokenMs,
  });
  const cpu = cpuSeconds();
  const started = performance.now();
  const outcome = await runScan(
    settingsFor(dir, server.url, { passes, minAgreement: passes === 1 ? 1 : 2 }),
    TOKEN,
    silentLog,
  );
  const ms = performance.now() - started;
  const used = cpuSeconds() - cpu;
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  if (outcome.report.status !== 'completed' || outcome.report.findings.total !== 4)
    throw new Error(`${passes} passes: ${outcome.report.status}, ${outcome.report.findings.total} findings`);
  return { ms, cpu: used };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `warmUp`: rounds run first and not counted (the quick pass runs none). */
export async function benchPasses(rounds: number, firstTokenMs = 0, { warmUp = 1 } = {}): Promise<PassTimes> {
  const times = { 1: [] as number[], 3: [] as number[] };
  const cpu: number[] = [];
  for (let i = 1 - warmUp; i <= rounds; i++) {
    for (const n of i % 2 ? [3, 1] : [1, 3]) {
      const run = await scan(n, firstTokenMs);
      if (i === 0) continue;
      times[n as 1 | 3].push(run.ms);
      if (n === 3) cpu.push(run.cpu);
    }
  }
  const one = median(times[1]);
  const three = median(times[3]);
  const threeCpuSeconds = median(cpu);
  return {
    one,
    three,
    ratio: three / one,
    threeCpuSeconds,
    coreBound: (threeCpuSeconds * 1000) / availableParallelism() / one,
  };
}
