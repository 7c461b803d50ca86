// The status output, and what it guards: a SARIF upload only for a review that happened, no model request for a
// scope with nothing to review, and token outputs that are what the endpoint reported.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { problems, runStep } from '../support/actions-runner.ts';
import {
  finalMessage,
  httpError,
  startFakeResponses,
  toolCall,
  withUsage,
  type FakeResponses,
  type RecordedRequest,
} from '../support/fake-responses.ts';
import { containerRunner, labelledContainers } from '../support/docker.ts';
import { scanWith } from '../support/harness.ts';
import { BOT, startFakeGitHub, type FakeGitHub } from '../support/fake-github.ts';
import { FakePull, pullFilesFromGit } from '../support/fake-pull.ts';
import { CODEX_BIN, EXAMPLE, TOKEN } from '../support/harness.ts';
import { sarifProblems } from '../support/sarif-check.ts';
import { reviewScript } from '../support/scripted-review.ts';

const GH_TOKEN = 'ghs_status_token_7d1e';
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function model(script: Parameters<typeof startFakeResponses>[0]['script']): Promise<FakeResponses> {
  const server = await startFakeResponses({ token: TOKEN, script, expectOutputSchema: true });
  cleanups.push(() => server.close());
  return server;
}

async function gitHub(pull?: FakePull): Promise<FakeGitHub> {
  const github = await startFakeGitHub({ token: GH_TOKEN, pull });
  cleanups.push(() => github.close());
  return github;
}

/** The cached input tokens the scripted model reported for these requests. */
const cachedTokens = (rs: RecordedRequest[]) => rs.reduce((n, r) => n + r.cachedTokens!, 0);

const inputs = (url: string, over: Record<string, string> = {}) => ({
  'api-key': TOKEN,
  'base-url': url,
  'codex-bin': CODEX_BIN,
  'max-retries': '0',
  ...over,
});

describe('status', () => {
  it('completed: the token outputs are the sums of what the endpoint reported, and the report has them per stage', async () => {
    const server = await model(reviewScript());
    const step = await runStep({ workspace: EXAMPLE, inputs: inputs(server.url, { 'fail-on': 'none' }) });
    expect(step.code, problems(step)).toBe(0);
    expect(step.outputs.status).toBe('completed');
    // The review: two tool calls (100 in, 20 out each) and an answer (150, 40); then four verifications, one answer
    // each (150, 40). Cached: what the scripted model's prompt cache held of each, its first request nothing.
    const review = server.requests.filter((r) => !r.verification);
    const verification = server.requests.filter((r) => r.verification);
    expect(review).toHaveLength(3);
    expect(verification).toHaveLength(4);
    expect(cachedTokens(verification)).toBeGreaterThan(500);
    expect({
      input: step.outputs['input-tokens'],
      output: step.outputs['output-tokens'],
      cached: step.outputs['cached-input-tokens'],
    }).toEqual({ input: '950', output: '240', cached: String(cachedTokens(server.requests)) });
    const report = JSON.parse(readFileSync(step.outputs['report-file']!, 'utf8'));
    // What the scan was expected to cost, said before it started.
    expect(report.estimate.expectedTokens).toBeGreaterThan(report.estimate.leastTokens);
    expect(step.outputs['estimated-tokens']).toBe(String(report.estimate.expectedTokens));
    expect(report.tokens.byStage).toEqual({
      review: { input: 350, cachedInput: cachedTokens(review), output: 80, responses: 3 },
      verification: { input: 600, cachedInput: cachedTokens(verification), output: 160, responses: 4 },
    });
    const line = (rs: RecordedRequest[], input: number) =>
      `${input} in (${cachedTokens(rs)} cached, ${Math.round((100 * cachedTokens(rs)) / input)}%)`;
    expect(step.summary).toContain(
      `[review: ${line(review, 350)}, 80 out; verification: ${line(verification, 600)}, 160 out]`,
    );
  });

  it('failed: upload-sarif: true uploads nothing, since an empty analysis would close open alerts', async () => {
    const server = await model(() => httpError(500, 'upstream exploded'));
    const github = await gitHub();
    const step = await runStep({
      workspace: EXAMPLE,
      githubToken: GH_TOKEN,
      apiUrl: github.url,
      inputs: inputs(server.url, { 'upload-sarif': 'true', annotations: 'false' }),
    });
    expect(step.code).toBe(1);
    expect(step.outputs.status).toBe('failed');
    expect(github.calls.filter((c) => c.path.includes('/code-scanning/'))).toEqual([]);
    expect(github.sarifs).toEqual([]);
    expect(
      step.commands.some((c) => c.name === 'warning' && c.line.includes('SARIF not uploaded: the scan ended failed')),
    ).toBe(true);
    expect(github.violations).toEqual([]);
  });
});

describe('incomplete', () => {
  it('a model that declines and reads nothing fails the step even with fail-on none, and its SARIF is not uploaded', async () => {
    const server = await model(() =>
      finalMessage(JSON.stringify({ summary: "I can't help with that.", findings: [] })),
    );
    const github = await gitHub();
    const step = await runStep({
      workspace: EXAMPLE,
      githubToken: GH_TOKEN,
      apiUrl: github.url,
      inputs: inputs(server.url, { 'fail-on': 'none', 'upload-sarif': 'true', annotations: 'false' }),
    });
    expect(step.code).toBe(1);
    expect(step.outputs.status).toBe('incomplete');
    expect(step.commands.filter((c) => c.name === 'error').map((c) => c.line)).toEqual([
      `::error::The scan is incomplete: Codex declined to review and read none of the 8 files in scope: "I can't help with that." Check the model and the prompt, and whether the endpoint filters security work.`,
    ]);
    expect(github.sarifs).toEqual([]);
    expect(step.summary).toContain('Coverage: read 0 of 8 files in scope');
  });
});

describe('nothing to review', () => {
  function pullRequestAddingAPng(): { root: string; base: string; head: string } {
    const root = mkdtempSync(join(tmpdir(), 'png-pr-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    cpSync(EXAMPLE, root, { recursive: true });
    const git = (...a: string[]) =>
      execFileSync('git', ['-C', root, '-c', 'user.email=t@example.test', '-c', 'user.name=t', ...a], {
        encoding: 'utf8',
      }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    // A real PNG header and a NUL: git calls it binary.
    writeFileSync(
      join(root, 'logo.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    );
    git('add', '-A');
    git('commit', '-qm', 'logo');
    return { root, base, head: git('rev-parse', 'HEAD') };
  }

  it('a pull request that adds only a PNG makes no model request and succeeds with an empty, uploadable analysis', async () => {
    const server = await model(reviewScript());
    const { root, base, head } = pullRequestAddingAPng();
    const pull = new FakePull('octo-org', 'shop', 9);
    pull.setHead(head, pullFilesFromGit(root, base, head));
    const github = await gitHub(pull);
    const event = {
      name: 'pull_request',
      payload: {
        pull_request: { number: 9, base: { sha: base }, head: { sha: head, repo: { full_name: 'octo-org/shop' } } },
      },
    };
    const step = await runStep({
      workspace: root,
      event,
      githubToken: GH_TOKEN,
      apiUrl: github.url,
      env: { VEGA_SARIF_POLL_SECONDS: '0.05' },
      inputs: inputs(server.url, { 'upload-sarif': 'true' }),
    });
    expect(step.code, problems(step)).toBe(0);
    expect(server.requests).toEqual([]);
    expect(step.outputs.status).toBe('nothing_to_review');
    expect(step.outputs['input-tokens']).toBe('0');
    expect(step.commands.find((c) => c.name === 'notice')!.line).toBe(
      '::notice::Nothing to review, so Codex was not started: the change holds no file to review; left out: binary (1 files).',
    );
    const sarif = JSON.parse(readFileSync(step.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(true);
    expect(sarifProblems(step.outputs['sarif-file']!, { multitool: false })).toEqual([]);
    expect(github.sarifs).toHaveLength(1);
    expect(step.summary).toContain('Nothing to review');
    // The pull request hears it too, in the summary comment, with no review comment.
    expect(pull.comments).toEqual([]);
    expect(pull.issueComments.filter((c) => c.user.login === BOT.login).map((c) => c.body)).toEqual([
      expect.stringContaining('Nothing to review, so Codex was not started'),
    ]);
    expect(github.violations).toEqual([]);
  });

  it('include patterns that match nothing, and an empty shard, do not start Codex either', async () => {
    const server = await model(reviewScript());
    const none = await runStep({ workspace: EXAMPLE, inputs: inputs(server.url, { include: '**/*.go' }) });
    expect(none.code).toBe(0);
    expect(none.outputs.status).toBe('nothing_to_review');
    expect(none.commands.find((c) => c.name === 'notice')!.line).toContain('matches include (**/*.go)');
    const shard = await runStep({ workspace: EXAMPLE, inputs: inputs(server.url, { shard: '40/40' }) });
    expect(shard.code).toBe(0);
    expect(shard.outputs.status).toBe('nothing_to_review');
    expect(server.requests).toEqual([]);
  });
});

describe('max-tokens', () => {
  // A model that never stops reading, each response reporting 8,000 input tokens.
  const endless = () => withUsage(toolCall('cat src/db.js'), 8000, 10);

  it.each([['direct'], ['container']])(
    '%s mode: stops every thread right after the response that crosses the budget',
    async (mode) => {
      const run = await scanWith(endless, {
        settings: { maxTokens: 20_000, failOn: 'none', ...(mode === 'container' ? { runner: containerRunner() } : {}) },
      });
      cleanups.push(() => run.cleanup());
      const { report } = run.outcome;
      // 8,000 + 8,000 stays under 20,000; the third response crosses it; nothing more reaches the endpoint.
      expect(run.server.requests).toHaveLength(3);
      expect(report.status).toBe('budget_exceeded');
      expect(report.conclusion).toBe('failure');
      expect(report.tokens).toMatchObject({
        maxTokens: 20_000,
        used: 24_030,
        exceeded: true,
        total: { input: 24_000, output: 30, cachedInput: cachedTokens(run.server.requests), responses: 3 },
        byStage: { review: { responses: 3 } },
      });
      expect(report.failure!.reason).toBe(
        'The scan used 24030 tokens (24000 in, 30 out) and crossed max-tokens 20000, so every Codex thread was stopped.',
      );
      expect(report.files.events).toBeTruthy();
      expect(run.leftovers()).toEqual([]);
      if (mode === 'container') expect(labelledContainers(report.scan.id)).toEqual([]);
    },
  );

  it("with three concurrent passes, the budget is the scan's, and every pass is stopped at once", async () => {
    const run = await scanWith(endless, {
      settings: { maxTokens: 20_000, failOn: 'none', passes: 3, minAgreement: 2 },
    });
    cleanups.push(() => run.cleanup());
    const { report } = run.outcome;
    expect(report.status).toBe('budget_exceeded');
    // Three responses cross the budget; each other pass may have had one more in flight, and no pass sends another.
    expect(run.server.requests.length).toBeGreaterThanOrEqual(3);
    expect(run.server.requests.length).toBeLessThanOrEqual(5);
    expect(report.tokens!.total.responses).toBe(run.server.requests.length);
    expect(report.passes).toHaveLength(3);
    expect(run.leftovers()).toEqual([]);
  });

  it('a scope whose least cost is over max-tokens ends budget_exceeded before the first request', async () => {
    const run = await scanWith(endless, { settings: { maxTokens: 2_000, failOn: 'none' } });
    cleanups.push(() => run.cleanup());
    const { report } = run.outcome;
    expect(run.server.requests).toHaveLength(0);
    expect(report.status).toBe('budget_exceeded');
    expect(report.conclusion).toBe('failure');
    expect(report.codex.version).toBeNull();
    expect(report.estimate!.leastTokens).toBeGreaterThan(2_000);
    expect(report.estimate!.expectedTokens).toBeGreaterThan(report.estimate!.leastTokens);
    expect(report.failure).toEqual({
      reason: `The scope needs at least ${report.estimate!.leastTokens} tokens (one pass of ${report.estimate!.scopeTokens} tokens of code, plus Codex's overhead), over max-tokens 2000, so Codex was not started.`,
      hint: 'Raise max-tokens, or narrow the scope (include, exclude, shard).',
    });
    const sarif = JSON.parse(readFileSync(report.files.sarif, 'utf8'));
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
  });

  it('the outputs and the summary carry what the endpoint reported, and the step fails in one line', async () => {
    const server = await model(endless);
    const step = await runStep({
      workspace: EXAMPLE,
      inputs: inputs(server.url, { 'max-tokens': '20000', 'fail-on': 'none' }),
    });
    expect(step.code).toBe(1);
    expect(step.outputs.status).toBe('budget_exceeded');
    expect({
      input: step.outputs['input-tokens'],
      output: step.outputs['output-tokens'],
      cached: step.outputs['cached-input-tokens'],
    }).toEqual({ input: '24000', output: '30', cached: String(cachedTokens(server.requests)) });
    expect(step.commands.filter((c) => c.name === 'error').map((c) => c.line)).toEqual([
      '::error::The scan ran out of budget: The scan used 24030 tokens (24000 in, 30 out) and crossed max-tokens 20000, so every Codex thread was stopped. Raise max-tokens, or narrow the scope (include, exclude, shard).',
    ]);
    const cached = cachedTokens(server.requests);
    const share = Math.round((100 * cached) / 24000);
    expect(step.summary).toContain(
      `tokens: 24000 in (${cached} cached, ${share}%), 30 out, 24030 used of max-tokens 20000 (crossed)`,
    );
  });
});
