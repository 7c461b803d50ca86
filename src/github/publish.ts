// After the scan: artifacts, annotations (check run or workflow commands), the job summary. Each part is best
// effort: a failure to publish is a warning, never a reason to fail the scan.
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GitHubSettings } from '../config/github-inputs.js';
import { errorMessage } from '../errors.js';
import type { ScanOutcome } from '../scan/pipeline.js';
import { failureLine } from '../scan/verdict.js';
import type { ScanSettings } from '../scan/settings.js';
import { inert } from '../util/log-text.js';
import type { Redactor } from '../util/redact.js';
import { notAnnotatedNote, planCheckAnnotations, planWorkflowAnnotations } from './annotations.js';
import { artifactName, artifactsAvailable, uploadScanArtifact, type UploadedArtifact } from './artifacts.js';
import { isUploadable } from '../report/report.js';
import { finishCheckRun, octokitFor, type CheckStart } from './checks.js';
import { reportAtHead, shownAtHead } from './head-view.js';
import { uploadSarif, type SarifUpload } from './code-scanning.js';
import type { GitHubContext } from './context.js';
import { converseOnPullRequest, type Conversation } from './pull-request/comments.js';
import { CHECK_SUMMARY_BUDGET, JOB_SUMMARY_BUDGET, renderSummary } from './summary.js';

export interface Published {
  checkRunId?: number;
  artifact?: UploadedArtifact;
  sarifUpload?: SarifUpload;
  conversation?: Conversation;
}

function conversationLine(c: Conversation): string {
  if (c.status !== 'done') return c.message;
  const summary = c.summaryUrl ? `; summary comment ${c.summaryUrl}` : '';
  return `Pull request: ${c.created} review comments posted, ${c.fixed} marked fixed${summary}.`;
}

/** Review comments and the summary comment, on the pull-request events where GitHub has a pull request to talk on. */
async function pullRequestConversation(outcome: ScanOutcome, settings: ScanSettings, ghs: GitHubSettings, gh: GitHubContext | undefined, redactor: Redactor): Promise<Conversation | undefined> {
  if (!ghs.prComments || !gh?.pullRequest || !['pull_request', 'pull_request_target'].includes(gh.eventName)) return undefined;
  if (!ghs.token) return { status: 'read-only', message: 'Pull-request comments skipped: pr-comments needs github-token.' };
  core.startGroup('Pull request: review comments');
  try {
    const conversation = await converseOnPullRequest(await octokitFor(ghs.token, gh), {
      report: outcome.report,
      gh: { ...gh, pullRequest: gh.pullRequest },
      key: settings.sarifCategory,
      author: ghs.commentAuthor,
      reviewed: new Set(outcome.reviewed),
      exists: (path) => existsSync(join(settings.repoRoot, path)),
      redact: (t) => redactor.redact(t),
    });
    if (conversation.status === 'done') {
      const c = conversation;
      core.info(`Review comments: ${c.created} posted, ${c.edited} edited (${c.fixed} marked fixed), ${c.removed} duplicates removed; summary comment ${c.summaryUrl ?? ''}`);
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
  const plan = planWorkflowAnnotations(toAnnotate(outcome), { errors: failureLine(report) ? 1 : 0, warnings: report.warnings.length });
  for (const a of plan.shown) {
    // core escapes line breaks; `##[` is read anywhere in a line, so it is broken here.
    const message = redactor.redact(inert(a.message));
    const props = { title: redactor.redact(inert(a.title)), file: a.path, startLine: a.start_line, endLine: a.end_line };
    if (a.annotation_level === 'failure') core.error(message, props);
    else if (a.annotation_level === 'warning') core.warning(message, props);
    else core.notice(message, props);
  }
  if (plan.leftOut > 0) {
    core.notice(`${plan.leftOut} more findings are not annotated: ${why}, and a step may show only 10 annotations of each level. All findings are in the SARIF file, the report and the job summary.`);
  }
}

/**
 * The commit and ref whose tree the SARIF's lines belong to: a pull request's test merge on its merge ref (as
 * codeql-action/upload-sarif sends it), a checked-out head on its head ref, else the workflow's own.
 */
export function analysisTarget(settings: ScanSettings, gh: GitHubContext): { commit: string; ref: string } {
  const pr = settings.pullRequest;
  if (pr) return { commit: pr.reviewed, ref: `refs/pull/${pr.number}/${pr.merge ? 'merge' : 'head'}` };
  // What actions/checkout checked out by default, and what codeql-action/upload-sarif sends.
  return { commit: process.env.GITHUB_SHA || gh.sha, ref: process.env.GITHUB_REF || gh.ref };
}

export async function publish(scanned: ScanOutcome, settings: ScanSettings, ghs: GitHubSettings, gh: GitHubContext | undefined, check: CheckStart | undefined): Promise<Published> {
  // Files and the SARIF upload keep the reviewed tree's lines; everything a person reads points at the head.
  const atHead = reportAtHead(scanned.report);
  const outcome: ScanOutcome = { ...scanned, report: atHead, findings: atHead.findings.items };
  const { report } = outcome;
  // The scan's own: it masks the api-key and every secret-looking value the scan found (src/scan/stages/mask.ts).
  const redactor = scanned.redactor;
  redactor.add(ghs.token);
  const published: Published = {};

  if (ghs.uploadArtifacts) {
    const name = artifactName(ghs.artifactName, gh?.job || 'local', settings.sarifCategory);
    if (!artifactsAvailable(process.env)) {
      core.info(`Artifacts not uploaded: no artifact service here (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL). The files are in ${settings.outputDir}.`);
    } else {
      try {
        const files = [report.files.events, report.files.report, report.files.sarif, ...(report.files.debugBundle ? [report.files.debugBundle] : []), ...(report.files.fixes ? [report.files.fixes] : []), ...report.files.threads];
        published.artifact = await uploadScanArtifact(name, files, join(settings.tempDir, `vega-codex-upload-${report.scan.id}`), redactor, ghs.retentionDays);
        core.info(`Uploaded artifact ${name} (id ${published.artifact.id}, ${published.artifact.size} bytes)`);
      } catch (error) {
        core.warning(redactor.redact(`Could not upload the scan's artifact ${name}: ${errorMessage(error)}`));
      }
    }
  }

  if (ghs.uploadSarif) {
    if (!isUploadable(report.status)) {
      published.sarifUpload = { status: 'not-uploaded', errors: [], message: `SARIF not uploaded: the scan ended ${report.status}, and an analysis of a scan that did not complete could close open code scanning alerts.` };
    } else if (!gh || !ghs.token) {
      published.sarifUpload = { status: 'not-uploaded', errors: [], message: 'SARIF not uploaded: upload-sarif needs github-token and a GitHub workflow run.' };
    } else {
      published.sarifUpload = await uploadSarif(await octokitFor(ghs.token, gh), gh, { sarifFile: report.files.sarif, checkoutRoot: settings.repoRoot, startedAt: report.timing.startedAt, analysis: analysisTarget(settings, gh) });
    }
    const line = redactor.redact(published.sarifUpload.message);
    if (published.sarifUpload.status === 'complete') core.info(line);
    else core.warning(line);
  }

  published.conversation = await pullRequestConversation(outcome, settings, ghs, gh, redactor);
  const conversationNote = published.conversation && conversationLine(published.conversation);

  const artifactUrl = published.artifact?.id && gh ? `${gh.serverUrl}/${gh.owner}/${gh.repo}/actions/runs/${gh.runId}/artifacts/${published.artifact.id}` : undefined;
  const extras = { artifact: published.artifact ? { ...published.artifact, url: artifactUrl } : undefined, notes: [...(published.sarifUpload ? [published.sarifUpload.message] : []), ...(conversationNote ? [conversationNote] : [])] };

  if (ghs.annotations) {
    if (check?.ok && gh) {
      try {
        const plan = planCheckAnnotations(toAnnotate(outcome));
        const summary = redactor.redact(renderSummary(report, gh, CHECK_SUMMARY_BUDGET, { ...extras, notes: [...extras.notes, ...notAnnotatedNote(plan.leftOut)] }));
        await finishCheckRun(await octokitFor(ghs.token, gh), gh, check.id, report, plan.shown.map((a) => ({ ...a, message: redactor.redact(a.message), title: redactor.redact(a.title) })), summary);
        published.checkRunId = check.id;
      } catch (error) {
        core.warning(redactor.redact(`Could not complete the check run: ${errorMessage(error)}. Findings are annotated in this job instead.`));
        workflowAnnotations(outcome, 'the check run could not be completed', redactor);
      }
    } else {
      workflowAnnotations(outcome, check && !check.ok ? check.reason : 'no check run', redactor);
    }
  }

  try {
    const text = redactor.redact(renderSummary(report, gh, JOB_SUMMARY_BUDGET, { ...extras, checkRunUrl: check?.ok ? check.url : undefined }));
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(text).write();
  } catch (error) {
    core.warning(redactor.redact(`Could not write the job summary: ${errorMessage(error)}`));
  }
  return published;
}
