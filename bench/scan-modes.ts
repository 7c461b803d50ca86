// The same scripted scan (examples/vulnerable-app, two commands, four findings) in container mode and direct mode,
// alternating, in one process: wall time of each and their ratio, with the runner image warm.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScan } from '../src/scan/pipeline.js';
import { silentLog } from '../src/util/log.js';
import { startFakeResponses } from '../test/support/fake-responses.ts';
import { containerRunner, dockerSync, IMAGE } from '../test/support/docker.ts';
import { settingsFor, TOKEN } from '../test/support/harness.ts';
import { reviewScript } from '../test/support/scripted-review.ts';

/**
 * `warmUp`: rounds run first and not counted (the quick pass runs none).
 * `compressed`: also gzip the image to size a pull (slow).
 */
export async function benchScanModes(
  rounds: number,
  { warmUp = 1, compressed = true } = {},
): Promise<{ container: number; direct: number; ratio: number; imageMb: number; compressedMb: number }> {
  const times = { container: [] as number[], direct: [] as number[] };
  for (let i = 1 - warmUp; i <= rounds; i++) {
    for (const mode of ['container', 'direct'] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'bench-scan-'));
      const server = await startFakeResponses({ token: TOKEN, script: reviewScript(), expectOutputSchema: true });
      const settings = settingsFor(dir, server.url, mode === 'container' ? { runner: containerRunner() } : {});
      const started = performance.now();
      const outcome = await runScan(settings, TOKEN, silentLog);
      const ms = performance.now() - started;
      await server.close();
      rmSync(dir, { recursive: true, force: true });
      if (outcome.report.findings.total !== 4)
        throw new Error(`${mode} scan found ${outcome.report.findings.total} findings`);
      // Round 0 warms caches (image layers, page cache) and is not counted.
      if (i > 0) times[mode].push(ms);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const container = median(times.container);
  const direct = median(times.direct);
  const imageMb = Number(dockerSync('image', 'inspect', IMAGE, '--format', '{{.Size}}')) / 1e6;
  return { container, direct, ratio: container / direct, imageMb, compressedMb: compressed ? compressedMb() : NaN };
}

/** What a pull downloads: the image's layers gzipped at Docker's default level, as a push to a registry sends them. */
function compressedMb(): number {
  const bytes = execFileSync('bash', ['-c', `set -o pipefail; docker save ${IMAGE} | gzip -6 | wc -c`], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  return Number(bytes.trim()) / 1e6;
}
