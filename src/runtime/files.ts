// The names of the files a scan records beside its report, and v16-threads.json, which says which recorded thread is
// which so that a replay recomputes every stage.
import { join } from 'node:path';
import type { PolicySettings } from '../config/settings.js';

export const EVENTS_FILE = 'v16-events.jsonl';
export const STDERR_FILE = 'codex-stderr.log';
export const REPORT_FILE = 'v16-report.json';
export const DEBUG_BUNDLE_FILE = 'v16-debug-bundle.zip';
export const THREADS_FILE = 'v16-threads.json';

export interface ThreadFiles {
  events: string;
  stderr: string;
}

/** The first pass's events are v16-events.jsonl, verbatim; the other passes' lie beside them. */
export function passFiles(outputDir: string, pass: number): ThreadFiles {
  if (pass === 1) return { events: join(outputDir, EVENTS_FILE), stderr: join(outputDir, STDERR_FILE) };
  return {
    events: join(outputDir, `v16-pass-${pass}-events.jsonl`),
    stderr: join(outputDir, `codex-pass-${pass}-stderr.log`),
  };
}

/** A verification thread's name: the cluster's id, with the opinion's number after a second one. */
export const verificationName = (cluster: string, opinion: number) =>
  opinion === 1 ? cluster : `${cluster}-${opinion}`;

export function verifyFiles(outputDir: string, name: string): ThreadFiles {
  return {
    events: join(outputDir, `v16-verify-${name}-events.jsonl`),
    stderr: join(outputDir, `codex-verify-${name}-stderr.log`),
  };
}

/** The judging policy a replay must use to reach the same verdicts. */
export type RecordedPolicy = Pick<
  PolicySettings,
  'passes' | 'minAgreement' | 'verify' | 'verifyLimit' | 'verifyDisputed'
>;

export interface ThreadsManifest {
  /** The policy the scan judged by. */
  policy: RecordedPolicy;
  passes: string[];
  /** opinion 2 is the second verification of a disputed cluster (absent in manifests written before it existed). */
  verifications: { cluster: string; opinion?: number; events: string }[];
}

export function recordedPolicy(p: RecordedPolicy): RecordedPolicy {
  return {
    passes: p.passes,
    minAgreement: p.minAgreement,
    verify: p.verify,
    verifyLimit: p.verifyLimit,
    verifyDisputed: p.verifyDisputed,
  };
}
