// The place stage: each pass's answer read, validated and placed in the repository. Any pass that did not complete
// makes the scan fail: an agreement of the passes that did would be a vote of fewer than were asked.
import { extractFindings, type Rejected } from '../../findings/extract.js';
import { placeFindings } from '../../findings/normalize.js';
import type { DroppedFinding, DroppedFix, Finding } from '../../findings/finding.js';
import type { RunResult } from '../../codex/runner.js';
import type { EventCollector } from '../../codex/collector.js';
import type { ScopePlan } from '../../scope/plan.js';
import type { ScanTarget } from '../../scope/target.js';
import type { ThreadFacts } from '../../runtime/thread.js';
import type { ScopeStage } from './scope.js';
import type { Stage } from './stage.js';
import { runFailure, type Failure } from '../../runtime/thread.js';

export type { Failure };

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
  droppedFixes: DroppedFix[];
  adjustments: string[];
  notes: string[];
}

function placeStage(target: ScanTarget, plan: ScopePlan | undefined, passes: PassInput[]): PlaceStage {
  const out: PlaceStage = {
    passes: [],
    summary: '',
    rejected: [],
    dropped: [],
    droppedFixes: [],
    adjustments: [],
    notes: [],
  };
  const several = passes.length > 1;
  for (const [i, p] of passes.entries()) {
    const of = several ? ` (pass ${i + 1})` : '';
    const failure = runFailure(p.collector, p.run);
    if (failure) {
      out.failure ??= {
        ...failure,
        reason: several ? `Review pass ${i + 1} of ${passes.length}: ${failure.reason}` : failure.reason,
      };
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
      scanRoot: target.scanRoot,
      repoRoot: target.repoRoot,
      include: target.include,
      exclude: target.exclude,
      onlyFiles: plan?.shard ? { paths: plan.paths, label: plan.shard } : undefined,
    });
    out.passes.push(placed.findings);
    out.dropped.push(...placed.dropped.map((d) => ({ ...d, reason: d.reason + of })));
    out.droppedFixes.push(...placed.droppedFixes.map((d) => ({ ...d, reason: d.reason + of })));
    out.adjustments.push(...placed.adjustments.map((a) => a + of));
  }
  return out;
}

export const place: Stage<'target', { scope: ScopeStage; passes: ThreadFacts[] }, { place: PlaceStage }> = {
  name: 'place',
  title: (_ctx, f) =>
    `Findings: reading ${f.passes.length === 1 ? "the pass's answer" : `${f.passes.length} passes' answers`}`,
  run(ctx, f) {
    const place = placeStage(ctx.settings.target, f.scope.plan, f.passes);
    const placed = place.passes.reduce((n, p) => n + p.length, 0);
    ctx.log.info(`${placed} findings placed, ${place.dropped.length} dropped, ${place.rejected.length} rejected`);
    return { place };
  },
};
