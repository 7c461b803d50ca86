import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/config/inputs.js';
import { ConfigurationError } from '../../src/util/errors.js';

let ws: string;
let bin: string;

beforeEach(() => {
  ws = mkdtempSync(join(tmpdir(), 'inputs-ws-'));
  mkdirSync(join(ws, 'services/api'), { recursive: true });
  bin = mkdtempSync(join(tmpdir(), 'inputs-bin-'));
  writeFileSync(join(bin, 'codex'), '#!/bin/sh\n');
  chmodSync(join(bin, 'codex'), 0o755);
});
afterEach(() => {
  rmSync(ws, { recursive: true, force: true });
  rmSync(bin, { recursive: true, force: true });
});

const env = (over: Record<string, string> = {}) => ({
  GITHUB_WORKSPACE: ws,
  RUNNER_TEMP: join(ws, '_temp'),
  PATH: bin,
  ...over,
});
const resolve = (inputs: Record<string, string>, e: Record<string, string> = env()) =>
  resolveSettings((n) => inputs[n] ?? '', { env: e, cwd: ws });
const fails = (inputs: Record<string, string>, message: string | RegExp, e?: Record<string, string>) => {
  expect(() => resolve(inputs, e)).toThrow(ConfigurationError);
  expect(() => resolve(inputs, e)).toThrow(message);
};

describe('resolveSettings', () => {
  it('fills in the documented defaults', () => {
    const { settings, apiKey } = resolve({ 'api-key': 'sk-1' });
    expect(apiKey).toBe('sk-1');
    expect(JSON.stringify(settings)).not.toContain('sk-1');
    expect(settings).toMatchObject({
      endpoint: { baseUrl: 'https://api.openai.com/v1', model: undefined },
      target: { scanRoot: ws, repoRoot: ws, prefix: '', include: [], exclude: [] },
      runner: {
        mode: 'container',
        image: 'ghcr.io/org/vega-codex-runner:0.1.0',
        policy: 'pull-or-build',
        network: 'model-only',
        codexVersion: '0.169.0',
        timeoutMinutes: 30,
      },
      policy: { prompt: { source: 'builtin' }, failOn: 'high' },
      output: {
        origin: { repository: 'local', runId: 'local', job: 'local' },
        dir: join(ws, '_temp/vega-codex'),
        sarifFile: join(ws, '_temp/vega-codex/vega-codex.sarif'),
        sarifCategory: 'vega-codex/',
      },
    });
  });

  it('asks for the api key by name, mentioning forks', () => {
    fails({}, /api-key is empty.*secrets.*forks/s);
  });

  it('validates base-url: scheme, credentials, and a pasted /responses', () => {
    fails({ 'api-key': 'k', 'base-url': 'not a url' }, 'base-url is not a URL');
    fails({ 'api-key': 'k', 'base-url': 'ftp://x/v1' }, 'must use https');
    fails({ 'api-key': 'k', 'base-url': 'https://user:pw@proxy/v1' }, 'must not contain credentials');
    const { settings, notes } = resolve({ 'api-key': 'k', 'base-url': 'https://proxy.local/openai/v1/responses/' });
    expect(settings.endpoint.baseUrl).toBe('https://proxy.local/openai/v1');
    expect(notes[0]).toContain('/responses');
  });

  it('takes the prompt from prompt or prompt-file, never both', () => {
    writeFileSync(join(ws, 'task.md'), 'Look for SSRF only.');
    expect(resolve({ 'api-key': 'k', 'prompt-file': 'task.md' }).settings.policy.prompt).toMatchObject({
      source: 'file',
      file: 'task.md',
      task: 'Look for SSRF only.',
      origin: { source: 'checkout' },
    });
    expect(resolve({ 'api-key': 'k', prompt: 'Check auth' }).settings.policy.prompt).toEqual({
      source: 'input',
      task: 'Check auth',
    });
    fails({ 'api-key': 'k', prompt: 'a', 'prompt-file': 'task.md' }, 'either prompt or prompt-file');
    fails({ 'api-key': 'k', 'prompt-file': 'missing.md' }, 'missing.md does not exist');
  });

  it('scans a subdirectory with its own category, and refuses one outside the workspace', () => {
    const { settings } = resolve({ 'api-key': 'k', path: 'services/api' });
    expect(settings.target.scanRoot).toBe(join(ws, 'services/api'));
    expect(settings.target.repoRoot).toBe(ws);
    expect(settings.output.sarifCategory).toBe('vega-codex/services/api/');
    fails({ 'api-key': 'k', path: '..' }, 'outside the workspace');
    fails({ 'api-key': 'k', path: 'nope' }, /nope is not a directory.*actions\/checkout/);
  });

  it('reads lists one per line or comma-separated', () => {
    const { settings } = resolve({ 'api-key': 'k', include: 'src/**\n lib/** , \n# a comment', exclude: 'vendor/' });
    expect(settings.target.include).toEqual(['src/**', 'lib/**']);
    expect(settings.target.exclude).toEqual(['vendor/']);
  });

  it('names the allowed values of fail-on and the range of numbers', () => {
    fails(
      { 'api-key': 'k', 'fail-on': 'severe' },
      'Unrecognized fail-on input. Provided: severe. Available options: critical,high,medium,low,none',
    );
    fails({ 'api-key': 'k', 'timeout-minutes': '0' }, 'timeout-minutes must be a whole number from 1 to 360');
    expect(resolve({ 'api-key': 'k', 'fail-on': 'NONE' }).settings.policy.failOn).toBe('none');
  });

  it('runs in the container unless codex-bin or VEGA_V16_CODEX_BIN names a binary', () => {
    expect(
      resolve({ 'api-key': 'k', 'codex-bin': './tools/codex' }, env({ VEGA_V16_CODEX_BIN: '/opt/wrapper.sh' })).settings
        .runner,
    ).toMatchObject({ mode: 'direct', bin: join(ws, 'tools/codex'), source: 'codex-bin' });
    expect(resolve({ 'api-key': 'k' }, env({ VEGA_V16_CODEX_BIN: '/opt/wrapper.sh' })).settings.runner).toMatchObject({
      mode: 'direct',
      bin: '/opt/wrapper.sh',
      source: 'VEGA_V16_CODEX_BIN',
    });
    expect(resolve({ 'api-key': 'k' }, env({ VEGA_V16_CODEX_BIN: 'codex' })).settings.runner).toMatchObject({
      mode: 'direct',
      bin: 'codex',
      source: 'VEGA_V16_CODEX_BIN',
    });
    expect(
      resolve({ 'api-key': 'k', image: 'registry.local/runner:1', 'image-policy': 'LOCAL', network: 'bridge' }).settings
        .runner,
    ).toMatchObject({ mode: 'container', image: 'registry.local/runner:1', policy: 'local', network: 'bridge' });
    fails(
      { 'api-key': 'k', 'image-policy': 'always' },
      'Unrecognized image-policy input. Provided: always. Available options: pull-or-build,pull,build,local',
    );
    fails(
      { 'api-key': 'k', network: 'host' },
      'Unrecognized network input. Provided: host. Available options: model-only,bridge',
    );
    fails(
      { 'api-key': 'k', 'extra-ca-certificates': 'corp-ca.pem' },
      'extra-ca-certificates: corp-ca.pem does not exist',
    );
  });
});

describe('scope', () => {
  const withEvent = (name: string, payload: unknown) => {
    const file = join(ws, 'event.json');
    writeFileSync(file, JSON.stringify(payload));
    return env({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file });
  };
  it("auto reviews a pull request's changes against its base, and the whole tree otherwise", () => {
    const pr = withEvent('pull_request', { pull_request: { base: { sha: 'base123' }, head: { sha: 'head456' } } });
    expect(resolve({ 'api-key': 'k' }, pr).settings.target.scope).toEqual({ mode: 'diff', base: 'base123' });
    expect(resolve({ 'api-key': 'k', scope: 'full' }, pr).settings.target.scope).toEqual({ mode: 'full' });
    expect(resolve({ 'api-key': 'k' }, withEvent('push', {})).settings.target.scope).toEqual({ mode: 'full' });
    expect(resolve({ 'api-key': 'k', scope: 'diff', 'diff-base': 'origin/main' }).settings.target.scope).toEqual({
      mode: 'diff',
      base: 'origin/main',
    });
    fails({ 'api-key': 'k', scope: 'diff' }, 'scope: diff needs a base to compare with: set diff-base');
    fails(
      { 'api-key': 'k', scope: 'changed' },
      'Unrecognized scope input. Provided: changed. Available options: auto,full,diff',
    );
  });
});

describe('inputs a workflow may have built from untrusted text', () => {
  const k = { 'api-key': 'k' };

  it('refuses a glob pattern picomatch cannot read, naming the input and the pattern', () => {
    fails({ ...k, include: '[' }, /^Input include: "\[" is not a glob pattern: Missing closing: "\]"/);
    fails(
      { ...k, exclude: 'src/**\n!src/keep.js' },
      /^Input exclude: "!src\/keep\.js" is not a glob pattern: a leading "!"/,
    );
    fails(
      { ...k, include: 'src/*\u202e.js' },
      /^Input include: "src\/\*\\u202E\.js" is not a glob pattern: it contains the control character U\+202E/,
    );
    // A comma inside braces belongs to its pattern; outside, it separates patterns.
    expect(resolve({ ...k, include: 'src/**/*.{js,ts}, lib/**' }).settings.target.include).toEqual([
      'src/**/*.{js,ts}',
      'lib/**',
    ]);
  });

  it('refuses control characters in names and categories', () => {
    fails(
      { ...k, 'sarif-category': 'vega\n::error::forged' },
      'Input sarif-category contains the control character U+000A: "vega\\n::error::forged". Use one line of visible text.',
    );
    fails({ ...k, model: 'gpt\u202e' }, /^Input model contains the control character U\+202E/);
    expect(resolve({ ...k, 'sarif-category': ' custom/api ' }).settings.output.sarifCategory).toBe('custom/api/');
  });

  it('writes output-dir and sarif-file only in the workspace or RUNNER_TEMP', () => {
    const outside = mkdtempSync(join(tmpdir(), 'inputs-outside-'));
    try {
      fails(
        { ...k, 'output-dir': '/etc/vega' },
        `Input output-dir: /etc/vega is outside the workspace (${ws}) or RUNNER_TEMP (${join(ws, '_temp')}). Write the action's files there.`,
      );
      fails({ ...k, 'sarif-file': join(outside, 'x.sarif') }, /^Input sarif-file: .* is outside the workspace/);
      // A link in the checkout does not lead out of it.
      symlinkSync(outside, join(ws, 'results'));
      fails({ ...k, 'output-dir': 'results/vega' }, `: it leads to ${join(outside, 'vega')}`);
      expect(
        resolve({ ...k, 'output-dir': 'out', 'sarif-file': join(ws, '_temp/a.sarif') }).settings.output,
      ).toMatchObject({ dir: join(ws, 'out'), sarifFile: join(ws, '_temp/a.sarif') });
      // The CLI writes where the person at the terminal says.
      expect(
        resolveSettings((n) => ({ ...k, 'output-dir': outside })[n] ?? '', { env: env(), cwd: ws, caller: 'cli' })
          .settings.output.dir,
      ).toBe(outside);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reads context-file and prompt-file only from the repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'inputs-outside-'));
    try {
      writeFileSync(join(outside, 'secret.txt'), 'runner secret');
      fails(
        { ...k, 'context-file': '../../etc/passwd' },
        /^Input context-file: \.\.\/\.\.\/etc\/passwd is outside the repository; it must be a file of the repository/,
      );
      symlinkSync(join(outside, 'secret.txt'), join(ws, 'threat-model.md'));
      fails(
        { ...k, 'prompt-file': 'threat-model.md' },
        `Input prompt-file: threat-model.md is a link out of the repository, to ${join(outside, 'secret.txt')}`,
      );
      expect(
        resolveSettings((n) => ({ ...k, 'context-file': join(outside, 'secret.txt') })[n] ?? '', {
          env: env(),
          cwd: ws,
          caller: 'cli',
        }).settings.policy.context?.text,
      ).toBe('runner secret');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
