// Codex itself as the source of a scan's threads: the runtime (direct or container) readied once, each review pass
// and verification a thread of its own, every thread stopped once the scan's tokens pass max-tokens.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CONTAINER_WORKSPACE } from '../container/docker-run.js';
import { removeScanContainers } from '../container/lifecycle.js';
import type { ScanSettings } from '../config/settings.js';
import { ReadTracker } from '../coverage/reads.js';
import { outputSchema } from '../findings/schema.js';
import { TokenMeter } from '../model/token-meter.js';
import type { ScanLog } from '../util/log.js';
import { VERIFICATION_TOKEN_CAP, verificationSchema } from '../verify/verification.js';
import {
  DEBUG_BUNDLE_FILE,
  passFiles,
  recordedPolicy,
  THREADS_FILE,
  verificationName,
  verifyFiles,
  type ThreadsManifest,
} from './files.js';
import { containerRuntime, directRuntime, type Runtime } from './launchers.js';
import type { TokenReport } from '../report/report.js';
import type { ReviewRequest, ThreadSource, VerifyRequest } from './source.js';
import { runThread, type ThreadRun } from './thread.js';

export interface LiveScan {
  settings: ScanSettings;
  apiKey: string;
  scanId: string;
  log: ScanLog;
  /** The scan's scratch directory. */
  work: string;
  signal?: AbortSignal;
}

interface Threads {
  passes: ThreadRun[];
  verifications: { cluster: string; opinion: number; thread: ThreadRun }[];
}

/** One live scan's Codex: the runtime, where its threads work, what stops them, and what they recorded. */
interface Live {
  settings: ScanSettings;
  runtime: Runtime;
  work: string;
  /** The step's cancellation, or max-tokens spent. */
  stop: AbortSignal;
  /** Shared by the review passes, so that coverage is their union. */
  reads: ReadTracker;
  threads: Threads;
}

async function reviewPasses(live: Live, r: ReviewRequest): Promise<ThreadRun[]> {
  const { settings, work } = live;
  const passes = Array.from({ length: settings.policy.passes }, (_, i) => i + 1);
  const timeoutMs = settings.runner.timeoutMinutes * 60_000;
  live.threads.passes = await Promise.all(
    passes.map((pass) => {
      const files = passFiles(settings.output.dir, pass);
      const thread = { name: `pass-${pass}`, stage: 'review', prompt: r.prompt, schema: outputSchema, work };
      const run = { eventsFile: files.events, stderrFile: files.stderr, timeoutMs, signal: live.stop };
      return runThread(live.runtime, {
        ...thread,
        ...run,
        scopeFile: r.scopeFile,
        reads: live.reads,
        onEvent: (e) => r.onEvent?.(pass, e),
      });
    }),
  );
  return live.threads.passes;
}

async function verifyThread(live: Live, v: VerifyRequest): Promise<ThreadRun> {
  const name = verificationName(v.cluster, v.opinion);
  const files = verifyFiles(live.settings.output.dir, name);
  const timeoutMs = live.settings.policy.verifyTimeoutMinutes * 60_000;
  const thread = { name: `verify-${name}`, stage: 'verification', prompt: v.prompt, schema: verificationSchema };
  const run = { eventsFile: files.events, stderrFile: files.stderr, timeoutMs, signal: live.stop };
  const ran = await runThread(live.runtime, { ...thread, ...run, work: live.work, tokenCap: VERIFICATION_TOKEN_CAP });
  live.threads.verifications.push({ cluster: v.cluster, opinion: v.opinion, thread: ran });
  return ran;
}

function tokenReport(meter: TokenMeter, runtime: Runtime): TokenReport {
  const { maxTokens, exceeded } = meter;
  const byStage = Object.fromEntries(meter.byStage);
  return {
    maxTokens,
    used: meter.used(),
    exceeded,
    total: meter.total(),
    byStage,
    requests: { ...runtime.requests() },
  };
}

export function liveSource(scan: LiveScan): ThreadSource {
  const { settings, work } = scan;
  const meter = new TokenMeter(settings.policy.maxTokens);
  // Past max-tokens every Codex thread is stopped; the forwarder already refuses whatever they send next.
  const budget = new AbortController();
  meter.onExceeded(() => budget.abort());
  const stop = scan.signal ? AbortSignal.any([scan.signal, budget.signal]) : budget.signal;
  const ctx = { settings, apiKey: scan.apiKey, scanId: scan.scanId, log: scan.log, meter, work };
  const runtime: Runtime = settings.runner.mode === 'container' ? containerRuntime(ctx) : directRuntime(ctx);
  const reads = new ReadTracker([settings.target.scanRoot, CONTAINER_WORKSPACE]);
  const live: Live = { settings, runtime, work, stop, reads, threads: { passes: [], verifications: [] } };
  return {
    mode: runtime.mode,
    prepare: () => runtime.prepare(),
    review: (r) => reviewPasses(live, r),
    verify: (v) => verifyThread(live, v),
    exhausted: () => meter.exceeded,
    tokens: () => tokenReport(meter, runtime),
    container: () => runtime.container(),
    record: () => record(settings, live.threads),
    close: async () => {
      if (runtime.mode === 'container') await removeScanContainers(scan.scanId);
    },
  };
}

/** v16-threads.json, for replay, and every recorded file beside v16-events.jsonl, for the artifact. */
function record(settings: ScanSettings, threads: Threads) {
  const outputDir = settings.output.dir;
  const first = passFiles(outputDir, 1);
  // Codex did not start, or there was nothing to review: the events of no events.
  if (threads.passes.length === 0) for (const f of [first.events, first.stderr]) writeFileSync(f, '');
  // Verifications finish in any order; the manifest lists a disputed cluster's first opinion before its second.
  const verifications = [...threads.verifications].sort((a, b) => a.opinion - b.opinion);
  const manifest: ThreadsManifest = {
    policy: recordedPolicy(settings.policy),
    passes: threads.passes.map((p) => basename(p.files.events)),
    verifications: verifications.map((v) => ({
      cluster: v.cluster,
      opinion: v.opinion,
      events: basename(v.thread.files.events),
    })),
  };
  mkdirSync(outputDir, { recursive: true });
  const file = join(outputDir, THREADS_FILE);
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  const others = [...threads.passes.slice(1), ...verifications.map((v) => v.thread)].map((t) => t.files.events);
  return {
    events: first.events,
    stderr: first.stderr,
    threads: [file, ...others],
    debugBundle: join(outputDir, DEBUG_BUNDLE_FILE),
  };
}
