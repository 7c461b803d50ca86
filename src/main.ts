// The action's main step: inputs → scan → outputs. One error boundary: a configuration mistake is one clear line;
// anything else is reported as a bug with its stack in the debug log.
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { resolveGitHubSettings, type GitHubSettings } from './config/github-inputs.js';
import { readWorkflowEvent, type WorkflowEvent } from './config/event.js';
import { locateScan, requireApiKey, resolveSettings, reviewsPullRequest, type GetInput } from './config/inputs.js';
import { Outputs, State } from './config/outputs.js';
import { ConfigurationError, errorMessage } from './util/errors.js';
import { failCheckRun, octokitFor, startCheckRun, type CheckStart } from './github/checks.js';
import { readGitHubContext, type GitHubContext } from './github/context.js';
import { preparePullRequest } from './github/pull-request/checkout.js';
import { lastReviewFor } from './github/pull-request/last-review.js';
import type { LastReview } from './increment/record.js';
import type { ScanSettings } from './config/settings.js';
import { publish, type Published } from './publish/publish.js';
import type { ScanReport } from './report/report.js';
import type { ScanLog } from './util/log.js';
import { maskedLog } from './util/masked-log.js';
import { runScan, scanRedactor } from './scan/pipeline.js';
import { scratchDir } from './runtime/scratch.js';
import { failureLine } from './scan/stages/conclude.js';
import type { PullRequestCheckout } from './scope/pull-request.js';
import { parseShard } from './scope/shard.js';
import { inert } from './util/log-text.js';

const actionsLog: ScanLog = {
  info: (t) => core.info(inert(t)),
  warning: (t) => core.warning(inert(t)),
  startGroup: (t) => core.startGroup(inert(t)),
  endGroup: () => core.endGroup(),
};

/** The check run shows "in progress" on the head commit while Codex works; opened before anything can fail. */
async function openCheckRun(
  ghs: GitHubSettings,
  gh: GitHubContext | undefined,
  shard: string,
  scanId: string,
): Promise<CheckStart | undefined> {
  if (!ghs.annotations || !gh || !ghs.token) return undefined;
  const name = shard ? `${ghs.checkName} (shard ${shard})` : ghs.checkName;
  const check = await startCheckRun(await octokitFor(ghs.token, gh), gh, name, scanId);
  if (!check.ok) core.info(`No check run: ${check.reason}. Findings will be annotated in this job instead.`);
  return check;
}

/** What the step knows of where it runs, before the scan. */
interface Step {
  event: WorkflowEvent;
  ghs: GitHubSettings;
  gh: GitHubContext | undefined;
}

/**
 * On a pull request, the commits that say what it changes, fetched or asked of GitHub when the checkout lacks them.
 * A review of the changes needs them; a full scan of the pull request uses them only to show lines at the head.
 */
async function pullRequestCheckout(
  get: GetInput,
  step: Step,
  repoRoot: string,
): Promise<PullRequestCheckout | undefined> {
  const { event, ghs, gh } = step;
  if (!event.pullRequest || !gh || get('diff-base').trim()) return undefined;
  try {
    const pr = await preparePullRequest(repoRoot, event.pullRequest, gh, ghs.token);
    core.info(inert(pr.note));
    return pr;
  } catch (error) {
    if (reviewsPullRequest(get, event) || !(error instanceof ConfigurationError)) throw error;
    core.warning(
      inert(`${error.message} The full scan goes on; its annotations show the lines of the tree it reviewed.`),
    );
    return undefined;
  }
}

/** Completes a check run that a failed step left open, so the pull request does not wait on it for ever. */
async function abandonCheckRun(
  check: CheckStart | undefined,
  ghs: GitHubSettings | undefined,
  gh: GitHubContext | undefined,
  line: string,
): Promise<void> {
  if (!check?.ok || !ghs || !gh) return;
  try {
    await failCheckRun(await octokitFor(ghs.token, gh), gh, check.id, line);
  } catch (error) {
    core.warning(`Could not complete the check run: ${errorMessage(error)}`);
  }
}

/** The last completed review of the pull request, which this one may build on (read from the summary comment). */
async function lastReviewOf(
  settings: Pick<ScanSettings, 'target' | 'output'>,
  ghs: GitHubSettings,
  gh: GitHubContext | undefined,
): Promise<LastReview | undefined> {
  const { target, output } = settings;
  const pr = target.scope.mode === 'diff' ? target.scope.pullRequest : undefined;
  const source = { gh, pr, incremental: target.incremental, github: ghs, repoRoot: target.repoRoot };
  return lastReviewFor({ ...source, key: output.sarifCategory }, (token) => octokitFor(token, gh!));
}

function setStepOutputs(report: ScanReport, published: Published): void {
  core.setOutput(Outputs.sarifFile, report.files.sarif);
  core.setOutput(Outputs.reportFile, report.files.report);
  core.setOutput(Outputs.eventsFile, report.files.events);
  core.setOutput(Outputs.findingsCount, String(report.findings.total));
  core.setOutput(Outputs.reviewMode, report.review?.mode ?? '');
  core.setOutput(Outputs.carriedFindings, String(report.review?.carried ?? 0));
  core.setOutput(Outputs.conclusion, report.conclusion);
  core.setOutput(Outputs.status, report.status);
  // As the endpoint reported them at the forwarder, across every thread of the scan.
  const tokens = report.tokens?.total ?? { input: 0, output: 0, cachedInput: 0 };
  core.setOutput(Outputs.inputTokens, String(tokens.input));
  core.setOutput(Outputs.outputTokens, String(tokens.output));
  core.setOutput(Outputs.cachedInputTokens, String(tokens.cachedInput));
  core.setOutput(Outputs.estimatedTokens, String(report.estimate?.expectedTokens ?? 0));
  core.setOutput(Outputs.threadId, report.thread.id ?? '');
  core.setOutput(Outputs.debugBundle, report.files.debugBundle ?? '');
  core.setOutput(Outputs.fixesPatch, report.files.fixes ?? '');
  const conversation = published.conversation;
  core.setOutput(Outputs.summaryCommentUrl, conversation?.status === 'done' ? (conversation.summaryUrl ?? '') : '');
  core.setOutput(Outputs.checkRunId, published.checkRunId ? String(published.checkRunId) : '');
  core.setOutput(Outputs.artifactId, published.artifact?.id ? String(published.artifact.id) : '');
}

function logResult(report: ScanReport): void {
  for (const w of report.warnings) core.warning(inert(w));
  if (report.nothingToReview)
    core.notice(inert(`Nothing to review, so Codex was not started: ${report.nothingToReview}`));
  const counts = Object.entries(report.findings.bySeverity).map(([s, n]) => `${s} ${n}`);
  core.info(`Findings: ${report.findings.total} (${counts.join(', ')}); conclusion: ${report.conclusion}`);
  core.info(`SARIF: ${report.files.sarif}\nReport: ${report.files.report}\nEvents: ${report.files.events}`);
}

/** Cancelling the step (SIGINT, SIGTERM) stops the scan's Codex threads; the scan then ends cancelled. */
function cancellation(): AbortSignal {
  const controller = new AbortController();
  const cancel = () => controller.abort();
  process.once('SIGINT', cancel);
  process.once('SIGTERM', cancel);
  return controller.signal;
}

export async function run(): Promise<void> {
  let check: CheckStart | undefined;
  let ghs: GitHubSettings | undefined;
  let gh: GitHubContext | undefined;
  try {
    // Masked before anything else can print it.
    const key = core.getInput('api-key');
    if (key.trim()) core.setSecret(key.trim());

    const token = core.getInput('github-token');
    if (token.trim()) core.setSecret(token.trim());

    const get = (name: string) => core.getInput(name);
    ghs = resolveGitHubSettings(get);
    const event = readWorkflowEvent(process.env);
    gh = readGitHubContext(process.env, event);
    const shard = parseShard(get('shard'));
    // Saved before the scan starts, so the post step can remove its container even if this step is killed.
    const scanId = randomUUID();
    check = await openCheckRun(ghs, gh, shard ? `${shard.index}/${shard.total}` : '', scanId);

    requireApiKey(get, event);
    const location = locateScan(get, process.env, process.cwd());
    const pullRequest = await pullRequestCheckout(get, { event, ghs, gh }, location.repoRoot);
    const resolved = resolveSettings(get, { env: process.env, cwd: process.cwd(), pullRequest, event, location });
    const { settings, apiKey, notes } = resolved;
    for (const note of notes) core.warning(inert(note));

    core.saveState(State.scanId, scanId);
    core.saveState(State.containerMode, String(settings.runner.mode === 'container'));
    core.saveState(State.scratch, scratchDir(settings.output, scanId));
    const redactor = scanRedactor(apiKey);
    const log = maskedLog(actionsLog, redactor);
    const lastReview = await lastReviewOf(settings, ghs, gh);
    const options = { signal: cancellation(), scanId, redactor, lastReview };
    const outcome = await runScan(settings, apiKey, log, options).finally(() => log.flushed());
    const published = await publish(outcome, { settings, github: ghs, gh, check, lastReview });
    // publish completed it, or said why it could not.
    check = undefined;
    const { report } = outcome;
    setStepOutputs(report, published);
    logResult(report);

    const line = failureLine(report);
    // The reason can quote Codex, so it is made inert like every other line.
    if (line) core.setFailed(inert(line));
  } catch (error) {
    const configuration = error instanceof ConfigurationError;
    if (!configuration) core.debug(error instanceof Error && error.stack ? error.stack : String(error));
    const line = configuration
      ? error.message
      : `vega-codex-action stopped on an unexpected error: ${errorMessage(error)}. This is a bug; please report it with the step's debug log.`;
    await abandonCheckRun(check, ghs, gh, line);
    core.setFailed(line);
  }
}
