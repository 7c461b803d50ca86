import type { ContainerInfo } from '../container/info.js';
import type { DroppedFinding, DroppedFix, Finding } from '../findings/finding.js';
import type { FixesPatch } from '../findings/fix-patch.js';
import type { Rejected } from '../findings/extract.js';
import type { Severity } from '../findings/severity.js';
import type { Coverage } from '../coverage/coverage.js';
import type { DroppedCluster, Policy } from '../findings/policy.js';
import type { ForwarderStats } from '../model/forwarder.js';
import type { TokenCounts } from '../model/token-meter.js';
import type { SteeringChange } from '../scope/steering.js';
import type { RecordFile, RecordPolicy } from '../increment/record.js';
import type { CommandRecord, LineProblem, UsageTotals } from '../codex/collector.js';

/** How the scan ended. Only completed and nothing_to_review are analyses that may go to code scanning. */
export type ScanStatus =
  'completed' | 'nothing_to_review' | 'incomplete' | 'budget_exceeded' | 'failed' | 'timed_out' | 'cancelled';

/** An analysis of any other scan could close open alerts of its category (github-platform.md §10). */
export function isUploadable(status: ScanStatus): boolean {
  return status === 'completed' || status === 'nothing_to_review';
}
/** Also the check-run conclusion: success, or failure for findings at or above fail-on and for a scan that failed. */
export type Conclusion = 'success' | 'failure' | 'timed_out' | 'cancelled';

export interface TokenReport {
  /** 0: no limit. */
  maxTokens: number;
  /** Input plus output tokens, what max-tokens limits. */
  used: number;
  exceeded: boolean;
  total: TokenCounts;
  byStage: Record<string, TokenCounts>;
  requests: ForwarderStats;
}

/** The pre-flight estimate of a scan's input tokens (src/scan/stages/estimate.ts). */
export interface Estimate {
  /** Input tokens of the scope's files, read once. */
  scopeTokens: number;
  /** The least the review passes can cost: each sends the overhead and the prompt, and reads the scope once. */
  leastTokens: number;
  /** What the scan is expected to cost, verification included (history grows with each read). */
  expectedTokens: number;
  /** Review requests per pass, and verifications, that the expectation assumes. */
  assumes: { requestsPerPass: number; verifications: number };
  /** Why the scan cannot fit max-tokens, when it cannot. */
  overBudget?: string;
}

/** What the defaults left out of a tree: how many, and the first of them with the reason. */
export interface LeftOutByDefault {
  count: number;
  items: { path: string; reason: string }[];
}

/** v16-report.json: what Codex analysed and how the scan ended, for people debugging a scan. */
export interface ScanReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  codex: {
    version: string | null;
    expectedVersion: string;
    bin: string;
    binSource: string;
    mode: 'direct' | 'container' | 'replay';
    command: string | null;
  };
  /** Container mode: the image, how it was obtained, the container's name and the model requests it made. */
  container: ContainerInfo | null;
  model: { name: string; baseUrl: string };
  scan: {
    id: string;
    path: string;
    include: string[];
    exclude: string[];
    prompt: {
      source: string;
      file?: string;
      readFrom?: 'base' | 'checkout';
      revision?: string | null;
      changedByPullRequest?: boolean;
      sha256: string;
      chars: number;
    };
    /** context-file: where it was read (a pull request's base, never its head) and whether the change edits it. */
    context: {
      file: string;
      bytes: number;
      sha256: string;
      readFrom: 'base' | 'checkout';
      revision: string | null;
      changedByPullRequest: boolean;
    } | null;
    sarifCategory: string;
  };
  /** Files the defaults left out of the tree (at most 1,000 listed), and why: vendored, lock, minified, generated. */
  leftOutByDefault: LeftOutByDefault;
  /**
   * Review-steering files changed by this pull request (agent instructions, skills, assistant config, context-file).
   */
  steering: { changed: SteeringChange[] } | null;
  /** When not the whole tree: a shard, a pull request's changes, or both; what was left out and why. */
  scope: {
    label: string;
    shard: string | null;
    diff: boolean;
    files: number;
    bytes: number;
    leftOut: { path: string; reason: string }[];
    ofScope: { source: string; files: number; excludedByDefaults: number; excludedByPatterns: number };
    findingsOutsideChanges: number;
    /** A pull request's test merge: findings whose lines are not in the head commit (not annotated or commented). */
    findingsNotAtHead: number;
  } | null;
  /**
   * On a pull request: whether this run reviewed the whole change or what changed since the last review (and why),
   * what it carried from that review, and what the record of this review holds.
   */
  review: {
    mode: 'full' | 'incremental';
    reason: string;
    /** The review this one builds on: the head it reviewed and the tree (test merge or head) it read. */
    since: { head: string; commit: string } | null;
    /** Files of the pull request's change that can be reviewed, and the repository paths reviewed by this run. */
    changeFiles: number;
    reviewedFiles: string[];
    /** Findings carried from earlier reviews (each says where: `carriedFrom`), and earlier ones reviewed again. */
    carried: number;
    reviewedAgain: number;
    record: { head: string; commit: string; policy: RecordPolicy; files: RecordFile[] };
  } | null;
  thread: { id: string | null };
  timing: { startedAt: string; finishedAt: string; durationMs: number; codexMs: number | null };
  exit: { code: number | null; signal: string | null; timedOut: boolean; cancelled: boolean };
  status: ScanStatus;
  conclusion: Conclusion;
  failOn: Severity | 'none';
  failure: { reason: string; hint?: string } | null;
  /** Why Codex was not started: the scope held no file it could review (nothing_to_review). */
  nothingToReview: string | null;
  /** Which files in scope the review read, from its commands and their output. */
  coverage: Coverage | null;
  /** Tokens the endpoint reported, counted at the forwarder, in all and per stage; null in a replay. */
  tokens: TokenReport | null;
  /** What the scan was expected to cost before it started (null when there was nothing to review). */
  estimate: Estimate | null;
  usage: UsageTotals;
  events: {
    lines: number;
    bytes: number;
    byType: Record<string, number>;
    problemCount: number;
    problems: LineProblem[];
  };
  notices: { count: number; items: string[] };
  commands: { count: number; items: CommandRecord[]; sandboxFailures: number };
  summary: string;
  /** Each review pass: its thread, events file, how many findings it reported, its commands and Codex's usage. */
  passes: {
    pass: number;
    thread: string | null;
    events: string;
    findings: number | null;
    commands: number;
    usage: UsageTotals;
    startedAt: string | null;
    finishedAt: string | null;
  }[];
  /** With several passes or verification: the policy, and the clusters it kept and dropped. */
  consensus: { policy: Policy; clusters: number; kept: number; dropped: DroppedCluster[] } | null;
  /**
   * With verify: one thread per verified cluster (two for a disputed one), the verdicts, and what verification dropped.
   */
  verification: {
    verified: number;
    /** Disputed clusters (confirmed, fewer than min-agreement votes) verified a second time. */
    secondOpinions: number;
    /** Settled verdicts, one per cluster. */
    byVerdict: Record<string, number>;
    threads: {
      cluster: string;
      opinion: number;
      thread: string | null;
      events: string;
      verdict: string;
      startedAt: string | null;
      finishedAt: string | null;
    }[];
    dropped: DroppedCluster[];
  } | null;
  findings: {
    total: number;
    bySeverity: Record<Severity, number>;
    atOrAboveFailOn: number;
    omittedFromSarif: number;
    /** With baseline-sarif: how many findings are new and how many the baseline already held. */
    baseline: { file: string; new: number; existing: number; failOnExisting: boolean } | null;
    items: Finding[];
  };
  /** Suggested fixes: how many findings carry a checked fix, those dropped and why, and the combined patch. */
  fixes: { suggested: number; inPatch: number; dropped: DroppedFix[]; leftOutOfPatch: FixesPatch['leftOut'] };
  dropped: DroppedFinding[];
  rejected: Rejected[];
  adjustments: string[];
  warnings: string[];
  files: {
    events: string;
    stderr: string | null;
    sarif: string;
    report: string;
    debugBundle: string | null;
    threads: string[];
    fixes?: string | null;
  };
}
