// A pull request commits a GitHub token, an AWS key pair and a private key. The review finds them, and a misled
// model quotes them everywhere: in the command it runs, the finding's title, description and recommendation, the
// verifier's reason and evidence, and a fix that keeps the token. None of the values leaves the runner again: not
// in a request to GitHub (review comments, reviews, the summary comment, the check run, the SARIF upload), the job
// summary, the log, the SARIF file, the report or the artifact; each place shows a mask that says which value it was,
// and the SARIF keeps the place and the fingerprint of the real code. Values are made at run time.
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findingHash } from '../../src/findings/fingerprint.js';
import { SECRET_IN_PATCH, WITHHELD_FIX } from '../../src/findings/mask.js';
import { problems, runStep } from '../support/actions-runner.ts';
import { startFakeArtifacts } from '../support/fake-artifacts.ts';
import { BOT, startFakeGitHub } from '../support/fake-github.ts';
import { FakePull, pullFilesFromGit } from '../support/fake-pull.ts';
import {
  finalMessage,
  proposedFix,
  startFakeResponses,
  toolCall,
  toolOutputs,
  verdict,
  verifiedFinding,
  type Script,
} from '../support/fake-responses.ts';
import { CODEX_BIN, EXAMPLE, TOKEN } from '../support/harness.ts';
import { sarifProblems } from '../support/sarif-check.ts';
import { findingsFrom, SEARCH_COMMAND } from '../support/scripted-review.ts';
import { unzip } from '../support/unzip.ts';

const GH_TOKEN = 'ghs_secrets_test_job_token_5e1';
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function chars(n: number, alphabet: string, seed: string): string {
  let out = '';
  for (let i = 0; out.length < n; i++)
    for (const byte of createHash('sha256').update(`${seed}:${i}`).digest()) out += alphabet[byte % alphabet.length];
  return out.slice(0, n);
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const GITHUB_TOKEN = ['ghp', chars(36, ALNUM, 'gh')].join('_');
const AWS_KEY_ID = `AKIA${chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 'id')}`;
const AWS_SECRET = chars(40, `${ALNUM}+/`, 'secret');
const PRIVATE_KEY = generateKeyPairSync('rsa', {
  modulusLength: 1024,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
}).privateKey.trim();
/** What must not appear: each value, and each line of the key's body. */
const SECRETS = [GITHUB_TOKEN, AWS_KEY_ID, AWS_SECRET, ...PRIVATE_KEY.split('\n').slice(1, -1)];

const CREDENTIALS = [
  '// Credentials for the deploy script.',
  'module.exports = {',
  `  githubToken: '${GITHUB_TOKEN}',`,
  `  awsAccessKeyId: '${AWS_KEY_ID}',`,
  `  awsSecretAccessKey: '${AWS_SECRET}',`,
  `  deployKey: \`${PRIVATE_KEY}\`,`,
  '};',
  '',
].join('\n');
const KEY_FIRST = 6;
const KEY_LAST = KEY_FIRST + PRIVATE_KEY.split('\n').length - 1;

const ENV = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
};

/** A pull request that adds the example app and the credentials file to a repository that had only a README. */
function pullRequestRepo() {
  const root = mkdtempSync(join(tmpdir(), 'pr-secrets-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const git = (...a: string[]) =>
    execFileSync('git', a, { cwd: root, encoding: 'utf8', env: { ...process.env, ...ENV } }).trim();
  cpSync(join(EXAMPLE, 'README.md'), join(root, 'README.md'));
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD');
  git('checkout', '-qb', 'feature');
  cpSync(EXAMPLE, root, { recursive: true });
  writeFileSync(join(root, 'src/credentials.js'), CREDENTIALS);
  git('add', '.');
  git('commit', '-qm', 'the app and its deploy credentials');
  return { root, base, head: git('rev-parse', 'HEAD') };
}

/** A model that found the secrets and quotes them wherever it writes, as one misled by the pull request would. */
const review: Script = (request) => {
  if (request.threadIndex === 0)
    return toolCall(`grep -rn "${GITHUB_TOKEN}" src; ${SEARCH_COMMAND}; cat src/credentials.js`);
  const pair = {
    ruleId: 'hardcoded-secret',
    title: `GitHub token ${GITHUB_TOKEN} and AWS key pair committed`,
    severity: 'critical',
    confidence: 'high',
    cwe: ['CWE-798'],
    file: 'src/credentials.js',
    startLine: 3,
    endLine: 5,
    description: `Line 3 holds the token "${GITHUB_TOKEN}"; lines 4-5 hold the AWS key pair ${AWS_KEY_ID} / ${AWS_SECRET}.`,
    recommendation: `Revoke ${GITHUB_TOKEN}, deactivate ${AWS_KEY_ID}, and read both from the environment.`,
    // The misled fix keeps the token as a fallback.
    fix: { startLine: 3, endLine: 3, replacement: `  githubToken: process.env.GITHUB_TOKEN || '${GITHUB_TOKEN}',` },
  };
  const key = {
    ruleId: 'hardcoded-secret',
    title: 'Private deploy key committed',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-321'],
    file: 'src/credentials.js',
    startLine: KEY_FIRST,
    endLine: KEY_LAST,
    description: `The deploy key is in the source:\n${PRIVATE_KEY}`,
    recommendation: 'Replace the key and read it from a secret.',
    // A good fix: it removes the key, but the lines it replaces hold it.
    fix: { startLine: KEY_FIRST, endLine: KEY_LAST, replacement: '  deployKey: process.env.DEPLOY_KEY,' },
  };
  return finalMessage(
    JSON.stringify({
      summary: `Found ${GITHUB_TOKEN} and more in src/credentials.js.`,
      findings: [pair, key, ...findingsFrom(toolOutputs(request))],
    }),
  );
};

const verifier: Script = (request) => {
  const f = verifiedFinding(request);
  const fix = proposedFix(request)
    ? { verdict: 'correct' as const, reason: 'It reads the value from the environment.' }
    : null;
  if (f?.file !== 'src/credentials.js') return verdict('uncertain', 'Not traced.', [], null, fix);
  return verdict(
    'confirmed',
    `The token ${GITHUB_TOKEN} is committed in plain text.`,
    [{ file: 'src/credentials.js', line: 5, note: `secret access key ${AWS_SECRET}` }],
    `Call AWS as ${AWS_KEY_ID} with ${AWS_SECRET}.`,
    fix,
  );
};

const leaked = (text: string) => SECRETS.filter((s) => text.includes(s)).map((s) => s.slice(0, 12));
const unescaped = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

describe('secrets in a review', () => {
  it('are masked in every place the result is published, and a fix that carries one is withheld', async () => {
    const repo = pullRequestRepo();
    const pull = new FakePull('octo-org', 'shop', 12);
    pull.setHead(repo.head, pullFilesFromGit(repo.root, repo.base, repo.head));
    const github = await startFakeGitHub({ token: GH_TOKEN, pull });
    const model = await startFakeResponses({ token: TOKEN, script: review, verifier, expectOutputSchema: true });
    const artifacts = await startFakeArtifacts();
    cleanups.push(
      () => github.close(),
      () => model.close(),
      () => artifacts.close(),
    );

    const step = await runStep({
      workspace: repo.root,
      githubToken: GH_TOKEN,
      apiUrl: github.url,
      artifactEnv: artifacts.env,
      event: {
        name: 'pull_request',
        payload: {
          pull_request: {
            number: 12,
            base: { sha: repo.base },
            head: { sha: repo.head, repo: { full_name: 'octo-org/shop' } },
          },
        },
      },
      inputs: {
        'api-key': TOKEN,
        'base-url': model.url,
        'codex-bin': CODEX_BIN,
        'fail-on': 'none',
        'upload-sarif': 'true',
      },
    });
    expect(step.code, problems(step)).toBe(0);
    expect(github.violations).toEqual([]);
    expect(artifacts.violations).toEqual([]);

    // Nothing sent to GitHub holds a secret: reviews, review comments, the summary comment, check runs, SARIF.
    const kinds = new Set(github.writes().map((c) => `${c.method} ${c.path.replace(/\/\d+$/, '/:id')}`));
    expect(kinds).toEqual(
      new Set([
        'post /repos/octo-org/shop/check-runs',
        'patch /repos/octo-org/shop/check-runs/:id',
        'post /repos/octo-org/shop/pulls/12/reviews',
        'post /repos/octo-org/shop/issues/12/comments',
        'post /repos/octo-org/shop/code-scanning/sarifs',
      ]),
    );
    for (const call of github.calls)
      expect(leaked(JSON.stringify(call.body)), `${call.method} ${call.path}`).toEqual([]);
    expect(github.sarifs).toHaveLength(1);
    expect(leaked(JSON.stringify(github.sarifs[0]!.sarif))).toEqual([]);
    // Nor the job summary, nor the log (the command that quoted the token included).
    expect(leaked(step.summary)).toEqual([]);
    expect(leaked(step.stdout + step.stderr)).toEqual([]);
    expect(step.stdout).toMatch(/grep -rn \\?"ghp_…\(40 chars, masked\)\\?" src/);

    // Each place says which value it was.
    const ours = pull.comments.filter((c) => c.user.login === BOT.login);
    const pairComment = ours.find((c) => c.path === 'src/credentials.js' && c.line === 5)!;
    expect(unescaped(pairComment.body)).toContain(`GitHub token ghp_…(40 chars, masked) and AWS key pair committed`);
    expect(unescaped(pairComment.body)).toContain(
      `AWS key pair AKIA…(20 chars, masked) / ${AWS_SECRET.slice(0, 4)}…(40 chars, masked)`,
    );
    // The fix that keeps the token is not offered; the one that removes the key is, as it writes no secret.
    expect(pairComment.body).not.toContain('```suggestion');
    const keyComment = ours.find((c) => c.path === 'src/credentials.js' && c.line === KEY_LAST)!;
    expect(unescaped(keyComment.body)).toContain(
      `-----BEGIN RSA PRIVATE KEY-----…(${PRIVATE_KEY.length} chars, masked)`,
    );
    expect(keyComment.body).toContain('```suggestion\n  deployKey: process.env.DEPLOY_KEY,\n```');
    const checkRun = [...github.checkRuns.values()][0]!;
    expect(unescaped(JSON.stringify(checkRun.output.annotations))).toContain('ghp_…(40 chars, masked)');

    // SARIF and report: masked text, real places, fingerprints of the real code, the withheld fix said why.
    expect(sarifProblems(step.outputs['sarif-file']!)).toEqual([]);
    const sarifText = readFileSync(step.outputs['sarif-file']!, 'utf8');
    const reportText = readFileSync(step.outputs['report-file']!, 'utf8');
    expect(leaked(sarifText)).toEqual([]);
    expect(leaked(reportText)).toEqual([]);
    const results = JSON.parse(sarifText).runs[0].results as {
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
      partialFingerprints: Record<string, string>;
      fixes?: unknown[];
    }[];
    const pairResult = results.find(
      (r) =>
        r.locations[0]!.physicalLocation.region.startLine === 3 &&
        r.locations[0]!.physicalLocation.artifactLocation.uri === 'src/credentials.js',
    )!;
    expect(pairResult.message.text).toContain('GitHub token ghp_…(40 chars, masked) and AWS key pair committed');
    const lines = CREDENTIALS.split('\n');
    expect(pairResult.partialFingerprints['vega/v1']).toBe(
      `${findingHash('hardcoded-secret', 'src/credentials.js', lines.slice(2, 5).join('\n'))}:1`,
    );
    expect(pairResult.fixes).toBeUndefined();
    const report = JSON.parse(reportText);
    expect(report.fixes.dropped).toContainEqual({
      file: 'src/credentials.js',
      startLine: 3,
      title: 'GitHub token ghp_…(40 chars, masked) and AWS key pair committed',
      reason: WITHHELD_FIX,
    });
    expect(report.fixes.leftOutOfPatch).toContainEqual({
      file: 'src/credentials.js',
      startLine: KEY_FIRST,
      reason: SECRET_IN_PATCH,
    });
    // The patch holds the other fixes, applies, and holds no secret.
    const patch = step.outputs['fixes-patch']!;
    expect(leaked(readFileSync(patch, 'utf8'))).toEqual([]);
    expect(readFileSync(patch, 'utf8')).toContain('src/db.js');
    execFileSync('git', ['-C', repo.root, 'apply', '--check', patch]);

    // The artifact: every file and the debug bundle's masked; the events file on the runner stays verbatim for replay.
    const files = unzip(artifacts.artifacts[0]!.data);
    const bundle = unzip(files.get('v16-debug-bundle.zip')!);
    for (const [name, data] of [...files, ...bundle]) expect(leaked(data.toString('utf8')), name).toEqual([]);
    expect(files.get('v16-events.jsonl')!.toString()).toContain('ghp_…(40 chars, masked)');
    expect(readFileSync(step.outputs['events-file']!, 'utf8')).toContain(GITHUB_TOKEN);
  });
});
