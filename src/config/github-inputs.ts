// Inputs of the GitHub integration (check run, annotations, artifacts), read and validated once.
import { ConfigurationError } from '../util/errors.js';
import type { GetInput } from './inputs.js';
import { singleLineInput } from './input-values.js';

export interface GitHubSettings {
  annotations: boolean;
  checkName: string;
  token: string;
  uploadArtifacts: boolean;
  artifactName: string;
  retentionDays?: number;
  uploadSarif: boolean;
  /** Review comments and a summary comment on pull_request and pull_request_target events. */
  prComments: boolean;
  /** Whose earlier comments are the action's own; empty: the token's identity (github-actions[bot] for GITHUB_TOKEN). */
  commentAuthor: string;
}

function bool(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new ConfigurationError(`Input ${name} must be true or false. Provided: ${value}`);
}

function commentAuthor(value: string): string {
  const login = value.trim();
  // A user login, or an app's bot account such as my-app[bot].
  if (login && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login)) throw new ConfigurationError(`Input pr-comments-author must be a GitHub login such as my-app[bot]. Provided: ${login}`);
  return login;
}

export function resolveGitHubSettings(get: GetInput): GitHubSettings {
  const retention = get('retention-days').trim();
  let retentionDays: number | undefined;
  if (retention) {
    retentionDays = Number(retention);
    if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 90) {
      throw new ConfigurationError(`Input retention-days must be a whole number from 1 to 90. Provided: ${retention}`);
    }
  }
  const artifactName = singleLineInput('artifact-name', get('artifact-name')) || 'vega-codex';
  if (/["':<>|*?\\/\r\n]/.test(artifactName)) throw new ConfigurationError(`Input artifact-name may not contain " : < > | * ? \\ / or line breaks. Provided: ${artifactName}`);
  return {
    annotations: bool('annotations', get('annotations'), true),
    checkName: singleLineInput('check-name', get('check-name')) || 'vega-codex security review',
    token: get('github-token').trim(),
    uploadArtifacts: bool('upload-artifacts', get('upload-artifacts'), true),
    artifactName,
    retentionDays,
    uploadSarif: bool('upload-sarif', get('upload-sarif'), false),
    prComments: bool('pr-comments', get('pr-comments'), true),
    commentAuthor: commentAuthor(get('pr-comments-author')),
  };
}
