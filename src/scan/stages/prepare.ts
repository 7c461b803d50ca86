// The prepare stage: Codex readied (the CLI probed, or Docker checked and the runner image acquired) and its version
// learned. A probe that fails is a scan that could not start: no review pass runs, and the scan ends failed.
import type { ScanReport } from '../../report/report.js';
import type { Estimate } from './estimate.js';
import type { Stage } from './stage.js';
import type { ScopeStage } from './scope.js';

/** What the report says of Codex and the model, and whether Codex could start. */
export interface CodexStart {
  codex: Omit<ScanReport['codex'], 'command'>;
  model: ScanReport['model'];
  startFailure?: { reason: string; hint: string };
  /** For the report's warnings: what the runtime noticed while getting ready. */
  warnings: string[];
}

export const prepare: Stage<
  'runner' | 'endpoint',
  { scope: ScopeStage; estimate: Estimate | null },
  { codex: CodexStart }
> = {
  name: 'prepare',
  title: (ctx, f) => {
    if (f.scope.nothingToReview) return 'Codex: not started (nothing to review)';
    if (f.estimate?.overBudget) return 'Codex: not started (the scope cannot fit max-tokens)';
    return ctx.source.mode === 'container'
      ? 'Codex: preparing the sandbox container'
      : ctx.source.mode === 'replay'
        ? 'Codex: reading the recorded threads'
        : 'Codex: checking the CLI';
  },
  async run(ctx, f) {
    const { runner, endpoint } = ctx.settings;
    const start: CodexStart = {
      codex: {
        version: null,
        expectedVersion: runner.codexVersion,
        bin: runner.mode === 'direct' ? runner.bin : 'codex',
        binSource: runner.mode === 'direct' ? runner.source : 'image',
        mode: ctx.source.mode,
      },
      model: { name: endpoint.model ?? 'codex-default', baseUrl: endpoint.baseUrl },
      warnings: [],
    };
    // No model request for a scope with nothing in it: not a review that failed, and not one that cost anything.
    if (f.scope.nothingToReview || f.estimate?.overBudget) return { codex: start };
    const ready = await ctx.source.prepare();
    for (const line of [...ready.notes, ...ready.warnings]) ctx.log.info(line);
    start.warnings.push(...ready.warnings);
    if (!ready.probe.ok)
      return {
        codex: {
          ...start,
          startFailure: { reason: `Codex failed to start: ${ready.probe.error}`, hint: ready.hint ?? '' },
        },
      };
    const version = ready.probe.version;
    if (version && version !== runner.codexVersion)
      start.warnings.push(
        `codex-version is ${runner.codexVersion} but the Codex CLI in use is ${version}; the event format may differ.`,
      );
    return { codex: { ...start, codex: { ...start.codex, version } } };
  },
};
