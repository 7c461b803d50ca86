// Inputs a workflow may have built from what a pull request says, through the bundled action: each bad one stops the
// step before any model request, with exit 1 and one error line that names the input.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStep } from '../support/actions-runner.ts';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.ts';
import { readingFirst, finalMessage, startFakeResponses, type FakeResponses } from '../support/fake-responses.ts';
import { CODEX_BIN, EXAMPLE, TOKEN } from '../support/harness.ts';

const GH_TOKEN = 'ghs_inputs_7d3e1a';
let server: FakeResponses;
let github: FakeGitHub;
let temp: string;
beforeAll(async () => {
  server = await startFakeResponses({
    token: TOKEN,
    expectOutputSchema: true,
    script: readingFirst(() => finalMessage(JSON.stringify({ summary: '', findings: [] }))),
  });
  github = await startFakeGitHub({ token: GH_TOKEN });
  temp = mkdtempSync(join(tmpdir(), 'inputs-e2e-'));
});
afterAll(async () => {
  await server.close();
  await github.close();
  rmSync(temp, { recursive: true, force: true });
});

// The workspace is examples/vulnerable-app, six levels below the file system's root at most.
const up = '../'.repeat(12);

describe('a bad input stops the step before any model request, in one line that names it', () => {
  it.each([
    ['include', '[', /^::error::Input include: "\[" is not a glob pattern: Missing closing: "\]"/],
    ['exclude', 'src/{a,b', /^::error::Input exclude: "src\/{a,b" is not a glob pattern: Missing closing: "}"/],
    [
      'sarif-category',
      'vega\n::warning::forged',
      /^::error::Input sarif-category contains the control character U\+000A: "vega\\n::warning::forged"\./,
    ],
    ['model', 'gpt-5\u202e', /^::error::Input model contains the control character U\+202E/],
    ['check-name', 'review\u200b', /^::error::Input check-name contains the control character U\+200B/],
    ['artifact-name', 'scan\tresults', /^::error::Input artifact-name contains the control character U\+0009/],
    [
      'output-dir',
      '/etc/vega-codex-e2e',
      /^::error::Input output-dir: \/etc\/vega-codex-e2e is outside the workspace \(.*\) or RUNNER_TEMP \(.*\)\. Write the action's files there\.$/,
    ],
    [
      'sarif-file',
      '/etc/vega-codex-e2e.sarif',
      /^::error::Input sarif-file: \/etc\/vega-codex-e2e\.sarif is outside the workspace/,
    ],
    [
      'context-file',
      `${up}etc/passwd`,
      /^::error::Input context-file: (\.\.\/)+etc\/passwd is outside the repository; it must be a file of the repository/,
    ],
    ['prompt-file', '/etc/passwd', /^::error::Input prompt-file: \/etc\/passwd is outside the repository/],
  ])('%s', async (name, value, line) => {
    const before = server.requests.length;
    const calls = github.calls.length;
    const step = await runStep({
      workspace: EXAMPLE,
      runnerTemp: temp,
      githubToken: GH_TOKEN,
      apiUrl: github.url,
      inputs: { 'api-key': TOKEN, 'base-url': server.url, 'codex-bin': CODEX_BIN, [name]: value },
    });
    expect(step.code).toBe(1);
    const errors = step.commands.filter((c) => c.name === 'error' || c.name === 'warning');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toMatch(line);
    expect(server.requests.length).toBe(before);
    expect(existsSync('/etc/vega-codex-e2e')).toBe(false);
    expect(existsSync('/etc/vega-codex-e2e.sarif')).toBe(false);
    // A check run the step had opened is completed as failed, with the same line and no annotation.
    const own = github.calls.slice(calls);
    if (own.length) {
      expect(own.map((c) => c.method)).toEqual(['post', 'patch']);
      expect(own[1]!.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
      expect(own[1]!.body.output.annotations).toBeUndefined();
    }
    expect(github.violations).toEqual([]);
  });
});
