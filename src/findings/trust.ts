// How a finding earned its place, in one line for people: the votes of the review passes and the verifier's verdict.
import type { Finding } from './finding.js';

/** The verdict in words: a disputed finding that two verifications confirmed is "confirmed twice". */
export function verdictLabel(v: NonNullable<Finding['verification']>): string {
  return v.verdict === 'confirmed' && v.opinions ? 'confirmed twice' : v.verdict;
}

export function trustLine(f: Finding): string | undefined {
  const parts: string[] = [];
  const c = f.consensus;
  if (c && c.variants.length > 0)
    parts.push(`Reported by ${c.votes} of the review passes (${c.passes.map((p) => `#${p}`).join(', ')})`);
  const v = f.verification;
  // A verification that gave no verdict says so in a few words; what went wrong is in the log and the report.
  if (v)
    parts.push(
      v.verdict === 'unverified'
        ? v.reason
        : v.problem
          ? `Verification: ${verdictLabel(v)} (${v.reason})`
          : `Verification: ${verdictLabel(v)}. ${v.reason}`,
    );
  return parts.length ? parts.join('. ') : undefined;
}
