// The contract every stage of a scan keeps: a name, and `run`, which reads the facts earlier stages added and returns
// the facts it adds. A stage is given only the groups of settings it declares; the pipeline runs them in order, each in
// a log group with its duration, and names the stage when one fails unexpectedly.
import type { ScanSettings } from '../../config/settings.js';
import type { LastReview } from '../../increment/record.js';
import type { ThreadSource } from '../../runtime/source.js';
import type { ScanLog } from '../../util/log.js';
import type { Redactor } from '../../util/redact.js';

export type SettingsGroup = keyof ScanSettings;

export interface StageContext<G extends SettingsGroup = SettingsGroup> {
  settings: Pick<ScanSettings, G>;
  scanId: string;
  log: ScanLog;
  /** Codex (direct or in the container), or a recorded scan. */
  source: ThreadSource;
  /** The scan's one redactor: it holds the endpoint's key and learns every secret the scan meets. */
  redactor: Redactor;
  /** The scan's scratch directory; a replay has none. */
  work?: string;
  startedAt: Date;
  /** On a pull request: the last completed review of it, as the action recorded it (main reads it from GitHub). */
  lastReview?: LastReview;
}

export interface Stage<G extends SettingsGroup, In, Out> {
  readonly name: string;
  /** The log group's title, when it says more than the name. */
  title?(ctx: StageContext<G>, facts: In): string;
  run(ctx: StageContext<G>, facts: In): Out | Promise<Out>;
}

/** An unexpected error, with the stage it happened in. */
export class StageError extends Error {
  constructor(
    readonly stage: string,
    cause: unknown,
  ) {
    super(`stage ${stage}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StageError';
  }
}
