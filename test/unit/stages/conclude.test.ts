import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PolicySettings } from '../../../src/config/settings.js';
import type { TokenReport } from '../../../src/report/report.js';
import { conclude, exitCode, failureLine } from '../../../src/scan/stages/conclude.js';
import type { StageContext } from '../../../src/scan/stages/stage.js';
import {
  agentMessage,
  APP,
  codexThread,
  command,
  COMMAND_INJECTION,
  failedPass,
  factsThrough,
  removeWorkspaces,
  reviewPass,
  SQL_INJECTION,
  workspace,
} from '../../support/fake-source.ts';

afterEach(removeWorkspaces);

const ALL = ['src/db.js', 'src/files.js', 'src/ping.js'];
const oneHigh = { summary: 'One flaw.', findings: [COMMAND_INJECTION] };

/** The same scan judged by another policy. */
const withPolicy = (ctx: StageContext, policy: Partial<PolicySettings>): StageContext => ({
  ...ctx,
  settings: { ...ctx.settings, policy: { ...ctx.settings.policy, ...policy } },
});

describe('conclude stage: fail-on', () => {
  it('fails the step for a finding at or above fail-on, and passes it for one below', async () => {
    const ws = workspace();
    const ctx = ws.context(ws.settings({ failOn: 'high' }), ws.source({ passes: [reviewPass(ws.root, ALL, oneHigh)] }));
    const facts = await factsThrough(ctx, 'judge');
    const { end } = await conclude.run(ctx, facts);
    expect(end).toMatchObject({ status: 'completed', conclusion: 'failure', atOrAboveFailOn: 1, failure: undefined });
    expect(end.findings.map((f) => f.title)).toEqual([COMMAND_INJECTION.title]);
    expect(ctx.log.lines).toContain('status completed, conclusion failure: 1 findings at or above fail-on high');
    const lenient = await conclude.run(withPolicy(ctx, { failOn: 'critical' }), facts);
    expect(lenient.end).toMatchObject({ status: 'completed', conclusion: 'success', atOrAboveFailOn: 0 });
    expect(lenient.end.findings).toHaveLength(1);
  });

  it('does not fail again for a finding the baseline already holds, unless fail-on-existing asks', async () => {
    const ws = workspace();
    const passes = [reviewPass(ws.root, ALL, oneHigh)];
    const first = ws.context(ws.settings(), ws.source({ passes }));
    await factsThrough(first, 'render');
    const baselineSarif = join(ws.root, '..', 'baseline.sarif');
    copyFileSync(first.settings.output.sarifFile, baselineSarif);

    const ctx = ws.context(ws.settings({ baselineSarif }), ws.source({ passes }));
    const facts = await factsThrough(ctx, 'judge');
    expect(facts.judge.kept.map((f) => f.baseline)).toEqual(['existing']);
    expect((await conclude.run(ctx, facts)).end).toMatchObject({ conclusion: 'success', atOrAboveFailOn: 0 });
    expect((await conclude.run(withPolicy(ctx, { failOnExisting: true }), facts)).end).toMatchObject({
      conclusion: 'failure',
      atOrAboveFailOn: 1,
    });
  });

  it('counts only the findings in the lines a change touched', async () => {
    const ws = workspace();
    const base = ws.commitChange(() =>
      writeFileSync(join(ws.root, 'src/db.js'), APP['src/db.js']!.replace('SELECT id, name', 'SELECT id, name, email')),
    );
    const passes = [reviewPass(ws.root, ALL, { summary: 'Two flaws.', findings: [SQL_INJECTION, COMMAND_INJECTION] })];
    const ctx = ws.context(ws.settings({ scope: { mode: 'diff', base }, failOn: 'high' }), ws.source({ passes }));
    const { end } = await conclude.run(ctx, await factsThrough(ctx, 'judge'));
    // Both are reported; only the one in the change fails the step.
    expect(end.findings.map((f) => [f.file, f.outsideChange])).toEqual([
      ['src/db.js', false],
      ['src/ping.js', true],
    ]);
    expect(end).toMatchObject({ conclusion: 'failure', atOrAboveFailOn: 1 });
  });
});

describe('conclude stage: status', () => {
  it('ends over budget when max-tokens was crossed, and keeps what the review found', async () => {
    const ws = workspace();
    const tokens: TokenReport = {
      maxTokens: 20_000,
      used: 24_000,
      exceeded: true,
      total: { input: 23_000, cachedInput: 0, output: 1_000, responses: 3 },
      byStage: {},
      requests: { forwarded: 3, refused: 1, upstreamErrors: 0 },
    };
    const ctx = ws.context(
      ws.settings({ maxTokens: 20_000 }),
      ws.source({ passes: [reviewPass(ws.root, ALL, oneHigh)], tokens }),
    );
    const { end } = await conclude.run(ctx, await factsThrough(ctx, 'judge'));
    expect(end).toMatchObject({ status: 'budget_exceeded', conclusion: 'failure' });
    expect(end.failure).toEqual({
      status: 'budget_exceeded',
      reason:
        'The scan used 24000 tokens (23000 in, 1000 out) and crossed max-tokens 20000, so every Codex thread was stopped.',
      hint: 'Raise max-tokens, or narrow the scope (include, exclude, shard).',
    });
    expect(end.findings).toHaveLength(1);
  });

  it('reports no findings from a run that broke, even those the passes that finished agreed on', async () => {
    const ws = workspace();
    const timedOut = {
      events: codexThread([command('cat src/ping.js', APP['src/ping.js']!)], null),
      run: { exitCode: null, signal: 'SIGTERM' as const, timedOut: true },
    };
    const passes = [reviewPass(ws.root, ALL, oneHigh), timedOut, reviewPass(ws.root, ALL, oneHigh)];
    const ctx = ws.context(ws.settings({ passes: 3, minAgreement: 2 }), ws.source({ passes }));
    const facts = await factsThrough(ctx, 'conclude');
    expect(facts.judge.kept).toHaveLength(1);
    expect(facts.end).toMatchObject({ status: 'timed_out', conclusion: 'timed_out', findings: [] });
    expect(facts.end.failure!.reason).toBe(
      'Review pass 2 of 3: Codex did not finish within the time limit and was stopped (timeout-minutes).',
    );
  });

  it("gives a failure what to do: from Codex's notices, or else its last words on stderr", async () => {
    const ws = workspace();
    const refused = ws.context(
      ws.settings(),
      ws.source({ passes: [failedPass('Connection failed: error sending request')] }),
    );
    expect((await factsThrough(refused, 'conclude')).end.failure).toMatchObject({
      status: 'failed',
      hint: 'Codex could not connect to base-url: check the URL and that the runner can reach it (proxy variables HTTPS_PROXY/NO_PROXY).',
    });
    const odd = {
      events: failedPass('unexpected status 418'),
      stderr: 'Reading additional input from stdin...\nError: the teapot refused\n',
    };
    const teapot = ws.context(ws.settings(), ws.source({ passes: [odd] }));
    expect((await factsThrough(teapot, 'conclude')).end.failure!.hint).toBe(
      "Codex's last words on stderr: Error: the teapot refused",
    );
  });

  it('ends incomplete when Codex answered without reading the code, and keeps what it said', async () => {
    const ws = workspace();
    const unread = codexThread([agentMessage(JSON.stringify(oneHigh))]);
    const ctx = ws.context(ws.settings(), ws.source({ passes: [unread] }));
    const { end } = await conclude.run(ctx, await factsThrough(ctx, 'judge'));
    expect(end).toMatchObject({ status: 'incomplete', conclusion: 'failure' });
    expect(end.failure!.reason).toBe(
      'Codex answered without reading any of the 3 files in scope, so no review happened.',
    );
    expect(end.findings).toHaveLength(1);
    expect(end.coverage).toMatchObject({ filesInScope: 3, filesRead: 0 });
  });

  it('ends incomplete when Codex declined, or read less than min-coverage', async () => {
    const ws = workspace();
    const declined = "I'm sorry, but I can't help with reviewing this code for vulnerabilities.";
    const refusal = ws.context(
      ws.settings(),
      ws.source({ passes: [codexThread([agentMessage(JSON.stringify({ summary: declined, findings: [] }))])] }),
    );
    const refused = (await factsThrough(refusal, 'conclude')).end;
    // Nothing at or above fail-on, and still the step fails: no review happened.
    expect(refused).toMatchObject({ status: 'incomplete', conclusion: 'failure', atOrAboveFailOn: 0 });
    expect(refused.failure!.reason).toBe(
      `Codex declined to review and read none of the 3 files in scope: "${declined}"`,
    );
    const shallow = ws.context(
      ws.settings({ minCoverage: 50 }),
      ws.source({ passes: [reviewPass(ws.root, ['src/ping.js'], oneHigh)] }),
    );
    const { end } = await factsThrough(shallow, 'conclude');
    expect(end).toMatchObject({
      status: 'incomplete',
      failure: { reason: 'The review read 1 of 3 files in scope (33.3 %), under min-coverage 50 %.' },
    });
  });

  it('passes with nothing to review', async () => {
    const ws = workspace();
    const ctx = ws.context(ws.settings({ include: ['lib/**'] }), ws.source());
    const { end } = await factsThrough(ctx, 'conclude');
    expect(end).toMatchObject({
      status: 'nothing_to_review',
      conclusion: 'success',
      failure: undefined,
      coverage: null,
      findings: [],
    });
  });
});

describe("the step's result", () => {
  it('says in one line why the step failed, and exits 1 for findings, 2 for a scan that did not complete, 0 otherwise', async () => {
    const ws = workspace();
    const report = async (passes: Parameters<typeof ws.source>[0]) =>
      (await factsThrough(ws.context(ws.settings(), ws.source(passes)), 'render')).rendered.report;

    const found = await report({ passes: [reviewPass(ws.root, ALL, oneHigh)] });
    expect(failureLine(found)).toBe(
      'Codex found 1 findings at or above fail-on "high" (1 high). See the SARIF and report for details.',
    );
    expect(exitCode(found)).toBe(1);

    const unread = await report({ passes: [codexThread([agentMessage(JSON.stringify(oneHigh))])] });
    expect(failureLine(unread)).toBe(
      'The scan is incomplete: Codex answered without reading any of the 3 files in scope, so no review happened. ' +
        'Check that the model calls tools through this endpoint (see the commands in v16-report.json and v16-events.jsonl).',
    );
    expect(exitCode(unread)).toBe(2);

    const clean = await report({
      passes: [reviewPass(ws.root, ALL, { summary: 'Nothing exploitable.', findings: [] })],
    });
    expect(failureLine(clean)).toBeUndefined();
    expect(exitCode(clean)).toBe(0);
  });
});
