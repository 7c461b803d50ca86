// The job summary (and the check run's summary): findings by severity with links to the scanned commit, model and
// token usage, duration, what was dropped and why, where the artifacts are. Always within the size it is given.
import { verdictLabel } from '../findings/trust.js';
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
  if (r.failure) return singleLine(`Scan ${r.status === 'completed' ? 'failed' : r.status.replace('_', ' ')}: ${r.failure.reason}`);
  if (r.nothingToReview) return singleLine(`Nothing to review, so Codex was not started: ${r.nothingToReview}`);
  const counts = Object.entries(r.findings.bySeverity)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const baseline = r.findings.baseline ? `; ${r.findings.baseline.new} new, ${r.findings.baseline.existing} already in the baseline` : '';
  return r.findings.total === 0 ? 'No findings' : `${r.findings.total} findings (${counts}${baseline})`;
}

/** Tokens as the endpoint reported them, per stage when there is more than one, and the budget. */
function tokenLine(r: ScanReport): string {
  const t = r.tokens;
  if (!t) return `tokens: ${r.usage.input_tokens} in (${r.usage.cached_input_tokens} cached), ${r.usage.output_tokens} out (${r.usage.reasoning_output_tokens} reasoning)`;
  const counts = (c: { input: number; cachedInput: number; output: number }) => `${c.input} in (${c.cachedInput} cached), ${c.output} out`;
  const stages = Object.entries(t.byStage);
  const per = stages.length > 1 ? ` [${stages.map(([s, c]) => `${escapeMarkdown(s)}: ${counts(c)}`).join('; ')}]` : '';
  const budget = t.maxTokens ? ` of max-tokens ${t.maxTokens}${t.exceeded ? ' (crossed)' : ''}` : '';
  return `tokens: ${counts(t.total)}${per}, ${t.used} used${budget}`;
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
    out.push(`⚠️ **Review-steering files changed by this pull request** (${steering.length}): Codex did not take them as instructions, but they may try to steer this or another AI reviewer. A person should read them.`, '');
    for (const s of steering.slice(0, 30)) out.push(`- ${escapeMarkdown(s.path)} (${s.status}${s.kind === 'assistant' ? '' : `, this action's ${s.kind}`})`);
    if (steering.length > 30) out.push(`- … and ${steering.length - 30} more (see "steering" in v16-report.json)`);
    out.push('');
  }
  return out;
}

function size(s: string): number {
  return Buffer.byteLength(s);
}

export function renderSummary(r: ScanReport, gh: GitHubContext | undefined, budget: number, extras: SummaryExtras = {}): string {
  const head: string[] = [];
  head.push(`## ${ICON[r.conclusion] ?? ''} vega-codex security review: ${r.conclusion.replace('_', ' ')}`);
  head.push('');
  head.push(escapeMarkdown(headline(r)) + (r.failure?.hint ? ` ${escapeMarkdown(r.failure.hint)}` : ''));
  head.push('');
  const seconds = (r.timing.durationMs / 1000).toFixed(1);
  head.push(
    `Model \`${escapeMarkdown(r.model.name)}\` · ${tokenLine(r)} · ${seconds} s · Codex ${escapeMarkdown(r.codex.version ?? '?')} (${r.codex.mode}${r.container ? `, ${escapeMarkdown(r.container.image)}${r.container.verified ? ', pinned digest verified' : ''}` : ''}) · fail-on \`${r.failOn}\``,
  );
  head.push('');
  if (r.coverage) {
    const c = r.coverage;
    const dirs = c.byDirectory.length > 1 ? ` (${c.byDirectory.slice(0, 12).map((d) => `${escapeMarkdown(d.directory)} ${d.filesRead}/${d.filesInScope}`).join(', ')}${c.byDirectory.length > 12 ? ', …' : ''})` : '';
    head.push(`Coverage: read ${c.filesRead} of ${c.filesInScope} files in scope (${c.percent} %, ${c.bytesRead} of ${c.bytesInScope} bytes)${dirs}.`, '');
  }
  head.push(...trustedInputs(r));

  const tail: string[] = [];
  const refuted = r.verification?.dropped ?? [];
  const outvoted = (r.consensus?.dropped ?? []).filter((d) => d.why !== 'refuted');
  if (refuted.length) {
    tail.push('', `<details><summary>${refuted.length} findings dropped by verification (a person may overrule)</summary>`, '');
    for (const d of refuted.slice(0, 50)) tail.push(`- ${escapeMarkdown(`${d.severity} ${d.ruleId} ${d.file}:${d.startLine} ${d.title}, reported by ${d.votes} passes. The verifier: ${oneLine(d.reason, 300)}`)}`);
    tail.push('', '</details>');
  }
  if (outvoted.length) {
    tail.push('', `<details><summary>${outvoted.length} findings dropped for too few votes</summary>`, '');
    for (const d of outvoted.slice(0, 50)) tail.push(`- ${escapeMarkdown(`${d.severity} ${d.ruleId} ${d.file}:${d.startLine} ${d.title}: ${d.reason}`)}`);
    tail.push('', '</details>');
  }
  if (r.consensus) tail.push('', `Policy: ${escapeMarkdown(r.consensus.policy.rule)}.`);
  if (r.dropped.length || r.rejected.length) {
    tail.push('', `<details><summary>${r.dropped.length + r.rejected.length} findings dropped</summary>`, '');
    for (const d of r.dropped.slice(0, 50)) tail.push(`- ${escapeMarkdown(`${d.file ?? '?'}:${d.startLine ?? '?'} ${d.ruleId ?? ''}: ${d.reason}`)}`);
    for (const d of r.rejected.slice(0, 50)) tail.push(`- ${escapeMarkdown(`answer item ${d.index}: ${d.reason}`)}`);
    tail.push('', '</details>');
  }
  const fixes = r.fixes;
  if (fixes && (fixes.suggested || fixes.dropped.length)) {
    tail.push('', `Suggested fixes: ${fixes.suggested}${fixes.inPatch ? `, ${fixes.inPatch} of them in v16-fixes.patch (\`git apply\` it at the repository root, on the scanned commit)` : ''}.`);
    if (fixes.dropped.length) {
      tail.push('', `<details><summary>${fixes.dropped.length} fixes not offered</summary>`, '');
      for (const d of fixes.dropped.slice(0, 50)) tail.push(`- ${escapeMarkdown(`${d.file}:${d.startLine} ${d.reason}`)}`);
      tail.push('', '</details>');
    }
  }
  for (const n of extras.notes ?? []) tail.push('', escapeMarkdown(n));
  if (extras.artifact) {
    const name = escapeMarkdown(extras.artifact.name);
    tail.push('', `Artifacts: ${extras.artifact.url ? `[${name}](${extras.artifact.url})` : `\`${name}\``} (v16-events.jsonl, v16-report.json, v16-debug-bundle.zip, SARIF)`);
  }
  if (extras.checkRunUrl) tail.push('', `Check run: ${extras.checkRunUrl}`);

  const rows: string[] = [];
  const items = r.findings.items;
  const trusted = items.some((f) => f.consensus || f.verification);
  if (items.length) {
    rows.push(`| Severity | Rule | Location | Finding |${trusted ? ' Votes | Verification |' : ''}`, `| --- | --- | --- | --- |${trusted ? ' --- | --- |' : ''}`);
    for (const f of items) {
      const link = locationLink(gh, f);
      const cwe = f.cwe.length ? ` (${f.cwe.join(', ')})` : '';
      const known = f.baseline === 'existing' ? ' (existing)' : '';
      const trust = trusted ? ` ${f.consensus ? `${f.consensus.votes}/${r.consensus?.policy.passes ?? f.consensus.votes}` : ''} | ${f.verification ? escapeMarkdown(`${verdictLabel(f.verification)}: ${oneLine(f.verification.reason, 200)}`) : ''} |` : '';
      rows.push(`| ${f.severity}${known} | ${escapeMarkdown(f.ruleId)}${cwe} | ${link} | ${escapeMarkdown(f.title)} |${trust}`);
    }
  }

  const fixed = size(head.join('\n')) + size(tail.join('\n')) + 200;
  let used = fixed;
  const shown: string[] = [];
  for (const row of rows) {
    if (used + size(row) + 1 > budget) break;
    shown.push(row);
    used += size(row) + 1;
  }
  const findingRows = Math.max(0, shown.length - 2);
  const more = items.length - findingRows;
  const body = [...head, ...shown];
  if (more > 0 && items.length > 0) body.push('', `… and ${more} more findings, not shown here to stay within GitHub's size limit: see the SARIF file and v16-report.json.`);
  return [...body, ...tail].join('\n') + '\n';
}
