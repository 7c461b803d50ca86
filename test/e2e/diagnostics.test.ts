// What went wrong inside the action is for the log and the report; a finding says only what a reader needs. A verifier
// whose answer breaks its schema (as a misled model's does) leaves the finding "uncertain", and the schema's error
// messages appear in the log and the report, never in an annotation, the job summary or the SARIF message.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { problems, runStep } from '../support/actions-runner.ts';
import { finalMessage, startFakeResponses, type FakeResponses } from '../support/fake-responses.ts';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.ts';
import { CODEX_BIN, EXAMPLE, TOKEN } from '../support/harness.ts';
import { reviewScript } from '../support/scripted-review.ts';

const GH_TOKEN = 'ghs_diagnostics_4a1f';
let server: FakeResponses | undefined;
let github: FakeGitHub | undefined;
let temp: string | undefined;
afterEach(async () => {
  await server?.close();
  await github?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
  server = github = temp = undefined;
});

it('a verification answer that broke its schema: the finding is uncertain, the schema errors are in the log and the report', async () => {
  const broken = finalMessage(
    JSON.stringify({ verdict: 'probably', reason: 'It looks bad.', evidence: 'src/db.js', exploit: null }),
  );
  server = await startFakeResponses({
    token: TOKEN,
    script: reviewScript(),
    expectOutputSchema: true,
    verifier: () => broken,
  });
  github = await startFakeGitHub({ token: GH_TOKEN });
  temp = mkdtempSync(join(tmpdir(), 'diagnostics-'));
  const main = await runStep({
    workspace: EXAMPLE,
    runnerTemp: temp,
    githubToken: GH_TOKEN,
    apiUrl: github.url,
    inputs: {
      'api-key': TOKEN,
      'base-url': server.url,
      'codex-bin': CODEX_BIN,
      'verify-limit': '1',
      'fail-on': 'none',
      'upload-artifacts': 'false',
    },
  });
  expect(main.code, problems(main)).toBe(0);

  const annotations = github.calls.filter((c) => c.method === 'patch').flatMap((c) => c.body.output.annotations ?? []);
  const verified = annotations.find((a: { message: string }) => a.message.includes('Verification:'))!;
  expect(verified.message).toContain("Verification: uncertain (the verifier's answer could not be read)");
  const sarif = readFileSync(main.outputs['sarif-file']!, 'utf8');
  for (const shown of [JSON.stringify(annotations), main.summary, sarif]) {
    expect(shown).not.toContain('broke its schema');
    expect(shown).not.toContain('Invalid option');
  }
  expect(main.summary).toContain("uncertain: the verifier's answer could not be read");

  // The detail: a warning in the log, and in the report's warnings and the finding's verification.
  const warnings = main.commands.filter((c) => c.name === 'warning').map((c) => c.line);
  expect(
    warnings.some((w) =>
      /verification c\d+: The verification answer broke its schema \(verdict: Invalid option/.test(w),
    ),
  ).toBe(true);
  const report = JSON.parse(readFileSync(main.outputs['report-file']!, 'utf8'));
  expect(report.warnings).toContainEqual(
    expect.stringMatching(
      /^1 verifications gave no verdict, so their findings count as uncertain: c\d+: The verification answer broke its schema \(verdict: Invalid option.*evidence: /,
    ),
  );
  const finding = report.findings.items.find(
    (f: { verification?: { verdict: string } }) => f.verification?.verdict === 'uncertain',
  );
  expect(finding.verification).toMatchObject({
    reason: "the verifier's answer could not be read",
    problem: expect.stringContaining('broke its schema'),
  });
});
