import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE } from '../../src/config/inputs.js';
import { ACTION_VERSION, CODEX_VERSION } from '../../src/version.js';
import { ROOT } from '../support/harness.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; devDependencies: Record<string, string> };

describe('versions', () => {
  it('the action, its default image and the Codex CLI it is tested with agree with package.json', () => {
    expect(ACTION_VERSION).toBe(pkg.version);
    expect(DEFAULT_IMAGE).toBe(`ghcr.io/org/vega-codex-runner:${pkg.version}`);
    expect(CODEX_VERSION).toBe(pkg.devDependencies['@openai/codex']);
    expect(readFileSync(join(ROOT, 'docker/codex-runner/Dockerfile'), 'utf8')).toContain(`ARG CODEX_VERSION=${CODEX_VERSION}`);
  });
});
