// One Codex thread from start to finish: its own scratch directory and home, the launcher of the runtime, the
// process run with its events recorded verbatim, and the clean-up. Review passes and verifications are both this.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayCommand } from '../codex/command.js';
import type { CodexEvent } from '../codex/events.js';
import { runCodex, type RunResult } from '../codex/runner.js';
import type { ScanStatus } from '../report/report.js';
import type { ReadTracker } from '../coverage/reads.js';
import { EventCollector } from '../codex/collector.js';
import type { Runtime } from './launchers.js';

export interface ThreadSpec {
  name: string;
  stage: string;
  /** Input plus output tokens the thread may use. */
  tokenCap?: number;
  prompt: string;
  schema: object;
  /** The scan's scratch directory; the thread's own lives in it. */
  work: string;
  scopeFile?: string;
  eventsFile: string;
  stderrFile: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Shared by the review passes, so that coverage is their union. */
  reads?: ReadTracker;
  onEvent?: (e: CodexEvent) => void;
}

/** One Codex thread as the stages need it, run now or replayed from its recorded events. */
export interface ThreadFacts {
  collector: EventCollector;
  /** How the process ended; null for a replayed thread, whose answer is judged as it was written. */
  run: RunResult | null;
  files: { events: string; stderr: string | null };
  startedAt?: string;
  finishedAt?: string;
  /** The command line, and Codex's home (rollout, for the debug bundle): a thread run now. */
  command?: string;
  codexHome?: string;
}

export interface ThreadRun extends ThreadFacts {
  name: string;
  run: RunResult;
  command: string;
  codexHome: string;
  files: { events: string; stderr: string };
  startedAt: string;
  finishedAt: string;
}

export async function runThread(runtime: Runtime, t: ThreadSpec): Promise<ThreadRun> {
  const work = join(t.work, t.name);
  const codexHome = join(work, 'home');
  const userHome = join(work, 'user-home');
  mkdirSync(codexHome, { recursive: true, mode: 0o700 });
  mkdirSync(userHome, { recursive: true, mode: 0o700 });
  const schemaFile = join(work, 'output-schema.json');
  writeFileSync(schemaFile, JSON.stringify(t.schema, null, 2));
  writeFileSync(join(work, 'prompt.txt'), t.prompt);
  const collector = new EventCollector(t.onEvent, t.reads);
  const startedAt = new Date().toISOString();
  const launcher = await runtime.thread({
    name: t.name,
    work,
    codexHome,
    userHome,
    schemaFile,
    scopeFile: t.scopeFile,
    stage: t.stage,
    tokenCap: t.tokenCap,
  });
  try {
    const spec = launcher.spec(t.prompt);
    const run = await runCodex({
      spec,
      collector,
      eventsFile: t.eventsFile,
      stderrFile: t.stderrFile,
      timeoutMs: t.timeoutMs,
      onStop: () => launcher.stop(),
      signal: t.signal,
    });
    return {
      name: t.name,
      collector,
      run,
      command: displayCommand(spec.command, spec.args),
      codexHome,
      files: { events: t.eventsFile, stderr: t.stderrFile },
      startedAt,
      finishedAt: new Date().toISOString(),
    };
  } finally {
    await launcher.cleanup();
    // Shell snapshots hold every exported variable of Codex's shell; never leave them behind.
    rmSync(join(codexHome, 'shell_snapshots'), { recursive: true, force: true });
  }
}

export interface Failure {
  status: ScanStatus;
  reason: string;
  hint?: string;
}

/** Why a thread that ran did not produce a trustworthy answer, or undefined when it did. */
export function runFailure(c: EventCollector, run: RunResult | null): Failure | undefined {
  if (run?.spawnError) return { status: 'failed', reason: `Codex failed to start: ${run.spawnError.message}` };
  if (run?.cancelled) return { status: 'cancelled', reason: 'Codex was stopped before it finished.' };
  if (run?.timedOut)
    return {
      status: 'timed_out',
      reason: `Codex did not finish within the time limit and was stopped (timeout-minutes).`,
    };
  if (c.turnFailure !== undefined) return { status: 'failed', reason: `Codex's turn failed: ${c.turnFailure}` };
  if (run && run.exitCode !== 0)
    return {
      status: 'failed',
      reason:
        `Codex exited with ${run.signal ? `signal ${run.signal}` : `code ${run.exitCode}`} ` +
        `before completing its turn.`,
    };
  if (c.turnsCompleted === 0)
    return { status: 'failed', reason: 'Codex ended without completing its turn: the scan is incomplete.' };
  if (c.finalMessage === undefined)
    return { status: 'failed', reason: 'Codex completed its turn without a final answer.' };
  return undefined;
}

/** Runs `task` over `items` with at most `limit` at a time, results in the items' order. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
