// Stage 7, render: the judged findings and everything learned on the way become SARIF and v16-report.json on disk.
// A scan that did not complete still writes both, saying why, with an analysis code scanning must not take as
// complete.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrustedFile } from '../../config/trusted-file.js';
import { declines, measureCoverage, type Coverage } from '../../coverage/coverage.js';
import type { Cluster } from '../../findings/cluster.js';
import { buildFixesPatch } from '../../findings/fix-patch.js';
import { SEVERITIES, meetsThreshold, type Severity } from '../../findings/severity.js';
import { EventCollector } from '../../report/collector.js';
import { hintFor } from '../../report/failure.js';
import type { Conclusion, ScanReport, ScanStatus, TokenReport } from '../../report/report.js';
import { buildSarif, compareFindings } from '../../sarif/sarif.js';
import { oneLine } from '../../util/log-text.js';
import type { Redactor } from '../../util/redact.js';
import type { ContainerInfo } from '../launchers.js';
import type { ScanSettings } from '../settings.js';
import type { RunResult } from '../../codex/runner.js';
import type { JudgeStage } from './judge.js';
import { learn, scanRedactor, secretFixes, SECRET_IN_PATCH, stringsIn, type SecretFixes } from './mask.js';
import type { Failure, PlaceStage } from './place.js';
import type { ScopeStage } from './scope.js';
import type { Verification } from '../../verify/verification.js';
import { scanPrefix } from '../../util/paths.js';

/** One Codex thread as the report needs it, live or replayed. */
export interface ThreadFacts {
  collector: EventCollector;
  run: RunResult | null;
  files: { events: string; stderr: string | null };
  startedAt?: string;
  finishedAt?: string;
}

/** Everything the scan learned before rendering. */
export interface ScanFacts {
  mode: 'direct' | 'container' | 'replay';
  container: ContainerInfo | null;
  codexVersion: string | null;
  command: string | null;
  startedAt: Date;
  scope: ScopeStage;
  startFailure?: { reason: string; hint: string };
  tokens: TokenReport | null;
  passes: ThreadFacts[];
  /** Every verification thread with its own verdict; opinion 2 is a disputed cluster's second. */
  verifications: { cluster: string; opinion: number; thread: ThreadFacts; verification: Verification }[];
  /** Each cluster's settled verdict. */
  verdicts: ReadonlyMap<string, Verification>;
  place: PlaceStage;
  clusters: Cluster[];
  judge: JudgeStage;
  notes: string[];
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

/** A review that answered but did not really happen: it read nothing in scope, declined, or read too little. */
function incompleteReview(c: Coverage, summary: string, findings: number, minCoverage: number): Failure | undefined {
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

function trustedOrigin(f: TrustedFile | undefined) {
  return f ? { readFrom: f.source, revision: f.revision ?? null, changedByPullRequest: f.changedByPullRequest } : undefined;
}

/** How the scan ended: the first thing that went wrong, checked in the order it would have happened. */
function scanFailure(facts: ScanFacts, coverage: Coverage | null, settings: ScanSettings): Failure | undefined {
  if (facts.startFailure) return { status: 'failed', ...facts.startFailure };
  if (facts.scope.nothingToReview) return undefined;
  if (facts.tokens?.exceeded) return { status: 'budget_exceeded', reason: `The scan used ${facts.tokens.used} tokens (${facts.tokens.total.input} in, ${facts.tokens.total.output} out) and crossed max-tokens ${facts.tokens.maxTokens}, so every Codex thread was stopped.`, hint: 'Raise max-tokens, or narrow the scope (include, exclude, shard).' };
  if (facts.place.failure) return facts.place.failure;
  const answered = facts.place.passes.reduce((n, p) => n + p.length, 0);
  return coverage ? incompleteReview(coverage, facts.place.summary, answered, settings.minCoverage) : undefined;
}

function warningsOf(facts: ScanFacts, settings: ScanSettings, first: EventCollector): string[] {
  const w = [...facts.notes, ...facts.place.notes];
  const sandboxFailures = facts.passes.reduce((n, p) => n + p.collector.sandboxFailures, 0);
  if (sandboxFailures > 0) w.push(`${sandboxFailures} commands failed because Codex's sandbox (bubblewrap) could not start on this runner; the review may be shallow. Run in container mode, or allow unprivileged user namespaces.`);
  if (facts.place.rejected.length) w.push(`${facts.place.rejected.length} findings broke the schema and were dropped (see "rejected").`);
  if (facts.place.dropped.length) w.push(`${facts.place.dropped.length} findings could not be placed in the repository and were dropped (see "dropped").`);
  const refuted = facts.judge.dropped.filter((d) => d.why === 'refuted').length;
  if (refuted) w.push(`${refuted} findings were dropped because their verification refuted them (see "verification.dropped"); a person may overrule.`);
  const plan = facts.scope.plan;
  if (plan?.leftOut.length) w.push(`${plan.leftOut.length} changed files were not reviewed (${[...new Set(plan.leftOut.map((l) => l.reason))].join(', ')}); see "scope.leftOut".`);
  for (const f of [settings.context, settings.prompt.origin]) {
    if (f?.changedByPullRequest) w.push(`This pull request changes ${f.path}; the review used the version of the base commit ${f.revision!.slice(0, 12)}.`);
  }
  const notAtHead = facts.judge.kept.filter((f) => f.head === null).length;
  if (notAtHead) w.push(`${notAtHead} findings lie on lines the base branch brought into the test merge, which the pull request's head does not have; they are in the SARIF file and the report, not annotated or commented on.`);
  if (facts.scope.headMap?.partial) w.push(`GitHub listed only part of what differs between the head and the test merge; lines of unlisted files are taken as unmoved.`);
  const steering = facts.scope.steering;
  if (steering?.length) w.push(`This change adds or modifies ${steering.length} review-steering files (${steering.map((s) => s.path).slice(0, 5).join(', ')}${steering.length > 5 ? ', …' : ''}); Codex did not take them as instructions, but a person should read them.`);
  if (first.problemCount) w.push(`${first.problemCount} lines of Codex output could not be read as events (see "events.problems").`);
  return w;
}

/** Every suggested fix as one patch beside the report (only when there is one), and what it holds. */
export const FIXES_FILE = 'v16-fixes.patch';

function writeFixes(secrets: SecretFixes, facts: ScanFacts, settings: ScanSettings) {
  const { findings, withheld, outOfPatch } = secrets;
  // A fix whose patch lines hold a secret stays a suggestion; the patch, which the artifact publishes, goes without it.
  const patch = buildFixesPatch(findings.filter((f) => !outOfPatch.has(f)), settings.repoRoot);
  patch.leftOut.push(...[...outOfPatch].map((f) => ({ file: f.file, startLine: f.startLine, reason: SECRET_IN_PATCH })));
  const path = join(settings.outputDir, FIXES_FILE);
  const file = patch.fixes > 0 ? path : null;
  // A patch left by an earlier scan into the same directory is not this scan's.
  if (file) writeFileSync(file, patch.text);
  else rmSync(path, { force: true });
  const summary = { suggested: findings.filter((f) => f.fix).length + withheld.length, inPatch: patch.fixes, dropped: [...facts.place.droppedFixes, ...facts.judge.droppedFixes, ...withheld], leftOutOfPatch: patch.leftOut };
  return { file, summary };
}

/** Text fields that say where a finding is, or what code scanning keys its alerts on: never masked. */
const KEEP_AS_IS = new Set(['file', 'path', 'uri', 'fingerprint', 'lineHash', 'primaryLocationLineHash', 'vega/v1']);

/** The report as written (every secret masked), and the scan's redactor, which the published copies use too. */
export interface Rendered {
  report: ScanReport;
  redactor: Redactor;
}

export async function renderStage(settings: ScanSettings, facts: ScanFacts, scanFiles: ScanReport['files'], scanId: string): Promise<Rendered> {
  const first = facts.passes[0]?.collector;
  const reads = first?.reads?.reads ?? new Map();
  const coverage = facts.scope.nothingToReview ? null : measureCoverage(facts.scope.inScope, reads);
  const failure = scanFailure(facts, coverage, settings);
  const passRun = facts.passes[0]?.run ?? null;
  if (failure && !failure.hint) {
    const stderrTail = lastStderrLines(scanFiles.stderr);
    failure.hint = hintFor(`${failure.reason}\n${stderrTail}`) ?? hintFor((first?.notices ?? []).slice(-3).join('\n'));
    if (!failure.hint && failure.status === 'failed' && stderrTail) failure.hint = `Codex's last words on stderr: ${oneLine(stderrTail, 400)}`;
  }
  const warnings = first ? warningsOf(facts, settings, first) : [...facts.notes];
  const status: ScanStatus = failure?.status ?? (facts.scope.nothingToReview ? 'nothing_to_review' : 'completed');
  // What was learned is kept when the review answered but cannot be trusted whole; a run that broke has no answer.
  const answered = failure && !['incomplete', 'budget_exceeded'].includes(failure.status) ? [] : [...facts.judge.kept].sort(compareFindings);
  const recorded = [...facts.passes, ...facts.verifications.map((v) => v.thread)].map((t) => t.files.events);
  const redactor = await scanRedactor(settings.apiKey, settings.repoRoot, answered, recorded);
  const secrets = secretFixes(answered, redactor, settings.repoRoot);
  const { findings } = secrets;
  if (secrets.withheld.length) warnings.push(`${secrets.withheld.length} suggested fixes were withheld: their code carries a value that looks like a secret (see "fixes.dropped").`);
  const fixes = writeFixes(secrets, facts, settings);
  const files = { ...scanFiles, fixes: fixes.file };
  const { log: sarif, omitted } = buildSarif(findings, {
    toolVersion: settings.actionVersion,
    category: settings.sarifCategory,
    executionSuccessful: !failure,
    exitCode: passRun?.exitCode ?? null,
    notifications: failure ? [failure.reason] : [],
    runProperties: {
      status,
      ...(coverage ? { coverage: { filesInScope: coverage.filesInScope, filesRead: coverage.filesRead, percent: coverage.percent, bytesInScope: coverage.bytesInScope, bytesRead: coverage.bytesRead } } : {}),
      ...(settings.passes > 1 || settings.verify ? { policy: facts.judge.policy.rule } : {}),
    },
  });

  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) bySeverity[f.severity] += 1;
  // Known findings of the baseline do not fail the step again unless fail-on-existing asks for it.
  const counted = findings.filter((f) => !f.outsideChange && (settings.failOnExisting || f.baseline !== 'existing'));
  const atOrAbove = counted.filter((f) => meetsThreshold(f.severity, settings.failOn)).length;
  const conclusion: Conclusion = status === 'timed_out' ? 'timed_out' : status === 'cancelled' ? 'cancelled' : failure || atOrAbove > 0 ? 'failure' : 'success';
  const finishedAt = new Date();
  const plan = facts.scope.plan;
  // No pass ran (nothing to review, or Codex did not start): the report's event fields are those of no events.
  const c = first ?? new EventCollector();

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
    container: facts.container,
    model: { name: settings.model ?? 'codex-default', baseUrl: settings.baseUrl },
    scan: {
      id: scanId,
      path: scanPrefix(settings) || '.',
      include: settings.include,
      exclude: settings.exclude,
      prompt: { source: settings.prompt.source, file: settings.prompt.file, ...trustedOrigin(settings.prompt.origin), sha256: createHash('sha256').update(facts.scope.prompt).digest('hex'), chars: facts.scope.prompt.length },
      context: settings.context ? { file: settings.context.path, bytes: settings.context.bytes, sha256: createHash('sha256').update(settings.context.text).digest('hex'), ...trustedOrigin(settings.context)! } : null,
      sarifCategory: settings.sarifCategory,
    },
    steering: facts.scope.steering ? { changed: facts.scope.steering } : null,
    scope: plan
      ? { label: plan.label, shard: plan.shard ?? null, diff: plan.changed !== undefined, files: plan.paths.size, bytes: plan.bytes, leftOut: plan.leftOut, ofScope: plan.listing, findingsOutsideChanges: findings.filter((f) => f.outsideChange).length, findingsNotAtHead: findings.filter((f) => f.head === null).length }
      : null,
    thread: { id: c.threadId ?? null },
    timing: { startedAt: facts.startedAt.toISOString(), finishedAt: finishedAt.toISOString(), durationMs: finishedAt.getTime() - facts.startedAt.getTime(), codexMs: passRun?.durationMs ?? null },
    exit: { code: passRun?.exitCode ?? null, signal: passRun?.signal ?? null, timedOut: passRun?.timedOut ?? false, cancelled: passRun?.cancelled ?? false },
    status,
    conclusion,
    failOn: settings.failOn,
    failure: failure ? { reason: failure.reason, hint: failure.hint } : null,
    nothingToReview: facts.scope.nothingToReview ?? null,
    coverage,
    tokens: facts.tokens,
    usage: c.usage,
    events: { lines: c.lines, bytes: passRun?.stdoutBytes ?? 0, byType: c.byType, problemCount: c.problemCount, problems: c.problems },
    notices: { count: c.noticeCount, items: c.notices },
    commands: { count: c.commandCount, items: c.commands, sandboxFailures: c.sandboxFailures },
    summary: facts.place.summary,
    passes: facts.passes.map((p, i) => ({ pass: i + 1, thread: p.collector.threadId ?? null, events: p.files.events, findings: facts.place.passes[i]?.length ?? null, commands: p.collector.commandCount, usage: p.collector.usage, startedAt: p.startedAt ?? null, finishedAt: p.finishedAt ?? null })),
    consensus: settings.passes > 1 || settings.verify ? { policy: facts.judge.policy, clusters: facts.clusters.length, kept: findings.length, dropped: facts.judge.dropped } : null,
    verification: settings.verify
      ? {
          verified: facts.verifications.filter((v) => v.opinion === 1).length,
          secondOpinions: facts.verifications.filter((v) => v.opinion === 2).length,
          byVerdict: countVerdicts(facts),
          threads: facts.verifications.map((v) => ({ cluster: v.cluster, opinion: v.opinion, thread: v.thread.collector.threadId ?? null, events: v.thread.files.events, verdict: v.verification.verdict, startedAt: v.thread.startedAt ?? null, finishedAt: v.thread.finishedAt ?? null })),
          dropped: facts.judge.dropped.filter((d) => d.why === 'refuted'),
        }
      : null,
    findings: {
      total: findings.length,
      bySeverity,
      atOrAboveFailOn: atOrAbove,
      omittedFromSarif: omitted,
      baseline: settings.baselineSarif ? { file: settings.baselineSarif, new: findings.filter((f) => f.baseline === 'new').length, existing: findings.filter((f) => f.baseline === 'existing').length, failOnExisting: settings.failOnExisting } : null,
      items: findings,
    },
    fixes: fixes.summary,
    dropped: facts.place.dropped,
    rejected: facts.place.rejected,
    adjustments: facts.place.adjustments,
    warnings,
    files,
  };

  // What the report and SARIF say beyond the findings searched above (warnings, commands, notices, dropped findings).
  await learn(redactor, stringsIn([{ ...report, findings: { ...report.findings, items: [] } }, sarif.runs.map((r) => r.invocations)]));
  const masked = redactor.jsonText(KEEP_AS_IS);
  writeFileSync(files.sarif, JSON.stringify(sarif, masked, 2));
  const reportJson = JSON.stringify(report, masked, 2);
  writeFileSync(files.report, reportJson);
  return { report: JSON.parse(reportJson) as ScanReport, redactor };
}

function countVerdicts(facts: ScanFacts): Record<string, number> {
  const counts: Record<string, number> = { confirmed: 0, refuted: 0, uncertain: 0, unverified: 0 };
  for (const c of facts.clusters) {
    const v = facts.verdicts.get(c.id)?.verdict ?? 'unverified';
    counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}
