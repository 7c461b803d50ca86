// The review stage: N independent Codex threads over the same scope, concurrently, each with its own home (and
// container). What Codex does is logged as it happens.
import type { CodexEvent } from '../../codex/events.js';
import type { ThreadFacts } from '../../runtime/thread.js';
import { oneLine } from '../../util/log-text.js';
import type { ScanLog } from '../../util/log.js';
import type { CodexStart } from './prepare.js';
import type { Estimate } from './estimate.js';
import type { ScopeStage } from './scope.js';
import type { Stage } from './stage.js';

function logEvent(log: ScanLog, prefix: string, event: CodexEvent): void {
  if (event.type === 'item.completed') {
    const item = event.item as {
      type: string;
      command?: string;
      exit_code?: number | null;
      text?: string;
      message?: string;
    };
    if (item.type === 'command_execution')
      log.info(`${prefix}$ ${oneLine(item.command ?? '', 160)}  → exit ${item.exit_code ?? '?'}`);
    else if (item.type === 'agent_message') log.info(`${prefix}Codex answered (${item.text?.length ?? 0} characters)`);
    else if (item.type === 'error') log.info(`${prefix}Codex warning: ${oneLine(item.message ?? '')}`);
  } else if (event.type === 'thread.started') log.info(`${prefix}Codex thread ${event.thread_id}`);
  else if (event.type === 'error') log.info(`${prefix}Codex notice: ${oneLine(event.message)}`);
  else if (event.type === 'turn.failed') log.info(`${prefix}Codex turn failed: ${oneLine(event.error.message)}`);
}

type Settings = 'target' | 'policy' | 'runner' | 'endpoint';

export const review: Stage<
  Settings,
  { scope: ScopeStage; estimate: Estimate | null; codex: CodexStart },
  { passes: ThreadFacts[] }
> = {
  name: 'review',
  title: (ctx) =>
    `Codex: reviewing${ctx.settings.policy.passes > 1 ? ` in ${ctx.settings.policy.passes} independent passes` : ''}`,
  async run(ctx, f) {
    if (f.scope.nothingToReview || f.estimate?.overBudget || f.codex.startFailure) return { passes: [] };
    const { target, policy, runner, endpoint } = ctx.settings;
    const codex = `codex ${f.codex.codex.version ?? ''} (${ctx.source.mode})`;
    const model = endpoint.model ?? "Codex's default";
    ctx.log.info(`${codex} in ${target.scanRoot}, model ${model}, timeout ${runner.timeoutMinutes} min`);
    const prefix = (pass: number) => (policy.passes > 1 ? `[pass ${pass}] ` : '');
    const passes = await ctx.source.review({
      prompt: f.scope.prompt,
      scopeFile: f.scope.scopeFile,
      onEvent: (pass, e) => logEvent(ctx.log, prefix(pass), e),
    });
    return { passes };
  },
};
