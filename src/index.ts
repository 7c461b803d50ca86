// Entry point of both the main and the post step (action.yml runs this file twice).
import * as core from '@actions/core';
import { State } from './config/outputs.js';
import { run } from './main.js';
import { post } from './post.js';

if (core.getState(State.isPost) === 'true') {
  await post();
} else {
  core.saveState(State.isPost, 'true');
  await run();
}
