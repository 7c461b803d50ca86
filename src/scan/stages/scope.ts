// Stage 1, scope: what this scan reviews (the tree, a shard, a pull request's changes), the steering files a change
// touches, whether there is anything to review at all, and the prompt every review pass is given.
import { join } from 'node:path';
import { buildPrompt } from '../../codex/prompt.js';
import type { TrustedFile } from '../../config/trusted-file.js';
import { CONTAINER_VEGA_DIR } from '../../container/docker-run.js';
import type { ScopeFile } from '../../scope/files.js';
import { emptyScopeReason, filesInScope, planScope, writeScopeList, type ScopePlan } from '../../scope/plan.js';
import { headMapFor, type HeadMap } from '../../scope/head-map.js';
import { changeRange } from '../../scope/pull-request.js';
import { findSteeringChanges, steeringFromPlan, type SteeringChange } from '../../scope/steering.js';
import type { ScanSettings } from '../settings.js';

/** The shard's or change's file list, in the scan's scratch directory (mounted at /vega in the container). */
export const SCOPE_FILE = 'scope.txt';

export interface ScopeStage {
  plan?: ScopePlan;
  /** Every file the scan is to review, for coverage. */
  inScope: ScopeFile[];
  steering?: SteeringChange[];
  /** Why there is nothing to review, when there is not (Codex is then not started). */
  nothingToReview?: string;
  prompt: string;
  scopeFile?: string;
  /** A pull request's test merge was checked out: where its lines are at the head. */
  headMap?: HeadMap;
}

/** Where a trusted file was read, for the prompt. */
export function describeTrustedFile(f: TrustedFile): string {
  return f.source === 'base' ? `${f.path} at the pull request's base commit ${f.revision!.slice(0, 12)}` : f.path;
}

async function steeringOf(settings: ScanSettings, scope: Extract<ScanSettings['scope'], { mode: 'diff' }>): Promise<SteeringChange[]> {
  const own = { contextFile: settings.context?.path, promptFile: settings.prompt.origin?.path };
  const pr = scope.pullRequest;
  if (pr?.github) return steeringFromPlan(pr.github.plan, own);
  return findSteeringChanges(settings.repoRoot, pr ? changeRange(pr) : { from: scope.base }, own);
}

/** `work`: where the scope list for Codex goes; a replay, which starts no Codex, gives none. */
export async function scopeStage(settings: ScanSettings, work?: string): Promise<ScopeStage> {
  const plan = await planScope(settings);
  const scopeFile = plan && work ? join(work, SCOPE_FILE) : undefined;
  if (plan && scopeFile) writeScopeList(plan, scopeFile);
  const scopeList = plan && {
    path: settings.runner.mode === 'container' ? `${CONTAINER_VEGA_DIR}/${SCOPE_FILE}` : (scopeFile ?? SCOPE_FILE),
    count: plan.paths.size,
    label: plan.label,
    withRanges: plan.changed !== undefined,
  };
  const steering = settings.scope.mode === 'diff' ? await steeringOf(settings, settings.scope) : undefined;
  const context = settings.context && { label: describeTrustedFile(settings.context), text: settings.context.text };
  const prompt = buildPrompt({ task: settings.prompt.task, context, include: settings.include, exclude: settings.exclude, scopeList });
  const inScope = await filesInScope(settings, plan);
  const headMap = await headMapFor(settings);
  return { plan, inScope, steering, nothingToReview: emptyScopeReason(settings, plan, inScope), prompt, scopeFile, headMap };
}
