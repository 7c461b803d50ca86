import type { Severity } from '../findings/severity.js';

/** Everything a scan needs, validated once (by the action's inputs or the CLI's flags). */
export interface ScanSettings {
  apiKey: string;
  /** OpenAI-compatible base URL, no credentials in it. */
  baseUrl: string;
  model?: string;
  prompt: { source: 'builtin' | 'input' | 'file'; task?: string; file?: string };
  /** Absolute directory Codex reviews. */
  scanRoot: string;
  /** Absolute repository root; SARIF paths are relative to it. */
  repoRoot: string;
  include: string[];
  exclude: string[];
  codex: { bin: string; source: 'codex-bin' | 'VEGA_V16_CODEX_BIN' | 'PATH'; expectedVersion?: string };
  timeoutMinutes: number;
  streamIdleTimeoutMs: number;
  maxRetries: number;
  failOn: Severity | 'none';
  /** Where events, report, SARIF and stderr are written. */
  outputDir: string;
  sarifFile: string;
  sarifCategory: string;
  /** Scratch space outside outputDir (Codex's home). */
  tempDir: string;
  actionVersion: string;
}
