import type { ScanReport } from '../report/report.js';

/** The one line that says why a step failed, or undefined when it passes. */
export function failureLine(report: ScanReport): string | undefined {
  if (report.failure) {
    const what = { timed_out: 'timed out', cancelled: 'was cancelled', incomplete: 'is incomplete', budget_exceeded: 'ran out of budget' }[report.status as string] ?? 'failed';
    return `The scan ${what}: ${report.failure.reason}${report.failure.hint ? ` ${report.failure.hint}` : ''}`;
  }
  if (report.conclusion === 'failure') {
    const counts = Object.entries(report.findings.bySeverity)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ');
    return `Codex found ${report.findings.atOrAboveFailOn} findings at or above fail-on "${report.failOn}" (${counts}). See the SARIF and report for details.`;
  }
  return undefined;
}
