// The committed bundle, started as the Actions runner starts it: main, then post.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  finalMessage,
  readingFirst,
  silentStream,
  startFakeResponses,
  toolCall,
  type FakeResponses,
} from '../support/fake-responses.ts';
import { startFakeArtifacts, type FakeArtifacts } from '../support/fake-artifacts.ts';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.ts';
import { CODEX_BIN, EXAMPLE, TOKEN } from '../support/harness.ts';
import { unzip } from '../support/unzip.ts';
import { actionYaml, problems, readFileCommands, runStep } from '../support/actions-runner.ts';
import { sarifProblems } from '../support/sarif-check.ts';
import { reviewScript } from '../support/scripted-review.ts';

const GH_TOKEN = 'ghs_job_token_5b2c9d1e';
let server: FakeResponses | undefined;
let github: FakeGitHub | undefined;
let artifacts: FakeArtifacts | undefined;
let temp: string | undefined;
afterEach(async () => {
  await server?.close();
  await github?.close();
  await artifacts?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
  server = github = artifacts = temp = undefined;
});

describe('dist/index.js as a node24 action', () => {
  it('declares node24 with main and post entries', () => {
    expect(actionYaml.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js' });
    expect(existsSync(join(EXAMPLE, '../../dist/package.json'))).toBe(true);
  });

  it('scans, reports to GitHub, uploads the artifact, fails on findings at fail-on in one line, and cleans up in post', async () => {
    server = await startFakeResponses({ token: TOKEN, script: reviewScript(), expectOutputSchema: true });
    github = await startFakeGitHub({ token: GH_TOKEN });
    artifacts = await startFakeArtifacts();
    temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const headSha = 'b'.repeat(40);
    const main = await runStep({
      workspace: EXAMPLE,
      runnerTemp: temp,
      githubToken: GH_TOKEN,
      apiUrl: github.url,
      artifactEnv: artifacts.env,
      event: {
        name: 'pull_request',
        payload: { pull_request: { number: 7, head: { sha: headSha, repo: { full_name: 'octo-org/shop' } } } },
      },
      // Pull-request comments have their own test (pr-conversation.test.ts).
      inputs: { 'api-key': TOKEN, 'base-url': server.url, 'codex-bin': CODEX_BIN, 'pr-comments': 'false' },
    });

    expect(main.code).toBe(1);
    const errors = main.commands.filter((c) => c.name === 'error');
    expect(errors.map((c) => c.line)).toEqual([
      '::error::Codex found 3 findings at or above fail-on "high" (1 critical, 2 high, 1 medium). See the SARIF and report for details.',
    ]);
    expect(Object.keys(main.outputs).sort()).toEqual(Object.keys(actionYaml.outputs).sort());
    expect(main.outputs).toMatchObject({ 'findings-count': '4', conclusion: 'failure' });
    expect(main.outputs['thread-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(sarifProblems(main.outputs['sarif-file']!)).toEqual([]);
    const report = JSON.parse(readFileSync(main.outputs['report-file']!, 'utf8'));
    expect(report.findings.total).toBe(4);
    expect(readFileSync(main.outputs['events-file']!, 'utf8').split('\n').filter(Boolean).length).toBe(
      report.events.lines,
    );
    // Codex's progress is in log groups, one line per command.
    expect(main.stdout).toContain('::group::Codex: reviewing');
    expect(main.stdout).toMatch(/\$ \/bin\/bash -lc 'ls -R \. \| head -50' {2}→ exit 0/);

    // The check run: created in progress on the pull request's head, completed with annotations, most severe first.
    expect(github.violations).toEqual([]);
    expect(github.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'post /repos/octo-org/shop/check-runs',
      `patch /repos/octo-org/shop/check-runs/${main.outputs['check-run-id']}`,
    ]);
    expect(github.calls[0]!.body).toMatchObject({
      name: 'vega-codex security review',
      head_sha: headSha,
      status: 'in_progress',
    });
    const done = github.calls[1]!.body;
    expect(done).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: '4 findings (1 critical, 2 high, 1 medium)' },
    });
    expect(
      done.output.annotations.map(
        (a: { annotation_level: string; path: string; start_line: number }) =>
          `${a.annotation_level} ${a.path}:${a.start_line}`,
      ),
    ).toEqual(['failure src/db.js:8', 'failure src/files.js:7', 'failure src/tools.js:5', 'warning src/config.js:3']);

    // The artifact: events, report, SARIF and the debug bundle, uploaded through the artifact protocol.
    expect(artifacts.violations).toEqual([]);
    expect(artifacts.artifacts).toHaveLength(1);
    const artifact = artifacts.artifacts[0]!;
    expect(main.outputs['artifact-id']).toBe(artifact.id);
    expect(artifact.name).toBe('vega-codex-scan-vega-codex');
    const files = unzip(artifact.data);
    // Verification is on by default: each of the four findings has its own thread, recorded for replay.
    expect([...files.keys()].sort()).toEqual([
      'v16-debug-bundle.zip',
      'v16-events.jsonl',
      'v16-fixes.patch',
      'v16-report.json',
      'v16-threads.json',
      'v16-verify-c1-events.jsonl',
      'v16-verify-c2-events.jsonl',
      'v16-verify-c3-events.jsonl',
      'v16-verify-c4-events.jsonl',
      'vega-codex.sarif',
    ]);
    const bundle = unzip(files.get('v16-debug-bundle.zip')!);
    const names = [...bundle.keys()];
    expect(names).toEqual(
      expect.arrayContaining(['codex-stderr.log', 'prompt.txt', 'output-schema.json', 'command.txt']),
    );
    const rollout = names.find((n) => n.startsWith('rollout/rollout-') && n.endsWith(`-${report.thread.id}.jsonl`));
    expect(rollout).toBeDefined();
    expect(bundle.get(rollout!)!.toString()).toContain('"type":"session_meta"');
    expect(bundle.get('command.txt')!.toString()).toContain('codex exec --json');
    expect(names.some((n) => n.includes('shell_snapshots'))).toBe(false);
    for (const [name, data] of [...files, ...bundle]) expect(data.includes(TOKEN), name).toBe(false);
    expect(existsSync(main.outputs['debug-bundle']!)).toBe(true);

    // The job summary: a table linking each finding to its line at the scanned commit.
    expect(main.summary).toContain('## ❌ vega-codex security review: failure');
    expect(main.summary).toContain(
      `| critical | sql-injection (CWE-89) | [src/db.js:8](https://github.com/octo-org/shop/blob/${headSha}/src/db.js#L8) |`,
    );
    expect(main.summary).toContain(
      'Artifacts: [vega-codex-scan-vega-codex](https://github.com/octo-org/shop/actions/runs/1001/artifacts/1000)',
    );

    // Both secrets are masked first thing, and printed nowhere else.
    for (const secret of [TOKEN, GH_TOKEN]) {
      expect(main.commands.filter((c) => c.line === `::add-mask::${secret}`)).toHaveLength(1);
      expect((main.stdout + main.stderr).split(secret).length - 1).toBe(1);
    }

    const scratch = main.state['scratch-dir']!;
    expect(existsSync(scratch)).toBe(true);
    const post = await runStep({ workspace: EXAMPLE, runnerTemp: temp, inputs: {}, post: { state: main.state } });
    expect(post.code).toBe(0);
    expect(existsSync(scratch)).toBe(false);
  });

  it('a token that may not write checks: annotations in the log instead, most severe first, and the step does not fail for it', async () => {
    const findings = Array.from({ length: 40 }, (_, i) => ({
      ruleId: 'xss',
      title: `Finding ${i}`,
      severity: ['critical', 'high', 'medium', 'low'][i % 4],
      confidence: 'high',
      cwe: [],
      file: 'src/server.js',
      startLine: 1 + (i % 22),
      endLine: 1 + (i % 22) + Math.floor(i / 22),
      description: 'd',
      recommendation: 'r',
    }));
    server = await startFakeResponses({
      token: TOKEN,
      expectOutputSchema: true,
      script: readingFirst(() => finalMessage(JSON.stringify({ summary: '', findings }))),
    });
    github = await startFakeGitHub({ token: GH_TOKEN, readOnly: true });
    temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    // Where annotations go is the point here, not 40 verification threads.
    const main = await runStep({
      workspace: EXAMPLE,
      runnerTemp: temp,
      githubToken: GH_TOKEN,
      apiUrl: github.url,
      inputs: { 'api-key': TOKEN, 'base-url': server.url, 'codex-bin': CODEX_BIN, 'fail-on': 'none', verify: 'false' },
    });
    expect(main.code, problems(main)).toBe(0);
    expect(github.violations).toEqual([]);
    expect(main.stdout).toContain('No check run: the token may not create check runs (HTTP 403');
    const count = (name: string) => main.commands.filter((c) => c.name === name && c.line.includes('file=')).length;
    // 10 of each level a step may show; one notice is kept for saying what was left out.
    expect(count('error')).toBe(10);
    expect(count('warning')).toBe(10);
    expect(count('notice')).toBe(9);
    const errors = main.commands.filter((c) => c.name === 'error');
    expect(errors[0]!.line).toContain('title=[critical] Finding 0');
    const leftOut = main.commands.find((c) => c.name === 'notice' && !c.line.includes('file='))!;
    expect(leftOut.line).toContain('11 more findings are not annotated: the token may not create check runs');
    expect(main.outputs['check-run-id']).toBe('');
  });

  it('1,000 findings: one create and exactly 20 updates of 50 annotations, summaries within their limits', async () => {
    const rules = [
      'sql-injection',
      'xss',
      'ssrf',
      'csrf',
      'xxe',
      'code-injection',
      'command-injection',
      'path-traversal',
      'open-redirect',
      'hardcoded-secret',
    ];
    const findings = Array.from({ length: 1000 }, (_, i) => {
      const k = Math.floor(i / rules.length);
      const start = 1 + (k % 17);
      return {
        ruleId: rules[i % rules.length],
        title: `Finding ${i} ${'t'.repeat(150)}`,
        severity: ['critical', 'high', 'medium', 'low'][i % 4],
        confidence: 'medium',
        cwe: ['CWE-20'],
        file: 'src/server.js',
        startLine: start,
        endLine: start + Math.floor(k / 17),
        description: 'x'.repeat(2000),
        recommendation: 'y',
      };
    });
    server = await startFakeResponses({
      token: TOKEN,
      expectOutputSchema: true,
      script: readingFirst(() => finalMessage(JSON.stringify({ summary: '', findings }))),
    });
    github = await startFakeGitHub({ token: GH_TOKEN });
    temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    // Annotations are the point here: verifying 50 of the findings, each in a Codex thread, would only cost time.
    const main = await runStep({
      workspace: EXAMPLE,
      runnerTemp: temp,
      githubToken: GH_TOKEN,
      apiUrl: github.url,
      inputs: { 'api-key': TOKEN, 'base-url': server.url, 'codex-bin': CODEX_BIN, 'fail-on': 'none', verify: 'false' },
    });
    expect(main.code, problems(main)).toBe(0);
    expect(main.outputs['findings-count']).toBe('1000');
    expect(github.violations).toEqual([]);
    expect(github.calls.filter((c) => c.method === 'post')).toHaveLength(1);
    const updates = github.calls.filter((c) => c.method === 'patch');
    expect(updates).toHaveLength(20);
    expect(updates.every((u) => u.body.output.annotations.length === 50)).toBe(true);
    expect(updates.map((u) => u.body.status ?? null).filter(Boolean)).toEqual(['completed']);
    expect(updates[0]!.body.output.annotations[0].annotation_level).toBe('failure');
    expect(updates[19]!.body.output.annotations[49].annotation_level).toBe('notice');
    expect(Buffer.byteLength(main.summary)).toBeLessThan(1_000_000);
    expect(updates[19]!.body.output.summary.length).toBeLessThanOrEqual(65_535);
    expect(updates[19]!.body.output.summary).toContain('more findings, not shown here');
  });

  it('hostile findings cannot issue workflow commands, inject HTML or leak the token, in any channel', async () => {
    const hostile = (i: number) => ({
      ruleId: 'xss',
      title: i === 0 ? '::set-output name=conclusion::success' : `##[error]forged ${i} <script>alert(1)</script>`,
      severity: i === 0 ? 'critical' : 'medium',
      confidence: 'high',
      cwe: [],
      file: 'src/server.js',
      startLine: i + 1,
      endLine: i + 1,
      description: `<img src=x onerror=alert(1)> ##[add-mask]x\n::warning::forged\r\n::stop-commands::zzz @octo-org/security ${TOKEN} ${'A'.repeat(100_000)}`,
      recommendation: `\n::error::forged ${TOKEN}`,
    });
    const findings = [hostile(0), hostile(1), hostile(2)];
    const review = readingFirst(() => finalMessage(JSON.stringify({ summary: '', findings })));
    // Two scans against one server, each a read and an answer.
    server = await startFakeResponses({
      token: TOKEN,
      expectOutputSchema: true,
      script: (r) => review({ ...r, index: r.index % 2 }),
    });
    for (const readOnly of [true, false]) {
      github = await startFakeGitHub({ token: GH_TOKEN, readOnly });
      artifacts = await startFakeArtifacts();
      temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
      const main = await runStep({
        workspace: EXAMPLE,
        runnerTemp: temp,
        githubToken: GH_TOKEN,
        apiUrl: github.url,
        artifactEnv: artifacts.env,
        inputs: { 'api-key': TOKEN, 'base-url': server.url, 'codex-bin': CODEX_BIN, 'fail-on': 'none' },
      });
      expect(main.code, problems(main)).toBe(0);
      expect(main.outputs.conclusion).toBe('success');
      const names = new Set(main.commands.map((c) => c.name));
      // debug lines come from @actions/artifact; none of them carries the findings' text.
      for (const n of names)
        expect(['add-mask', 'group', 'endgroup', 'error', 'warning', 'notice', 'debug']).toContain(n);
      for (const c of main.commands.filter((x) => x.name === 'debug')) expect(c.line).not.toContain('forged');
      for (const c of main.commands.filter((x) => ['error', 'warning', 'notice'].includes(x.name)))
        expect(c.line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
      // Ours (the two tokens), and the upload URL's signature that @actions/artifact masks.
      expect(
        main.commands
          .filter((c) => c.name === 'add-mask')
          .map((c) => c.line.slice('::add-mask::'.length))
          .filter((v) => v !== 'fake-signature'),
      ).toEqual([TOKEN, GH_TOKEN]);
      expect((main.stdout + main.stderr).split(TOKEN).length - 1).toBe(1);
      expect(main.summary).not.toMatch(/<img|<script/);
      expect(main.summary).toContain('&lt;script&gt;');
      expect(main.summary).not.toContain(TOKEN);
      for (const call of github.calls) expect(JSON.stringify(call.body)).not.toContain(TOKEN);
      if (!readOnly) {
        const annotations = github.calls.at(-1)!.body.output.annotations as { message: string }[];
        expect(annotations).toHaveLength(3);
        expect(annotations.every((a) => a.message.length <= 64 * 1024)).toBe(true);
      }
      for (const [name, data] of unzip(artifacts.artifacts[0]!.data)) expect(data.includes(TOKEN), name).toBe(false);
      expect(github.violations).toEqual([]);
      await github.close();
      await artifacts.close();
      rmSync(temp, { recursive: true, force: true });
      github = artifacts = temp = undefined;
    }
  });

  it("upload-sarif: uploads gzip+base64 SARIF for the commit, waits for processing, and reports GitHub's errors", async () => {
    // One server for three scans: each one is the same three-request review.
    server = await startFakeResponses({
      token: TOKEN,
      script: (r) => reviewScript()({ ...r, index: r.index % 3 }),
      expectOutputSchema: true,
    });
    const fast = { VEGA_SARIF_POLL_SECONDS: '0.05,0.1' };
    for (const mode of ['ok', 'processing-fails', 'read-only'] as const) {
      github = await startFakeGitHub({
        token: GH_TOKEN,
        readOnly: mode === 'read-only',
        processingErrors:
          mode === 'processing-fails' ? ['rejecting delivery as the repository has too many logical alerts'] : [],
      });
      temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
      const main = await runStep({
        workspace: EXAMPLE,
        runnerTemp: temp,
        githubToken: GH_TOKEN,
        apiUrl: github.url,
        env: fast,
        inputs: {
          'api-key': TOKEN,
          'base-url': server.url,
          'codex-bin': CODEX_BIN,
          'fail-on': 'none',
          'upload-sarif': 'true',
        },
      });
      expect(main.code, `${mode}: ${problems(main)}`).toBe(0);
      expect(github.violations).toEqual([]);
      if (mode === 'read-only') {
        expect(
          main.commands.some(
            (c) =>
              c.name === 'warning' &&
              c.line.includes('SARIF not uploaded: the token may not upload code scanning results') &&
              c.line.includes('security-events: write'),
          ),
        ).toBe(true);
      } else {
        const upload = github.calls.find((c) => c.path.endsWith('/code-scanning/sarifs'))!;
        expect(upload.body).toMatchObject({
          commit_sha: 'a'.repeat(40),
          ref: 'refs/heads/main',
          tool_name: 'vega-codex-action',
          checkout_uri: pathToFileURL(EXAMPLE).href,
        });
        expect(github.sarifs[0]!.sarif).toEqual(JSON.parse(readFileSync(main.outputs['sarif-file']!, 'utf8')));
        if (mode === 'ok')
          expect(main.stdout).toContain(`SARIF uploaded and processed by code scanning (${github.sarifs[0]!.id}).`);
        else
          expect(
            main.commands.some(
              (c) =>
                c.name === 'warning' &&
                c.line.includes('Code scanning could not process the SARIF upload') &&
                c.line.includes('too many logical alerts'),
            ),
          ).toBe(true);
      }
      await github.close();
      rmSync(temp, { recursive: true, force: true });
      github = temp = undefined;
    }
  });

  it('with baseline-sarif, findings the base branch already had are not annotated again and do not fail the step', async () => {
    server = await startFakeResponses({
      token: TOKEN,
      script: (r) => reviewScript()({ ...r, index: r.index % 3 }),
      expectOutputSchema: true,
    });
    github = await startFakeGitHub({ token: GH_TOKEN });
    temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const inputs = { 'api-key': TOKEN, 'base-url': server.url, 'codex-bin': CODEX_BIN };
    const base = await runStep({
      workspace: EXAMPLE,
      runnerTemp: temp,
      githubToken: GH_TOKEN,
      apiUrl: github.url,
      inputs,
    });
    expect(base.code).toBe(1);
    const baseline = join(temp, 'base.sarif');
    copyFileSync(base.outputs['sarif-file']!, baseline);
    const head = await runStep({
      workspace: EXAMPLE,
      runnerTemp: temp,
      githubToken: GH_TOKEN,
      apiUrl: github.url,
      inputs: { ...inputs, 'baseline-sarif': baseline },
    });
    expect(head.code).toBe(0);
    expect(head.outputs.conclusion).toBe('success');
    const last = github.calls.at(-1)!;
    expect(last.body).toMatchObject({
      conclusion: 'success',
      output: { title: '4 findings (1 critical, 2 high, 1 medium; 0 new, 4 already in the baseline)' },
    });
    expect(last.body.output.annotations).toBeUndefined();
    expect(head.summary).toContain('| critical (existing) |');
    expect(github.violations).toEqual([]);
  });

  it('text from the repository or the model cannot issue workflow commands', async () => {
    const hostile = `echo "::set-output name=conclusion::success"; echo "##[error]forged"; echo "::add-mask::x"; head -3 src/server.js`;
    server = await startFakeResponses({
      token: TOKEN,
      expectOutputSchema: true,
      script: (r) =>
        r.index === 0
          ? toolCall(hostile)
          : finalMessage(JSON.stringify({ summary: '::warning::forged', findings: [] })),
    });
    temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const main = await runStep({
      workspace: EXAMPLE,
      runnerTemp: temp,
      inputs: { 'api-key': TOKEN, 'base-url': server.url, 'codex-bin': CODEX_BIN },
    });
    expect(main.code, problems(main)).toBe(0);
    expect(main.stdout).toContain('set-output name=conclusion');
    const names = new Set(main.commands.map((c) => c.name));
    expect([...names].sort()).toEqual(['add-mask', 'endgroup', 'group']);
    expect(main.commands.filter((c) => c.name === 'add-mask')).toHaveLength(2);
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

  it('a scan that fails still writes SARIF and report, uploads what it has, and says what to do', async () => {
    server = await startFakeResponses({
      token: 'another-token',
      expectOutputSchema: true,
      script: () => finalMessage('{}'),
    });
    artifacts = await startFakeArtifacts();
    const main = await runStep({
      workspace: EXAMPLE,
      artifactEnv: artifacts.env,
      inputs: { 'api-key': TOKEN, 'base-url': server.url, 'max-retries': '0', annotations: 'false' },
      env: { VEGA_V16_CODEX_BIN: CODEX_BIN },
    });
    expect(main.code).toBe(1);
    expect(main.outputs.conclusion).toBe('failure');
    const error = main.commands.find((c) => c.name === 'error')!.line;
    expect(error).toMatch(
      /^::error::The scan failed: Codex's turn failed: .*invalid_request_error.* The model endpoint rejected the request/,
    );
    expect(sarifProblems(main.outputs['sarif-file']!, { multitool: false })).toEqual([]);
    expect(JSON.parse(readFileSync(main.outputs['report-file']!, 'utf8')).codex.binSource).toBe('VEGA_V16_CODEX_BIN');
    const uploaded = unzip(artifacts.artifacts[0]!.data);
    expect([...uploaded.keys()].sort()).toEqual([
      'v16-debug-bundle.zip',
      'v16-events.jsonl',
      'v16-report.json',
      'v16-threads.json',
      'vega-codex.sarif',
    ]);
    expect(uploaded.get('v16-events.jsonl')!.toString()).toContain('"type":"turn.failed"');
    expect(main.summary).toContain("Scan failed: Codex's turn failed");
  });
});

describe('dist/index.js in container mode (the default)', () => {
  it('runs Codex in the runner image, and the post step leaves no container behind', async () => {
    const { IMAGE, labelledContainers } = await import('../support/docker.ts');
    server = await startFakeResponses({ token: TOKEN, script: reviewScript(), expectOutputSchema: true });
    temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const main = await runStep({
      workspace: EXAMPLE,
      runnerTemp: temp,
      inputs: { 'api-key': TOKEN, 'base-url': server.url, image: IMAGE, 'image-policy': 'local', 'fail-on': 'none' },
    });
    expect(main.code, problems(main)).toBe(0);
    expect(main.stdout).toContain('::group::Codex: preparing the sandbox container');
    expect(main.outputs['findings-count']).toBe('4');
    const report = JSON.parse(readFileSync(main.outputs['report-file']!, 'utf8'));
    expect(report.codex.mode).toBe('container');
    expect(report.container.image).toBe(IMAGE);
    expect(main.stdout.split(TOKEN).length - 1).toBe(1);
    const post = await runStep({ workspace: EXAMPLE, runnerTemp: temp, inputs: {}, post: { state: main.state } });
    expect(post.code).toBe(0);
    expect(labelledContainers(report.scan.id)).toEqual([]);
    expect(main.state['container-mode']).toBe('true');
    expect(main.state['scan-id']).toBe(report.scan.id);
  });

  it('when the main step is killed mid-scan, the post step removes its container', async () => {
    const { IMAGE, labelledContainers } = await import('../support/docker.ts');
    server = await startFakeResponses({ token: TOKEN, script: () => silentStream(), expectOutputSchema: true });
    temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    // Kill the step once its own container (named after the scan id it saved) exists: other test files may be
    // running scans of their own.
    let stateFile = '';
    const main = await runStep(
      {
        workspace: EXAMPLE,
        runnerTemp: temp,
        inputs: { 'api-key': TOKEN, 'base-url': server.url, image: IMAGE, 'image-policy': 'local' },
        onEnv: (env) => (stateFile = env.GITHUB_STATE!),
      },
      (child) => {
        const poll = setInterval(() => {
          const scanId = readFileCommands(stateFile)['scan-id'];
          if (scanId && labelledContainers(scanId).length > 0) {
            clearInterval(poll);
            child.kill('SIGKILL');
          }
        }, 200);
        child.once('exit', () => clearInterval(poll));
      },
    );
    expect(main.code).toBe(-1);
    expect(labelledContainers(main.state['scan-id'])).toHaveLength(1);
    const post = await runStep({ workspace: EXAMPLE, runnerTemp: temp, inputs: {}, post: { state: main.state } });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain(`vega-codex-${main.state['scan-id']}`);
    expect(labelledContainers(main.state['scan-id'])).toEqual([]);
    // Codex's home of the killed scan (its transcript) is gone too.
    expect(main.state['scratch-dir']).toBe(join(temp, `vega-codex-${main.state['scan-id']}`));
    expect(existsSync(main.state['scratch-dir']!)).toBe(false);
  });

  it('cancelling the workflow (SIGTERM to the step) stops and removes the container and says so', async () => {
    const { IMAGE, labelledContainers } = await import('../support/docker.ts');
    server = await startFakeResponses({ token: TOKEN, script: () => silentStream(), expectOutputSchema: true });
    temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    let stateFile = '';
    let scanId = '';
    const main = await runStep(
      {
        workspace: EXAMPLE,
        runnerTemp: temp,
        inputs: { 'api-key': TOKEN, 'base-url': server.url, image: IMAGE, 'image-policy': 'local' },
        onEnv: (env) => (stateFile = env.GITHUB_STATE!),
      },
      (child) => {
        const poll = setInterval(() => {
          scanId = readFileCommands(stateFile)['scan-id'] ?? '';
          if (scanId && labelledContainers(scanId).length > 0) {
            clearInterval(poll);
            child.kill('SIGTERM');
          }
        }, 200);
        child.once('exit', () => clearInterval(poll));
      },
    );
    expect(main.code).toBe(1);
    expect(main.outputs.conclusion).toBe('cancelled');
    expect(main.commands.find((c) => c.name === 'error')!.line).toBe(
      '::error::The scan was cancelled: Codex was stopped before it finished.',
    );
    expect(labelledContainers(scanId)).toEqual([]);
  });
});
