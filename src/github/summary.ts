// The job summary (and the check run's summary): findings by severity with links to the scanned commit, model and
// token usage, duration, what was dropped and why, where the artifacts are. Always within the size it is given.
import { verdictLabel } from '../findings/trust.js';
import type { Finding } from '../findings/finding.js';
import type { ScanReport } from '../report/report.js';
import type { GitHubContext } from './context.js';
import { oneLine } from '../util/log-text.js';
import { singleLine } from '../util/visible-text.js';
import { escapeMarkdown, locationLink } from './markdown.js';

/** GitHub rejects a step summary over 1 MiB; stay well under it. */
export const JOB_SUMMARY_BUDGET = 1_000_000;
/** Check run output.summary: 65,535 characters. */
export const CHECK_SUMMARY_BUDGET = 65_000;

export interface SummaryExtras {
  artifact?: { name: string; id?: number; url?: string };
  checkRunUrl?: string;
  notes?: string[];
}

const ICON: Record<string, string> = { success: '✅', failure: '❌', timed_out: '⏱️', cancelled: '⏹️' };

/** One line, hidden characters shown: it is the check run's title too, which is plain text. */
export function headline(r: ScanReport): string {
  if (r.failure) {
    const ended = r.status === 'completed' ? 'failed' : r.status.replace('_', ' ');
    return singleLine(`Scan ${ended}: ${r.failure.reason}`);
  }
  if (r.nothingToReview) return singleLine(`Nothing to review, so Codex was not started: ${r.nothingToReview}`);
  const counts = Object.entries(r.findings.bySeverity)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const known = r.findings.baseline;
  const baseline = known ? `; ${known.new} new, ${known.existing} already in the baseline` : '';
  return r.findings.total === 0 ? 'No findings' : `${r.findings.total} findings (${counts}${baseline})`;
}

/** What part of the input the endpoint's prompt cache held, when it held any. */
function cachedShare(c: { input: number; cachedInput: number }): string {
  return c.input > 0 && c.cachedInput > 0 ? `, ${Math.round((100 * c.cachedInput) / c.input)}%` : '';
}

/** Tokens as the endpoint reported them, per stage when there is more than one, and the budget. */
function tokenLine(r: ScanReport): string {
  const t = r.tokens;
  if (!t) {
    const u = r.usage;
    return (
      `tokens: ${u.input_tokens} in (${u.cached_input_tokens} cached), ` +
      `${u.output_tokens} out (${u.reasoning_output_tokens} reasoning)`
    );
  }
  const counts = (c: { input: number; cachedInput: number; output: number }) =>
    `${c.input} in (${c.cachedInput} cached${cachedShare(c)}), ${c.output} out`;
  const stages = Object.entries(t.byStage);
  const per = stages.length > 1 ? ` [${stages.map(([s, c]) => `${escapeMarkdown(s)}: ${counts(c)}`).join('; ')}]` : '';
  const budget = t.maxTokens ? ` of max-tokens ${t.maxTokens}${t.exceeded ? ' (crossed)' : ''}` : '';
  // Reports written before the estimate existed (a merge of older shards) have none.
  const estimated = r.estimate ? `, ${r.estimate.expectedTokens} estimated before the scan` : '';
  return `tokens: ${counts(t.total)}${per}, ${t.used} used${budget}${estimated}`;
}

/** The context the review trusted, and the files of the change that tried to steer it, for a person to check. */
function trustedInputs(r: ScanReport): string[] {
  const out: string[] = [];
  const c = r.scan.context;
  if (c) {
    const from = c.readFrom === 'base' ? ` from the base commit \`${c.revision!.slice(0, 12)}\`` : '';
    const changed = c.changedByPullRequest ? ' This pull request changes it; **the base version was used**.' : '';
    out.push(`Trusted context: ${escapeMarkdown(c.file)}${from}.${changed}`, '');
  }
  const steering = r.steering?.changed ?? [];
  if (steering.length) {
    out.push(
      `⚠️ **Review-steering files changed by this pull request** (${steering.length}): ` +
        'Codex did not take them as instructions, but they may try to steer this or another AI reviewer. ' +
        'A person should read them.',
      '',
    );
    for (const s of steering.slice(0, 30)) {
      const whose = s.kind === 'assistant' ? '' : `, this action's ${s.kind}`;
      out.push(`- ${escapeMarkdown(s.path)} (${s.status}${whose})`);
    }
    if (steering.length > 30) out.push(`- … and ${steering.length - 30} more (see "steering" in v16-report.json)`);
    out.push('');
  }
  return out;
}

function size(s: string): number {
  return Buffer.byteLength(s);
}

export function renderSummary(
  r: ScanReport,
  gh: GitHubContext | undefined,
  budget: number,
  extras: SummaryExtras = {},
): string {
  const head = headSection(r);
  const tail = tailSection(r, extras);
  const rows = findingTable(r, gh);
  const shown = rowsWithin(rows, budget - size(head.join('\n')) - size(tail.join('\n')) - 200);
  const items = r.findings.items.length;
  const more = items - Math.max(0, shown.length - 2);
  const body = [...head, ...shown];
  if (more > 0 && items > 0) {
    body.push(
      '',
      `… and ${more} more findings, not shown here to stay within GitHub's size limit: ` +
        'see the SARIF file and v16-report.json.',
    );
  }
  return [...body, ...tail].join('\n') + '\n';
}

/** The table's first rows that fit in `room` bytes, a line break each. */
function rowsWithin(rows: readonly string[], room: number): string[] {
  let used = 0;
  const shown: string[] = [];
  for (const row of rows) {
    if (used + size(row) + 1 > room) break;
    shown.push(row);
    used += size(row) + 1;
  }
  return shown;
}

/** Above the findings: the outcome, how the scan ran, what it read and which context it trusted. */
function headSection(r: ScanReport): string[] {
  return [
    `## ${ICON[r.conclusion] ?? ''} vega-codex security review: ${r.conclusion.replace('_', ' ')}`,
    '',
    escapeMarkdown(headline(r)) + (r.failure?.hint ? ` ${escapeMarkdown(r.failure.hint)}` : ''),
    '',
    runLine(r),
    '',
    ...(reviewLine(r) ? [reviewLine(r)!, ''] : []),
    ...coverageLines(r),
    ...trustedInputs(r),
  ];
}

const short = (sha: string) => `\`${sha.slice(0, 7)}\``;

/** On a pull request: what this run reviewed of the change, and what it carried from the review it builds on. */
export function reviewLine(r: ScanReport): string | undefined {
  const v = r.review;
  if (!v) return undefined;
  const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  if (v.mode === 'full') return `Reviewed the whole change (${files(v.changeFiles)}): ${escapeMarkdown(v.reason)}.`;
  const since = short(v.since!.head);
  const carried = `${v.carried} findings carried from earlier reviews`;
  const again = v.reviewedAgain ? `, ${v.reviewedAgain} reviewed again because their code changed` : '';
  if (v.reviewedFiles.length === 0)
    return `Nothing changed since the review of ${since}, so no model request was made; ${carried}.`;
  const listed = v.reviewedFiles.slice(0, 10).map((p) => escapeMarkdown(p));
  const more = v.reviewedFiles.length > 10 ? `, … ${v.reviewedFiles.length - 10} more` : '';
  return (
    `Reviewed now: ${files(v.reviewedFiles.length)} of ${v.changeFiles} (${listed.join(', ')}${more}), ` +
    `what changed since the review of ${since}; ${carried}${again}.`
  );
}

/** The model, its tokens, the time taken and how Codex ran (which image, whether its digest was checked). */
function runLine(r: ScanReport): string {
  const seconds = (r.timing.durationMs / 1000).toFixed(1);
  const c = r.container;
  const image = c ? `, ${escapeMarkdown(c.image)}${c.verified ? ', pinned digest verified' : ''}` : '';
  const codex = `Codex ${escapeMarkdown(r.codex.version ?? '?')} (${r.codex.mode}${image})`;
  const model = `Model \`${escapeMarkdown(r.model.name)}\``;
  return `${model} · ${tokenLine(r)} · ${seconds} s · ${codex} · fail-on \`${r.failOn}\``;
}

function coverageLines(r: ScanReport): string[] {
  const c = r.coverage;
  if (!c) return [];
  const listed = c.byDirectory
    .slice(0, 12)
    .map((d) => `${escapeMarkdown(d.directory)} ${d.filesRead}/${d.filesInScope}`);
  const dirs = c.byDirectory.length > 1 ? ` (${listed.join(', ')}${c.byDirectory.length > 12 ? ', …' : ''})` : '';
  const bytes = `${c.percent} %, ${c.bytesRead} of ${c.bytesInScope} bytes`;
  return [`Coverage: read ${c.filesRead} of ${c.filesInScope} files in scope (${bytes})${dirs}.`, ''];
}

/** Below the findings: what was dropped and why, the fixes, notes, and where the artifacts and check run are. */
function tailSection(r: ScanReport, extras: SummaryExtras): string[] {
  const artifact = extras.artifact;
  return [
    ...droppedByTrust(r),
    ...(r.consensus ? ['', `Policy: ${escapeMarkdown(r.consensus.policy.rule)}.`] : []),
    ...droppedFindings(r),
    ...fixLines(r),
    ...(extras.notes ?? []).flatMap((n) => ['', escapeMarkdown(n)]),
    ...(artifact ? ['', artifactLine(artifact)] : []),
    ...(extras.checkRunUrl ? ['', `Check run: ${extras.checkRunUrl}`] : []),
  ];
}

/** A folded list, each item escaped: the model wrote most of what these lists hold. */
function details(summary: string, items: readonly string[]): string[] {
  const listed = items.map((i) => `- ${escapeMarkdown(i)}`);
  return ['', `<details><summary>${summary}</summary>`, '', ...listed, '', '</details>'];
}

/** Findings the verifier refuted or too few passes reported: a person may overrule either. */
function droppedByTrust(r: ScanReport): string[] {
  const refuted = r.verification?.dropped ?? [];
  const outvoted = (r.consensus?.dropped ?? []).filter((d) => d.why !== 'refuted');
  const out: string[] = [];
  if (refuted.length) {
    const items = refuted
      .slice(0, 50)
      .map(
        (d) =>
          `${d.severity} ${d.ruleId} ${d.file}:${d.startLine} ${d.title}, reported by ${d.votes} passes. ` +
          `The verifier: ${oneLine(d.reason, 300)}`,
      );
    out.push(...details(`${refuted.length} findings dropped by verification (a person may overrule)`, items));
  }
  if (outvoted.length) {
    const items = outvoted
      .slice(0, 50)
      .map((d) => `${d.severity} ${d.ruleId} ${d.file}:${d.startLine} ${d.title}: ${d.reason}`);
    out.push(...details(`${outvoted.length} findings dropped for too few votes`, items));
  }
  return out;
}

/** Findings that could not be placed in the repository, and answer items that were not findings. */
function droppedFindings(r: ScanReport): string[] {
  if (!r.dropped.length && !r.rejected.length) return [];
  return details(`${r.dropped.length + r.rejected.length} findings dropped`, [
    ...r.dropped.slice(0, 50).map((d) => `${d.file ?? '?'}:${d.startLine ?? '?'} ${d.ruleId ?? ''}: ${d.reason}`),
    ...r.rejected.slice(0, 50).map((d) => `answer item ${d.index}: ${d.reason}`),
  ]);
}

function fixLines(r: ScanReport): string[] {
  const fixes = r.fixes;
  if (!fixes || !(fixes.suggested || fixes.dropped.length)) return [];
  const patch = fixes.inPatch
    ? `, ${fixes.inPatch} of them in v16-fixes.patch (\`git apply\` it at the repository root, on the scanned commit)`
    : '';
  const out = ['', `Suggested fixes: ${fixes.suggested}${patch}.`];
  if (fixes.dropped.length) {
    const items = fixes.dropped.slice(0, 50).map((d) => `${d.file}:${d.startLine} ${d.reason}`);
    out.push(...details(`${fixes.dropped.length} fixes not offered`, items));
  }
  return out;
}

function artifactLine(artifact: NonNullable<SummaryExtras['artifact']>): string {
  const name = escapeMarkdown(artifact.name);
  const link = artifact.url ? `[${name}](${artifact.url})` : `\`${name}\``;
  return `Artifacts: ${link} (v16-events.jsonl, v16-report.json, v16-debug-bundle.zip, SARIF)`;
}

/** The findings table, header rows first; votes and verdicts only when the scan counted or verified. */
function findingTable(r: ScanReport, gh: GitHubContext | undefined): string[] {
  const items = r.findings.items;
  if (!items.length) return [];
  const trusted = items.some((f) => f.consensus || f.verification);
  const passes = r.consensus?.policy.passes;
  return [
    `| Severity | Rule | Location | Finding |${trusted ? ' Votes | Verification |' : ''}`,
    `| --- | --- | --- | --- |${trusted ? ' --- | --- |' : ''}`,
    ...items.map((f) => findingRow(f, gh) + (trusted ? trustCells(f, passes) : '')),
  ];
}

function findingRow(f: Finding, gh: GitHubContext | undefined): string {
  const cwe = f.cwe.length ? ` (${f.cwe.join(', ')})` : '';
  const known = f.baseline === 'existing' ? ' (existing)' : '';
  const rule = `${escapeMarkdown(f.ruleId)}${cwe}`;
  const carried = f.carriedFrom ? ` (reviewed at ${short(f.carriedFrom)})` : '';
  return `| ${f.severity}${known} | ${rule} | ${locationLink(gh, f)} | ${escapeMarkdown(f.title)}${carried} |`;
}

/** A finding's votes (of the policy's passes) and its verdict with the verifier's reason. */
function trustCells(f: Finding, passes: number | undefined): string {
  const votes = f.consensus ? `${f.consensus.votes}/${passes ?? f.consensus.votes}` : '';
  const v = f.verification;
  const verdict = v ? escapeMarkdown(`${verdictLabel(v)}: ${oneLine(v.reason, 200)}`) : '';
  return ` ${votes} | ${verdict} |`;
}
