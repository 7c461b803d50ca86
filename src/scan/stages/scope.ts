// The scope stage: what this scan reviews (the tree, a shard, a pull request's changes), the steering files a change
// touches, whether there is anything to review at all, and the prompt every review pass is given.
import { join } from 'node:path';
import { buildPrompt } from '../../codex/prompt.js';
import type { TrustedFile } from '../../config/trusted-file.js';
import { CONTAINER_VEGA_DIR } from '../../container/docker-run.js';
import type { LeftOutByDefault } from '../../report/report.js';
import type { ScopeFile } from '../../scope/files.js';
import { emptyScopeReason, filesInScope, planScope, writeScopeList, type ScopePlan } from '../../scope/plan.js';
import { headMapFor, type HeadMap } from '../../scope/head-map.js';
import { changeRange } from '../../scope/pull-request.js';
import { findSteeringChanges, steeringFromPlan, type SteeringChange } from '../../scope/steering.js';
import type { ScanSettings } from '../../config/settings.js';
import type { Stage } from './stage.js';

/** The shard's or change's file list, in the scan's scratch directory (mounted at /vega in the container). */
const SCOPE_FILE = 'scope.txt';

export interface ScopeStage {
  plan?: ScopePlan;
  /** Every file the scan is to review, for coverage. */
  inScope: ScopeFile[];
  /** What the defaults left out of the tree (vendored, lock, minified or generated files), with the reason. */
  leftOutByDefault: LeftOutByDefault;
  steering?: SteeringChange[];
  /** Why there is nothing to review, when there is not (Codex is then not started). */
  nothingToReview?: string;
  prompt: string;
  scopeFile?: string;
  /** A pull request's test merge was checked out: where its lines are at the head. */
  headMap?: HeadMap;
}

/** Where a trusted file was read, for the prompt. */
function describeTrustedFile(f: TrustedFile): string {
  return f.source === 'base' ? `${f.path} at the pull request's base commit ${f.revision!.slice(0, 12)}` : f.path;
}

export type ScopeSettings = 'target' | 'policy' | 'runner';

async function steeringOf(settings: Pick<ScanSettings, 'target' | 'policy'>): Promise<SteeringChange[] | undefined> {
  const { scope } = settings.target;
  if (scope.mode !== 'diff') return undefined;
  const own = { contextFile: settings.policy.context?.path, promptFile: settings.policy.prompt.origin?.path };
  const pr = scope.pullRequest;
  if (pr?.github) return steeringFromPlan(pr.github.plan, own);
  return findSteeringChanges(settings.target.repoRoot, pr ? changeRange(pr) : { from: scope.base }, own);
}

/** The prompt every review pass is given, with the scope list where Codex finds it (at /vega in the container). */
function reviewPrompt(
  settings: Pick<ScanSettings, ScopeSettings>,
  plan: ScopePlan | undefined,
  scopeFile: string | undefined,
): string {
  const { target, policy } = settings;
  const scopeList = plan && {
    path: settings.runner.mode === 'container' ? `${CONTAINER_VEGA_DIR}/${SCOPE_FILE}` : (scopeFile ?? SCOPE_FILE),
    count: plan.paths.size,
    label: plan.label,
    withRanges: plan.changed !== undefined,
  };
  const context = policy.context && { label: describeTrustedFile(policy.context), text: policy.context.text };
  return buildPrompt({
    task: policy.prompt.task,
    context,
    include: target.include,
    exclude: target.exclude,
    scopeList,
  });
}

/** `work`: where the scope list for Codex goes; a replay, which starts no Codex, gives none. */
async function scopeStage(settings: Pick<ScanSettings, ScopeSettings>, work?: string): Promise<ScopeStage> {
  const { target } = settings;
  const plan = await planScope(target);
  const { files: inScope, leftOutByDefault } = await filesInScope(target, plan);
  const whole = { inScope, leftOutByDefault, steering: await steeringOf(settings), headMap: await headMapFor(target) };
  return { ...whole, ...listFor(settings, plan, work), nothingToReview: emptyScopeReason(target, plan, inScope) };
}

/** The scope list Codex reads (written to `work`) and the prompt that points it there. */
function listFor(
  settings: Pick<ScanSettings, ScopeSettings>,
  plan: ScopePlan | undefined,
  work: string | undefined,
): Pick<ScopeStage, 'plan' | 'prompt' | 'scopeFile'> {
  const scopeFile = plan && work ? join(work, SCOPE_FILE) : undefined;
  if (plan && scopeFile) writeScopeList(plan, scopeFile);
  return { plan, prompt: reviewPrompt(settings, plan, scopeFile), scopeFile };
}

/**
 * The scope narrowed to part of its plan (what changed since the last review): its own list and prompt, and, when the
 * part is empty, why Codex is not started.
 */
export function narrowedScope(
  settings: Pick<ScanSettings, ScopeSettings>,
  whole: ScopeStage,
  part: { plan: ScopePlan; work?: string; empty: string },
): ScopeStage {
  const { plan, work } = part;
  return {
    ...whole,
    ...listFor(settings, plan, work),
    inScope: plan.files,
    nothingToReview: plan.files.length ? undefined : part.empty,
  };
}

export const scope: Stage<ScopeSettings, object, { scope: ScopeStage }> = {
  name: 'scope',
  title: () => 'Scope: what this scan reviews',
  run: async (ctx) => {
    const scope = await scopeStage(ctx.settings, ctx.work);
    const { plan } = scope;
    ctx.log.info(
      scope.nothingToReview
        ? `Nothing to review: ${scope.nothingToReview}`
        : `${plan?.label || 'the whole tree'}: ${scope.inScope.length} files`,
    );
    return { scope };
  },
};
