import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXES_FILE, render } from '../../../src/scan/stages/render.js';
import {
  agentMessage,
  API_KEY,
  codexThread,
  command,
  COMMAND_INJECTION,
  factsThrough,
  failedPass,
  notice,
  removeWorkspaces,
  reviewPass,
  SQL_INJECTION,
  workspace,
} from '../../support/fake-source.ts';

afterEach(removeWorkspaces);

const ALL = ['src/db.js', 'src/files.js', 'src/ping.js'];
const TOKEN = 'ghp_R8x2Kq9LmN4vB7cT1zY6wD3fH5jP0sA2eG8u';

describe('render stage', () => {
  it('writes SARIF and the report with every secret masked, and the findings still where they are', async () => {
    const ws = workspace();
    const leaky = {
      ...COMMAND_INJECTION,
      description: `ping runs host in a shell; the deploy token ${TOKEN} is in its environment.`,
    };
    // Codex's own notice quotes the endpoint's key back, as a 401 does.
    const pass = codexThread([
      notice(`unexpected status 401 Unauthorized: Incorrect API key provided: ${API_KEY}`),
      ...ALL.map((f) => command(`cat ${f}`, readFileSync(join(ws.root, f), 'utf8'))),
      agentMessage(JSON.stringify({ summary: 'One flaw.', findings: [leaky] })),
    ]);
    const ctx = ws.context(ws.settings(), ws.source({ passes: [pass] }));
    const { rendered } = await render.run(ctx, await factsThrough(ctx, 'conclude'));
    const sarifText = readFileSync(ctx.settings.output.sarifFile, 'utf8');
    const reportText = readFileSync(rendered.report.files.report, 'utf8');
    for (const text of [sarifText, reportText, JSON.stringify(rendered.report)]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(API_KEY);
      expect(text).toContain('ghp_…(40 chars, masked)');
    }
    expect(rendered.report.notices.items).toEqual([
      'unexpected status 401 Unauthorized: Incorrect API key provided: ***',
    ]);
    const sarif = JSON.parse(sarifText);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'src/ping.js' },
      region: { startLine: 4 },
    });
    expect(rendered.report).toMatchObject({ status: 'completed', findings: { total: 1, atOrAboveFailOn: 1 } });
  });

  it('writes the suggested fixes as one patch, and removes the patch an earlier scan left', async () => {
    const ws = workspace();
    const patch = join(ws.outputDir, FIXES_FILE);
    const fixed = ws.context(
      ws.settings(),
      ws.source({ passes: [reviewPass(ws.root, ALL, { summary: 'One.', findings: [COMMAND_INJECTION] })] }),
    );
    const first = (await factsThrough(fixed, 'render')).rendered.report;
    expect(first.files.fixes).toBe(patch);
    expect(first.fixes).toMatchObject({ suggested: 1, inPatch: 1 });
    const text = readFileSync(patch, 'utf8');
    expect(text).toContain('--- a/src/ping.js');
    expect(text).toContain(`+${COMMAND_INJECTION.fix!.replacement}`);

    const unfixed = ws.context(
      ws.settings(),
      ws.source({ passes: [reviewPass(ws.root, ALL, { summary: 'One.', findings: [SQL_INJECTION] })] }),
    );
    const second = (await factsThrough(unfixed, 'render')).rendered.report;
    expect(second.files.fixes).toBeNull();
    expect(existsSync(patch)).toBe(false);
  });

  it('still writes SARIF and the report for a scan that failed, saying why, as an unsuccessful analysis', async () => {
    const ws = workspace();
    writeFileSync(join(ws.outputDir, 'vega-codex.sarif'), 'left by an earlier scan');
    const ctx = ws.context(
      ws.settings(),
      ws.source({ passes: [failedPass('Connection failed: error sending request')] }),
    );
    const { rendered } = await factsThrough(ctx, 'render');
    const reason = "Codex's turn failed: Connection failed: error sending request";
    expect(rendered.report).toMatchObject({
      status: 'failed',
      conclusion: 'failure',
      failure: { reason },
      findings: { total: 0 },
    });
    const invocation = JSON.parse(readFileSync(ctx.settings.output.sarifFile, 'utf8')).runs[0].invocations[0];
    expect(invocation).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ message: { text: reason } }],
    });
    expect(JSON.parse(readFileSync(rendered.report.files.report, 'utf8')).failure.reason).toBe(reason);
  });
});
