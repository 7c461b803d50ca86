// What a push to a reviewed pull request costs (issue 23): the input tokens of the review of a one-file push, built on
// the record of the pull request's first review, against that first review, counted as bench/tokens.ts counts them
// (o200k_base over the request bodies at the stand-in, raw and uncached). A throwaway repository: a base commit with
// a README, a pull request head that adds examples/vulnerable-app's files, and a push that appends a harmless
// function to src/server.js, which holds no finding. The head is checked out (no test merge), as on a pull request
// whose checkout is its head. Both scans use the defaults (passes 1, verify), the token bench's verifier and the
// token bench's search of the example app, but over the files the scope list names, as the prompt asks: the token
// bench's own review searches all of src/ whatever the list says, so on the push it would read nothing of the one
// file in scope (the scan is then incomplete) and report every earlier finding again, each verified again.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { decodeRecord, type LastReview } from '../src/increment/record.js';
import { recordToWrite } from '../src/publish/review-record.js';
import type { ScanReport } from '../src/report/report.js';
import type { PullRequestCheckout } from '../src/scope/pull-request.js';
import { finalMessage, toolCall, toolOutputs, type Script } from '../test/support/fake-responses.ts';
import { EXAMPLE } from '../test/support/harness.ts';
import { findingsFrom } from '../test/support/scripted-review.ts';
import { countScan, n, perThread, ratio, scanAtStandIn, type ScanTokens, type StandInScan } from './tokens.ts';

/** The target: a one-file push costs at most this share of the first review's raw input tokens. */
export const PUSH_TARGET = 0.4;
/** The file the push changes, far from every finding (it holds none). */
export const PUSHED_FILE = 'src/server.js';
const APP_FILES = ['src', 'package.json', 'public'];
const HARMLESS = '\nfunction uptimeSeconds() {\n  return Math.round(process.uptime());\n}\n';

export interface IncrementalBench {
  first: ScanTokens;
  push: ScanTokens;
  /** Findings of the first review, and of the push's (reviewed now or carried). */
  findings: { first: number; push: number; carried: number };
  reviewedFiles: string[];
  rawRatio: number;
  uncachedRatio: number;
  ok: boolean;
}

/** Fixed names and dates, and no user or system configuration, so that the commits' ids are the same every run. */
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_AUTHOR_DATE: '2024-01-02T03:04:05Z',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_DATE: '2024-01-02T03:04:05Z',
};

function git(repo: string, args: string[]): string {
  return execFileSync('git', args, { cwd: repo, env: GIT_ENV, encoding: 'utf8' }).trim();
}

function commitAll(repo: string, message: string): string {
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', message]);
  return git(repo, ['rev-parse', 'HEAD']);
}

/** The repository with the pull request's head checked out: its base commit and head. */
function pullRequestRepo(repo: string): { base: string; head: string } {
  git(repo, ['init', '-q', '-b', 'main']);
  writeFileSync(join(repo, 'README.md'), '# shop\n\nThe shop service.\n');
  const base = commitAll(repo, 'Start the shop');
  git(repo, ['checkout', '-q', '-b', 'feature']);
  for (const f of APP_FILES) cpSync(join(EXAMPLE, f), join(repo, f), { recursive: true });
  return { base, head: commitAll(repo, 'Add the user, download and ping handlers') };
}

function checkout(base: string, head: string): PullRequestCheckout {
  return { reviewed: head, merge: false, base, head, number: 7, source: 'checkout', note: 'the head is checked out' };
}

/**
 * The token bench's review of the example app, as a model that follows the prompt: it reads the scope list, then
 * reads and searches the files it names (all of them on the first review, the pushed one after the push), and reports
 * what the search printed.
 */
export function listedFilesReview(): Script {
  return (request) => {
    const prompt = JSON.stringify(request.body?.input ?? '');
    const list = /changed files are listed in (\S+?): one per line/.exec(prompt)?.[1];
    if (!list) return finalMessage(JSON.stringify({ summary: 'no scope list in the prompt', findings: [] }));
    if (request.threadIndex === 0) return toolCall(`cat ${list}`);
    const files = `$(cut -f1 ${list}) /dev/null`;
    if (request.threadIndex === 1)
      return toolCall(`head -n 40 ${files}; grep -nE "SELECT|exec\\(|path\\.join|postgres://" ${files} || true`);
    const findings = findingsFrom(toolOutputs(request));
    return finalMessage(
      JSON.stringify({ summary: `Reviewed the listed files; ${findings.length} exploitable issues.`, findings }),
    );
  };
}

/** The record the action writes into the summary comment after the first review, as the next run reads it. */
function lastReviewOf(first: StandInScan): LastReview {
  const encoded = recordToWrite(first.outcome.report, undefined, first.outcome.redactor);
  if (!encoded) throw new Error('the first review wrote no record');
  const decoded = decodeRecord(encoded);
  if ('problem' in decoded) throw new Error(`the first review's record cannot be read: ${decoded.problem}`);
  return { encoded, record: decoded.record };
}

/** The push's scan is worth counting only if it reviewed the pushed file alone and kept every finding. */
function checkPush(report: ScanReport, firstFindings: number): void {
  const review = report.review;
  const found = report.findings.items.length;
  const problems = [
    review?.mode !== 'incremental' && `it reviewed in ${review?.mode ?? 'no'} mode (${review?.reason})`,
    JSON.stringify(review?.reviewedFiles) !== JSON.stringify([PUSHED_FILE]) &&
      `it reviewed ${JSON.stringify(review?.reviewedFiles)}, not [${PUSHED_FILE}]`,
    found !== firstFindings && `it kept ${found} findings, the first review ${firstFindings}`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`the push's review is not the incremental one: ${problems.join('; ')}`);
}

/** The pull request's first review, then the review of the push, built on the first one's record. */
async function reviewThenPush(repo: string, script: Script): Promise<{ first: StandInScan; push: StandInScan }> {
  const { base, head } = pullRequestRepo(repo);
  const over = (pr: PullRequestCheckout) => ({
    scanRoot: repo,
    repoRoot: repo,
    scope: { mode: 'diff' as const, base, pullRequest: pr },
    pullRequest: pr,
    incremental: true,
    passes: 1,
    verify: true,
  });
  const first = await scanAtStandIn(over(checkout(base, head)), { script });
  const firstFindings = first.outcome.report.findings.items.length;
  if (first.outcome.report.review?.mode !== 'full' || firstFindings === 0)
    throw new Error(`the first review: ${first.outcome.report.review?.mode} mode, ${firstFindings} findings`);
  appendFileSync(join(repo, PUSHED_FILE), HARMLESS);
  const pushed = commitAll(repo, 'Add uptimeSeconds');
  const push = await scanAtStandIn(over(checkout(base, pushed)), { script, lastReview: lastReviewOf(first) });
  checkPush(push.outcome.report, firstFindings);
  return { first, push };
}

/** `script`: the scripted model of both reviews (another one, to see what it would cost). */
export async function benchIncremental(script: Script = perThread(listedFilesReview())): Promise<IncrementalBench> {
  const repo = mkdtempSync(join(tmpdir(), 'bench-incremental-'));
  try {
    const { first, push } = await reviewThenPush(repo, script);
    const f = countScan('first review of the pull request', first.requests);
    const p = countScan('push of one file', push.requests);
    const review = push.outcome.report.review!;
    const rawRatio = ratio(p.raw, f.raw);
    return {
      first: f,
      push: p,
      findings: {
        first: first.outcome.report.findings.items.length,
        push: push.outcome.report.findings.items.length,
        carried: review.carried,
      },
      reviewedFiles: review.reviewedFiles,
      rawRatio,
      uncachedRatio: ratio(p.uncached, f.uncached),
      ok: rawRatio <= PUSH_TARGET,
    };
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

export function formatIncremental(b: IncrementalBench): string[] {
  const line = (s: ScanTokens) =>
    `  ${s.kind.padEnd(34)} ${String(s.threads).padStart(3)} / ${String(s.requests).padEnd(3)} raw ${n(s.raw).padStart(8)}  uncached ${n(s.uncached).padStart(8)}`;
  const met = b.rawRatio <= PUSH_TARGET ? 'met   ' : 'missed';
  return [
    '  scan                               threads / requests, input tokens (o200k)',
    line(b.first),
    line(b.push),
    `  the push reviewed ${b.reviewedFiles.join(', ')}; findings ${b.findings.first} → ${b.findings.push} (${b.findings.carried} carried)`,
    `  ${met} push raw input      ${b.rawRatio.toFixed(2)}× the first review (target <= ${PUSH_TARGET.toFixed(2)})`,
    `         push uncached input ${b.uncachedRatio.toFixed(2)}× the first review`,
  ];
}

// `npx tsx bench/incremental.ts`: this benchmark alone, exit 1 when the target is missed.
if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const b = await benchIncremental();
  for (const line of formatIncremental(b)) console.log(line);
  process.exitCode = b.ok ? 0 : 1;
}
