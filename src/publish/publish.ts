// After the scan: artifacts, annotations (check run or workflow commands), the job summary. Each part is best
// effort: a failure to publish is a warning, never a reason to fail the scan.
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GitHubSettings } from '../config/github-inputs.js';
import { errorMessage } from '../util/errors.js';
import type { ScanOutcome } from '../scan/pipeline.js';
import { failureLine } from '../scan/stages/conclude.js';
import type { ScanSettings } from '../config/settings.js';
import { inert } from '../util/log-text.js';
import type { Redactor } from '../util/redact.js';
import { notAnnotatedNote, planCheckAnnotations, planWorkflowAnnotations } from '../github/annotations.js';
import { artifactName, artifactsAvailable, uploadScanArtifact, type UploadedArtifact } from '../github/artifacts.js';
import { isUploadable } from '../report/report.js';
import { finishCheckRun, octokitFor, type CheckStart } from '../github/checks.js';
import { reportAtHead, shownAtHead } from '../github/head-view.js';
import { uploadSarif, type SarifUpload } from '../github/code-scanning.js';
import type { GitHubContext } from '../github/context.js';
import { converseOnPullRequest, type Conversation } from '../github/pull-request/comments.js';
import type { LastReview } from '../increment/record.js';
import { recordToWrite } from './review-record.js';
import { CHECK_SUMMARY_BUDGET, JOB_SUMMARY_BUDGET, renderSummary } from '../github/summary.js';

export interface Published {
  checkRunId?: number;
  artifact?: UploadedArtifact;
  sarifUpload?: SarifUpload;
  conversation?: Conversation;
}

/** Where and how the scan's result is published: the settings, the GitHub inputs and context, the check run. */
export interface PublishTo {
  settings: Pick<ScanSettings, 'target' | 'output'>;
  github: GitHubSettings;
  gh: GitHubContext | undefined;
  check: CheckStart | undefined;
  /** The review record read before the scan: written back unchanged when this scan did not complete. */
  lastReview?: LastReview;
}

/** One publication: the outcome as people see it (lines at the head), where it goes, and the scan's redactor. */
interface Publication extends PublishTo {
  outcome: ScanOutcome;
  redactor: Redactor;
  /** The record the summary comment carries to the next run. */
  record?: string;
}

/** What the check run and the job summary add below the report. */
interface Extras {
  artifact?: UploadedArtifact & { url?: string };
  notes: string[];
}

function conversationLine(c: Conversation): string {
  if (c.status !== 'done') return c.message;
  const summary = c.summaryUrl ? `; summary comment ${c.summaryUrl}` : '';
  return `Pull request: ${c.created} review comments posted, ${c.fixed} marked fixed${summary}.`;
}

/** Review comments and the summary comment, on the pull-request events where GitHub has a pull request to talk on. */
async function pullRequestConversation(p: Publication): Promise<Conversation | undefined> {
  const { github: ghs, gh, redactor, settings } = p;
  if (!ghs.prComments || !gh?.pullRequest || !['pull_request', 'pull_request_target'].includes(gh.eventName))
    return undefined;
  if (!ghs.token)
    return { status: 'read-only', message: 'Pull-request comments skipped: pr-comments needs github-token.' };
  core.startGroup('Pull request: review comments');
  try {
    const conversation = await converseOnPullRequest(await octokitFor(ghs.token, gh), {
      report: p.outcome.report,
      gh: { ...gh, pullRequest: gh.pullRequest },
      key: settings.output.sarifCategory,
      author: ghs.commentAuthor,
      reviewed: new Set(p.outcome.reviewed),
      exists: (path) => existsSync(join(settings.target.repoRoot, path)),
      redact: (t) => redactor.redact(t),
      record: p.record,
    });
    if (conversation.status === 'done') {
      const c = conversation;
      core.info(
        `Review comments: ${c.created} posted, ${c.edited} edited (${c.fixed} marked fixed), ` +
          `${c.removed} duplicates removed; summary comment ${c.summaryUrl ?? ''}`,
      );
      for (const n of c.notes) core.warning(inert(redactor.redact(n)));
    } else if (conversation.status === 'read-only') core.notice(redactor.redact(conversation.message));
    else core.warning(redactor.redact(conversation.message));
    return conversation;
  } finally {
    core.endGroup();
  }
}

/** Findings a baseline already knew, and (on a pull request) findings outside the changed lines, are not annotated. */
function toAnnotate(outcome: ScanOutcome) {
  return outcome.findings.filter((f) => f.baseline !== 'existing' && !f.outsideChange && shownAtHead(f));
}

function workflowAnnotations(outcome: ScanOutcome, why: string, redactor: Redactor): void {
  const { report } = outcome;
  // The step's own failure line and its warnings are annotations too, and count against the same limits.
  const plan = planWorkflowAnnotations(toAnnotate(outcome), {
    errors: failureLine(report) ? 1 : 0,
    warnings: report.warnings.length,
  });
  for (const a of plan.shown) {
    // core escapes line breaks; `##[` is read anywhere in a line, so it is broken here.
    const message = redactor.redact(inert(a.message));
    const props = {
      title: redactor.redact(inert(a.title)),
      file: a.path,
      startLine: a.start_line,
      endLine: a.end_line,
    };
    if (a.annotation_level === 'failure') core.error(message, props);
    else if (a.annotation_level === 'warning') core.warning(message, props);
    else core.notice(message, props);
  }
  if (plan.leftOut > 0) {
    core.notice(
      `${plan.leftOut} more findings are not annotated: ${why}, ` +
        `and a step may show only 10 annotations of each level. ` +
        `All findings are in the SARIF file, the report and the job summary.`,
    );
  }
}

/**
 * The commit and ref whose tree the SARIF's lines belong to: a pull request's test merge on its merge ref (as
 * codeql-action/upload-sarif sends it), a checked-out head on its head ref, else the workflow's own.
 */
export function analysisTarget(
  settings: Pick<ScanSettings, 'target'>,
  gh: GitHubContext,
): { commit: string; ref: string } {
  const pr = settings.target.pullRequest;
  if (pr) return { commit: pr.reviewed, ref: `refs/pull/${pr.number}/${pr.merge ? 'merge' : 'head'}` };
  // What actions/checkout checked out by default, and what codeql-action/upload-sarif sends.
  return { commit: process.env.GITHUB_SHA || gh.sha, ref: process.env.GITHUB_REF || gh.ref };
}

async function uploadArtifact(p: Publication): Promise<UploadedArtifact | undefined> {
  const { github: ghs, gh, settings, redactor } = p;
  const { report } = p.outcome;
  const name = artifactName(ghs.artifactName, gh?.job || 'local', settings.output.sarifCategory);
  if (!artifactsAvailable(process.env)) {
    core.info(
      `Artifacts not uploaded: no artifact service here (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL). ` +
        `The files are in ${settings.output.dir}.`,
    );
    return undefined;
  }
  const f = report.files;
  const files = [
    f.events,
    f.report,
    f.sarif,
    ...(f.debugBundle ? [f.debugBundle] : []),
    ...(f.fixes ? [f.fixes] : []),
    ...f.threads,
  ];
  try {
    const stagingDir = join(settings.output.tempDir, `vega-codex-upload-${report.scan.id}`);
    const artifact = await uploadScanArtifact({ name, files, stagingDir, retentionDays: ghs.retentionDays }, redactor);
    core.info(`Uploaded artifact ${name} (id ${artifact.id}, ${artifact.size} bytes)`);
    return artifact;
  } catch (error) {
    core.warning(redactor.redact(`Could not upload the scan's artifact ${name}: ${errorMessage(error)}`));
    return undefined;
  }
}

async function uploadAnalysis(p: Publication): Promise<SarifUpload> {
  const { github: ghs, gh } = p;
  const { report } = p.outcome;
  let upload: SarifUpload;
  if (!isUploadable(report.status)) {
    upload = {
      status: 'not-uploaded',
      errors: [],
      message:
        `SARIF not uploaded: the scan ended ${report.status}, ` +
        `and an analysis of a scan that did not complete could close open code scanning alerts.`,
    };
  } else if (!gh || !ghs.token) {
    upload = {
      status: 'not-uploaded',
      errors: [],
      message: 'SARIF not uploaded: upload-sarif needs github-token and a GitHub workflow run.',
    };
  } else {
    const analysis = analysisTarget(p.settings, gh);
    upload = await uploadSarif(await octokitFor(ghs.token, gh), gh, {
      sarifFile: report.files.sarif,
      checkoutRoot: p.settings.target.repoRoot,
      startedAt: report.timing.startedAt,
      analysis,
    });
  }
  const line = p.redactor.redact(upload.message);
  if (upload.status === 'complete') core.info(line);
  else core.warning(line);
  return upload;
}

/** The check run's annotations and summary; workflow annotations when there is no check run to complete. */
async function annotate(p: Publication, extras: Extras): Promise<number | undefined> {
  const { github: ghs, gh, check, outcome, redactor } = p;
  if (!check?.ok || !gh) {
    workflowAnnotations(outcome, check && !check.ok ? check.reason : 'no check run', redactor);
    return undefined;
  }
  try {
    const plan = planCheckAnnotations(toAnnotate(outcome));
    const summary = redactor.redact(
      renderSummary(outcome.report, gh, CHECK_SUMMARY_BUDGET, {
        ...extras,
        notes: [...extras.notes, ...notAnnotatedNote(plan.leftOut)],
      }),
    );
    const annotations = plan.shown.map((a) => ({
      ...a,
      message: redactor.redact(a.message),
      title: redactor.redact(a.title),
    }));
    await finishCheckRun(await octokitFor(ghs.token, gh), {
      gh,
      checkRunId: check.id,
      report: outcome.report,
      annotations,
      summary,
    });
    return check.id;
  } catch (error) {
    core.warning(
      redactor.redact(
        `Could not complete the check run: ${errorMessage(error)}. Findings are annotated in this job instead.`,
      ),
    );
    workflowAnnotations(outcome, 'the check run could not be completed', redactor);
    return undefined;
  }
}

async function jobSummary(p: Publication, extras: Extras): Promise<void> {
  try {
    const text = p.redactor.redact(
      renderSummary(p.outcome.report, p.gh, JOB_SUMMARY_BUDGET, {
        ...extras,
        checkRunUrl: p.check?.ok ? p.check.url : undefined,
      }),
    );
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(text).write();
  } catch (error) {
    core.warning(p.redactor.redact(`Could not write the job summary: ${errorMessage(error)}`));
  }
}

export async function publish(scanned: ScanOutcome, to: PublishTo): Promise<Published> {
  // Files and the SARIF upload keep the reviewed tree's lines; everything a person reads points at the head.
  const atHead = reportAtHead(scanned.report);
  // The scan's own redactor: it masks the api-key and every secret-looking value the scan met.
  scanned.redactor.add(to.github.token);
  const p: Publication = {
    ...to,
    outcome: { ...scanned, report: atHead, findings: atHead.findings.items },
    redactor: scanned.redactor,
    record: recordToWrite(scanned.report, to.lastReview, scanned.redactor),
  };
  const published: Published = {};
  if (to.github.uploadArtifacts) published.artifact = await uploadArtifact(p);
  if (to.github.uploadSarif) published.sarifUpload = await uploadAnalysis(p);
  published.conversation = await pullRequestConversation(p);
  const conversationNote = published.conversation && conversationLine(published.conversation);
  const gh = to.gh;
  const artifactUrl =
    published.artifact?.id && gh
      ? `${gh.serverUrl}/${gh.owner}/${gh.repo}/actions/runs/${gh.runId}/artifacts/${published.artifact.id}`
      : undefined;
  const notes = [
    ...(published.sarifUpload ? [published.sarifUpload.message] : []),
    ...(conversationNote ? [conversationNote] : []),
  ];
  const extras: Extras = {
    artifact: published.artifact ? { ...published.artifact, url: artifactUrl } : undefined,
    notes,
  };
  if (to.github.annotations) published.checkRunId = await annotate(p, extras);
  await jobSummary(p, extras);
  return published;
}
