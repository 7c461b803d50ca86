// Runs the real scan pipeline with the pinned Codex CLI against the scripted model server, in a temp directory the
// test owns, and checks afterwards that no process of the scan is left running.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runScan, type ScanOutcome } from '../../src/scan/pipeline.js';
import { silentLog, type ScanLog } from '../../src/scan/log.js';
import type { ScanSettings } from '../../src/scan/settings.js';
import { CODEX_VERSION } from '../../src/version.js';
import { startFakeResponses, type FakeResponses, type Script } from './fake-responses.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CODEX_BIN = join(ROOT, 'node_modules/.bin/codex');
export const EXAMPLE = join(ROOT, 'examples/vulnerable-app');
export const TOKEN = 'sk-scan-4f9c2e7a1b3d5f60';

export interface ScanRun {
  outcome: ScanOutcome;
  server: FakeResponses;
  dir: string;
  /** Processes whose command line still mentions this scan's directory. */
  leftovers: () => string[];
  cleanup: () => Promise<void>;
}

export function settingsFor(dir: string, baseUrl: string, over: Partial<ScanSettings> = {}): ScanSettings {
  return {
    apiKey: TOKEN,
    baseUrl,
    prompt: { source: 'builtin' },
    scanRoot: EXAMPLE,
    repoRoot: EXAMPLE,
    include: [],
    exclude: [],
    runner: { mode: 'direct', bin: CODEX_BIN, source: 'codex-bin' },
    codexVersion: CODEX_VERSION,
    origin: { repository: 'octo-org/shop', runId: '1', job: 'test' },
    timeoutMinutes: 2,
    streamIdleTimeoutMs: 3000,
    maxRetries: 0,
    failOn: 'high',
    minCoverage: 0,
    maxTokens: 0,
    // Verification is tested on its own; the other scans review in one pass without it.
    passes: 1,
    minAgreement: 1,
    verify: false,
    verifyConcurrency: 4,
    verifyLimit: 50,
    verifyTimeoutMinutes: 2,
    verifyDisputed: true,
    failOnExisting: false,
    scope: { mode: 'full' },
    outputDir: join(dir, 'out'),
    sarifFile: join(dir, 'out', 'vega-codex.sarif'),
    sarifCategory: 'vega-codex/',
    tempDir: join(dir, 'tmp'),
    actionVersion: '0.0.0-test',
    ...over,
  };
}

export async function scanWith(
  script: Script,
  opts: { settings?: Partial<ScanSettings>; serverDown?: boolean; log?: ScanLog; signal?: AbortSignal; scanId?: string; verifier?: Script } = {},
): Promise<ScanRun> {
  const dir = mkdtempSync(join(tmpdir(), 'vega-e2e-'));
  const server = await startFakeResponses({ token: TOKEN, script, expectOutputSchema: true, verifier: opts.verifier });
  if (opts.serverDown) await server.close();
  const outcome = await runScan(settingsFor(dir, server.url, opts.settings), opts.log ?? silentLog, opts.signal, opts.scanId ?? randomUUID());
  const leftovers = () => {
    try {
      return execFileSync('pgrep', ['-af', dir], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    } catch {
      return [];
    }
  };
  return {
    outcome,
    server,
    dir,
    leftovers,
    cleanup: async () => {
      if (!opts.serverDown) await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
