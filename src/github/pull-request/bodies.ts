// The text of the action's pull-request comments. Everything from the model or the repository is escaped, so that a
// finding cannot add markup, mentions or a marker of its own; every body stays under GitHub's 65,536 characters.
import type { Finding } from '../../findings/normalize.js';
import { trustLine } from '../../findings/trust.js';
import type { ScanReport } from '../../report/report.js';
import { headline } from '../summary.js';
import { escapeMarkdown, escapeMarkdownBlock, fenceFor, locationLink } from '../markdown.js';
import type { GitHubContext } from '../context.js';
import { findingMarker, summaryMarker, type FindingMarker } from './markers.js';

/** GitHub rejects a comment body over 65,536 characters; room is left for the status line and the marker. */
export const MAX_COMMENT = 60_000;
const CONTENT = '<!-- vega-codex:content -->';

const short = (sha: string) => sha.slice(0, 7);

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The finding as a reviewer reads it; with `suggestion`, its fix as a block GitHub can commit. */
export function findingContent(f: Finding, suggestion: boolean): string {
  const cwe = f.cwe.length ? `, ${f.cwe.join(', ')}` : '';
  const trust = trustLine(f);
  const fence = f.fix ? fenceFor(f.fix.replacement) : '';
  const fix = f.fix && suggestion ? [`${fence}suggestion`, f.fix.replacement, fence, ''] : [];
  const fixNote = f.fix && !suggestion ? [`A fix of lines ${f.fix.startLine}-${f.fix.endLine} is in the SARIF file and in v16-fixes.patch.`, ''] : [];
  const fixed = [...fix, ...fixNote].join('\n').length;
  // The description gives way first when the body would be too long.
  const room = Math.max(200, MAX_COMMENT - fixed - 2 * 8000 - 1000);
  return [
    `**${f.severity.toUpperCase()}** · ${escapeMarkdown(f.title)} (\`${f.ruleId}\`${cwe})`,
    '',
    escapeMarkdownBlock(cut(f.description, room)),
    '',
    `**Recommendation:** ${escapeMarkdownBlock(cut(f.recommendation, 8000))}`,
    '',
    ...(trust ? [escapeMarkdownBlock(cut(trust, 8000)), ''] : []),
    ...fix,
    ...fixNote,
    `<sub>vega-codex security review · ${escapeMarkdown(f.file)}:${f.startLine}${f.endLine > f.startLine ? `-${f.endLine}` : ''}</sub>`,
  ].join('\n');
}

export type StatusNote = { kind: 'fixed'; sha: string } | { kind: 'dropped'; sha: string; reason: string } | { kind: 'again'; sha: string; since: string };

function statusLine(note: StatusNote | undefined): string {
  if (!note) return '';
  if (note.kind === 'fixed') return `> [!NOTE]\n> ✅ **Fixed at \`${short(note.sha)}\`**: the review of that commit no longer reports this finding.\n\n`;
  if (note.kind === 'dropped') return `> [!NOTE]\n> ⚪ **Dropped at \`${short(note.sha)}\`**: verification refuted it: ${escapeMarkdown(cut(note.reason, 2000))}\n\n`;
  return `> [!WARNING]\n> **Reported again at \`${short(note.sha)}\`**, after it was no longer reported at \`${short(note.since)}\`.\n\n`;
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
  resolved: number;
  runUrl: string;
}

const MAX_ROWS = 50;

/** The one summary comment of the pull request, edited in place on every run. */
export function summaryBody(s: SummaryFacts): string {
  const { report: r, gh } = s;
  const icon = r.conclusion === 'success' ? '✅' : r.failure ? '⚠️' : '❌';
  const lines = [`### ${icon} vega-codex security review`, '', `${escapeMarkdown(headline(r))} at \`${short(gh.sha)}\`.`, ''];
  const items = r.findings.items;
  if (items.length) {
    lines.push('| Severity | Finding | Location | |', '|---|---|---|---|');
    for (const f of items.slice(0, MAX_ROWS)) {
      const where = locationLink(gh, f);
      const url = s.commentUrls.get(f.fingerprint);
      const note = url ? `[comment](${url})` : f.outsideChange ? 'outside the changed lines' : f.baseline === 'existing' ? 'in the baseline' : '';
      lines.push(`| ${f.severity} | ${escapeMarkdown(cut(f.title, 200))}${f.fix ? ' (fix suggested)' : ''} | ${where} | ${note} |`);
    }
    if (items.length > MAX_ROWS) lines.push('', `… and ${items.length - MAX_ROWS} more in the check run and the report.`);
    lines.push('');
  }
  if (s.resolved) lines.push(`${s.resolved} earlier findings are no longer reported; their comments say so.`, '');
  if (r.failure) lines.push(`The scan did not complete, so no earlier comment was marked fixed. ${escapeMarkdown(r.failure.hint ?? '')}`, '');
  lines.push(`<sub>[Workflow run](${s.runUrl}) · updated on every run</sub>`, '');
  return `${cut(lines.join('\n'), MAX_COMMENT)}\n${summaryMarker(s.key)}`;
}
