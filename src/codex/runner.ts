// Starts the Codex command (directly, or through whatever wrapper the launch spec names), streams its stdout into
// the event pipeline as it arrives, sends stderr to a file, and enforces the wall-clock limit on the whole process
// group. Nothing here knows what the events mean.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, createWriteStream, openSync } from 'node:fs';
import type { EventCollector } from './collector.js';
import { EventStream } from './event-stream.js';

export interface LaunchSpec {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
}

export interface RunOptions {
  spec: LaunchSpec;
  collector: EventCollector;
  eventsFile: string;
  stderrFile: string;
  timeoutMs: number;
  /** Between SIGTERM and SIGKILL. */
  killGraceMs?: number;
  signal?: AbortSignal;
  /** Extra work to stop Codex on a timeout or cancellation (a container outlives its client). */
  onStop?: () => void;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
  /** Set when the process could not be started at all (ENOENT, EACCES…). */
  spawnError?: NodeJS.ErrnoException;
  durationMs: number;
  stdoutBytes: number;
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

export async function runCodex(o: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const stream = new EventStream(o.collector, createWriteStream(o.eventsFile));
  const stderrFd = openSync(o.stderrFile, 'w');
  const child = spawn(o.spec.command, o.spec.args, {
    cwd: o.spec.cwd,
    env: o.spec.env,
    // stdin closed: codex otherwise waits for EOF on a pipe before it starts.
    stdio: ['ignore', 'pipe', stderrFd],
    // Its own process group, so a timeout stops Codex and every command it started.
    detached: true,
  });
  const limits = enforceLimits(child, o);
  const stdoutDone = pumpStdout(child, stream);
  const exit = await exited(child);
  const { timedOut, cancelled } = limits.release();
  // A descendant that outlives Codex may still hold stdout open: stop the group and stop waiting after a moment.
  killGroup(child.pid, 'SIGKILL');
  const late = setTimeout(() => child.stdout?.destroy(), 2000);
  await stdoutDone;
  clearTimeout(late);
  await stream.end();
  closeSync(stderrFd);

  return {
    exitCode: exit.code,
    signal: exit.signal,
    timedOut,
    cancelled,
    spawnError: exit.spawnError,
    durationMs: Date.now() - started,
    stdoutBytes: stream.bytes,
  };
}

/** How a run was ended early, if it was. */
interface EndedEarly {
  timedOut: boolean;
  cancelled: boolean;
}

/**
 * The wall-clock limit and the caller's cancellation: either stops the whole process group, SIGKILL after a grace
 * period. Release it once the process exited; it then says which of the two, if any, stopped it.
 */
function enforceLimits(child: ChildProcess, o: RunOptions): { release(): EndedEarly } {
  const grace = o.killGraceMs ?? 5000;
  const ended: EndedEarly = { timedOut: false, cancelled: false };
  const stop = () => {
    o.onStop?.();
    killGroup(child.pid, 'SIGTERM');
    const hard = setTimeout(() => killGroup(child.pid, 'SIGKILL'), grace);
    hard.unref();
  };
  const timer = setTimeout(() => {
    ended.timedOut = true;
    stop();
  }, o.timeoutMs);
  const onAbort = () => {
    ended.cancelled = true;
    stop();
  };
  o.signal?.addEventListener('abort', onAbort, { once: true });
  if (o.signal?.aborted) onAbort();
  return {
    release() {
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
      return ended;
    },
  };
}

/** Codex's stdout into the event stream as it arrives, waiting whenever the stream's file falls behind. */
async function pumpStdout(child: ChildProcess, stream: EventStream): Promise<void> {
  try {
    if (!child.stdout) return;
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      if (!stream.push(chunk)) await stream.drained();
    }
  } catch {
    // A destroyed pipe ends the stream early; what arrived is kept.
  }
}

/** How the process ended, or why it never started. */
function exited(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; spawnError?: NodeJS.ErrnoException }> {
  return new Promise((resolve) => {
    child.once('error', (err: NodeJS.ErrnoException) => resolve({ code: null, signal: null, spawnError: err }));
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}
