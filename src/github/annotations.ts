// Findings as annotations: Checks API annotations (at most 1,000, 50 per request, most severe first), or, when the
// token may not write checks, workflow-command annotations within the runner's per-step limits.
import { trustLine } from '../findings/trust.js';
import type { Finding } from '../findings/finding.js';
import type { Severity } from '../findings/severity.js';
import { compareFindings } from '../sarif/sarif.js';
import { singleLine, visibleText } from '../util/visible-text.js';

export const ANNOTATIONS_PER_REQUEST = 50;
/**
 * Check-run annotations of one scan: the most severe findings, sent in 20 requests; the rest are counted in the check
 * run's summary. A review reports tens of findings; thousands come from a flooded answer, and every request counts
 * against the job token's rate limit.
 */
export const MAX_CHECK_ANNOTATIONS = 1000;
/** The runner keeps 10 annotations of each type per step. */
export const WORKFLOW_ANNOTATIONS_PER_TYPE = 10;
const MAX_MESSAGE = 60_000;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
  raw_details?: string;
}

const LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = {
  critical: 'failure',
  high: 'failure',
  medium: 'warning',
  low: 'notice',
};

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function toCheckAnnotations(findings: readonly Finding[]): CheckAnnotation[] {
  return [...findings].sort(compareFindings).map((f) => {
    const trust = trustLine(f);
    const cwe = f.cwe.length ? ` ${f.cwe.join(' ')}` : '';
    return {
      path: f.file,
      start_line: f.startLine,
      end_line: f.endLine,
      annotation_level: LEVEL[f.severity],
      // Plain text: a person reads it as written, so hidden characters are shown and the title keeps to one line.
      title: clip(singleLine(`[${f.severity}] ${f.title}`), 255),
      message: clip(
        visibleText(`${f.description}\n\nRecommendation: ${f.recommendation}${trust ? `\n\n${trust}` : ''}`),
        MAX_MESSAGE,
      ),
      raw_details: clip(`${f.ruleId}${cwe} · confidence ${f.confidence} · fingerprint ${f.fingerprint}`, 1000),
    };
  });
}

export interface CheckAnnotationPlan {
  shown: CheckAnnotation[];
  /** Findings beyond MAX_CHECK_ANNOTATIONS, for the check run's summary. */
  leftOut: number;
}

/** The most severe findings up to `max` as annotations; only those are built, however many findings there are. */
export function planCheckAnnotations(findings: readonly Finding[], max = MAX_CHECK_ANNOTATIONS): CheckAnnotationPlan {
  const kept = findings.length > max ? [...findings].sort(compareFindings).slice(0, max) : findings;
  return { shown: toCheckAnnotations(kept), leftOut: findings.length - kept.length };
}

/** The line the check run's summary carries for findings left out, or none. */
export function notAnnotatedNote(leftOut: number): string[] {
  return leftOut > 0
    ? [
        `${leftOut} more findings are not annotated: ` +
          `a check run shows at most ${MAX_CHECK_ANNOTATIONS}, the most severe. ` +
          `v16-report.json lists every finding.`,
      ]
    : [];
}

export function inBatches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface WorkflowAnnotationPlan {
  shown: CheckAnnotation[];
  /** How many findings did not fit, for the closing notice. */
  leftOut: number;
}

/**
 * The most severe findings that fit the per-step limits, leaving room for the annotations the step makes anyway
 * (`reserved`: its failure line, its warnings) and for the notice that says what was left out.
 */
export function planWorkflowAnnotations(
  findings: readonly Finding[],
  reserved: { errors: number; warnings: number } = { errors: 0, warnings: 0 },
): WorkflowAnnotationPlan {
  const all = toCheckAnnotations(findings);
  const room: Record<CheckAnnotation['annotation_level'], number> = {
    failure: Math.max(0, WORKFLOW_ANNOTATIONS_PER_TYPE - reserved.errors),
    warning: Math.max(0, WORKFLOW_ANNOTATIONS_PER_TYPE - reserved.warnings),
    notice: WORKFLOW_ANNOTATIONS_PER_TYPE - 1,
  };
  const shown: CheckAnnotation[] = [];
  for (const a of all) {
    if (room[a.annotation_level] > 0) {
      room[a.annotation_level] -= 1;
      shown.push(a);
    }
  }
  return { shown, leftOut: all.length - shown.length };
}
