// Entry point of both the main and the post step (action.yml runs this file twice).
import * as core from '@actions/core';
import { State } from './config/outputs.js';

// Each step loads only its own code: the post step has no scan to run.
if (core.getState(State.isPost) === 'true') {
  await (await import('./post.js')).run();
} else {
  core.saveState(State.isPost, 'true');
  await (await import('./main.js')).run();
}
