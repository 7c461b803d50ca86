// The post step: in container mode removes this scan's container and any stale ones of earlier scans, then removes
// the job's scratch space (Codex's home holds the full transcript; if Codex was killed it may also hold shell
// snapshots with environment values). Containers go first: a live one may still be writing there. Never fails the job.
// Exported as `run`, like the main step's, so that tools which run an entrypoint's `run()` from source (GitHub's
// local-action) can run it too.
import * as core from '@actions/core';
import { State } from './config/outputs.js';
import { removeScanContainers, removeStaleContainers } from './container/lifecycle.js';
import { errorMessage } from './util/errors.js';
import { removeScratch } from './runtime/scratch.js';

export async function run(): Promise<void> {
  if (core.getState(State.containerMode) === 'true') {
    try {
      const scanId = core.getState(State.scanId);
      const own = scanId ? await removeScanContainers(scanId) : [];
      const stale = await removeStaleContainers();
      const removed = [...own, ...stale];
      if (removed.length) core.info(`Removed containers: ${removed.join(', ')}`);
    } catch (error) {
      core.warning(`Could not clean up containers: ${errorMessage(error)}`);
    }
  }
  const scratch = core.getState(State.scratch);
  if (scratch) {
    const problem = removeScratch(scratch);
    if (problem) core.warning(problem);
    else core.debug(`removed ${scratch}`);
  }
}
