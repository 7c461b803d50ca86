// The post step: removes this job's scratch space (Codex's home holds the full transcript; if Codex was killed it
// may also hold shell snapshots with environment values). Never fails the job.
import * as core from '@actions/core';
import { rmSync } from 'node:fs';
import { State } from './config/outputs.js';
import { errorMessage } from './errors.js';

export async function post(): Promise<void> {
  const scratch = core.getState(State.scratch);
  if (!scratch) return;
  try {
    rmSync(scratch, { recursive: true, force: true });
    core.debug(`removed ${scratch}`);
  } catch (error) {
    core.warning(`Could not remove the scan's scratch directory ${scratch}: ${errorMessage(error)}`);
  }
}
