export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** 0 for critical, growing as severity falls: sorts most severe first. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** Whether a finding of severity `s` reaches the `fail-on` threshold. */
export function meetsThreshold(s: Severity, threshold: Severity | 'none'): boolean {
  return threshold !== 'none' && severityRank(s) <= severityRank(threshold);
}
