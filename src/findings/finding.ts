// A finding as the scan reports it, and what its verifier concluded: the types every stage and publisher shares.
import type { Fix } from './fix.js';
import type { Confidence, Severity } from './severity.js';

export interface Finding {
  ruleId: string;
  title: string;
  severity: Severity;
  confidence: Confidence;
  cwe: string[];
  /** Relative to the repository root, forward slashes. */
  file: string;
  startLine: number;
  endLine: number;
  description: string;
  recommendation: string;
  /** Our stable identity (`vega/v1` in SARIF): rule + path + flagged code. */
  fingerprint: string;
  /** GitHub's line hash of startLine. */
  lineHash: string;
  /** Against a baseline SARIF: new, or already known (existing). Absent without a baseline. */
  baseline?: 'new' | 'existing';
  /** Diff scope: the finding lies outside the lines the change touched (kept in SARIF, not annotated). */
  outsideChange?: boolean;
  /**
   * A pull request's test merge was reviewed: where the finding (and its fix) is at the head commit, which
   * annotations, comments and links show; null when none of its lines is there (the base branch brought them).
   * Absent when the reviewed tree is the one shown.
   */
  head?: HeadLocation | null;
  /**
   * Carried from an earlier review of the pull request, whose code has not changed since: the head commit it was
   * reviewed at. Absent on a finding this scan reviewed.
   */
  carriedFrom?: string;
  /** Which review passes reported it (its cluster), when the scan made several or verified. */
  consensus?: Consensus;
  /** What the verifier concluded, when it ran. */
  verification?: Verification;
  /** A checked fix: it lies in the file, overlaps the finding and changes something. */
  fix?: Fix;
}

export interface HeadLocation {
  startLine: number;
  endLine: number;
  /** The fix's lines at the head; absent when they are not all there, in one piece (the fix is then not offered). */
  fix?: { startLine: number; endLine: number };
}

export interface DroppedFix {
  file: string;
  startLine: number;
  title: string;
  reason: string;
}

export interface Consensus {
  cluster: string;
  votes: number;
  passes: number[];
  /** Every pass's own report: where and how it put it. */
  variants: {
    pass: number;
    file: string;
    startLine: number;
    endLine: number;
    ruleId: string;
    severity: Severity;
    title: string;
  }[];
}

export interface DroppedFinding {
  reason: string;
  ruleId?: string;
  file?: string;
  startLine?: number;
  title?: string;
}

export type VerdictKind = 'confirmed' | 'refuted' | 'uncertain';

export interface Verification {
  verdict: VerdictKind | 'unverified';
  reason: string;
  evidence: { file: string; line: number; note: string }[];
  exploit: string | null;
  /** The verifier's judgement of the finding's proposed fix, when it had one. */
  fix?: { verdict: 'correct' | 'wrong'; reason: string } | null;
  /** The verification thread's id, when one ran. */
  thread?: string | null;
  /** A disputed cluster's two verifications, first and second, when a second one settled it (second-opinion.ts). */
  opinions?: Verification[];
  /**
   * Why there is no readable verdict (the thread failed, the answer was not JSON or broke its schema), for the log and
   * the report. Never shown with the finding: `reason` then says in a few words that the verification gave nothing.
   */
  problem?: string;
}
