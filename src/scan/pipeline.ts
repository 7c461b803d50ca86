// One scan, from settings to SARIF, report and events on disk. Whatever happens to Codex, the files that could be
// produced are written and the outcome says what went wrong and what to do.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { displayCommand } from '../codex/command.js';
import type { CodexEvent } from '../codex/events.js';
import { buildPrompt } from '../codex/prompt.js';
import { runCodex, type RunResult } from '../codex/runner.js';
import { isKnown, readBaseline } from '../findings/baseline.js';
import { extractFindings, type Rejected } from '../findings/extract.js';
import { placeFindings, type DroppedFinding, type Finding } from '../findings/normalize.js';
import { outputSchema } from '../findings/schema.js';
import { meetsThreshold, SEVERITIES, type Severity } from '../findings/severity.js';
import { EventCollector } from '../report/collector.js';
import { writeDebugBundle } from '../report/debug-bundle.js';
import { hintFor } from '../report/failure.js';
import type { Conclusion, ScanReport, ScanStatus, TokenReport } from '../report/report.js';
import { buildSarif, compareFindings, sarifRuleId } from '../sarif/sarif.js';
import { oneLine } from '../util/log-text.js';
import { Redactor } from '../util/redact.js';
import { containerLauncher, directLauncher, type ContainerInfo, type Launcher } from './launchers.js';
import type { ScanLog } from './log.js';
import { CONTAINER_VEGA_DIR, CONTAINER_WORKSPACE } from '../container/docker-run.js';
import { inRanges } from '../scope/diff.js';
import { emptyScopeReason, filesInScope, planScope, writeScopeList, type ScopePlan } from '../scope/plan.js';
import type { ScopeFile } from '../scope/files.js';
import { declines, measureCoverage, type Coverage } from '../coverage/coverage.js';
import { ReadTracker } from '../coverage/reads.js';
import { TokenMeter } from '../model/token-meter.js';
import { findSteeringChanges, type SteeringChange } from '../scope/steering.js';
import type { TrustedFile } from '../config/trusted-file.js';
import type { ScanSettings } from './settings.js';

export const EVENTS_FILE = 'v16-events.jsonl';
export const REPORT_FILE = 'v16-report.json';
export const STDERR_FILE = 'codex-stderr.log';
export const DEBUG_BUNDLE_FILE = 'v16-debug-bundle.zip';
/** The shard's file list, beside the output schema (mounted at /vega in the container). */
export const SCOPE_FILE = 'scope.txt';

export interface ScanOutcome {
  report: ScanReport;
  findings: Finding[];
  files: ScanReport['files'];
  /** Codex's home for this scan (rollout for the debug bundle); removed by the post step. */
  codexHome: string | null;
}

/** What the stream and the process told us, before findings are extracted. */
export interface RunFacts {
  mode: 'direct' | 'container' | 'replay';
  container?: ContainerInfo | null;
  codexVersion: string | null;
  command: string | null;
  run: RunResult | null;
  startedAt: Date;
  /** Set when the scope held nothing to review, so Codex was not started. */
  nothingToReview?: string;
  /** Set when Codex could not be started at all. */
  startFailure?: { reason: string; hint: string };
  /** What the scan reviewed when not the whole tree (a shard, a pull request's changes). */
  scope?: ScopePlan;
  /** Every file the scan was to review, for coverage. */
  inScope: ScopeFile[];
  /** Tokens as the endpoint reported them, counted at the forwarder (not in a replay). */
  tokens?: TokenReport;
  /** A change's assistant instruction files, and the action's own trusted inputs, that it adds or modifies. */
  steering?: SteeringChange[];
}

function logEvent(log: ScanLog, event: CodexEvent): void {
  if (event.type === 'item.completed') {
    const item = event.item as { type: string; command?: string; exit_code?: number | null; text?: string; message?: string };
    if (item.type === 'command_execution') log.info(`$ ${oneLine(item.command ?? '', 160)}  → exit ${item.exit_code ?? '?'}`);
    else if (item.type === 'agent_message') log.info(`Codex answered (${item.text?.length ?? 0} characters)`);
    else if (item.type === 'error') log.info(`Codex warning: ${oneLine(item.message ?? '')}`);
  } else if (event.type === 'thread.started') log.info(`Codex thread ${event.thread_id}`);
  else if (event.type === 'error') log.info(`Codex notice: ${oneLine(event.message)}`);
  else if (event.type === 'turn.failed') log.info(`Codex turn failed: ${oneLine(event.error.message)}`);
}

/** Where a trusted file was read, for the prompt. */
export function describeTrustedFile(f: TrustedFile): string {
  return f.source === 'base' ? `${f.path} at the pull request's base commit ${f.revision!.slice(0, 12)}` : f.path;
}

function trustedOrigin(f: TrustedFile | undefined) {
  return f ? { readFrom: f.source, revision: f.revision ?? null, changedByPullRequest: f.changedByPullRequest } : undefined;
}

/** A scan's scratch directory (Codex's home, schema, socket), known before the scan starts. */
export function scratchDir(settings: ScanSettings, scanId: string): string {
  return join(settings.tempDir, `vega-codex-${scanId}`);
}

export async function runScan(settings: ScanSettings, log: ScanLog, signal?: AbortSignal, scanId: string = randomUUID()): Promise<ScanOutcome> {
  const startedAt = new Date();
  mkdirSync(settings.outputDir, { recursive: true });
  mkdirSync(dirname(settings.sarifFile), { recursive: true });
  const work = scratchDir(settings, scanId);
  const codexHome = join(work, 'home');
  mkdirSync(codexHome, { recursive: true, mode: 0o700 });
  const schemaFile = join(work, 'output-schema.json');
  writeFileSync(schemaFile, JSON.stringify(outputSchema, null, 2));

  const scope = await planScope(settings);
  if (scope) writeScopeList(scope, join(work, SCOPE_FILE));
  const scopeList = scope && {
    path: settings.runner.mode === 'container' ? `${CONTAINER_VEGA_DIR}/${SCOPE_FILE}` : join(work, SCOPE_FILE),
    count: scope.paths.size,
    label: scope.label,
    withRanges: scope.changed !== undefined,
  };
  const steering =
    settings.scope.mode === 'diff' ? await findSteeringChanges(settings.repoRoot, settings.scope.base, { contextFile: settings.context?.path, promptFile: settings.prompt.origin?.path }) : undefined;
  const context = settings.context && { label: describeTrustedFile(settings.context), text: settings.context.text };
  const prompt = buildPrompt({ task: settings.prompt.task, context, include: settings.include, exclude: settings.exclude, scopeList });
  writeFileSync(join(work, 'prompt.txt'), prompt);
  const collector = new EventCollector((e) => logEvent(log, e), new ReadTracker([settings.scanRoot, CONTAINER_WORKSPACE]));
  const files = {
    events: join(settings.outputDir, EVENTS_FILE),
    stderr: join(settings.outputDir, STDERR_FILE),
    sarif: settings.sarifFile,
    report: join(settings.outputDir, REPORT_FILE),
    debugBundle: join(settings.outputDir, DEBUG_BUNDLE_FILE),
  };
  const userHome = join(work, 'user-home');
  mkdirSync(userHome, { recursive: true, mode: 0o700 });
  const meter = new TokenMeter(settings.maxTokens);
  // Past max-tokens every Codex thread is stopped; the forwarder already refuses whatever they send next.
  const budget = new AbortController();
  meter.onExceeded(() => budget.abort());
  const stop = signal ? AbortSignal.any([signal, budget.signal]) : budget.signal;
  const ctx = { settings, scanId, work, codexHome, userHome, schemaFile, log, meter, stage: 'review' };
  const launcher = settings.runner.mode === 'container' ? containerLauncher(ctx) : directLauncher(ctx);
  const warnings: string[] = [];

  const inScope = await filesInScope(settings, scope);
  const empty = emptyScopeReason(settings, scope, inScope);
  let facts: RunFacts;
  if (empty) {
    // No model request for a scope with nothing in it: not a review that failed, and not one that cost anything.
    writeFileSync(files.events, '');
    writeFileSync(files.stderr, '');
    facts = { mode: launcher.mode, codexVersion: null, command: null, run: null, startedAt, scope, inScope, steering, nothingToReview: empty };
  } else {
    facts = { startedAt, scope, inScope, steering, ...(await review({ launcher, settings, prompt, collector, files, warnings, log, signal: stop, codexHome })) };
  }
  facts.tokens = tokenReport(meter, launcher.requests());
  facts.container = launcher.container();
  const outcome = finishScan(settings, collector, facts, files, warnings, prompt, scanId);
  const redactor = new Redactor();
  redactor.add(settings.apiKey);
  await writeDebugBundle(files.debugBundle, { report: outcome.report, codexHome, work, redactor });
  return { ...outcome, codexHome };
}

interface ReviewInput {
  launcher: Launcher;
  settings: ScanSettings;
  prompt: string;
  collector: EventCollector;
  files: { events: string; stderr: string };
  warnings: string[];
  log: ScanLog;
  signal?: AbortSignal;
  codexHome: string;
}

type ReviewFacts = Omit<RunFacts, 'startedAt' | 'scope' | 'inScope' | 'steering'>;

/** Readies the runtime and runs Codex once, always cleaning up after it. */
async function review({ launcher, settings, prompt, collector, files, warnings, log, signal, codexHome }: ReviewInput): Promise<ReviewFacts> {
  let facts: ReviewFacts;
  try {
    log.startGroup(launcher.mode === 'container' ? 'Codex: preparing the sandbox container' : 'Codex: checking the CLI');
    const ready = await launcher.prepare();
    for (const line of [...ready.notes, ...ready.warnings]) log.info(line);
    warnings.push(...ready.warnings);
    log.endGroup();
    const probe = ready.probe;
    if (!probe.ok) {
      writeFileSync(files.events, '');
      writeFileSync(files.stderr, '');
      facts = { mode: launcher.mode, codexVersion: null, command: null, run: null, startFailure: { reason: `Codex failed to start: ${probe.error}`, hint: ready.hint ?? '' } };
    } else {
      if (probe.version && probe.version !== settings.codexVersion) {
        warnings.push(`codex-version is ${settings.codexVersion} but the Codex CLI in use is ${probe.version}; the event format may differ.`);
      }
      const spec = launcher.spec({
        prompt,
        model: settings.model,
        requestMaxRetries: settings.maxRetries,
        streamMaxRetries: settings.maxRetries,
        streamIdleTimeoutMs: settings.streamIdleTimeoutMs,
      });
      const command = displayCommand(spec.command, spec.args);
      log.startGroup('Codex: reviewing');
      log.info(`codex ${probe.version ?? ''} (${launcher.mode}) in ${settings.scanRoot}, model ${settings.model ?? "Codex's default"}, timeout ${settings.timeoutMinutes} min`);
      const run = await runCodex({
        spec,
        collector,
        eventsFile: files.events,
        stderrFile: files.stderr,
        timeoutMs: settings.timeoutMinutes * 60_000,
        onStop: () => launcher.stop(),
        signal,
      });
      log.endGroup();
      facts = { mode: launcher.mode, codexVersion: probe.version, command, run };
    }
  } finally {
    await launcher.cleanup();
    // Shell snapshots hold every exported variable of Codex's shell; never leave them behind.
    rmSync(join(codexHome, 'shell_snapshots'), { recursive: true, force: true });
  }
  return facts;
}

/** A review that answered but did not really happen: it read nothing in scope, declined, or read too little. */
function incompleteReview(c: Coverage, summary: string, findings: number, minCoverage: number): { status: ScanStatus; reason: string; hint: string } | undefined {
  if (c.filesRead === 0) {
    if (findings === 0 && declines(summary)) {
      return { status: 'incomplete', reason: `Codex declined to review and read none of the ${c.filesInScope} files in scope: "${oneLine(summary, 200)}"`, hint: 'Check the model and the prompt, and whether the endpoint filters security work.' };
    }
    return { status: 'incomplete', reason: `Codex answered without reading any of the ${c.filesInScope} files in scope, so no review happened.`, hint: 'Check that the model calls tools through this endpoint (see the commands in v16-report.json and v16-events.jsonl).' };
  }
  if (c.percent < minCoverage) {
    return { status: 'incomplete', reason: `The review read ${c.filesRead} of ${c.filesInScope} files in scope (${c.percent} %), under min-coverage ${minCoverage} %.`, hint: 'Narrow the scope (include, exclude, shard), raise timeout-minutes, or lower min-coverage.' };
  }
  return undefined;
}

function tokenReport(meter: TokenMeter, requests: TokenReport['requests']): TokenReport {
  return { maxTokens: meter.maxTokens, used: meter.used(), exceeded: meter.exceeded, total: meter.total(), byStage: Object.fromEntries(meter.byStage), requests: { ...requests } };
}

/** Why a scan that ran did not produce a trustworthy answer, or undefined when it did. */
function runFailure(c: EventCollector, facts: RunFacts): { status: ScanStatus; reason: string; hint?: string } | undefined {
  const run = facts.run;
  const t = facts.tokens;
  if (t?.exceeded) {
    return { status: 'budget_exceeded', reason: `The scan used ${t.used} tokens (${t.total.input} in, ${t.total.output} out) and crossed max-tokens ${t.maxTokens}, so every Codex thread was stopped.`, hint: 'Raise max-tokens, or narrow the scope (include, exclude, shard).' };
  }
  if (run?.spawnError) return { status: 'failed', reason: `Codex failed to start: ${run.spawnError.message}` };
  if (run?.cancelled) return { status: 'cancelled', reason: 'Codex was stopped before it finished.' };
  if (run?.timedOut) return { status: 'timed_out', reason: `Codex did not finish within the time limit and was stopped (timeout-minutes).` };
  if (c.turnFailure !== undefined) return { status: 'failed', reason: `Codex's turn failed: ${c.turnFailure}` };
  if (run && run.exitCode !== 0) {
    return { status: 'failed', reason: `Codex exited with ${run.signal ? `signal ${run.signal}` : `code ${run.exitCode}`} before completing its turn.` };
  }
  if (c.turnsCompleted === 0) return { status: 'failed', reason: 'Codex ended without completing its turn: the scan is incomplete.' };
  if (c.finalMessage === undefined) return { status: 'failed', reason: 'Codex completed its turn without a final answer.' };
  return undefined;
}

function lastStderrLines(file: string | null, n = 5): string {
  if (!file) return '';
  try {
    // Codex's routine notices are not what went wrong.
    const routine = /^(WARNING: proceeding, even though we could not create PATH aliases|Reading additional input from stdin)/;
    const lines = readFileSync(file, 'utf8').trim().split('\n').filter((l) => l.trim() !== '' && !routine.test(l));
    return lines.slice(-n).join('\n');
  } catch {
    return '';
  }
}

/** From a finished (or replayed) event stream to findings, SARIF and report on disk. */
export function finishScan(
  settings: ScanSettings,
  collector: EventCollector,
  facts: RunFacts,
  files: ScanReport['files'],
  warnings: string[],
  prompt: string,
  scanId: string,
): Omit<ScanOutcome, 'codexHome'> {
  const redactor = new Redactor();
  redactor.add(settings.apiKey);
  let failure: { status: ScanStatus; reason: string; hint?: string } | undefined = facts.startFailure
    ? { status: 'failed', ...facts.startFailure }
    : facts.nothingToReview
      ? undefined
      : runFailure(collector, facts);

  let summary = '';
  let placed: { findings: Finding[]; dropped: DroppedFinding[]; adjustments: string[] } = { findings: [], dropped: [], adjustments: [] };
  let rejected: Rejected[] = [];
  if (!failure && !facts.nothingToReview) {
    const extraction = extractFindings(collector.finalMessage!);
    if (!extraction.ok) {
      failure = { status: 'failed', reason: `Codex finished, but ${extraction.reason}.` };
    } else {
      summary = extraction.summary;
      rejected = extraction.rejected;
      warnings.push(...extraction.notes);
      placed = placeFindings(extraction.findings, {
        scanRoot: settings.scanRoot,
        repoRoot: settings.repoRoot,
        include: settings.include,
        exclude: settings.exclude,
        onlyFiles: facts.scope?.shard ? { paths: facts.scope.paths, label: facts.scope.shard } : undefined,
      });
      const changed = facts.scope?.changed;
      if (changed) {
        // Kept in SARIF, but a pull request is judged and annotated on what it changed.
        const prefix = relative(settings.repoRoot, settings.scanRoot).split('\\').join('/');
        for (const f of placed.findings) {
          const local = prefix && f.file.startsWith(`${prefix}/`) ? f.file.slice(prefix.length + 1) : f.file;
          f.outsideChange = !inRanges(changed.get(local) ?? [], f.startLine, f.endLine);
        }
      }
      if (settings.baselineSarif) {
        const baseline = readBaseline(settings.baselineSarif);
        for (const f of placed.findings) f.baseline = isKnown(f, baseline, sarifRuleId(f)) ? 'existing' : 'new';
      }
    }
  }
  const coverage = facts.nothingToReview ? null : measureCoverage(facts.inScope, collector.reads?.reads ?? new Map());
  if (!failure && coverage && !facts.nothingToReview) failure = incompleteReview(coverage, summary, placed.findings.length, settings.minCoverage);
  if (failure && !failure.hint) {
    const stderrTail = lastStderrLines(files.stderr);
    failure.hint = hintFor(`${failure.reason}\n${stderrTail}`) ?? hintFor(collector.notices.slice(-3).join('\n'));
    if (!failure.hint && failure.status === 'failed' && stderrTail) failure.hint = `Codex's last words on stderr: ${oneLine(stderrTail, 400)}`;
  }
  if (collector.sandboxFailures > 0) {
    warnings.push(`${collector.sandboxFailures} commands failed because Codex's sandbox (bubblewrap) could not start on this runner; the review may be shallow. Run in container mode, or allow unprivileged user namespaces.`);
  }
  if (rejected.length) warnings.push(`${rejected.length} findings broke the schema and were dropped (see "rejected").`);
  if (placed.dropped.length) warnings.push(`${placed.dropped.length} findings could not be placed in the repository and were dropped (see "dropped").`);
  if (facts.scope?.leftOut.length) {
    const reasons = [...new Set(facts.scope.leftOut.map((l) => l.reason))].join(', ');
    warnings.push(`${facts.scope.leftOut.length} changed files were not reviewed (${reasons}); see "scope.leftOut".`);
  }
  for (const f of [settings.context, settings.prompt.origin]) {
    if (f?.changedByPullRequest) warnings.push(`This pull request changes ${f.path}; the review used the version of the base commit ${f.revision!.slice(0, 12)}.`);
  }
  if (facts.steering?.length) {
    warnings.push(`This change adds or modifies ${facts.steering.length} review-steering files (${facts.steering.map((s) => s.path).slice(0, 5).join(', ')}${facts.steering.length > 5 ? ', …' : ''}); Codex did not take them as instructions, but a person should read them.`);
  }
  if (collector.problemCount) warnings.push(`${collector.problemCount} lines of Codex output could not be read as events (see "events.problems").`);

  const findings = [...placed.findings].sort(compareFindings);
  const executionSuccessful = !failure;
  const { log: sarif, omitted } = buildSarif(findings, {
    toolVersion: settings.actionVersion,
    category: settings.sarifCategory,
    executionSuccessful,
    exitCode: facts.run?.exitCode ?? null,
    notifications: failure ? [redactor.redact(failure.reason)] : [],
    runProperties: {
      status: failure?.status ?? (facts.nothingToReview ? 'nothing_to_review' : 'completed'),
      ...(coverage ? { coverage: { filesInScope: coverage.filesInScope, filesRead: coverage.filesRead, percent: coverage.percent, bytesInScope: coverage.bytesInScope, bytesRead: coverage.bytesRead } } : {}),
    },
  });

  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) bySeverity[f.severity] += 1;
  // Known findings of the baseline do not fail the step again unless fail-on-existing asks for it.
  const counted = findings.filter((f) => !f.outsideChange && (settings.failOnExisting || f.baseline !== 'existing'));
  const atOrAbove = counted.filter((f) => meetsThreshold(f.severity, settings.failOn)).length;
  const status: ScanStatus = failure?.status ?? (facts.nothingToReview ? 'nothing_to_review' : 'completed');
  const conclusion: Conclusion =
    status === 'timed_out' ? 'timed_out' : status === 'cancelled' ? 'cancelled' : failure || atOrAbove > 0 ? 'failure' : 'success';
  const finishedAt = new Date();
  const run = facts.run;

  const report: ScanReport = {
    schemaVersion: 1,
    tool: { name: 'vega-codex-action', version: settings.actionVersion },
    codex: {
      version: facts.codexVersion,
      expectedVersion: settings.codexVersion,
      bin: settings.runner.mode === 'direct' ? settings.runner.bin : 'codex',
      binSource: settings.runner.mode === 'direct' ? settings.runner.source : 'image',
      mode: facts.mode,
      command: facts.command,
    },
    container: facts.container ?? null,
    model: { name: settings.model ?? 'codex-default', baseUrl: settings.baseUrl },
    scan: {
      id: scanId,
      path: relative(settings.repoRoot, settings.scanRoot).split('\\').join('/') || '.',
      include: settings.include,
      exclude: settings.exclude,
      prompt: { source: settings.prompt.source, file: settings.prompt.file, ...trustedOrigin(settings.prompt.origin), sha256: createHash('sha256').update(prompt).digest('hex'), chars: prompt.length },
      context: settings.context ? { file: settings.context.path, bytes: settings.context.bytes, sha256: createHash('sha256').update(settings.context.text).digest('hex'), ...trustedOrigin(settings.context)! } : null,
      sarifCategory: settings.sarifCategory,
    },
    steering: facts.steering ? { changed: facts.steering } : null,
    scope: facts.scope
      ? {
          label: facts.scope.label,
          shard: facts.scope.shard ?? null,
          diff: facts.scope.changed !== undefined,
          files: facts.scope.paths.size,
          bytes: facts.scope.bytes,
          leftOut: facts.scope.leftOut,
          ofScope: facts.scope.listing,
          findingsOutsideChanges: findings.filter((f) => f.outsideChange).length,
        }
      : null,
    thread: { id: collector.threadId ?? null },
    timing: { startedAt: facts.startedAt.toISOString(), finishedAt: finishedAt.toISOString(), durationMs: finishedAt.getTime() - facts.startedAt.getTime(), codexMs: run?.durationMs ?? null },
    exit: { code: run?.exitCode ?? null, signal: run?.signal ?? null, timedOut: run?.timedOut ?? false, cancelled: run?.cancelled ?? false },
    status,
    conclusion,
    failOn: settings.failOn,
    failure: failure ? { reason: failure.reason, hint: failure.hint } : null,
    nothingToReview: facts.nothingToReview ?? null,
    coverage,
    tokens: facts.tokens ?? null,
    usage: collector.usage,
    events: { lines: collector.lines, bytes: run?.stdoutBytes ?? 0, byType: collector.byType, problemCount: collector.problemCount, problems: collector.problems },
    notices: { count: collector.noticeCount, items: collector.notices },
    commands: { count: collector.commandCount, items: collector.commands, sandboxFailures: collector.sandboxFailures },
    summary,
    findings: {
      total: findings.length,
      bySeverity,
      atOrAboveFailOn: atOrAbove,
      omittedFromSarif: omitted,
      baseline: settings.baselineSarif ? { file: settings.baselineSarif, new: findings.filter((f) => f.baseline === 'new').length, existing: findings.filter((f) => f.baseline === 'existing').length, failOnExisting: settings.failOnExisting } : null,
      items: findings,
    },
    dropped: placed.dropped,
    rejected,
    adjustments: placed.adjustments,
    warnings,
    files,
  };

  writeFileSync(files.sarif, redactor.redact(JSON.stringify(sarif, null, 2)));
  const reportJson = redactor.redact(JSON.stringify(report, null, 2));
  writeFileSync(files.report, reportJson);
  const safe = JSON.parse(reportJson) as ScanReport;
  return { report: safe, findings: safe.findings.items, files };
}
