// Code scanning's alerts stay the same alerts: across runs that rate a finding differently, and when a push uploads
// a partial analysis next to the full scan. The bundled action uploads to the GitHub stand-in, which checks every
// upload against the SARIF schema and GitHub's rules.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { problems, runStep } from '../support/actions-runner.ts';
import { startFakeGitHub } from '../support/fake-github.ts';
import { finalMessage, startFakeResponses, toolCall, type Script } from '../support/fake-responses.ts';
import { CODEX_BIN, EXAMPLE, TOKEN } from '../support/harness.ts';

const GH_TOKEN = 'ghs_alerts_job_token_81b0';
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** The example app in a repository of two commits: the second changes src/db.js. */
function repository(): { root: string; head: string; first: string } {
  const root = mkdtempSync(join(tmpdir(), 'alerts-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  cpSync(EXAMPLE, root, { recursive: true });
  const git = (...a: string[]) =>
    execFileSync('git', a, {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.invalid',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.invalid',
      },
    }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'one');
  const first = git('rev-parse', 'HEAD');
  execFileSync('sed', ['-i', '1i // touched', join(root, 'src/db.js')]);
  git('commit', '-qam', 'two');
  return { root, first, head: git('rev-parse', 'HEAD') };
}

/** Reads src/db.js and reports its SQL injection at the given severity. */
const rates =
  (severity: string): Script =>
  (r) => {
    if (r.index === 0) return toolCall('cat src/db.js');
    const finding = {
      ruleId: 'sql-injection',
      title: 'SQL built from input',
      severity,
      confidence: 'high',
      cwe: ['CWE-89'],
      file: 'src/db.js',
      startLine: 9,
      endLine: 9,
      description: 'd',
      recommendation: 'r',
    };
    return finalMessage(JSON.stringify({ summary: 'Reviewed src/db.js.', findings: [finding] }));
  };

async function upload(root: string, head: string, severity: string, inputs: Record<string, string> = {}) {
  const model = await startFakeResponses({ token: TOKEN, script: rates(severity), expectOutputSchema: true });
  const github = await startFakeGitHub({ token: GH_TOKEN });
  cleanups.push(
    () => model.close(),
    () => github.close(),
  );
  const step = await runStep({
    workspace: root,
    githubToken: GH_TOKEN,
    apiUrl: github.url,
    env: { GITHUB_SHA: head, GITHUB_REF: 'refs/heads/main', VEGA_SARIF_POLL_SECONDS: '0' },
    inputs: {
      'api-key': TOKEN,
      'base-url': model.url,
      'codex-bin': CODEX_BIN,
      'upload-sarif': 'true',
      'fail-on': 'none',
      verify: 'false',
      ...inputs,
    },
  });
  expect(step.code, problems(step)).toBe(0);
  expect(github.violations).toEqual([]);
  expect(github.sarifs).toHaveLength(1);
  const run = (
    github.sarifs[0]!.sarif as {
      runs: {
        automationDetails: { id: string };
        results: {
          ruleId: string;
          level: string;
          partialFingerprints: Record<string, string>;
          properties: Record<string, unknown>;
        }[];
      }[];
    }
  ).runs[0]!;
  return { category: run.automationDetails.id, result: run.results[0]! };
}

describe('alerts that stay the same alerts', () => {
  it('a finding rated high, then critical, keeps its rule id and fingerprints', async () => {
    const { root, head } = repository();
    const high = await upload(root, head, 'high');
    const critical = await upload(root, head, 'critical');
    expect(critical.result.ruleId).toBe(high.result.ruleId);
    expect(critical.result.ruleId).toBe('sql-injection');
    expect(critical.result.partialFingerprints).toEqual(high.result.partialFingerprints);
    expect([high.result.level, critical.result.level]).toEqual(['error', 'error']);
    expect([high.result.properties['security-severity'], critical.result.properties['security-severity']]).toEqual([
      '8.0',
      '9.5',
    ]);
  });

  it("a diff-scoped push uploads under a category of its own, so it cannot close the full scan's alerts", async () => {
    const { root, head, first } = repository();
    const full = await upload(root, head, 'high');
    const diff = await upload(root, head, 'high', { scope: 'diff', 'diff-base': first });
    expect(full.category).toBe('vega-codex/');
    expect(diff.category).toMatch(/^vega-codex\/diff-[0-9a-f]{8}\/$/);
    // The next push's diff replaces the last diff only: the same category whatever it compares with.
    const next = await upload(root, head, 'high', { scope: 'diff', 'diff-base': head.slice(0, 12) });
    expect(next.category).toBe(diff.category);
  });
});
