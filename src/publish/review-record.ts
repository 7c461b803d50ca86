// The record of this review that the summary comment carries to the next run on the pull request: what the scan
// reviewed or carried, at the reviewed tree's lines, when the scan completed. A scan that did not complete did not
// review what it was given, so the last record is written back unchanged and the next run reviews that part again.
import { RECORD_BUDGET } from '../github/pull-request/bodies.js';
import { encodeRecord, type LastReview, type RecordedFinding, type ReviewRecord } from '../increment/record.js';
import { isUploadable, type ScanReport } from '../report/report.js';
import type { Redactor } from '../util/redact.js';

/** Where a finding is and what identifies it: never masked, like the report's own. */
const KEEP_AS_IS = new Set(['file', 'path', 'fingerprint', 'lineHash', 'reviewedAt', 'head', 'commit', 'blob']);

function recorded(report: ScanReport, head: string): RecordedFinding[] {
  return report.findings.items.map((f) => {
    const { head: _at, outsideChange: _o, baseline: _b, carriedFrom, ...rest } = f;
    return { ...rest, reviewedAt: carriedFrom ?? head };
  });
}

/** `report`: the scan's own, with the reviewed tree's lines (not the head's). */
export function recordToWrite(
  report: ScanReport,
  last: LastReview | undefined,
  redactor: Redactor,
): string | undefined {
  const review = report.review;
  if (!review) return undefined;
  if (!isUploadable(report.status)) return last?.encoded;
  const record: ReviewRecord = { version: 1, ...review.record, findings: recorded(report, review.record.head) };
  // The report was masked when it was written; the publisher's redactor knows the GitHub token as well.
  const masked = JSON.parse(JSON.stringify(record, redactor.jsonText(KEEP_AS_IS))) as ReviewRecord;
  return encodeRecord(masked, RECORD_BUDGET);
}
