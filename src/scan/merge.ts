// Combines the reports of a matrix's shards into one report (and so one summary): findings together, usage summed,
// the worst status and conclusion, and every shard listed with its own outcome.
import { compareFindings } from '../sarif/sarif.js';
import type { Finding } from '../findings/finding.js';
import type { Conclusion, ScanReport, ScanStatus } from '../report/report.js';

const STATUS_ORDER: ScanStatus[] = [
  'nothing_to_review',
  'completed',
  'incomplete',
  'budget_exceeded',
  'cancelled',
  'timed_out',
  'failed',
];
const CONCLUSION_ORDER: Conclusion[] = ['success', 'cancelled', 'timed_out', 'failure'];
const worst = <T>(order: T[], values: T[]): T =>
  values.reduce((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a), order[0]!);
const total = (reports: ScanReport[], count: (r: ScanReport) => number) => reports.reduce((s, r) => s + count(r), 0);

export interface MergedReport extends ScanReport {
  merged: {
    shard: string | null;
    status: ScanStatus;
    conclusion: Conclusion;
    findings: number;
    failure: string | null;
    report: string;
  }[];
}

/** The shards' estimates added up; the assumptions are per shard, so they are not carried. */
function summedEstimate(reports: ScanReport[]): ScanReport['estimate'] {
  const all = reports.map((r) => r.estimate).filter((e) => e !== null && e !== undefined);
  if (all.length === 0) return null;
  const sum = (k: 'scopeTokens' | 'leastTokens' | 'expectedTokens') => all.reduce((n, e) => n + e[k], 0);
  const requestsPerPass = Math.max(...all.map((e) => e.assumes.requestsPerPass));
  const assumes = { requestsPerPass, verifications: all.reduce((n, e) => n + e.assumes.verifications, 0) };
  return {
    scopeTokens: sum('scopeTokens'),
    leastTokens: sum('leastTokens'),
    expectedTokens: sum('expectedTokens'),
    assumes,
  };
}

export function mergeReports(entries: { file: string; report: ScanReport }[]): MergedReport {
  if (entries.length === 0) throw new Error('no reports to merge');
  const reports = entries.map((e) => e.report);
  const first = reports[0]!;
  const items = uniqueFindings(reports);
  return {
    ...first,
    scan: { ...first.scan, id: `merged-${reports.map((r) => r.scan.id.slice(0, 8)).join('-')}` },
    scope: null,
    status: worst(
      STATUS_ORDER,
      reports.map((r) => r.status),
    ),
    conclusion: worst(
      CONCLUSION_ORDER,
      reports.map((r) => r.conclusion),
    ),
    nothingToReview: reports.every((r) => r.nothingToReview) ? first.nothingToReview : null,
    failure: shardFailures(reports),
    usage: summedUsage(reports),
    estimate: summedEstimate(reports),
    timing: overallTiming(reports),
    findings: mergedFindings(reports, items),
    fixes: mergedFixes(reports, items),
    dropped: reports.flatMap((r) => r.dropped),
    rejected: reports.flatMap((r) => r.rejected),
    adjustments: reports.flatMap((r) => r.adjustments),
    warnings: reports.flatMap((r) => r.warnings),
    merged: entries.map(({ file, report: r }) => ({
      shard: r.scope?.shard ?? null,
      status: r.status,
      conclusion: r.conclusion,
      findings: r.findings.total,
      failure: r.failure?.reason ?? null,
      report: file,
    })),
  };
}

/** Shards can overlap (the same file in two shards): a finding counts once per file, in the report's order. */
function uniqueFindings(reports: ScanReport[]): Finding[] {
  const seen = new Set<string>();
  return reports
    .flatMap((r) => r.findings.items)
    .filter((f) => (seen.has(f.fingerprint + f.file) ? false : (seen.add(f.fingerprint + f.file), true)))
    .sort(compareFindings);
}

function shardFailures(reports: ScanReport[]): ScanReport['failure'] {
  const failures = reports.filter((r) => r.failure);
  if (!failures.length) return null;
  const failed = failures.map((r) => `${r.scope?.shard ?? r.scan.id}: ${r.failure!.reason}`).join('; ');
  return { reason: `${failures.length} of ${reports.length} shards did not complete: ${failed}` };
}

function summedUsage(reports: ScanReport[]): ScanReport['usage'] {
  const sum = (k: keyof ScanReport['usage']) => total(reports, (r) => r.usage[k] ?? 0);
  return {
    input_tokens: sum('input_tokens'),
    cached_input_tokens: sum('cached_input_tokens'),
    cache_write_input_tokens: sum('cache_write_input_tokens'),
    output_tokens: sum('output_tokens'),
    reasoning_output_tokens: sum('reasoning_output_tokens'),
  };
}

/** Shards run side by side: the merged run spans the first start to the last finish; Codex's time adds up. */
function overallTiming(reports: ScanReport[]): ScanReport['timing'] {
  const starts = reports.map((r) => Date.parse(r.timing.startedAt)).filter(Number.isFinite);
  const ends = reports.map((r) => Date.parse(r.timing.finishedAt)).filter(Number.isFinite);
  return {
    startedAt: new Date(Math.min(...starts)).toISOString(),
    finishedAt: new Date(Math.max(...ends)).toISOString(),
    durationMs: Math.max(...ends) - Math.min(...starts),
    codexMs: total(reports, (r) => r.timing.codexMs ?? 0),
  };
}

function mergedFindings(reports: ScanReport[], items: Finding[]): ScanReport['findings'] {
  const bySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of items) bySeverity[f.severity] += 1;
  return {
    total: items.length,
    bySeverity,
    atOrAboveFailOn: total(reports, (r) => r.findings.atOrAboveFailOn),
    omittedFromSarif: total(reports, (r) => r.findings.omittedFromSarif),
    baseline: null,
    items,
  };
}

function mergedFixes(reports: ScanReport[], items: Finding[]): ScanReport['fixes'] {
  return {
    suggested: items.filter((f) => f.fix).length,
    inPatch: total(reports, (r) => r.fixes?.inPatch ?? 0),
    dropped: reports.flatMap((r) => r.fixes?.dropped ?? []),
    leftOutOfPatch: reports.flatMap((r) => r.fixes?.leftOutOfPatch ?? []),
  };
}
