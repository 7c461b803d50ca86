// Everything a scan needs, validated once (by the action's inputs or the CLI's flags), in groups so that each stage
// is given the part it uses. The endpoint's key is not among them: it travels apart (ResolvedSettings.apiKey).
import type { NetworkMode, SandboxLimits } from '../container/docker-run.js';
import type { ImagePolicy } from '../container/image.js';
import type { Severity } from '../findings/severity.js';
import type { ScanTarget } from '../scope/target.js';
import type { TrustedFile } from './trusted-file.js';

export interface EndpointSettings {
  /** OpenAI-compatible base URL, no credentials in it. */
  baseUrl: string;
  model?: string;
  streamIdleTimeoutMs: number;
  maxRetries: number;
}

/** How Codex is started: the binary itself on the runner, or inside the vega-codex-runner container. */
export type LaunchSettings =
  | { mode: 'direct'; bin: string; source: 'codex-bin' | 'VEGA_V16_CODEX_BIN' }
  | {
      mode: 'container';
      image: string;
      policy: ImagePolicy;
      network: NetworkMode;
      extraCaFile?: string;
      limits: SandboxLimits;
    };

export type RunnerSettings = LaunchSettings & {
  /** The Codex version this scan expects; another one gives a warning. */
  codexVersion: string;
  /** How long a review pass may run. */
  timeoutMinutes: number;
};

/** How the scan reviews and judges: the task, the passes and their verification, and what fails the step. */
export interface PolicySettings {
  /** The review task; a prompt-file is read like context (from a pull request's base). */
  prompt: { source: 'builtin' | 'input' | 'file'; task?: string; file?: string; origin?: TrustedFile };
  /** context-file: the maintainers' threat model and scope, put in the prompt as trusted context. */
  context?: TrustedFile;
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
  /** Percent of the files in scope the review must read, or it ends incomplete (0: only reading nothing fails). */
  minCoverage: number;
  /** Input plus output tokens the scan may use across all its threads; 0 is no limit. */
  maxTokens: number;
  failOn: Severity | 'none';
  /** Count existing findings for fail-on too. */
  failOnExisting: boolean;
  /** A previous SARIF: findings it already holds are existing, not new. */
  baselineSarif?: string;
}

export interface OutputSettings {
  /** Where events, report, fixes and stderr are written. */
  dir: string;
  sarifFile: string;
  sarifCategory: string;
  /** Scratch space outside `dir` (Codex's home). */
  tempDir: string;
  /** Who started the scan, for container labels and the report. */
  origin: { repository: string; runId: string; job: string };
  actionVersion: string;
}

export interface ScanSettings {
  target: ScanTarget;
  endpoint: EndpointSettings;
  runner: RunnerSettings;
  policy: PolicySettings;
  output: OutputSettings;
}
