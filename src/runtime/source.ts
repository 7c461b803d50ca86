// Where a scan's Codex threads come from. A live scan starts Codex (on the runner or in the container); a replay reads
// the threads a scan recorded. The stages ask a source for the review passes and for each verification, and so run the
// same way on either.
import type { CodexEvent } from '../codex/events.js';
import type { ContainerInfo } from '../container/info.js';
import type { TokenReport } from '../report/report.js';
import type { Prepared } from './launchers.js';
import type { ThreadFacts } from './thread.js';

export interface ReviewRequest {
  prompt: string;
  /** The scope list, when the scan has one. */
  scopeFile?: string;
  onEvent?: (pass: number, e: CodexEvent) => void;
}

export interface VerifyRequest {
  /** The cluster's id: part of the thread's name and its files'. */
  cluster: string;
  /** 1, or 2 for a disputed cluster's second opinion. */
  opinion: number;
  prompt: string;
}

/** The files a scan leaves beside its report. */
export interface RecordedFiles {
  /** The first pass's events (v16-events.jsonl) and stderr. */
  events: string;
  stderr: string | null;
  /** v16-threads.json and every other thread's events, for the artifact. */
  threads: string[];
  /** Where the debug bundle goes; null when there is nothing to bundle (a replay). */
  debugBundle: string | null;
}

export interface ThreadSource {
  mode: 'direct' | 'container' | 'replay';
  /** Readies Codex and learns its version; a failed probe is a scan that could not start. */
  prepare(): Promise<Prepared>;
  /** The review passes, in pass order. */
  review(r: ReviewRequest): Promise<ThreadFacts[]>;
  /** One verification thread; undefined when a replay has none recorded for it. */
  verify(v: VerifyRequest): Promise<ThreadFacts | undefined>;
  /** Whether max-tokens has been spent, so that no further thread is worth starting. */
  exhausted(): boolean;
  tokens(): TokenReport | null;
  container(): ContainerInfo | null;
  /** Records which thread is which (for a later replay) and says where the scan's files are. */
  record(): RecordedFiles;
  /** Stops what the source started (the scan's containers). */
  close(): Promise<void>;
}
