// The render stage: the judged findings and everything learned on the way become SARIF, v16-report.json and the fixes
// patch on disk, every secret masked. A scan that did not complete still writes them, saying why, with an analysis
// code scanning must not take as complete.
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanSettings } from '../../config/settings.js';
import type { TrustedFile } from '../../config/trusted-file.js';
import { EventCollector } from '../../codex/collector.js';
import type { Cluster } from '../../findings/cluster.js';
import type { Finding } from '../../findings/finding.js';
import { buildFixesPatch } from '../../findings/fix-patch.js';
import { learnFindings, secretFixes, SECRET_IN_PATCH, stringsIn, type SecretFixes } from '../../findings/mask.js';
import { SEVERITIES, type Severity } from '../../findings/severity.js';
import type { Estimate, ScanReport } from '../../report/report.js';
import { REPORT_FILE } from '../../runtime/files.js';
import type { RecordedFiles } from '../../runtime/source.js';
import type { ThreadFacts } from '../../runtime/thread.js';
import { buildSarif } from '../../sarif/sarif.js';
import type { Redactor } from '../../util/redact.js';
import { learn } from '../../util/secrets.js';
import type { ScanEnd } from './conclude.js';
import type { IncrementStage } from './increment.js';
import type { JudgeStage } from './judge.js';
import type { PlaceStage } from './place.js';
import type { CodexStart } from './prepare.js';
import type { ScopeStage } from './scope.js';
import type { Stage, StageContext } from './stage.js';
import type { VerifyStage } from './verify.js';
import { warningsOf } from './warnings.js';

/** Everything the scan learned before rendering. */
export interface RenderFacts {
  scope: ScopeStage;
  increment: IncrementStage | null;
  estimate: Estimate | null;
  codex: CodexStart;
  passes: ThreadFacts[];
  place: PlaceStage;
  clusters: Cluster[];
  verification: VerifyStage;
  judge: JudgeStage;
  end: ScanEnd;
}

/** The report as written (every secret masked), and the scan's redactor, which the published copies use too. */
export interface Rendered {
  report: ScanReport;
  redactor: Redactor;
}

type Ctx = StageContext<'target' | 'policy' | 'output'>;
type Files = ScanReport['files'];

/** Every suggested fix as one patch beside the report (only when there is one), and what it holds. */
export const FIXES_FILE = 'v16-fixes.patch';

const WITHHELD_WHY = 'their code carries a value that looks like a secret';

/** Text fields that say where a finding is, or what code scanning keys its alerts on: never masked. */
const KEEP_AS_IS = new Set(['file', 'path', 'uri', 'fingerprint', 'lineHash', 'primaryLocationLineHash', 'vega/v1']);

function writeFixes(secrets: SecretFixes, f: RenderFacts, settings: Pick<ScanSettings, 'target' | 'output'>) {
  const { findings, withheld, outOfPatch } = secrets;
  // A fix whose patch lines hold a secret stays a suggestion; the patch, which the artifact publishes, goes without it.
  const patch = buildFixesPatch(
    findings.filter((x) => !outOfPatch.has(x)),
    settings.target.repoRoot,
  );
  patch.leftOut.push(
    ...[...outOfPatch].map((x) => ({ file: x.file, startLine: x.startLine, reason: SECRET_IN_PATCH })),
  );
  const path = join(settings.output.dir, FIXES_FILE);
  const file = patch.fixes > 0 ? path : null;
  // A patch left by an earlier scan into the same directory is not this scan's.
  if (file) writeFileSync(file, patch.text);
  else rmSync(path, { force: true });
  const dropped = [...f.place.droppedFixes, ...f.judge.droppedFixes, ...withheld];
  return {
    file,
    summary: {
      suggested: findings.filter((x) => x.fix).length + withheld.length,
      inPatch: patch.fixes,
      dropped,
      leftOutOfPatch: patch.leftOut,
    },
  };
}

function trustedOrigin(f: TrustedFile | undefined) {
  return f
    ? { readFrom: f.source, revision: f.revision ?? null, changedByPullRequest: f.changedByPullRequest }
    : undefined;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function scanPart(ctx: Ctx, f: RenderFacts): ScanReport['scan'] {
  const { target, policy, output } = ctx.settings;
  const { prompt, context } = policy;
  return {
    id: ctx.scanId,
    path: target.prefix || '.',
    include: target.include,
    exclude: target.exclude,
    prompt: {
      source: prompt.source,
      file: prompt.file,
      ...trustedOrigin(prompt.origin),
      sha256: sha256(f.scope.prompt),
      chars: f.scope.prompt.length,
    },
    context: context
      ? { file: context.path, bytes: context.bytes, sha256: sha256(context.text), ...trustedOrigin(context)! }
      : null,
    sarifCategory: output.sarifCategory,
  };
}

function scopePart(f: RenderFacts, findings: Finding[]): ScanReport['scope'] {
  const plan = f.scope.plan;
  if (!plan) return null;
  const outside = findings.filter((x) => x.outsideChange).length;
  const notAtHead = findings.filter((x) => x.head === null).length;
  return {
    label: plan.label,
    shard: plan.shard ?? null,
    diff: plan.changed !== undefined,
    files: plan.paths.size,
    bytes: plan.bytes,
    leftOut: plan.leftOut,
    ofScope: plan.listing,
    findingsOutsideChanges: outside,
    findingsNotAtHead: notAtHead,
  };
}

/** The first pass's thread: its process, events, notices and commands (a scan without one reports no events). */
function firstPassPart(f: RenderFacts, startedAt: Date) {
  const run = f.passes[0]?.run ?? null;
  const c = f.passes[0]?.collector ?? new EventCollector();
  const finishedAt = new Date();
  return {
    thread: { id: c.threadId ?? null },
    timing: {
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      codexMs: run?.durationMs ?? null,
    },
    exit: {
      code: run?.exitCode ?? null,
      signal: run?.signal ?? null,
      timedOut: run?.timedOut ?? false,
      cancelled: run?.cancelled ?? false,
    },
    usage: c.usage,
    events: {
      lines: c.lines,
      bytes: run?.stdoutBytes ?? 0,
      byType: c.byType,
      problemCount: c.problemCount,
      problems: c.problems,
    },
    notices: { count: c.noticeCount, items: c.notices },
    commands: { count: c.commandCount, items: c.commands, sandboxFailures: c.sandboxFailures },
  };
}

/**
 * What this run reviewed and carried, and what its record covers: the whole change, as a completed review covered it
 * (min-coverage judged how much of it the review had to read).
 */
function reviewPart(inc: IncrementStage | null, findings: readonly Finding[]): ScanReport['review'] {
  if (!inc) return null;
  const { head, commit, policy, files } = inc;
  return {
    mode: inc.mode,
    reason: inc.reason,
    since: inc.since ?? null,
    changeFiles: inc.whole.inScope.length,
    reviewedFiles: inc.reviewed,
    carried: findings.filter((x) => x.carriedFrom).length,
    reviewedAgain: inc.again,
    record: { head, commit, policy, files },
  };
}

function passesPart(f: RenderFacts): ScanReport['passes'] {
  return f.passes.map((p, i) => {
    const c = p.collector;
    return {
      pass: i + 1,
      thread: c.threadId ?? null,
      events: p.files.events,
      findings: f.place.passes[i]?.length ?? null,
      commands: c.commandCount,
      usage: c.usage,
      startedAt: p.startedAt ?? null,
      finishedAt: p.finishedAt ?? null,
    };
  });
}

function countVerdicts(f: RenderFacts): Record<string, number> {
  const counts: Record<string, number> = { confirmed: 0, refuted: 0, uncertain: 0, unverified: 0 };
  for (const c of f.clusters) {
    const v = f.verification.verdicts.get(c.id)?.verdict ?? 'unverified';
    counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

function verificationPart(f: RenderFacts): NonNullable<ScanReport['verification']> {
  const threads = f.verification.threads.map((v) => {
    const t = v.thread;
    return {
      cluster: v.cluster,
      opinion: v.opinion,
      thread: t.collector.threadId ?? null,
      events: t.files.events,
      verdict: v.verification.verdict,
      startedAt: t.startedAt ?? null,
      finishedAt: t.finishedAt ?? null,
    };
  });
  const opinions = (n: number) => f.verification.threads.filter((v) => v.opinion === n).length;
  return {
    verified: opinions(1),
    secondOpinions: opinions(2),
    byVerdict: countVerdicts(f),
    threads,
    dropped: f.judge.dropped.filter((d) => d.why === 'refuted'),
  };
}

function findingsPart(ctx: Ctx, f: RenderFacts, findings: Finding[], omitted: number): ScanReport['findings'] {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const x of findings) bySeverity[x.severity] += 1;
  const { baselineSarif, failOnExisting } = ctx.settings.policy;
  const count = (b: Finding['baseline']) => findings.filter((x) => x.baseline === b).length;
  const baseline = baselineSarif
    ? { file: baselineSarif, new: count('new'), existing: count('existing'), failOnExisting }
    : null;
  return {
    total: findings.length,
    bySeverity,
    atOrAboveFailOn: f.end.atOrAboveFailOn,
    omittedFromSarif: omitted,
    baseline,
    items: findings,
  };
}

interface Parts {
  findings: Finding[];
  omitted: number;
  fixes: ScanReport['fixes'];
  warnings: string[];
  files: Files;
}

function buildReport(ctx: Ctx, f: RenderFacts, p: Parts): ScanReport {
  const { policy, output } = ctx.settings;
  const judged = policy.passes > 1 || policy.verify;
  return {
    schemaVersion: 1,
    tool: { name: 'vega-codex-action', version: output.actionVersion },
    codex: { ...f.codex.codex, command: f.passes[0]?.command ?? null },
    container: ctx.source.container(),
    model: f.codex.model,
    scan: scanPart(ctx, f),
    leftOutByDefault: f.scope.leftOutByDefault,
    steering: f.scope.steering ? { changed: f.scope.steering } : null,
    scope: scopePart(f, p.findings),
    review: reviewPart(f.increment, p.findings),
    ...firstPassPart(f, ctx.startedAt),
    status: f.end.status,
    conclusion: f.end.conclusion,
    failOn: policy.failOn,
    failure: f.end.failure ? { reason: f.end.failure.reason, hint: f.end.failure.hint } : null,
    nothingToReview: (f.increment?.whole ?? f.scope).nothingToReview ?? null,
    coverage: f.end.coverage,
    tokens: ctx.source.tokens(),
    estimate: f.estimate,
    summary: f.place.summary,
    passes: passesPart(f),
    consensus: judged
      ? { policy: f.judge.policy, clusters: f.clusters.length, kept: p.findings.length, dropped: f.judge.dropped }
      : null,
    verification: policy.verify ? verificationPart(f) : null,
    findings: findingsPart(ctx, f, p.findings, p.omitted),
    fixes: p.fixes,
    dropped: f.place.dropped,
    rejected: f.place.rejected,
    adjustments: f.place.adjustments,
    warnings: p.warnings,
    files: p.files,
  };
}

function sarifOf(ctx: Ctx, f: RenderFacts, findings: Finding[]) {
  const { policy, output } = ctx.settings;
  const { failure, coverage, status } = f.end;
  const run = f.passes[0]?.run ?? null;
  const measured = coverage && {
    filesInScope: coverage.filesInScope,
    filesRead: coverage.filesRead,
    percent: coverage.percent,
    bytesInScope: coverage.bytesInScope,
    bytesRead: coverage.bytesRead,
  };
  return buildSarif(findings, {
    toolVersion: output.actionVersion,
    category: output.sarifCategory,
    executionSuccessful: !failure,
    exitCode: run?.exitCode ?? null,
    notifications: failure ? [failure.reason] : [],
    runProperties: {
      status,
      ...(measured ? { coverage: measured } : {}),
      ...(policy.passes > 1 || policy.verify ? { policy: f.judge.policy.rule } : {}),
    },
  });
}

function filesOf(ctx: Ctx, recorded: RecordedFiles): Files {
  const { output } = ctx.settings;
  return {
    events: recorded.events,
    stderr: recorded.stderr,
    sarif: output.sarifFile,
    report: join(output.dir, REPORT_FILE),
    debugBundle: recorded.debugBundle,
    threads: recorded.threads,
  };
}

async function renderStage(ctx: Ctx, f: RenderFacts): Promise<Rendered> {
  const { redactor } = ctx;
  const scanFiles = filesOf(ctx, ctx.source.record());
  const recorded = [...f.passes, ...f.verification.threads.map((v) => v.thread)].map((t) => t.files.events);
  await learnFindings(redactor, ctx.settings.target.repoRoot, f.end.findings, recorded);
  const secrets = secretFixes(f.end.findings, redactor, ctx.settings.target.repoRoot);
  const warnings = warningsOf(ctx.settings.policy, f);
  const withheld = secrets.withheld.length;
  if (withheld) warnings.push(`${withheld} suggested fixes were withheld: ${WITHHELD_WHY} (see "fixes.dropped").`);
  const fixes = writeFixes(secrets, f, ctx.settings);
  const { log: sarif, omitted } = sarifOf(ctx, f, secrets.findings);
  const files = { ...scanFiles, fixes: fixes.file };
  const report = buildReport(ctx, f, { findings: secrets.findings, omitted, fixes: fixes.summary, warnings, files });
  // What the report and SARIF say beyond the findings searched above (warnings, commands, notices, dropped findings).
  await learn(
    redactor,
    stringsIn([{ ...report, findings: { ...report.findings, items: [] } }, sarif.runs.map((r) => r.invocations)]),
  );
  const masked = redactor.jsonText(KEEP_AS_IS);
  writeFileSync(files.sarif, JSON.stringify(sarif, masked, 2));
  const reportJson = JSON.stringify(report, masked, 2);
  writeFileSync(files.report, reportJson);
  return { report: JSON.parse(reportJson) as ScanReport, redactor };
}

export const render: Stage<'target' | 'policy' | 'output', RenderFacts, { rendered: Rendered }> = {
  name: 'render',
  title: () => 'Report: SARIF, v16-report.json and fixes',
  run: async (ctx, f) => ({ rendered: await renderStage(ctx, f) }),
};
