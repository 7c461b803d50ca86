// Inputs of the GitHub integration (check run, annotations, artifacts), read and validated once through the input
// table's readers.
import { ConfigurationError } from '../util/errors.js';
import { bool, integer, line, text, type GetInput } from './input-values.js';

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
  /** Whose earlier comments are the action's own; empty: the token's (github-actions[bot] for GITHUB_TOKEN). */
  commentAuthor: string;
}

function commentAuthor(get: GetInput): string {
  const login = text(get, 'pr-comments-author');
  // A user login, or an app's bot account such as my-app[bot].
  if (login && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login)) {
    throw new ConfigurationError(
      `Input pr-comments-author must be a GitHub login such as my-app[bot]. Provided: ${login}`,
    );
  }
  return login;
}

function artifactName(get: GetInput): string {
  const name = line(get, 'artifact-name');
  if (/["':<>|*?\\/\r\n]/.test(name)) {
    throw new ConfigurationError(
      `Input artifact-name may not contain " : < > | * ? \\ / or line breaks. Provided: ${name}`,
    );
  }
  return name;
}

export function resolveGitHubSettings(get: GetInput): GitHubSettings {
  return {
    annotations: bool(get, 'annotations'),
    checkName: line(get, 'check-name'),
    // Not through text(): its documented default is an expression the runner evaluates, not a value to fill in.
    token: get('github-token').trim(),
    uploadArtifacts: bool(get, 'upload-artifacts'),
    artifactName: artifactName(get),
    retentionDays: integer(get, 'retention-days'),
    uploadSarif: bool(get, 'upload-sarif'),
    prComments: bool(get, 'pr-comments'),
    commentAuthor: commentAuthor(get),
  };
}
