// A pull-request review: Codex is told the changed files and lines of a real git branch; findings outside the
// change stay in SARIF but neither count nor get annotated.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finalMessage, startFakeResponses, toolCall, toolOutputs, type Script } from '../support/fake-responses.ts';
import { runStep } from '../support/actions-runner.ts';
import { BOT, startFakeGitHub } from '../support/fake-github.ts';
import { FakePull, pullFilesFromGit } from '../support/fake-pull.ts';
import { CODEX_BIN, EXAMPLE, scanWith, TOKEN, type ScanRun } from '../support/harness.ts';
import { githubProblems } from '../support/sarif-check.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** The example app on a branch that adds a vulnerable function (lines 11-13 of src/tools.js). */
function pullRequestRepo(): { root: string; base: string; head: string } {
  const root = mkdtempSync(join(tmpdir(), 'pr-'));
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
    });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD').trim();
  git('checkout', '-qb', 'feature');
  const tools = readFileSync(join(root, 'src/tools.js'), 'utf8').split('\n');
  tools.splice(
    10,
    0,
    'function lookup(name) {',
    "  return require('node:child_process').execSync('nslookup ' + name).toString();",
    '}',
  );
  writeFileSync(join(root, 'src/tools.js'), tools.join('\n'));
  git('commit', '-qam', 'add lookup');
  return { root, base, head: git('rev-parse', 'HEAD').trim() };
}

/** A model that reads the change list, then reports one finding on a changed line and one on an old line. */
function prScript(): Script {
  return (r) => {
    if (r.index === 0) {
      const list = /changed files are listed in (\S+?): one per line/.exec(JSON.stringify(r.body?.input))![1]!;
      return toolCall(`cat ${list}; cat src/tools.js`);
    }
    const finding = (startLine: number, title: string) => ({
      ruleId: 'command-injection',
      title,
      severity: 'high',
      confidence: 'high',
      cwe: ['CWE-78'],
      file: 'src/tools.js',
      startLine,
      endLine: startLine,
      description: 'd',
      recommendation: 'r',
    });
    return finalMessage(
      JSON.stringify({
        summary: toolOutputs(r).join(''),
        findings: [finding(12, 'new execSync'), finding(5, 'old exec')],
      }),
    );
  };
}

describe('scope: diff', () => {
  it('tells Codex the changed lines and judges the change by them', async () => {
    const { root, base } = pullRequestRepo();
    const run: ScanRun = await scanWith(prScript(), {
      settings: { scanRoot: root, repoRoot: root, scope: { mode: 'diff', base } },
    });
    cleanups.push(run.cleanup);
    const { report } = run.outcome;
    expect(report.status).toBe('completed');
    // Codex read the list: the changed file and its added lines 11-13.
    expect(report.summary).toContain('src/tools.js\t11-13');
    expect(report.scope).toMatchObject({
      diff: true,
      files: 1,
      findingsOutsideChanges: 1,
      label: `changes since ${base.slice(0, 12)}`,
    });
    expect(report.findings.total).toBe(2);
    expect(report.findings.atOrAboveFailOn).toBe(1);
    expect(report.findings.items.find((f) => f.startLine === 5)!.outsideChange).toBe(true);
    const sarif = JSON.parse(readFileSync(report.files.sarif, 'utf8'));
    expect(githubProblems(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toHaveLength(2);
  });

  it('a pull_request event: the action reviews the change, annotates and counts only what the change touched', async () => {
    const { root, base, head } = pullRequestRepo();
    const server = await startFakeResponses({ token: TOKEN, script: prScript(), expectOutputSchema: true });
    const pull = new FakePull('octo-org', 'shop', 3);
    pull.setHead(head, pullFilesFromGit(root, base, head));
    const github = await startFakeGitHub({ token: 'ghs_pr_token_1234', pull });
    cleanups.push(
      () => server.close(),
      () => github.close(),
    );
    const step = await runStep({
      workspace: root,
      githubToken: 'ghs_pr_token_1234',
      apiUrl: github.url,
      event: {
        name: 'pull_request',
        payload: {
          pull_request: { number: 3, base: { sha: base }, head: { sha: head, repo: { full_name: 'octo-org/shop' } } },
        },
      },
      inputs: { 'api-key': TOKEN, 'base-url': server.url, 'codex-bin': CODEX_BIN },
    });
    expect(step.code).toBe(1);
    expect(step.commands.find((c) => c.name === 'error')!.line).toBe(
      '::error::Codex found 1 findings at or above fail-on "high" (2 high). See the SARIF and report for details.',
    );
    const report = JSON.parse(readFileSync(step.outputs['report-file']!, 'utf8'));
    expect(report.scope).toMatchObject({ diff: true, files: 1, findingsOutsideChanges: 1 });
    const done = github.calls.findLast((c) => c.path.includes('check-runs'))!.body;
    // A review comment only on the changed line; the old line's finding stays in the check run's summary and SARIF.
    expect(pull.comments.filter((c) => c.user.login === BOT.login).map((c) => `${c.path}:${c.line}`)).toEqual([
      'src/tools.js:12',
    ]);
    expect(done.output.annotations.map((a: { start_line: number }) => a.start_line)).toEqual([12]);
    expect(github.calls[0]!.body.head_sha).toBe(head);
    expect(github.violations).toEqual([]);
  });
});
