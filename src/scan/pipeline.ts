// One scan, from settings to SARIF, report and events on disk, as an ordered list of stages:
//
//   scope → increment → estimate → prepare → review → place → cluster → verify → judge → conclude
//   → render → bundle
//
// Each stage is a module of src/scan/stages that keeps the contract of stages/stage.ts: it reads the facts earlier
// stages added and adds its own. Where Codex's threads come from is the scan's source: Codex itself (runScan), or
// the files a scan recorded (replayScan); the stages are the same. Whatever happens to Codex, the files that could be
// produced are written and the report says what went wrong and what to do.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ScanSettings } from '../config/settings.js';
import type { Finding } from '../findings/finding.js';
import type { LastReview } from '../increment/record.js';
import { preloadZip } from '../report/debug-bundle.js';
import type { ScanReport } from '../report/report.js';
import { liveSource } from '../runtime/live-source.js';
import { recordedSource } from '../runtime/recorded-source.js';
import { scratchDir } from '../runtime/scratch.js';
import type { ThreadSource } from '../runtime/source.js';
import { repositoryPath } from '../scope/target.js';
import { ConfigurationError } from '../util/errors.js';
import type { ScanLog } from '../util/log.js';
import { Redactor } from '../util/redact.js';
import { bundle } from './stages/bundle.js';
import { cluster } from './stages/cluster.js';
import { conclude } from './stages/conclude.js';
import { estimate } from './stages/estimate.js';
import { increment } from './stages/increment.js';
import { judge } from './stages/judge.js';
import { place } from './stages/place.js';
import { prepare } from './stages/prepare.js';
import { render, type RenderFacts, type Rendered } from './stages/render.js';
import { review } from './stages/review.js';
import { scope } from './stages/scope.js';
import { StageError, type Stage, type StageContext } from './stages/stage.js';
import { verify } from './stages/verify.js';

/** Every fact the stages add, in the order they add them. */
export type ScanFacts = RenderFacts & { rendered: Rendered };

export const STAGES = [
  scope,
  increment,
  estimate,
  prepare,
  review,
  place,
  cluster,
  verify,
  judge,
  conclude,
  render,
  bundle,
] as const satisfies readonly Stage<keyof ScanSettings, ScanFacts, Partial<ScanFacts>>[];

export interface ScanOutcome {
  report: ScanReport;
  findings: Finding[];
  files: ScanReport['files'];
  /** The first pass's Codex home (rollout for the debug bundle); removed by the post step. */
  codexHome: string | null;
  /** Repository paths of every file the scan covers: reviewed now, or (incremental) by the review it builds on. */
  reviewed: string[];
  /** What the scan masks wherever its result is published (the report and SARIF on disk are masked already). */
  redactor: Redactor;
}

type AnyStage = Stage<keyof ScanSettings, ScanFacts, Partial<ScanFacts>>;

async function runStage(stage: AnyStage, ctx: StageContext, facts: ScanFacts) {
  ctx.log.startGroup(stage.title?.(ctx, facts) ?? stage.name);
  const started = performance.now();
  try {
    return await stage.run(ctx, facts);
  } catch (error) {
    throw error instanceof ConfigurationError ? error : new StageError(stage.name, error);
  } finally {
    ctx.log.info(`${stage.name}: ${Math.round(performance.now() - started)} ms`);
    ctx.log.endGroup();
  }
}

/** Runs every stage in order over one source, and stops what the source started whatever happens. `stages`: tests'. */
export async function runStages(ctx: StageContext, stages: readonly AnyStage[] = STAGES): Promise<ScanOutcome> {
  mkdirSync(ctx.settings.output.dir, { recursive: true });
  mkdirSync(dirname(ctx.settings.output.sarifFile), { recursive: true });
  const facts = {} as ScanFacts;
  try {
    for (const stage of stages) Object.assign(facts, await runStage(stage, ctx, facts));
  } finally {
    await ctx.source.close();
  }
  const { report, redactor } = facts.rendered;
  const reviewed = (facts.increment?.whole ?? facts.scope).inScope.map((f) =>
    repositoryPath(ctx.settings.target, f.path),
  );
  return {
    report,
    findings: report.findings.items,
    files: report.files,
    codexHome: facts.passes[0]?.codexHome ?? null,
    reviewed,
    redactor,
  };
}

/** The scan's one redactor: it starts with the endpoint's key; the log and the stages teach it what else they meet. */
export function scanRedactor(apiKey: string): Redactor {
  const redactor = new Redactor();
  redactor.add(apiKey);
  return redactor;
}

export interface ScanOptions {
  signal?: AbortSignal;
  scanId?: string;
  /** Shared with a masked log, so that the log and the scan mask the same values. */
  redactor?: Redactor;
  /** On a pull request: the last completed review of it, which an incremental review builds on. */
  lastReview?: LastReview;
}

/** A live scan: Codex reviews, in the container or directly on the runner. */
export async function runScan(
  settings: ScanSettings,
  apiKey: string,
  log: ScanLog,
  o: ScanOptions = {},
): Promise<ScanOutcome> {
  const scanId = o.scanId ?? randomUUID();
  const work = scratchDir(settings.output, scanId);
  mkdirSync(work, { recursive: true, mode: 0o700 });
  void preloadZip();
  const redactor = o.redactor ?? scanRedactor(apiKey);
  redactor.add(apiKey);
  const source: ThreadSource = liveSource({ settings, apiKey, scanId, log, work, signal: o.signal });
  const { lastReview } = o;
  return runStages({ settings, scanId, log, source, redactor, work, startedAt: new Date(), lastReview });
}

/** Re-renders SARIF and report from a recorded v16-events.jsonl, judged by the recorded scan's policy. */
export async function replayScan(
  settings: ScanSettings,
  eventsFile: string,
  log: ScanLog,
  redactor = new Redactor(),
): Promise<ScanOutcome> {
  const { source, policy } = recordedSource(eventsFile, settings.target.scanRoot);
  const recorded = { ...settings, policy: { ...settings.policy, ...policy } };
  return runStages({ settings: recorded, scanId: randomUUID(), log, source, redactor, startedAt: new Date() });
}
