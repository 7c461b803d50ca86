// The scan reads a pull request's test merge; annotations, review comments and links show the head commit. This is
// the report as seen there: each finding at its head lines, with its fix only where the fix's lines are there whole.
// A finding with no line at the head keeps its lines and `head: null`, so it is listed without a place to point at.
import type { Finding } from '../findings/finding.js';
import type { ScanReport } from '../report/report.js';

export function atHead(f: Finding): Finding {
  if (!f.head) return f;
  const { head, fix, ...rest } = f;
  const moved: Finding = { ...rest, startLine: head.startLine, endLine: head.endLine };
  if (fix && head.fix) moved.fix = { ...fix, startLine: head.fix.startLine, endLine: head.fix.endLine };
  return moved;
}

export function reportAtHead(report: ScanReport): ScanReport {
  if (!report.findings.items.some((f) => f.head !== undefined)) return report;
  return { ...report, findings: { ...report.findings, items: report.findings.items.map(atHead) } };
}

/** Findings a person can be pointed to at the head. */
export const shownAtHead = (f: Finding) => f.head !== null;
