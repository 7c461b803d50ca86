// Stage 3, place: each pass's answer read, validated and placed in the repository. Any pass that did not complete
// makes the scan fail: an agreement of the passes that did would be a vote of fewer than were asked.
import { extractFindings, type Rejected } from '../../findings/extract.js';
import { placeFindings, type DroppedFinding, type Finding } from '../../findings/normalize.js';
import type { EventCollector } from '../../report/collector.js';
import type { ScanStatus } from '../../report/report.js';
import type { RunResult } from '../../codex/runner.js';
import type { ScopePlan } from '../../scope/plan.js';
import type { ScanSettings } from '../settings.js';

export interface Failure {
  status: ScanStatus;
  reason: string;
  hint?: string;
}

export interface PassInput {
  collector: EventCollector;
  run: RunResult | null;
}

export interface PlaceStage {
  failure?: Failure;
  /** The placed findings of each pass, in pass order. */
  passes: Finding[][];
  /** The first pass's summary. */
  summary: string;
  rejected: Rejected[];
  dropped: DroppedFinding[];
  adjustments: string[];
  notes: string[];
}

/** Why a thread that ran did not produce a trustworthy answer, or undefined when it did. */
export function runFailure(c: EventCollector, run: RunResult | null): Failure | undefined {
  if (run?.spawnError) return { status: 'failed', reason: `Codex failed to start: ${run.spawnError.message}` };
  if (run?.cancelled) return { status: 'cancelled', reason: 'Codex was stopped before it finished.' };
  if (run?.timedOut) return { status: 'timed_out', reason: `Codex did not finish within the time limit and was stopped (timeout-minutes).` };
  if (c.turnFailure !== undefined) return { status: 'failed', reason: `Codex's turn failed: ${c.turnFailure}` };
  if (run && run.exitCode !== 0) return { status: 'failed', reason: `Codex exited with ${run.signal ? `signal ${run.signal}` : `code ${run.exitCode}`} before completing its turn.` };
  if (c.turnsCompleted === 0) return { status: 'failed', reason: 'Codex ended without completing its turn: the scan is incomplete.' };
  if (c.finalMessage === undefined) return { status: 'failed', reason: 'Codex completed its turn without a final answer.' };
  return undefined;
}

export function placeStage(settings: ScanSettings, plan: ScopePlan | undefined, passes: PassInput[]): PlaceStage {
  const out: PlaceStage = { passes: [], summary: '', rejected: [], dropped: [], adjustments: [], notes: [] };
  const several = passes.length > 1;
  for (const [i, p] of passes.entries()) {
    const of = several ? ` (pass ${i + 1})` : '';
    const failure = runFailure(p.collector, p.run);
    if (failure) {
      out.failure ??= { ...failure, reason: several ? `Review pass ${i + 1} of ${passes.length}: ${failure.reason}` : failure.reason };
      continue;
    }
    const extraction = extractFindings(p.collector.finalMessage!);
    if (!extraction.ok) {
      out.failure ??= { status: 'failed', reason: `Codex finished${of}, but ${extraction.reason}.` };
      continue;
    }
    if (i === 0) out.summary = extraction.summary;
    out.rejected.push(...extraction.rejected.map((r) => ({ ...r, reason: r.reason + of })));
    out.notes.push(...extraction.notes.map((n) => n + of));
    const placed = placeFindings(extraction.findings, {
      scanRoot: settings.scanRoot,
      repoRoot: settings.repoRoot,
      include: settings.include,
      exclude: settings.exclude,
      onlyFiles: plan?.shard ? { paths: plan.paths, label: plan.shard } : undefined,
    });
    out.passes.push(placed.findings);
    out.dropped.push(...placed.dropped.map((d) => ({ ...d, reason: d.reason + of })));
    out.adjustments.push(...placed.adjustments.map((a) => a + of));
  }
  return out;
}
