// Re-renders SARIF and report from recorded events without calling a model: the same parser, collector and stages
// as a live scan, fed from the files. Beside v16-events.jsonl, v16-threads.json names the other passes' events and
// the verification threads', so that clusters, verdicts, SARIF and report are all recomputed.
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EventStream, pump } from '../codex/event-stream.js';
import { CONTAINER_WORKSPACE } from '../container/docker-run.js';
import { ReadTracker } from '../coverage/reads.js';
import { EventCollector } from '../report/collector.js';
import { settle } from '../verify/second-opinion.js';
import type { Verification } from '../verify/verification.js';
import { placeAndCluster, REPORT_FILE, reviewedPaths, THREADS_FILE, type ScanOutcome, type ThreadsManifest } from './pipeline.js';
import type { ScanSettings } from './settings.js';
import { judgeStage } from './stages/judge.js';
import { renderStage, type ThreadFacts } from './stages/render.js';
import { scopeStage } from './stages/scope.js';
import { unverified, verdictOf, verificationOrder } from './stages/verify.js';

async function replayThread(file: string, reads?: ReadTracker): Promise<ThreadFacts> {
  const collector = new EventCollector(undefined, reads);
  await pump(createReadStream(file), new EventStream(collector));
  return { collector, run: null, files: { events: file, stderr: null } };
}

export async function replayEvents(settings: ScanSettings, eventsFile: string): Promise<ScanOutcome> {
  const startedAt = new Date();
  mkdirSync(settings.outputDir, { recursive: true });
  mkdirSync(dirname(settings.sarifFile), { recursive: true });
  const dir = dirname(eventsFile);
  const manifestFile = join(dir, THREADS_FILE);
  const manifest: ThreadsManifest | undefined = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : undefined;
  const reads = new ReadTracker([settings.scanRoot, CONTAINER_WORKSPACE]);
  const passFiles = [eventsFile, ...(manifest?.passes ?? []).slice(1).map((f) => join(dir, f))];
  const passes = [];
  for (const f of passFiles) passes.push(await replayThread(f, reads));
  // The recorded scan's policy; a bare events file is one pass judged without verification.
  const recorded: ScanSettings = { ...settings, ...(manifest?.policy ?? { passes: 1, minAgreement: 1, verify: false }) };
  const scope = await scopeStage(recorded);
  const { place, clusters } = placeAndCluster(recorded, scope, passes);
  const verifications = new Map<string, Verification>();
  const verified = [];
  // The manifest lists a disputed cluster's first verification before its second.
  for (const v of manifest?.verifications ?? []) {
    const thread = await replayThread(join(dir, v.events));
    const verification = verdictOf(thread);
    const first = verifications.get(v.cluster);
    verifications.set(v.cluster, first ? settle(first, verification) : verification);
    verified.push({ cluster: v.cluster, opinion: v.opinion ?? 1, thread, verification });
  }
  if (recorded.verify) for (const c of verificationOrder(clusters)) if (!verifications.has(c.id)) verifications.set(c.id, unverified(recorded.verifyLimit));
  const judge = judgeStage(clusters, verifications, recorded, scope);
  const files = { events: eventsFile, stderr: null, sarif: settings.sarifFile, report: join(settings.outputDir, REPORT_FILE), debugBundle: null, threads: [] };
  // A replay's runs end cleanly: their answers are judged as they were written.
  for (const p of passes) p.run = null;
  const { report, redactor } = await renderStage(recorded, { mode: 'replay', container: null, codexVersion: null, command: null, startedAt, scope, tokens: null, passes, verifications: verified, verdicts: verifications, place, clusters, judge, notes: [] }, files, randomUUID());
  return { report, findings: report.findings.items, files: report.files, codexHome: null, reviewed: reviewedPaths(settings, scope), redactor };
}
