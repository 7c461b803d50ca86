// The bundle stage: v16-debug-bundle.zip, what a person debugging the scan needs (report, commands, the first pass's
// rollout and stderr), masked like everything else. A replay has no Codex home to bundle.
import { join } from 'node:path';
import { writeDebugBundle } from '../../report/debug-bundle.js';
import type { ThreadFacts } from '../../runtime/thread.js';
import type { Rendered } from './render.js';
import type { Stage } from './stage.js';

export const bundle: Stage<never, { rendered: Rendered; passes: ThreadFacts[] }, object> = {
  name: 'bundle',
  title: () => 'Report: the debug bundle',
  async run(ctx, f) {
    const { report, redactor } = f.rendered;
    const target = report.files.debugBundle;
    if (!target || !ctx.work) return {};
    const codexHome = f.passes[0]?.codexHome ?? ctx.work;
    await writeDebugBundle(target, { report, codexHome, work: join(ctx.work, 'pass-1'), redactor });
    return {};
  },
};
