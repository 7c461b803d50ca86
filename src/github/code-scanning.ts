// Uploads the SARIF file through the code scanning API (gzip, then base64), waits for GitHub to process it, and
// reports GitHub's processing errors. Used when upload-sarif is true; the usual way is codeql-action/upload-sarif.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { errorMessage } from '../util/errors.js';
import type { Octokit as Client } from './checks.js';
import type { GitHubContext } from './context.js';

type Octokit = Client;

/** GitHub refuses uploads over 10 MB gzip-compressed. */
export const MAX_GZIP_BYTES = 10 * 1024 * 1024;
/** When to ask about processing, in seconds after the upload (as codeql-action does). */
const DEFAULT_POLLS = [5, 15, 35, 75, 155];

export interface SarifUpload {
  id?: string;
  status: 'complete' | 'failed' | 'pending' | 'not-uploaded';
  /** One line for the log: what happened and what to do. */
  message: string;
  errors: string[];
}

function pollDelays(env: NodeJS.ProcessEnv): number[] {
  // Cumulative seconds; VEGA_SARIF_POLL_SECONDS lets the tests poll fast.
  const raw = env.VEGA_SARIF_POLL_SECONDS?.split(',')
    .map(Number)
    .filter((n) => Number.isFinite(n) && n >= 0);
  const at = raw?.length ? raw : DEFAULT_POLLS;
  return at.map((t, i) => (t - (i ? at[i - 1]! : 0)) * 1000);
}

export interface SarifUploadOptions {
  sarifFile: string;
  checkoutRoot: string;
  startedAt: string;
  analysis: { commit: string; ref: string };
}

export async function uploadSarif(octokit: Octokit, gh: GitHubContext, o: SarifUploadOptions): Promise<SarifUpload> {
  const gz = gzipSync(readFileSync(o.sarifFile, 'utf8'));
  if (gz.length > MAX_GZIP_BYTES) {
    return {
      status: 'not-uploaded',
      errors: [],
      message:
        `SARIF not uploaded: ${gz.length} bytes gzip-compressed, over GitHub's 10 MB. ` +
        `Narrow the scan (include/exclude).`,
    };
  }
  const sent = await sendSarif(octokit, gh, o, gz);
  if (typeof sent !== 'string') return sent;
  return awaitProcessing(octokit, gh, sent);
}

/** The upload's id, or why GitHub refused it. */
async function sendSarif(
  octokit: Octokit,
  gh: GitHubContext,
  o: SarifUploadOptions,
  gz: Buffer,
): Promise<string | SarifUpload> {
  try {
    const r = await octokit.rest.codeScanning.uploadSarif({
      owner: gh.owner,
      repo: gh.repo,
      commit_sha: o.analysis.commit,
      ref: o.analysis.ref,
      sarif: gz.toString('base64'),
      checkout_uri: pathToFileURL(o.checkoutRoot).href,
      started_at: o.startedAt,
      tool_name: 'vega-codex-action',
    });
    return String(r.data.id);
  } catch (error) {
    const status = (error as { status?: number }).status;
    // A 403 is nearly always the job's permissions, which the user can fix; say how.
    const why =
      status === 403
        ? 'the token may not upload code scanning results: give the job "security-events: write" ' +
          '(pull requests from forks and Dependabot only get read access; ' +
          'private repositories need GitHub Code Security)'
        : errorMessage(error);
    return { status: 'not-uploaded', errors: [], message: `SARIF not uploaded: ${why}.` };
  }
}

/** GitHub processes an upload later; its errors only show when asked, so ask until it is done or time is up. */
async function awaitProcessing(octokit: Octokit, gh: GitHubContext, id: string): Promise<SarifUpload> {
  for (const delay of pollDelays(process.env)) {
    await new Promise((r) => setTimeout(r, delay));
    let processed: SarifUpload | undefined;
    try {
      processed = await processingOutcome(octokit, gh, id);
    } catch (error) {
      return {
        id,
        status: 'pending',
        errors: [],
        message: `SARIF uploaded (${id}), but its processing status could not be read: ${errorMessage(error)}.`,
      };
    }
    if (processed) return processed;
  }
  return {
    id,
    status: 'pending',
    errors: [],
    message: `SARIF uploaded (${id}); code scanning had not finished processing it when the action stopped waiting.`,
  };
}

/** The upload's outcome once processing has ended; undefined while it is still pending. */
async function processingOutcome(octokit: Octokit, gh: GitHubContext, id: string): Promise<SarifUpload | undefined> {
  const r = await octokit.rest.codeScanning.getSarif({ owner: gh.owner, repo: gh.repo, sarif_id: id });
  const status = r.data.processing_status;
  if (status === 'complete')
    return { id, status, errors: [], message: `SARIF uploaded and processed by code scanning (${id}).` };
  if (status === 'failed') {
    const errors = (r.data.errors ?? []).map(String);
    return {
      id,
      status,
      errors,
      message: `Code scanning could not process the SARIF upload ${id}: ${errors.join('; ') || 'no reason given'}.`,
    };
  }
  return undefined;
}
