// A previous SARIF as a baseline: findings whose fingerprint it already holds are "existing" (SARIF baselineState
// "unchanged"); they are not annotated again and, unless fail-on-existing is set, do not count for fail-on.
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../util/errors.js';
import type { Finding } from './finding.js';
import { SEVERITIES } from './severity.js';

export interface Baseline {
  file: string;
  /** `vega/v1` fingerprints of the baseline's results. */
  fingerprints: Set<string>;
  /** GitHub line hashes with their rule (without a severity), for baselines written by other versions. */
  lineHashes: Set<string>;
}

// Earlier versions wrote rule ids with the severity (`sql-injection/high`). Without it, their baselines still match,
// and a finding rated otherwise since then is still the same finding.
const SEVERITY_SUFFIX = new RegExp(`/(?:${SEVERITIES.join('|')})$`);
const ruleOf = (sarifRuleId: string) => sarifRuleId.replace(SEVERITY_SUFFIX, '');

export function readBaseline(file: string): Baseline {
  let log: { runs?: { results?: { ruleId?: string; partialFingerprints?: Record<string, string> }[] }[] };
  try {
    log = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(
      `Input baseline-sarif: ${file} is not a readable SARIF file (${(error as Error).message}).`,
    );
  }
  if (!Array.isArray(log.runs))
    throw new ConfigurationError(`Input baseline-sarif: ${file} has no "runs": is it a SARIF file?`);
  const fingerprints = new Set<string>();
  const lineHashes = new Set<string>();
  for (const run of log.runs) {
    for (const r of run.results ?? []) {
      const fp = r.partialFingerprints?.['vega/v1'];
      if (fp) fingerprints.add(fp);
      const lh = r.partialFingerprints?.primaryLocationLineHash;
      if (lh && typeof r.ruleId === 'string' && r.ruleId) lineHashes.add(`${ruleOf(r.ruleId)}\0${lh}`);
    }
  }
  return { file, fingerprints, lineHashes };
}

export function isKnown(f: Finding, b: Baseline, sarifRuleId: string): boolean {
  return b.fingerprints.has(f.fingerprint) || b.lineHashes.has(`${ruleOf(sarifRuleId)}\0${f.lineHash}`);
}
