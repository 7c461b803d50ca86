// Re-renders SARIF and report from a recorded v16-events.jsonl without calling a model: the same parser, collector
// and findings pipeline as a live scan, fed from the file.
import { randomUUID } from 'node:crypto';
import { createReadStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EventStream, pump } from '../codex/event-stream.js';
import { EventCollector } from '../report/collector.js';
import { emptyScopeReason, filesInScope, planScope } from '../scope/plan.js';
import { finishScan, REPORT_FILE, type ScanOutcome } from './pipeline.js';
import { CONTAINER_WORKSPACE } from '../container/docker-run.js';
import { ReadTracker } from '../coverage/reads.js';
import type { ScanSettings } from './settings.js';

export async function replayEvents(settings: ScanSettings, eventsFile: string): Promise<ScanOutcome> {
  const startedAt = new Date();
  mkdirSync(settings.outputDir, { recursive: true });
  mkdirSync(dirname(settings.sarifFile), { recursive: true });
  const collector = new EventCollector(undefined, new ReadTracker([settings.scanRoot, CONTAINER_WORKSPACE]));
  await pump(createReadStream(eventsFile), new EventStream(collector));
  const files = { events: eventsFile, stderr: null, sarif: settings.sarifFile, report: join(settings.outputDir, REPORT_FILE), debugBundle: null };
  // A shard's events are re-rendered against the same shard of the tree.
  const scope = await planScope(settings);
  const inScope = await filesInScope(settings, scope);
  const nothingToReview = emptyScopeReason(settings, scope, inScope);
  const outcome = finishScan(settings, collector, { mode: 'replay', codexVersion: null, command: null, run: null, startedAt, scope, inScope, nothingToReview }, files, [], '', randomUUID());
  return { ...outcome, codexHome: null };
}
