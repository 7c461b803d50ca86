// Stands in for the main step under GitHub's local-action: saves the scratch directory's state as src/main.ts does,
// without a scan, so that `--post src/post.ts` has something to clean up.
import * as core from '@actions/core';
import { State } from '../../src/config/outputs.ts';

export async function run(): Promise<void> {
  core.saveState(State.scratch, process.env.VEGA_TEST_SCRATCH ?? '');
}
