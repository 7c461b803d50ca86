// Pull requests as GitHub delivers them: the README's workflow on actions/checkout's default shallow checkout of the
// test merge, a base branch that moved after the event, git that cannot fetch, names git must quote, and forks. The
// bundled action, the real Codex and a scripted model that reports what a misled model would: a finding on the
// pull request's line, and one on a line the base branch brought into the merge.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { problems, runStep, type StepResult } from '../support/actions-runner.ts';
import {
  finalMessage,
  startFakeResponses,
  toolCall,
  toolOutputs,
  type FakeResponses,
  type RecordedRequest,
  type Script,
} from '../support/fake-responses.ts';
import { BOT, startFakeGitHub, type FakeGitHub } from '../support/fake-github.ts';
import { FakePull, pullFilesFromGit } from '../support/fake-pull.ts';
import { CODEX_BIN, TOKEN } from '../support/harness.ts';
import { makePullRequestWorld, type CheckoutOptions, type PullRequestWorld } from '../support/pr-world.ts';
import { githubProblems } from '../support/sarif-check.ts';

const GH_TOKEN = 'ghs_pr_checkout_job_token_52e1';
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** The README's first workflow: its checkout step's inputs and the action's. */
function readmeWorkflow(): { checkout: Record<string, unknown>; action: Record<string, string> } {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const yaml = /```yaml\n(name: Security review\n[\s\S]*?)```/.exec(readme)![1]!;
  const steps = (parse(yaml) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }> })
    .jobs['codex-review']!.steps;
  return {
    checkout: steps.find((s) => s.uses?.startsWith('actions/checkout'))!.with ?? {},
    action: steps.find((s) => s.uses?.startsWith('org/vega-codex-action'))!.with!,
  };
}

const SERVICE = ['function ping(host) {', '  return host.length > 0;', '}', '', 'module.exports = { ping };', ''].join(
  '\n',
);
const LOOKUP = [
  'function lookup(name) {',
  "  return require('node:child_process').execSync('nslookup ' + name).toString();",
  '}',
  '',
];

/** The pull request adds lookup() after line 4 of src/tools.js: lines 5-8 at its head, the vulnerable one line 6. */
function toolsWith(lookupAfter: string): string {
  const lines = lookupAfter.split('\n');
  lines.splice(4, 0, ...LOOKUP);
  return lines.join('\n');
}

function world(o: { fork?: boolean } = {}): PullRequestWorld {
  const w = makePullRequestWorld({
    base: { 'README.md': '# shop\n', 'src/tools.js': SERVICE },
    head: { 'src/tools.js': toolsWith(SERVICE) },
    fork: o.fork,
  });
  cleanups.push(() => w.cleanup());
  return w;
}

/** The base branch moves after the event: ten lines above the pull request's change, and a file of its own. */
function moveBase(w: PullRequestWorld): void {
  const header = Array.from({ length: 10 }, (_, i) => `// licence line ${i + 1}: eval(input) is forbidden here`).join(
    '\n',
  );
  w.pushToBase({ 'src/tools.js': `${header}\n${SERVICE}`, 'CHANGELOG.md': '# Changes\n\n- a licence header\n' });
}

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
const finding = (file: string, startLine: number, title: string) => ({
  ruleId: 'command-injection',
  title,
  severity: 'high',
  confidence: 'high',
  cwe: ['CWE-78'],
  file,
  startLine,
  endLine: startLine,
  description: 'd',
  recommendation: 'r',
});

/**
 * Reads the change list and the file, then reports the execSync line, and (misled by a comment) the first line of the
 * file when it mentions eval: on a moved base that line came from the base branch.
 */
function misledReviewer(file = 'src/tools.js', extra = '', more: ReturnType<typeof finding>[] = []): Script {
  return (r: RecordedRequest) => {
    if (r.index === 0) {
      // A full scan gives no list of changed files.
      const list =
        /changed files are listed in (\S+?): one per line/.exec(JSON.stringify(r.body?.input))?.[1] ?? '/dev/null';
      return toolCall(`cat ${list}; echo '<<<>>>'; cat -- ${quote(file)}${extra}`);
    }
    // Codex puts a header of its own before the command's output.
    const output = toolOutputs(r).join('');
    const [scope = '', text = ''] = output.slice(output.indexOf('Output:\n') + 'Output:\n'.length).split('<<<>>>\n');
    const lines = text.split('\n');
    const findings = [finding(file, lines.findIndex((l) => l.includes('execSync')) + 1, 'nslookup with a shell')];
    if (lines[0]?.includes('eval(')) findings.push(finding(file, 1, 'eval mentioned'));
    findings.push(...more);
    return finalMessage(JSON.stringify({ summary: scope, findings }));
  };
}

interface Stand {
  model: FakeResponses;
  github: FakeGitHub;
  pull: FakePull;
  workspace: string;
}

/** `repo`: the repository GitHub compares commits in (another one knows none of the world's commits). */
async function stand(w: PullRequestWorld, script: Script, o: { repo?: string } = {}): Promise<Stand> {
  const pull = new FakePull('octo-org', 'shop', w.number);
  pull.setHead(w.headSha(), pullFilesFromGit(w.origin, w.payload().pull_request.base.sha, w.headSha()));
  const github = await startFakeGitHub({ token: GH_TOKEN, pull, repo: o.repo ?? w.origin });
  const model = await startFakeResponses({ token: TOKEN, script, expectOutputSchema: true });
  const workspace = mkdtempSync(join(tmpdir(), 'pr-checkout-'));
  // As on a runner: the workspace is readable by other users (the container's user among them).
  chmodSync(workspace, 0o755);
  cleanups.push(
    () => github.close(),
    () => model.close(),
    () => rmSync(workspace, { recursive: true, force: true }),
  );
  return { model, github, pull, workspace };
}

async function review(
  w: PullRequestWorld,
  s: Stand,
  o: {
    checkout?: CheckoutOptions;
    inputs?: Record<string, string>;
    event?: 'pull_request' | 'pull_request_target';
  } = {},
): Promise<StepResult> {
  const event = o.event ?? 'pull_request';
  const { checkout, action } = readmeWorkflow();
  const done = w.checkout(s.workspace, {
    event,
    token: GH_TOKEN,
    ...(checkout['fetch-depth'] !== undefined ? { fetchDepth: Number(checkout['fetch-depth']) } : {}),
    ...o.checkout,
  });
  return runStep({
    workspace: s.workspace,
    githubToken: GH_TOKEN,
    apiUrl: s.github.url,
    event: w.event(event),
    env: done.env,
    inputs: { ...action, 'api-key': TOKEN, 'base-url': s.model.url, 'codex-bin': CODEX_BIN, ...o.inputs },
  });
}

const report = (step: StepResult) => JSON.parse(readFileSync(step.outputs['report-file']!, 'utf8'));
const lastCheckRun = (s: Stand) => s.github.calls.findLast((c) => c.path.includes('check-runs'))!.body;
const ourComments = (s: Stand) =>
  s.pull.comments.filter((c) => c.user.login === BOT.login).map((c) => `${c.path}:${c.line}`);

describe("the README's workflow on actions/checkout's default checkout", () => {
  it('fetches the test merge’s parents and reviews the change, at the head’s lines', async () => {
    const w = world();
    const s = await stand(w, misledReviewer());
    const step = await review(w, s);
    expect(step.code, problems(step)).toBe(1);
    expect(step.stdout).toMatch(
      /Pull request #7: the shallow checkout lacked the merge's parents; fetched them \(depth 1\) in \d+ ms/,
    );
    const r = report(step);
    expect(r.scope).toMatchObject({ label: 'pull request #7', files: 1, findingsNotAtHead: 0 });
    expect(r.summary).toBe('src/tools.js\t5-8');
    expect(lastCheckRun(s).output.annotations.map((a: { start_line: number }) => a.start_line)).toEqual([6]);
    expect(ourComments(s)).toEqual(['src/tools.js:6']);
    expect(s.github.calls[0]!.body.head_sha).toBe(w.headSha());
    expect(s.github.violations).toEqual([]);
  });

  it('after the base moved: the same change, shown at the head; what the base brought is not placed there', async () => {
    const w = world();
    moveBase(w);
    // Misled, the model also reports the base branch's own new file, which the head does not have.
    const s = await stand(w, misledReviewer('src/tools.js', '', [finding('CHANGELOG.md', 3, 'changelog')]));
    const step = await review(w, s, { inputs: { 'upload-sarif': 'true' } });
    expect(step.code, problems(step)).toBe(1);
    const r = report(step);
    // The merge tree has the pull request's lines at 15-18; CHANGELOG.md is the base branch's, not reviewed.
    expect(r.summary).toBe('src/tools.js\t15-18');
    expect(r.scope).toMatchObject({ files: 1, findingsOutsideChanges: 2, findingsNotAtHead: 2 });
    expect(r.scope.ofScope.source).toBe(`git diff ${w.baseSha().slice(0, 12)}..${w.mergeSha().slice(0, 12)}`);
    // SARIF: the merge's lines, uploaded for the merge commit on the merge ref.
    const upload = s.github.sarifs[0]!;
    const results = (
      upload.sarif as {
        runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
      }
    ).runs[0]!.results;
    expect(results.map((x) => x.locations[0]!.physicalLocation.region.startLine).sort((a, b) => a - b)).toEqual([
      1, 3, 16,
    ]);
    expect(githubProblems(upload.sarif as Parameters<typeof githubProblems>[0])).toEqual([]);
    const sent = s.github.calls.find((c) => c.path.endsWith('/code-scanning/sarifs'))!.body;
    expect(sent).toMatchObject({ commit_sha: w.mergeSha(), ref: 'refs/pull/7/merge' });
    // Everything a person reads: the head's line 6, never 16, and nothing on the base's line.
    expect(lastCheckRun(s).output.annotations.map((a: { start_line: number }) => a.start_line)).toEqual([6]);
    expect(ourComments(s)).toEqual(['src/tools.js:6']);
    expect(step.summary).toContain(`/blob/${w.headSha()}/src/tools.js#L6)`);
    expect(step.summary).not.toContain('#L16');
    expect(step.summary).toContain('src/tools.js:1 (test merge only: not in the head commit)');
    expect(step.summary).toContain('CHANGELOG.md:3 (test merge only: not in the head commit)');
    expect(s.github.violations).toEqual([]);
  });

  it('a full scan of the pull request after the base moved: its findings too are shown at the head', async () => {
    const w = world();
    moveBase(w);
    const s = await stand(w, misledReviewer());
    const step = await review(w, s, { inputs: { scope: 'full', 'upload-sarif': 'true' } });
    expect(step.code, problems(step)).toBe(1);
    const r = report(step);
    expect(r.scope).toBeNull();
    expect(r.findings.items.map((f: { startLine: number; head: unknown }) => [f.startLine, f.head])).toEqual([
      [1, null],
      [16, { startLine: 6, endLine: 6 }],
    ]);
    // Not a diff scan, so both count for fail-on and the base's finding is listed, not annotated at the head.
    expect(lastCheckRun(s).output.annotations.map((a: { start_line: number }) => a.start_line)).toEqual([6]);
    expect(ourComments(s)).toEqual(['src/tools.js:6']);
    expect(s.github.calls.find((c) => c.path.endsWith('/code-scanning/sarifs'))!.body).toMatchObject({
      commit_sha: w.mergeSha(),
      ref: 'refs/pull/7/merge',
    });
    expect(s.github.violations).toEqual([]);
  });

  it('when git cannot fetch, asks GitHub’s comparison and reviews the same change', async () => {
    const w = world();
    moveBase(w);
    const s = await stand(w, misledReviewer());
    const shallow = w.checkout(s.workspace, { token: GH_TOKEN });
    w.blockFetch();
    const step = await runStep({
      workspace: s.workspace,
      githubToken: GH_TOKEN,
      apiUrl: s.github.url,
      event: w.event('pull_request'),
      env: shallow.env,
      inputs: { ...readmeWorkflow().action, 'api-key': TOKEN, 'base-url': s.model.url, 'codex-bin': CODEX_BIN },
    });
    expect(step.code, problems(step)).toBe(1);
    expect(step.stdout).toMatch(
      /git could not fetch the merge's parents \(.*\); the change comes from GitHub's comparison \(2 API requests\)/,
    );
    expect(s.github.calls.filter((c) => c.path.includes('/compare/')).map((c) => c.path.split('/compare/')[1])).toEqual(
      [`${w.baseSha()}...${w.mergeSha()}`, `${w.headSha()}...${w.mergeSha()}`],
    );
    const r = report(step);
    expect(r.summary).toBe('src/tools.js\t15-18');
    expect(r.scope).toMatchObject({ files: 1, findingsNotAtHead: 1 });
    expect(lastCheckRun(s).output.annotations.map((a: { start_line: number }) => a.start_line)).toEqual([6]);
    expect(ourComments(s)).toEqual(['src/tools.js:6']);
    expect(s.github.violations).toEqual([]);
  });

  it('when neither works, says so in one line and completes the check run it opened', async () => {
    const w = world();
    // GitHub does not find the commits (as for a token that may not read the repository's contents).
    const elsewhere = makePullRequestWorld({ base: { 'other.txt': 'x\n' }, head: { 'other.txt': 'y\n' } });
    cleanups.push(() => elsewhere.cleanup());
    const s = await stand(w, misledReviewer(), { repo: elsewhere.origin });
    const shallow = w.checkout(s.workspace, { token: GH_TOKEN });
    w.blockFetch();
    const step = await runStep({
      workspace: s.workspace,
      githubToken: GH_TOKEN,
      apiUrl: s.github.url,
      event: w.event('pull_request'),
      env: shallow.env,
      inputs: { ...readmeWorkflow().action, 'api-key': TOKEN, 'base-url': s.model.url, 'codex-bin': CODEX_BIN },
    });
    expect(step.code).toBe(1);
    const errors = step.commands.filter((c) => c.name === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toMatch(
      /^::error::Pull request #7: the checkout does not hold the commits this pull request changes, git could not fetch them .*GitHub's comparison failed .*Use actions\/checkout with fetch-depth: 0\.$/,
    );
    const check = lastCheckRun(s);
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(check.output.summary).toContain('git could not fetch them');
    expect(s.model.requests).toHaveLength(0);
    expect(s.github.violations).toEqual([]);
  });
});

describe('a checkout that holds none of the pull request', () => {
  it("pull_request_target with actions/checkout's defaults (the base branch): one line, never a green review of nothing", async () => {
    const w = world();
    const s = await stand(w, misledReviewer());
    const step = await review(w, s, { event: 'pull_request_target' });
    expect(step.code).toBe(1);
    expect(step.commands.filter((c) => c.name === 'error').map((c) => c.line)).toEqual([
      expect.stringMatching(
        /^::error::Pull request #7: the checkout is [0-9a-f]{12}, neither the pull request's head [0-9a-f]{12} nor its test merge, .*check out refs\/pull\/7\/merge/,
      ),
    ]);
    expect(s.model.requests).toHaveLength(0);
    expect(lastCheckRun(s)).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });
});

describe('names git must quote', () => {
  it.each(['a b.js', 'é/ü.js', 'say "hi".js', 'new\n::error::line.js', '-dash.js'])(
    'a pull request that only adds %j fails fail-on: high for its finding',
    async (name) => {
      const w = makePullRequestWorld({ base: { 'README.md': '# shop\n' }, head: { [name]: toolsWith(SERVICE) } });
      cleanups.push(() => w.cleanup());
      const s = await stand(w, misledReviewer(name));
      const step = await review(w, s);
      expect(step.code, problems(step)).toBe(1);
      // One error line, the verdict: the name injected no workflow command.
      expect(step.commands.filter((c) => c.name === 'error').map((c) => c.line)).toEqual([
        '::error::Codex found 1 findings at or above fail-on "high" (1 high). See the SARIF and report for details.',
      ]);
      const r = report(step);
      expect(r.scope).toMatchObject({ files: 1, leftOut: [] });
      expect(r.findings.items.map((f: { file: string; startLine: number }) => [f.file, f.startLine])).toEqual([
        [name, 6],
      ]);
      expect(lastCheckRun(s).output.annotations.map((a: { path: string }) => a.path)).toEqual([name]);
      expect(ourComments(s)).toEqual([`${name}:6`]);
      expect(s.github.violations).toEqual([]);
    },
  );
});

describe('forks', () => {
  it("a fork's pull_request has no secrets: one line says so and names the recipe", async () => {
    const w = world({ fork: true });
    const s = await stand(w, misledReviewer());
    const step = await review(w, s, { inputs: { 'api-key': '' } });
    expect(step.code).toBe(1);
    expect(step.commands.filter((c) => c.name === 'error').map((c) => c.line)).toEqual([
      '::error::Input api-key is empty: this is a pull request from a fork, and GitHub gives such workflows no secrets and a read-only token. To review forks, use the pull_request_target recipe in "Pull requests from forks" in the README.',
    ]);
    expect(s.model.requests).toHaveLength(0);
  });

  it("direct mode is refused on a fork's code, before any model request", async () => {
    const w = world({ fork: true });
    const s = await stand(w, misledReviewer());
    const step = await review(w, s, {
      event: 'pull_request_target',
      checkout: { ref: `refs/pull/${w.number}/merge`, persistCredentials: false, allowUnsafePrCheckout: true },
    });
    expect(step.code).toBe(1);
    expect(step.commands.filter((c) => c.name === 'error').map((c) => c.line)).toEqual([
      expect.stringMatching(
        /^::error::codex-bin runs Codex directly on the runner, and this is a pull request from a fork: .*Review forks in container mode/,
      ),
    ]);
    expect(s.model.requests).toHaveLength(0);
    expect(lastCheckRun(s)).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });
});

describe('in the container (the default mode)', () => {
  const container = async () => {
    const { IMAGE } = await import('../support/docker.ts');
    return { image: IMAGE, 'image-policy': 'local', 'codex-bin': '' };
  };
  const sentToModel = (s: Stand) => JSON.stringify(s.model.requests.map((r) => r.body));

  it("the README's workflow: Codex reads the checkout's .git/config without the token actions/checkout left there", async () => {
    const w = world();
    const s = await stand(w, misledReviewer('src/tools.js', '; cat .git/config'));
    const step = await review(w, s, { inputs: await container() });
    expect(step.code, problems(step)).toBe(1);
    const basic = Buffer.from(`x-access-token:${GH_TOKEN}`).toString('base64');
    expect(readFileSync(join(s.workspace, '.git/config'), 'utf8')).toContain(basic);
    const seen = sentToModel(s);
    expect(seen).toContain('repositoryformatversion');
    expect(seen).not.toContain(basic);
    expect(seen).not.toContain(GH_TOKEN);
    expect(report(step).codex.mode).toBe('container');
    expect(ourComments(s)).toEqual(['src/tools.js:6']);
  });

  it('the fork recipe: pull_request_target, the test merge as data, no persisted credentials', async () => {
    const w = world({ fork: true });
    moveBase(w);
    const s = await stand(w, misledReviewer());
    const step = await review(w, s, {
      event: 'pull_request_target',
      checkout: { ref: `refs/pull/${w.number}/merge`, persistCredentials: false, allowUnsafePrCheckout: true },
      inputs: { ...(await container()), 'upload-sarif': 'true' },
    });
    expect(step.code, problems(step)).toBe(1);
    expect(readFileSync(join(s.workspace, '.git/config'), 'utf8')).not.toContain('extraheader');
    expect(step.stdout).toMatch(/fetched them \(depth 1\)/);
    const r = report(step);
    expect(r.summary).toBe('src/tools.js\t15-18');
    expect(r.codex.mode).toBe('container');
    expect(lastCheckRun(s).output.annotations.map((a: { start_line: number }) => a.start_line)).toEqual([6]);
    expect(s.github.calls[0]!.body.head_sha).toBe(w.headSha());
    expect(ourComments(s)).toEqual(['src/tools.js:6']);
    // The SARIF's lines are the merge's: uploaded for it, not for the base branch that GITHUB_SHA names here.
    expect(s.github.calls.find((c) => c.path.endsWith('/code-scanning/sarifs'))!.body).toMatchObject({
      commit_sha: w.mergeSha(),
      ref: 'refs/pull/7/merge',
    });
    expect(s.github.violations).toEqual([]);
  });
});
