import type { NetworkMode, SandboxLimits } from '../container/docker-run.js';
import type { ImagePolicy } from '../container/image.js';
import type { Severity } from '../findings/severity.js';
import type { TrustedFile } from '../config/trusted-file.js';
import type { PullRequestCheckout } from '../scope/pull-request.js';
import type { Shard } from '../scope/shard.js';

/** How Codex is started: the binary itself on the runner, or inside the vega-codex-runner container. */
export type RunnerSettings =
  | { mode: 'direct'; bin: string; source: 'codex-bin' | 'VEGA_V16_CODEX_BIN' }
  | { mode: 'container'; image: string; policy: ImagePolicy; network: NetworkMode; extraCaFile?: string; limits: SandboxLimits };

/** Everything a scan needs, validated once (by the action's inputs or the CLI's flags). */
export interface ScanSettings {
  apiKey: string;
  /** OpenAI-compatible base URL, no credentials in it. */
  baseUrl: string;
  model?: string;
  /** The review task; a prompt-file is read like context (from a pull request's base). */
  prompt: { source: 'builtin' | 'input' | 'file'; task?: string; file?: string; origin?: TrustedFile };
  /** context-file: the maintainers' threat model and scope, put in the prompt as trusted context. */
  context?: TrustedFile;
  /** Absolute directory Codex reviews. */
  scanRoot: string;
  /** Absolute repository root; SARIF paths are relative to it. */
  repoRoot: string;
  include: string[];
  exclude: string[];
  /** Review only this shard's part of the files in scope (a matrix job of N). */
  shard?: Shard;
  /** The whole tree, or the changes since a base commit, or a pull request's changes as its checkout holds them. */
  scope: { mode: 'full' } | { mode: 'diff'; base: string; pullRequest?: PullRequestCheckout };
  /** A pull request's checkout, as main prepared it (any scope): which commits it holds, where its lines are shown. */
  pullRequest?: PullRequestCheckout;
  runner: RunnerSettings;
  /** The Codex version this scan expects; another one gives a warning. */
  codexVersion: string;
  /** Who started the scan, for container labels and the report. */
  origin: { repository: string; runId: string; job: string };
  timeoutMinutes: number;
  streamIdleTimeoutMs: number;
  maxRetries: number;
  failOn: Severity | 'none';
  /** Percent of the files in scope the review must read, or it ends incomplete (0: only reading nothing fails). */
  minCoverage: number;
  /** Input plus output tokens the scan may use across all its threads; 0 is no limit. */
  maxTokens: number;
  /** Independent review passes (1-5), concurrent, each its own Codex thread. */
  passes: number;
  /** Passes a cluster needs when it is not confirmed (uncertain, unverified, or without verification). */
  minAgreement: number;
  /** Verify every cluster in its own fresh Codex thread. */
  verify: boolean;
  verifyConcurrency: number;
  /** At most this many clusters are verified, most severe first. */
  verifyLimit: number;
  verifyTimeoutMinutes: number;
  /** A confirmed cluster with fewer than min-agreement votes gets a second verification, and must pass it too. */
  verifyDisputed: boolean;
  /** A previous SARIF: findings it already holds are existing, not new. */
  baselineSarif?: string;
  /** Count existing findings for fail-on too. */
  failOnExisting: boolean;
  /** Where events, report, SARIF and stderr are written. */
  outputDir: string;
  sarifFile: string;
  sarifCategory: string;
  /** Scratch space outside outputDir (Codex's home). */
  tempDir: string;
  actionVersion: string;
}
