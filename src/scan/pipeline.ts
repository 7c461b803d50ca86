// One scan, from settings to SARIF, report and events on disk, as a sequence of stages:
//
//   scope → review passes → place → cluster → verify → judge → render
//
// Each stage is a module of src/scan/stages (clustering is src/findings/cluster.ts). Whatever happens to Codex, the
// files that could be produced are written and the outcome says what went wrong and what to do.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CodexEvent } from '../codex/events.js';
import { CONTAINER_WORKSPACE } from '../container/docker-run.js';
import { removeScanContainers } from '../container/lifecycle.js';
import { ReadTracker } from '../coverage/reads.js';
import { clusterFindings, type Cluster } from '../findings/cluster.js';
import type { Finding } from '../findings/normalize.js';
import { TokenMeter } from '../model/token-meter.js';
import { preloadZip, writeDebugBundle } from '../report/debug-bundle.js';
import type { ScanReport, TokenReport } from '../report/report.js';
import { oneLine } from '../util/log-text.js';
import type { Redactor } from '../util/redact.js';
import type { Verification } from '../verify/verification.js';
import { containerRuntime, directRuntime, type Runtime, type ScanContext } from './launchers.js';
import type { ScanLog } from './log.js';
import { scratchDir } from './scratch.js';
import type { ScanSettings } from './settings.js';
import { judgeStage } from './stages/judge.js';
import { placeStage, type PlaceStage } from './stages/place.js';
import { renderStage, type ScanFacts, type ThreadFacts } from './stages/render.js';
import { passFiles, reviewStage } from './stages/review.js';
import { scopeStage, type ScopeStage } from './stages/scope.js';
import { verifyStage, type VerifiedThread } from './stages/verify.js';
import type { ThreadRun } from './thread.js';
import { scanPrefix } from '../util/paths.js';

export { EVENTS_FILE, STDERR_FILE } from './stages/review.js';
export { SCOPE_FILE } from './stages/scope.js';
export const REPORT_FILE = 'v16-report.json';
export const DEBUG_BUNDLE_FILE = 'v16-debug-bundle.zip';
/** Which recorded thread is which, beside the events, so that a replay recomputes every stage. */
export const THREADS_FILE = 'v16-threads.json';

export interface ScanOutcome {
  report: ScanReport;
  findings: Finding[];
  files: ScanReport['files'];
  /** The first pass's Codex home (rollout for the debug bundle); removed by the post step. */
  codexHome: string | null;
  /** Repository paths of every file the scan was to review. */
  reviewed: string[];
  /** What the scan masks wherever its result is published (the report and SARIF on disk are masked already). */
  redactor: Redactor;
}

/** The scope's files as repository paths. */
export function reviewedPaths(settings: ScanSettings, scope: ScopeStage): string[] {
  const prefix = scanPrefix(settings);
  return scope.inScope.map((f) => (prefix ? `${prefix}/${f.path}` : f.path));
}

export interface ThreadsManifest {
  /** The policy the scan judged by. */
  policy: Pick<ScanSettings, 'passes' | 'minAgreement' | 'verify' | 'verifyLimit' | 'verifyDisputed'>;
  passes: string[];
  /** opinion 2 is the second verification of a disputed cluster (absent in manifests written before it existed). */
  verifications: { cluster: string; opinion?: number; events: string }[];
}

function logEvent(log: ScanLog, prefix: string, event: CodexEvent): void {
  if (event.type === 'item.completed') {
    const item = event.item as { type: string; command?: string; exit_code?: number | null; text?: string; message?: string };
    if (item.type === 'command_execution') log.info(`${prefix}$ ${oneLine(item.command ?? '', 160)}  → exit ${item.exit_code ?? '?'}`);
    else if (item.type === 'agent_message') log.info(`${prefix}Codex answered (${item.text?.length ?? 0} characters)`);
    else if (item.type === 'error') log.info(`${prefix}Codex warning: ${oneLine(item.message ?? '')}`);
  } else if (event.type === 'thread.started') log.info(`${prefix}Codex thread ${event.thread_id}`);
  else if (event.type === 'error') log.info(`${prefix}Codex notice: ${oneLine(event.message)}`);
  else if (event.type === 'turn.failed') log.info(`${prefix}Codex turn failed: ${oneLine(event.error.message)}`);
}

export function tokenReport(meter: TokenMeter, requests: TokenReport['requests']): TokenReport {
  return { maxTokens: meter.maxTokens, used: meter.used(), exceeded: meter.exceeded, total: meter.total(), byStage: Object.fromEntries(meter.byStage), requests: { ...requests } };
}

/** Stages 3 and 4 on what the review passes recorded: the same for a live scan and a replay. */
export function placeAndCluster(settings: ScanSettings, scope: ScopeStage, passes: ThreadFacts[]): { place: PlaceStage; clusters: Cluster[] } {
  const place = placeStage(settings, scope.plan, passes);
  return { place, clusters: clusterFindings(place.passes) };
}

async function prepare(runtime: Runtime, log: ScanLog, notes: string[]) {
  log.startGroup(runtime.mode === 'container' ? 'Codex: preparing the sandbox container' : 'Codex: checking the CLI');
  try {
    const ready = await runtime.prepare();
    for (const line of [...ready.notes, ...ready.warnings]) log.info(line);
    notes.push(...ready.warnings);
    return ready;
  } finally {
    log.endGroup();
  }
}

interface Live {
  scan: ScanContext;
  runtime: Runtime;
  stop: AbortSignal;
  reads: ReadTracker;
  notes: string[];
}

/** What the Codex threads of a scan recorded: the passes, and the verifications of their clusters. */
interface Recorded {
  passes: ThreadRun[];
  found?: { place: PlaceStage; clusters: Cluster[] };
  verified: VerifiedThread[];
  /** Each cluster's settled verdict. */
  verifications: Map<string, Verification>;
  startFailure?: ScanFacts['startFailure'];
  codexVersion: string | null;
}

/** Stages 2 to 5 with Codex: ready the runtime, review in passes, place and cluster, verify. */
async function recordThreads(live: Live, scope: ScopeStage): Promise<Recorded> {
  const { scan, runtime, stop, reads, notes } = live;
  const { settings, log } = scan;
  const recorded: Recorded = { passes: [], verified: [], verifications: new Map(), codexVersion: null };
  const ready = await prepare(runtime, log, notes);
  if (!ready.probe.ok) return { ...recorded, startFailure: { reason: `Codex failed to start: ${ready.probe.error}`, hint: ready.hint ?? '' } };
  const version = ready.probe.version;
  recorded.codexVersion = version;
  if (version && version !== settings.codexVersion) notes.push(`codex-version is ${settings.codexVersion} but the Codex CLI in use is ${version}; the event format may differ.`);
  log.startGroup(`Codex: reviewing${settings.passes > 1 ? ` in ${settings.passes} independent passes` : ''}`);
  log.info(`codex ${version ?? ''} (${runtime.mode}) in ${settings.scanRoot}, model ${settings.model ?? "Codex's default"}, timeout ${settings.timeoutMinutes} min`);
  try {
    recorded.passes = await reviewStage(runtime, scan, scope, { work: scan.work, reads, signal: stop, onEvent: (pass, e) => logEvent(log, settings.passes > 1 ? `[pass ${pass}] ` : '', e) });
  } finally {
    log.endGroup();
  }
  const found = (recorded.found = placeAndCluster(settings, scope, recorded.passes));
  if (!settings.verify || found.place.failure || found.clusters.length === 0 || scan.meter.exceeded) return recorded;
  log.startGroup(`Codex: verifying ${Math.min(found.clusters.length, settings.verifyLimit)} findings, each in its own thread`);
  try {
    const v = await verifyStage(runtime, scan, found.clusters, { work: scan.work, signal: stop });
    notes.push(...v.notes);
    return { ...recorded, verified: v.threads, verifications: v.verifications };
  } finally {
    log.endGroup();
  }
}

export async function runScan(settings: ScanSettings, log: ScanLog, signal?: AbortSignal, scanId: string = randomUUID()): Promise<ScanOutcome> {
  const startedAt = new Date();
  mkdirSync(settings.outputDir, { recursive: true });
  mkdirSync(dirname(settings.sarifFile), { recursive: true });
  const work = scratchDir(settings, scanId);
  mkdirSync(work, { recursive: true, mode: 0o700 });
  const meter = new TokenMeter(settings.maxTokens);
  // Past max-tokens every Codex thread is stopped; the forwarder already refuses whatever they send next.
  const budget = new AbortController();
  meter.onExceeded(() => budget.abort());
  const scan: ScanContext = { settings, scanId, log, meter, work };
  const runtime = settings.runner.mode === 'container' ? containerRuntime(scan) : directRuntime(scan);
  const live: Live = { scan, runtime, stop: signal ? AbortSignal.any([signal, budget.signal]) : budget.signal, reads: new ReadTracker([settings.scanRoot, CONTAINER_WORKSPACE]), notes: [] };
  const first = passFiles(settings.outputDir, 1);

  void preloadZip();
  const scope = await scopeStage(settings, work);
  let recorded: Recorded = { passes: [], verified: [], verifications: new Map(), codexVersion: null };
  try {
    // No model request for a scope with nothing in it: not a review that failed, and not one that cost anything.
    if (!scope.nothingToReview) recorded = await recordThreads(live, scope);
  } catch (error) {
    if (runtime.mode === 'container') await removeScanContainers(scanId);
    throw error;
  }
  // What the threads' containers leave behind goes while the findings are judged and written; the scan ends after.
  const removal = runtime.mode === 'container' ? removeScanContainers(scanId) : Promise.resolve([]);
  if (recorded.passes.length === 0) for (const f of [first.events, first.stderr]) writeFileSync(f, '');
  const { place, clusters } = recorded.found ?? placeAndCluster(settings, scope, recorded.passes);
  const judge = judgeStage(clusters, recorded.verifications, settings, scope);

  const threads = writeManifest(settings, recorded);
  const files = { events: first.events, stderr: first.stderr, sarif: settings.sarifFile, report: join(settings.outputDir, REPORT_FILE), debugBundle: join(settings.outputDir, DEBUG_BUNDLE_FILE), threads };
  const facts: ScanFacts = {
    mode: runtime.mode,
    container: runtime.container(),
    codexVersion: recorded.codexVersion,
    command: recorded.passes[0]?.command ?? null,
    startedAt,
    scope,
    startFailure: recorded.startFailure,
    tokens: tokenReport(meter, runtime.requests()),
    passes: recorded.passes,
    verifications: recorded.verified,
    verdicts: recorded.verifications,
    place,
    clusters,
    judge,
    notes: live.notes,
  };
  const { report, redactor } = await renderStage(settings, facts, files, scanId);
  const codexHome = recorded.passes[0]?.codexHome ?? null;
  try {
    await writeDebugBundle(files.debugBundle, { report, codexHome: codexHome ?? work, work: join(work, 'pass-1'), redactor });
  } finally {
    await removal;
  }
  return { report, findings: report.findings.items, files: report.files, codexHome, reviewed: reviewedPaths(settings, scope), redactor };
}

/** v16-threads.json, for replay; returns every recorded file beside v16-events.jsonl, for the artifact. */
function writeManifest(settings: ScanSettings, r: Recorded): string[] {
  const manifest: ThreadsManifest = {
    policy: { passes: settings.passes, minAgreement: settings.minAgreement, verify: settings.verify, verifyLimit: settings.verifyLimit, verifyDisputed: settings.verifyDisputed },
    passes: r.passes.map((p) => basename(p.files.events)),
    verifications: r.verified.map((v) => ({ cluster: v.cluster, opinion: v.opinion, events: basename(v.thread.files.events) })),
  };
  const file = join(settings.outputDir, THREADS_FILE);
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return [file, ...r.passes.slice(1).map((p) => p.files.events), ...r.verified.map((v) => v.thread.files.events)];
}
