// Stage 2, review passes: N independent Codex threads over the same scope, concurrently, each with its own home (and
// container). The first pass's events are v16-events.jsonl, verbatim; the others' lie beside it.
import { join } from 'node:path';
import type { CodexEvent } from '../../codex/events.js';
import type { ReadTracker } from '../../coverage/reads.js';
import { outputSchema } from '../../findings/schema.js';
import type { Runtime, ScanContext } from '../launchers.js';
import { runThread, type ThreadRun } from '../thread.js';
import type { ScopeStage } from './scope.js';

export const EVENTS_FILE = 'v16-events.jsonl';
export const STDERR_FILE = 'codex-stderr.log';

export const passFiles = (outputDir: string, pass: number) =>
  pass === 1 ? { events: join(outputDir, EVENTS_FILE), stderr: join(outputDir, STDERR_FILE) } : { events: join(outputDir, `v16-pass-${pass}-events.jsonl`), stderr: join(outputDir, `codex-pass-${pass}-stderr.log`) };

export interface ReviewOptions {
  work: string;
  reads: ReadTracker;
  signal: AbortSignal;
  onEvent: (pass: number, e: CodexEvent) => void;
}

export async function reviewStage(runtime: Runtime, scan: ScanContext, scope: ScopeStage, o: ReviewOptions): Promise<ThreadRun[]> {
  const { settings } = scan;
  const passes = Array.from({ length: settings.passes }, (_, i) => i + 1);
  return Promise.all(
    passes.map((pass) => {
      const files = passFiles(settings.outputDir, pass);
      return runThread(runtime, scan, {
        name: `pass-${pass}`,
        stage: 'review',
        prompt: scope.prompt,
        schema: outputSchema,
        work: o.work,
        scopeFile: scope.scopeFile,
        eventsFile: files.events,
        stderrFile: files.stderr,
        timeoutMs: settings.timeoutMinutes * 60_000,
        signal: o.signal,
        reads: o.reads,
        onEvent: (e) => o.onEvent(pass, e),
      });
    }),
  );
}
