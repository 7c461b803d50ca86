// A previous SARIF as a baseline: findings whose fingerprint it already holds are "existing" (SARIF baselineState
// "unchanged"); they are not annotated again and, unless fail-on-existing is set, do not count for fail-on.
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import type { Finding } from './normalize.js';

export interface Baseline {
  file: string;
  /** `vega/v1` fingerprints of the baseline's results. */
  fingerprints: Set<string>;
  /** GitHub line hashes with their rule, for baselines written by other versions. */
  lineHashes: Set<string>;
}

export function readBaseline(file: string): Baseline {
  let log: { runs?: { results?: { ruleId?: string; partialFingerprints?: Record<string, string> }[] }[] };
  try {
    log = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`Input baseline-sarif: ${file} is not a readable SARIF file (${(error as Error).message}).`);
  }
  if (!Array.isArray(log.runs)) throw new ConfigurationError(`Input baseline-sarif: ${file} has no "runs": is it a SARIF file?`);
  const fingerprints = new Set<string>();
  const lineHashes = new Set<string>();
  for (const run of log.runs) {
    for (const r of run.results ?? []) {
      const fp = r.partialFingerprints?.['vega/v1'];
      if (fp) fingerprints.add(fp);
      const lh = r.partialFingerprints?.primaryLocationLineHash;
      if (lh && r.ruleId) lineHashes.add(`${r.ruleId}\0${lh}`);
    }
  }
  return { file, fingerprints, lineHashes };
}

export function isKnown(f: Finding, b: Baseline, sarifRuleId: string): boolean {
  return b.fingerprints.has(f.fingerprint) || b.lineHashes.has(`${sarifRuleId}\0${f.lineHash}`);
}
