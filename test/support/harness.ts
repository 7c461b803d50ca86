// Runs the real scan pipeline with the pinned Codex CLI against the scripted model server, in a temp directory the
// test owns, and checks afterwards that no process of the scan is left running.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runScan, type ScanOutcome } from '../../src/scan/pipeline.js';
import { silentLog, type ScanLog } from '../../src/util/log.js';
import type {
  EndpointSettings,
  LaunchSettings,
  OutputSettings,
  PolicySettings,
  RunnerSettings,
  ScanSettings,
} from '../../src/config/settings.js';
import type { ScanTarget } from '../../src/scope/target.js';
import { scanPrefix } from '../../src/util/paths.js';
import { CODEX_VERSION } from '../../src/util/version.js';
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

/** The settings a test changes, by name, whichever group holds them; `runner` is how Codex is launched. */
export type ScanOverrides = Partial<ScanTarget & EndpointSettings & PolicySettings & Omit<OutputSettings, 'dir'>> & {
  outputDir?: string;
  runner?: LaunchSettings;
  codexVersion?: string;
  timeoutMinutes?: number;
};

const pick = <T extends object>(o: ScanOverrides, keys: readonly (keyof T)[]): Partial<T> =>
  Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, (o as Record<keyof T, unknown>)[k]])) as Partial<T>;

export function settingsFor(dir: string, baseUrl: string, over: ScanOverrides = {}): ScanSettings {
  const scanRoot = over.scanRoot ?? EXAMPLE;
  const repoRoot = over.repoRoot ?? EXAMPLE;
  const target: ScanTarget = {
    scanRoot,
    repoRoot,
    prefix: scanPrefix({ repoRoot, scanRoot }),
    include: [],
    exclude: [],
    scope: { mode: 'full' },
    incremental: true,
    ...pick<ScanTarget>(over, ['include', 'exclude', 'shard', 'scope', 'pullRequest', 'incremental']),
  };
  const endpoint: EndpointSettings = {
    baseUrl,
    streamIdleTimeoutMs: 3000,
    maxRetries: 0,
    ...pick<EndpointSettings>(over, ['model', 'streamIdleTimeoutMs', 'maxRetries']),
  };
  const runner: RunnerSettings = {
    ...(over.runner ?? { mode: 'direct', bin: CODEX_BIN, source: 'codex-bin' }),
    codexVersion: over.codexVersion ?? CODEX_VERSION,
    timeoutMinutes: over.timeoutMinutes ?? 2,
  };
  const policy: PolicySettings = {
    prompt: { source: 'builtin' },
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
    ...pick<PolicySettings>(over, [
      'prompt',
      'context',
      'passes',
      'minAgreement',
      'verify',
      'verifyConcurrency',
      'verifyLimit',
      'verifyTimeoutMinutes',
      'verifyDisputed',
      'minCoverage',
      'maxTokens',
      'failOn',
      'failOnExisting',
      'baselineSarif',
    ]),
  };
  const outputDir = over.outputDir ?? join(dir, 'out');
  const output: OutputSettings = {
    dir: outputDir,
    sarifFile: join(outputDir, 'vega-codex.sarif'),
    sarifCategory: 'vega-codex/',
    tempDir: join(dir, 'tmp'),
    origin: { repository: 'octo-org/shop', runId: '1', job: 'test' },
    actionVersion: '0.0.0-test',
    ...pick<OutputSettings>(over, ['sarifFile', 'sarifCategory', 'tempDir', 'origin', 'actionVersion']),
  };
  return { target, endpoint, runner, policy, output };
}

export async function scanWith(
  script: Script,
  opts: {
    settings?: ScanOverrides;
    serverDown?: boolean;
    log?: ScanLog;
    signal?: AbortSignal;
    scanId?: string;
    verifier?: Script;
  } = {},
): Promise<ScanRun> {
  const dir = mkdtempSync(join(tmpdir(), 'vega-e2e-'));
  const server = await startFakeResponses({ token: TOKEN, script, expectOutputSchema: true, verifier: opts.verifier });
  if (opts.serverDown) await server.close();
  const outcome = await runScan(settingsFor(dir, server.url, opts.settings), TOKEN, opts.log ?? silentLog, {
    signal: opts.signal,
    scanId: opts.scanId ?? randomUUID(),
  });
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
