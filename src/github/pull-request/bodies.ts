// The text of the action's pull-request comments. Everything from the model or the repository is escaped, so that a
// finding cannot add markup, mentions, links or a marker of its own, and hidden characters are shown; a suggested
// fix's code, which must stay exactly as it is to apply, is offered only when it holds neither. Every body stays
// under GitHub's 65,536 characters.
import type { Finding } from '../../findings/finding.js';
import { trustLine } from '../../findings/trust.js';
import type { ScanReport } from '../../report/report.js';
import { headline } from '../summary.js';
import { escapeMarkdown, escapeMarkdownBlock, fenceFor, locationLink } from '../markdown.js';
import type { GitHubContext } from '../context.js';
import { hiddenCharacters } from '../../util/visible-text.js';
import { findingMarker, MARKER_LIKE, summaryMarker, type FindingMarker } from './markers.js';

/** GitHub rejects a comment body over 65,536 characters; room is left for the status line and the marker. */
export const MAX_COMMENT = 60_000;
/** What GitHub takes in one comment body. */
export const GITHUB_MAX_COMMENT = 65_536;
/** The most of the summary comment a review record may take; a larger one is written without its findings. */
export const RECORD_BUDGET = 40_000;
const CONTENT = '<!-- vega-codex:content -->';

const short = (sha: string) => sha.slice(0, 7);

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Why a fix's code may not be shown as a suggestion, or undefined. Code cannot be escaped without changing it, so
 * code that holds hidden characters (a bidirectional control reorders what a reviewer sees, and one click would
 * commit it) or text shaped like this action's marker is not offered at all.
 */
export function unsafeCode(code: string): string | undefined {
  const hidden = hiddenCharacters(code);
  const listed = `${hidden.slice(0, 5).join(', ')}${hidden.length > 5 ? ', …' : ''}`;
  if (hidden.length)
    return `its code holds characters that do not show (${listed}), which a suggestion would commit unseen`;
  if (MARKER_LIKE.test(code))
    return "its code holds text shaped like this action's hidden comment marker, which only the action writes";
  return undefined;
}

function fixLines(f: Finding, suggestion: boolean): string[] {
  if (!f.fix) return [];
  const where = `A fix of lines ${f.fix.startLine}-${f.fix.endLine} is in the SARIF file and in v16-fixes.patch`;
  const unsafe = unsafeCode(f.fix.replacement);
  if (unsafe) return [`${where}; it is not shown here: ${unsafe}.`, ''];
  if (!suggestion) return [`${where}.`, ''];
  const fence = fenceFor(f.fix.replacement);
  return [`${fence}suggestion`, f.fix.replacement, fence, ''];
}

/** The finding as a reviewer reads it; with `suggestion`, its fix as a block GitHub can commit. */
export function findingContent(f: Finding, suggestion: boolean): string {
  const cwe = f.cwe.length ? `, ${f.cwe.join(', ')}` : '';
  const trust = trustLine(f);
  const fix = fixLines(f, suggestion);
  // The description gives way first when the body would be too long.
  const room = Math.max(200, MAX_COMMENT - fix.join('\n').length - 2 * 8000 - 1000);
  const to = f.endLine > f.startLine ? `-${f.endLine}` : '';
  return [
    `**${f.severity.toUpperCase()}** · ${escapeMarkdown(f.title)} (\`${f.ruleId}\`${cwe})`,
    '',
    escapeMarkdownBlock(cut(f.description, room)),
    '',
    `**Recommendation:** ${escapeMarkdownBlock(cut(f.recommendation, 8000))}`,
    '',
    ...(trust ? [escapeMarkdownBlock(cut(trust, 8000)), ''] : []),
    ...fix,
    `<sub>vega-codex security review · ${escapeMarkdown(f.file)}:${f.startLine}${to}</sub>`,
  ].join('\n');
}

export type StatusNote =
  | { kind: 'fixed'; sha: string }
  | { kind: 'dropped'; sha: string; reason: string }
  | { kind: 'again'; sha: string; since: string };

function statusLine(note: StatusNote | undefined): string {
  if (!note) return '';
  const sha = `\`${short(note.sha)}\``;
  if (note.kind === 'fixed')
    return `> [!NOTE]\n> ✅ **Fixed at ${sha}**: the review of that commit no longer reports this finding.\n\n`;
  if (note.kind === 'dropped')
    return (
      `> [!NOTE]\n> ⚪ **Dropped at ${sha}**: ` +
      `verification refuted it: ${escapeMarkdown(cut(note.reason, 2000))}\n\n`
    );
  return (
    `> [!WARNING]\n> **Reported again at ${sha}**, ` +
    `after it was no longer reported at \`${short(note.since)}\`.\n\n`
  );
}

export function findingBody(content: string, marker: FindingMarker, note?: StatusNote): string {
  return `${statusLine(note)}${CONTENT}\n${content}\n\n${findingMarker(marker)}`;
}

/** A fixed finding's suggestion is history, not something to commit: it stays as plain code. */
export function withoutSuggestion(content: string): string {
  return content.replace(/^(`{3,})suggestion$/m, '$1');
}

/** The content of an earlier body of ours, without its status line and marker. */
export function contentOf(body: string): string {
  const start = body.indexOf(CONTENT);
  const from = start < 0 ? body : body.slice(start + CONTENT.length + 1);
  return from.replace(/\n*<!-- vega-codex:finding:v1 [A-Za-z0-9+/=]+ -->\s*$/, '');
}

export interface SummaryFacts {
  report: ScanReport;
  gh: GitHubContext;
  key: string;
  /** Finding fingerprint → URL of its review comment. */
  commentUrls: Map<string, string>;
  /** Findings on changed lines left without a comment because the run had posted its most; and that most. */
  overLimit: { fingerprints: ReadonlySet<string>; limit: number };
  resolved: number;
  runUrl: string;
  /** The review record (increment/record.ts), encoded, which the marker line carries for the next run. */
  record?: string;
}

function rowNote(s: SummaryFacts, f: ScanReport['findings']['items'][number]): string {
  const url = s.commentUrls.get(f.fingerprint);
  // What the pull request's review holds, not how this run got there: a re-run at the same head writes the same body.
  const at = s.report.review ? `reviewed at \`${short(f.carriedFrom ?? s.gh.sha)}\`` : '';
  const note = url
    ? `[comment](${url})`
    : s.overLimit.fingerprints.has(f.fingerprint)
      ? 'no comment: over the limit'
      : f.outsideChange
        ? 'outside the changed lines'
        : f.baseline === 'existing'
          ? 'in the baseline'
          : '';
  return [note, at].filter(Boolean).join(', ');
}

/** The findings as table rows, most severe first, as many as `room` characters hold; and how many did not fit. */
function findingRows(s: SummaryFacts, room: number): { rows: string[]; left: number } {
  const rows: string[] = [];
  let used = 0;
  for (const f of s.report.findings.items) {
    const title = `${escapeMarkdown(cut(f.title, 200))}${f.fix ? ' (fix suggested)' : ''}`;
    const row = `| ${f.severity} | ${title} | ${locationLink(s.gh, f)} | ${rowNote(s, f)} |`;
    if (used + row.length + 1 > room) break;
    rows.push(row);
    used += row.length + 1;
  }
  return { rows, left: s.report.findings.items.length - rows.length };
}

/** The one summary comment of the pull request, edited in place on every run. */
export function summaryBody(s: SummaryFacts): string {
  const { report: r, gh } = s;
  const icon = r.conclusion === 'success' ? '✅' : r.failure ? '⚠️' : '❌';
  const head = [
    `### ${icon} vega-codex security review`,
    '',
    `${escapeMarkdown(headline(r))} at \`${short(gh.sha)}\`.`,
    '',
  ];
  const over = s.overLimit.fingerprints.size;
  if (over)
    head.push(
      `${over} findings on changed lines have no review comment: ` +
        `a run posts at most ${s.overLimit.limit}, the most severe first. They are listed here.`,
      '',
    );
  const tail: string[] = [];
  if (s.resolved) tail.push(`${s.resolved} earlier findings are no longer reported; their comments say so.`, '');
  if (r.failure)
    tail.push(
      `The scan did not complete, so no earlier comment was marked fixed. ${escapeMarkdown(r.failure.hint ?? '')}`,
      '',
    );
  tail.push(`<sub>[Workflow run](${s.runUrl}) · updated on every run</sub>`, '');
  const marker = summaryMarker(s.key, s.record);
  const limit = Math.min(MAX_COMMENT, GITHUB_MAX_COMMENT - marker.length - 100);
  const table: string[] = [];
  if (r.findings.items.length) {
    // Rows fill what the other parts leave of the body; a line for the rest is kept room for.
    const { rows, left } = findingRows(s, limit - [...head, ...tail].join('\n').length - 300);
    table.push('| Severity | Finding | Location | |', '|---|---|---|---|', ...rows);
    if (left > 0) table.push('', `… and ${left} more in the check run and the report.`);
    table.push('');
  }
  return `${cut([...head, ...table, ...tail].join('\n'), limit)}\n${marker}`;
}
