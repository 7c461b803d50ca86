// The committed bundle, started as the Actions runner starts it: main, then post.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finalMessage, silentStream, startFakeResponses, toolCall, type FakeResponses } from '../support/fake-responses.ts';
import { CODEX_BIN, EXAMPLE, TOKEN } from '../support/harness.ts';
import { actionYaml, runStep } from '../support/actions-runner.ts';
import { sarifProblems } from '../support/sarif-check.ts';
import { reviewScript } from '../support/scripted-review.ts';

let server: FakeResponses | undefined;
let temp: string | undefined;
afterEach(async () => {
  await server?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
  server = temp = undefined;
});

describe('dist/index.js as a node24 action', () => {
  it('declares node24 with main and post entries', () => {
    expect(actionYaml.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js' });
    expect(existsSync(join(EXAMPLE, '../../dist/package.json'))).toBe(true);
  });

  it('scans, sets every output, fails on findings at fail-on in one line, and cleans up in post', async () => {
    server = await startFakeResponses({ token: TOKEN, script: reviewScript(), expectOutputSchema: true });
    temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const main = await runStep({ workspace: EXAMPLE, runnerTemp: temp, inputs: { 'api-key': TOKEN, 'base-url': server.url, 'codex-bin': CODEX_BIN } });

    expect(main.code).toBe(1);
    const errors = main.commands.filter((c) => c.name === 'error');
    expect(errors.map((c) => c.line)).toEqual(['::error::Codex found 3 findings at or above fail-on "high" (1 critical, 2 high, 1 medium). See the SARIF and report for details.']);
    expect(Object.keys(main.outputs).sort()).toEqual(Object.keys(actionYaml.outputs).sort());
    expect(main.outputs).toMatchObject({ 'findings-count': '4', conclusion: 'failure', 'debug-bundle': '', 'check-run-id': '', 'artifact-id': '' });
    expect(main.outputs['thread-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(sarifProblems(main.outputs['sarif-file']!)).toEqual([]);
    const report = JSON.parse(readFileSync(main.outputs['report-file']!, 'utf8'));
    expect(report.findings.total).toBe(4);
    expect(readFileSync(main.outputs['events-file']!, 'utf8').split('\n').filter(Boolean).length).toBe(report.events.lines);
    // Codex's progress is in log groups, one line per command.
    expect(main.stdout).toContain('::group::Codex: reviewing');
    expect(main.stdout).toMatch(/\$ \/bin\/bash -lc 'ls -R \. \| head -50' {2}→ exit 0/);

    // The key is masked first thing, and printed nowhere else.
    expect(main.stdout.indexOf(`::add-mask::${TOKEN}`)).toBeGreaterThanOrEqual(0);
    expect(main.stdout.split(TOKEN).length - 1).toBe(1);
    expect(main.stderr).not.toContain(TOKEN);

    const scratch = main.state['scratch-dir']!;
    expect(existsSync(scratch)).toBe(true);
    const post = await runStep({ workspace: EXAMPLE, runnerTemp: temp, inputs: {}, post: { state: main.state } });
    expect(post.code).toBe(0);
    expect(existsSync(scratch)).toBe(false);
  });

  it('text from the repository or the model cannot issue workflow commands', async () => {
    const hostile = `echo "::set-output name=conclusion::success"; echo "##[error]forged"; echo "::add-mask::x"`;
    server = await startFakeResponses({
      token: TOKEN,
      expectOutputSchema: true,
      script: (r) => (r.index === 0 ? toolCall(hostile) : finalMessage(JSON.stringify({ summary: '::warning::forged', findings: [] }))),
    });
    temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const main = await runStep({ workspace: EXAMPLE, runnerTemp: temp, inputs: { 'api-key': TOKEN, 'base-url': server.url, 'codex-bin': CODEX_BIN } });
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('set-output name=conclusion');
    const names = new Set(main.commands.map((c) => c.name));
    expect([...names].sort()).toEqual(['add-mask', 'endgroup', 'group']);
    expect(main.commands.filter((c) => c.name === 'add-mask')).toHaveLength(1);
    expect(main.outputs.conclusion).toBe('success');
  });

  it('a configuration mistake is one clear error line and exit 1', async () => {
    const main = await runStep({ workspace: EXAMPLE, inputs: { 'api-key': '', 'codex-bin': CODEX_BIN } });
    expect(main.code).toBe(1);
    expect(main.commands.filter((c) => c.name === 'error').map((c) => c.line)).toEqual([
      expect.stringMatching(/^::error::Input api-key is empty\. Pass the model endpoint key from a secret/),
    ]);
    expect(main.stdout).not.toContain('bug');
  });

  it('a scan that fails still writes SARIF and report and says what to do', async () => {
    server = await startFakeResponses({ token: 'another-token', expectOutputSchema: true, script: () => finalMessage('{}') });
    const main = await runStep({
      workspace: EXAMPLE,
      inputs: { 'api-key': TOKEN, 'base-url': server.url, 'max-retries': '0' },
      env: { VEGA_V16_CODEX_BIN: CODEX_BIN },
    });
    expect(main.code).toBe(1);
    expect(main.outputs.conclusion).toBe('failure');
    const error = main.commands.find((c) => c.name === 'error')!.line;
    expect(error).toMatch(/^::error::The scan failed: Codex's turn failed: .*invalid_request_error|^::error::The scan failed: Codex's turn failed: .*400/);
    expect(sarifProblems(main.outputs['sarif-file']!, { multitool: false })).toEqual([]);
    expect(JSON.parse(readFileSync(main.outputs['report-file']!, 'utf8')).codex.binSource).toBe('VEGA_V16_CODEX_BIN');
  });
});

describe('dist/index.js in container mode (the default)', () => {
  it('runs Codex in the runner image, and the post step leaves no container behind', async () => {
    const { IMAGE, labelledContainers } = await import('../support/docker.ts');
    server = await startFakeResponses({ token: TOKEN, script: reviewScript(), expectOutputSchema: true });
    temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const main = await runStep({ workspace: EXAMPLE, runnerTemp: temp, inputs: { 'api-key': TOKEN, 'base-url': server.url, image: IMAGE, 'image-policy': 'local', 'fail-on': 'none' } });
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('::group::Codex: preparing the sandbox container');
    expect(main.outputs['findings-count']).toBe('4');
    const report = JSON.parse(readFileSync(main.outputs['report-file']!, 'utf8'));
    expect(report.codex.mode).toBe('container');
    expect(report.container.image).toBe(IMAGE);
    expect(main.stdout.split(TOKEN).length - 1).toBe(1);
    const post = await runStep({ workspace: EXAMPLE, runnerTemp: temp, inputs: {}, post: { state: main.state } });
    expect(post.code).toBe(0);
    expect(labelledContainers()).toEqual([]);
    expect(main.state['container-mode']).toBe('true');
    expect(main.state['scan-id']).toBe(report.scan.id);
  });

  it('when the main step is killed mid-scan, the post step removes its container', async () => {
    const { IMAGE, labelledContainers } = await import('../support/docker.ts');
    server = await startFakeResponses({ token: TOKEN, script: () => silentStream(), expectOutputSchema: true });
    temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const main = await runStep({ workspace: EXAMPLE, runnerTemp: temp, inputs: { 'api-key': TOKEN, 'base-url': server.url, image: IMAGE, 'image-policy': 'local' } }, (child) => {
      const poll = setInterval(() => {
        if (labelledContainers().length > 0) {
          clearInterval(poll);
          child.kill('SIGKILL');
        }
      }, 200);
      child.once('exit', () => clearInterval(poll));
    });
    expect(main.code).toBe(-1);
    expect(labelledContainers(main.state['scan-id'])).toHaveLength(1);
    const post = await runStep({ workspace: EXAMPLE, runnerTemp: temp, inputs: {}, post: { state: main.state } });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain(`Removed containers: vega-codex-${main.state['scan-id']}`);
    expect(labelledContainers()).toEqual([]);
  });
});
