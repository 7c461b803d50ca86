// Reads and validates every option once, into ScanSettings. The action feeds it `core.getInput`; the CLI feeds it
// its flags under the same names, so both fail the same way on the same mistake.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_LIMITS, type NetworkMode } from '../container/docker-run.js';
import { IMAGE_POLICIES, type ImagePolicy } from '../container/image.js';
import { formatImageRef, parseImageRef } from '../container/image-ref.js';
// The runner image published with this version; a release writes the digest it pushed (scripts/release/pin-image.ts).
import published from '../container/published-image.json' with { type: 'json' };
import { ConfigurationError } from '../util/errors.js';
import { gitSync } from '../git/run.js';
import { SEVERITIES, type Severity } from '../findings/severity.js';
import { parseShard } from '../scope/shard.js';
import { sarifCategory } from '../sarif/category.js';
import { readTrustedFile } from './trusted-file.js';
import { patternsInput, singleLineInput, writablePath } from './input-values.js';
import type { LaunchSettings, PolicySettings, ScanSettings } from './settings.js';
import type { PullRequestCheckout } from '../scope/pull-request.js';
import type { ScopeMode } from '../scope/target.js';
import { ACTION_VERSION, CODEX_VERSION } from '../util/version.js';
import { scanPrefix, within } from '../util/paths.js';

export type GetInput = (name: string) => string;

/** The trusted context goes into every prompt; a threat model fits in this, a copy of the wiki does not. */
export const MAX_CONTEXT_FILE_BYTES = 32 * 1024;
export const MAX_PROMPT_FILE_BYTES = 64 * 1024;

function integer(name: string, value: string, fallback: number, min: number, max: number): number {
  if (value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigurationError(`Input ${name} must be a whole number from ${min} to ${max}. Provided: ${value}`);
  }
  return n;
}

function baseUrl(value: string): { url: string; note?: string } {
  const raw = value.trim() || 'https://api.openai.com/v1';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(`Input base-url is not a URL: ${raw}. Use the API root of an OpenAI-compatible endpoint, e.g. https://api.openai.com/v1`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`Input base-url must use https (or http for a local proxy). Provided scheme: ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new ConfigurationError('Input base-url must not contain credentials: pass the token in api-key, which is kept out of logs and of Codex\'s reach.');
  }
  let path = url.pathname.replace(/\/+$/, '');
  let note: string | undefined;
  if (path.endsWith('/responses')) {
    path = path.slice(0, -'/responses'.length);
    note = 'base-url ended in /responses; Codex appends that itself, so it was removed.';
  }
  url.pathname = path;
  return { url: url.toString().replace(/\/+$/, ''), note };
}

/** Default runner image: the one published with this version of the action, pinned by digest once released. */
export const DEFAULT_IMAGE = formatImageRef({ name: published.name, tag: published.tag, ...(published.digest ? { digest: published.digest as string } : {}) });

function imageInput(value: string): string {
  const ref = value.trim();
  if (!ref) return DEFAULT_IMAGE;
  if (!parseImageRef(ref)) throw new ConfigurationError(`Input image is not an image reference: ${ref}. Use NAME[:TAG][@sha256:DIGEST], e.g. ghcr.io/org/vega-codex-runner:1.2.0@sha256:…`);
  return ref;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  const v = value.trim().toLowerCase() || fallback;
  if (!allowed.includes(v as T)) throw new ConfigurationError(`Unrecognized ${name} input. Provided: ${value.trim()}. Available options: ${allowed.join(',')}`);
  return v as T;
}

/** codex-bin or VEGA_V16_CODEX_BIN runs that binary directly; otherwise Codex runs in the sandbox container. */
function runner(get: GetInput, env: NodeJS.ProcessEnv, cwd: string): LaunchSettings {
  const fromInput = get('codex-bin').trim();
  const fromEnv = (env.VEGA_V16_CODEX_BIN ?? '').trim();
  const chosen = fromInput ? { v: fromInput, source: 'codex-bin' as const } : fromEnv ? { v: fromEnv, source: 'VEGA_V16_CODEX_BIN' as const } : undefined;
  if (chosen && pullRequestEvent(env)?.fork) {
    throw new ConfigurationError(
      `${chosen.source} runs Codex directly on the runner, and this is a pull request from a fork: the code under review would steer a process next to the job's token and secrets. Review forks in container mode (leave ${chosen.source} unset); see "Pull requests from forks" in the README.`,
    );
  }
  if (chosen) {
    // A bare name is looked up on PATH; anything with a slash is a path relative to the workspace.
    return { mode: 'direct', bin: chosen.v.includes('/') ? resolve(cwd, chosen.v) : chosen.v, source: chosen.source };
  }
  const caInput = get('extra-ca-certificates').trim();
  const extraCaFile = caInput ? resolve(cwd, caInput) : undefined;
  if (extraCaFile && !existsSync(extraCaFile)) throw new ConfigurationError(`Input extra-ca-certificates: ${caInput} does not exist (resolved to ${extraCaFile}).`);
  return {
    mode: 'container',
    image: imageInput(get('image')),
    policy: oneOf<ImagePolicy>('image-policy', get('image-policy'), IMAGE_POLICIES, 'pull-or-build'),
    network: oneOf<NetworkMode>('network', get('network'), ['model-only', 'bridge'], 'model-only'),
    extraCaFile,
    limits: DEFAULT_LIMITS,
  };
}

/** The pull request of a pull_request or pull_request_target event, from its payload. */
export function pullRequestEvent(env: NodeJS.ProcessEnv): PullRequestPayload | undefined {
  if (!env.GITHUB_EVENT_PATH || !/^pull_request/.test(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string; repo?: { full_name?: string } | null } } };
    const pr = event.pull_request;
    if (!pr?.base?.sha || !pr.head?.sha) return undefined;
    const headRepo = pr.head.repo?.full_name;
    return { number: Number(pr.number), baseSha: pr.base.sha, headSha: pr.head.sha, fork: headRepo !== (env.GITHUB_REPOSITORY ?? headRepo) };
  } catch {
    return undefined;
  }
}

export interface PullRequestPayload {
  number: number;
  baseSha: string;
  headSha: string;
  /** The head is in another repository: its code was written by someone without write access. */
  fork: boolean;
}

/** Whether this step reviews a pull request's changes: which commits are needed is decided before the settings. */
export function reviewsPullRequest(get: GetInput, env: NodeJS.ProcessEnv): boolean {
  const mode = get('scope').trim().toLowerCase() || 'auto';
  return mode !== 'full' && !get('diff-base').trim() && pullRequestEvent(env) !== undefined;
}

/** auto: the changes of a pull request event, the whole tree otherwise. */
function scopeSetting(get: GetInput, env: NodeJS.ProcessEnv, pullRequest: PullRequestCheckout | undefined): ScopeMode {
  const mode = get('scope').trim().toLowerCase() || 'auto';
  if (!['auto', 'full', 'diff'].includes(mode)) throw new ConfigurationError(`Unrecognized scope input. Provided: ${mode}. Available options: auto,full,diff`);
  const event = pullRequestEvent(env);
  if (mode === 'full' || (mode === 'auto' && !event)) return { mode: 'full' };
  const explicit = get('diff-base').trim();
  if (explicit) return { mode: 'diff', base: explicit };
  if (pullRequest) return { mode: 'diff', base: pullRequest.base, pullRequest };
  if (!event) throw new ConfigurationError('scope: diff needs a base to compare with: set diff-base (a commit, branch or tag), or run on a pull_request event.');
  return { mode: 'diff', base: event.baseSha };
}

function bool(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if (v !== 'true' && v !== 'false') throw new ConfigurationError(`Input ${name} must be true or false. Provided: ${value.trim()}`);
  return v === 'true';
}

/** passes, min-agreement and verification: more than half of the passes must agree unless the verifier confirms. */
function consensus(get: GetInput): Pick<PolicySettings, 'passes' | 'minAgreement' | 'verify' | 'verifyConcurrency' | 'verifyLimit' | 'verifyTimeoutMinutes' | 'verifyDisputed'> {
  const passes = integer('passes', get('passes'), 1, 1, 5);
  return {
    passes,
    minAgreement: integer('min-agreement', get('min-agreement'), Math.floor(passes / 2) + 1, 1, passes),
    verify: bool('verify', get('verify'), true),
    verifyConcurrency: integer('verify-concurrency', get('verify-concurrency'), 4, 1, 16),
    verifyLimit: integer('verify-limit', get('verify-limit'), 50, 0, 1000),
    verifyTimeoutMinutes: integer('verify-timeout-minutes', get('verify-timeout-minutes'), 10, 1, 120),
    verifyDisputed: bool('verify-disputed', get('verify-disputed'), true),
  };
}

/**
 * The repository a scanned directory belongs to: git's top level when it lies within the workspace, so that paths
 * and categories are the same whichever directory the scan started from; else the workspace, or the directory.
 */
export function repositoryRoot(scanRoot: string, workspace: string | undefined): string {
  const top = gitSync(scanRoot, ['rev-parse', '--show-toplevel'])?.trim();
  const real = top ? realpathSync(top) : undefined;
  if (real && (!workspace || within(workspace, real))) return real;
  return workspace ?? scanRoot;
}

/** The `path` input: the directory the scan reviews, the repository it belongs to, the workspace (real paths). */
export function locateScan(get: GetInput, env: NodeJS.ProcessEnv, cwd: string): { workspace: string; scanRoot: string; repoRoot: string } {
  const workspace = realpathSync(env.GITHUB_WORKSPACE?.trim() || cwd);
  const pathInput = get('path').trim() || '.';
  const scanPath = resolve(cwd, pathInput);
  if (!existsSync(scanPath) || !statSync(scanPath).isDirectory()) {
    throw new ConfigurationError(`Input path: ${pathInput} is not a directory (resolved to ${scanPath}). Check out the repository first (actions/checkout).`);
  }
  const scanRoot = realpathSync(scanPath);
  const inside = within(workspace, scanRoot);
  if (!inside && env.GITHUB_WORKSPACE) {
    throw new ConfigurationError(`Input path: ${pathInput} is outside the workspace ${workspace}; findings there cannot be shown on GitHub.`);
  }
  return { workspace, scanRoot, repoRoot: repositoryRoot(scanRoot, inside ? workspace : undefined) };
}

export interface ResolvedSettings {
  settings: ScanSettings;
  /** The model endpoint's key, kept apart from the settings that travel through the scan. */
  apiKey: string;
  /** Things worth a warning that did not stop the scan. */
  notes: string[];
}

/** The model endpoint's key; a fork's pull_request gets no secrets, and is told where the fork recipe is. */
export function requireApiKey(get: GetInput, env: NodeJS.ProcessEnv): string {
  const apiKey = get('api-key').trim();
  if (!apiKey && env.GITHUB_EVENT_NAME === 'pull_request' && pullRequestEvent(env)?.fork) {
    throw new ConfigurationError(
      'Input api-key is empty: this is a pull request from a fork, and GitHub gives such workflows no secrets and a read-only token. To review forks, use the pull_request_target recipe in "Pull requests from forks" in the README.',
    );
  }
  if (!apiKey) {
    throw new ConfigurationError(
      'Input api-key is empty. Pass the model endpoint key from a secret (api-key: ${{ secrets.OPENAI_API_KEY }}). Secrets are not given to workflows triggered from forks.',
    );
  }
  return apiKey;
}

/**
 * Who passes the inputs. The action confines the files it reads and writes (context-file and prompt-file in the
 * repository; output-dir and sarif-file in the workspace or RUNNER_TEMP), since a workflow may build inputs from
 * what a pull request says; the CLI takes paths as the person at the terminal gives them.
 */
export type Caller = 'action' | 'cli';

/** `pullRequest`: what the action made of a pull request's checkout (main prepares it before the settings). */
export function resolveSettings(get: GetInput, env: NodeJS.ProcessEnv, cwd: string, pullRequest?: PullRequestCheckout, caller: Caller = 'action'): ResolvedSettings {
  const notes: string[] = [];
  const apiKey = requireApiKey(get, env);
  const base = baseUrl(get('base-url'));
  if (base.note) notes.push(base.note);

  const { workspace, scanRoot, repoRoot } = locateScan(get, env, cwd);

  // Steering files come from the base the change is measured from (the merge's first parent), which is trusted.
  const pullBase = pullRequest?.base ?? pullRequestEvent(env)?.baseSha;
  const trusted = (name: string, input: string, maxBytes: number) => readTrustedFile({ name, input, repoRoot, cwd, base: pullBase, maxBytes, anywhere: caller === 'cli' });
  const promptText = get('prompt');
  const promptFile = get('prompt-file').trim();
  if (promptText.trim() && promptFile) throw new ConfigurationError('Set either prompt or prompt-file, not both.');
  let prompt: PolicySettings['prompt'] = { source: 'builtin' };
  if (promptText.trim()) prompt = { source: 'input', task: promptText };
  if (promptFile) {
    const file = trusted('prompt-file', promptFile, MAX_PROMPT_FILE_BYTES);
    if (!file.text.trim()) throw new ConfigurationError(`Input prompt-file: ${promptFile} is empty.`);
    prompt = { source: 'file', file: promptFile, task: file.text, origin: file };
  }
  const contextInput = get('context-file').trim();
  const context = contextInput ? trusted('context-file', contextInput, MAX_CONTEXT_FILE_BYTES) : undefined;
  if (context && !context.text.trim()) throw new ConfigurationError(`Input context-file: ${contextInput} is empty.`);

  const failOnRaw = get('fail-on').trim().toLowerCase() || 'high';
  if (failOnRaw !== 'none' && !SEVERITIES.includes(failOnRaw as Severity)) {
    throw new ConfigurationError(`Unrecognized fail-on input. Provided: ${failOnRaw}. Available options: ${[...SEVERITIES, 'none'].join(',')}`);
  }

  const baselineInput = get('baseline-sarif').trim();
  const baselineSarif = baselineInput ? resolve(cwd, baselineInput) : undefined;
  if (baselineSarif && !existsSync(baselineSarif)) {
    throw new ConfigurationError(`Input baseline-sarif: ${baselineInput} does not exist (resolved to ${baselineSarif}). Download the base branch's artifact first, or leave it empty.`);
  }
  const failOnExisting = get('fail-on-existing').trim().toLowerCase();
  if (failOnExisting && failOnExisting !== 'true' && failOnExisting !== 'false') throw new ConfigurationError(`Input fail-on-existing must be true or false. Provided: ${failOnExisting}`);

  const runnerTemp = env.RUNNER_TEMP?.trim() || tmpdir();
  const roots = [{ label: 'the workspace', dir: workspace }, { label: 'RUNNER_TEMP', dir: runnerTemp }];
  const writable = (name: string, fallback: string) => {
    const input = get(name).trim();
    const path = resolve(cwd, input || fallback);
    return input && caller === 'action' ? writablePath(name, input, path, roots) : path;
  };
  const outputDir = writable('output-dir', join(runnerTemp, 'vega-codex'));
  const sarifFile = writable('sarif-file', join(outputDir, 'vega-codex.sarif'));
  const scanLabel = scanPrefix({ repoRoot, scanRoot });
  const shard = parseShard(get('shard'));
  const scope = scopeSetting(get, env, pullRequest);
  const include = patternsInput('include', get('include'));
  const exclude = patternsInput('exclude', get('exclude'));
  const category = sarifCategory({
    explicit: singleLineInput('sarif-category', get('sarif-category')),
    scanLabel,
    shard,
    scope,
    pullRequest: /^pull_request/.test(env.GITHUB_EVENT_NAME ?? ''),
    include,
    exclude,
  });

  const policy: PolicySettings = {
    prompt,
    context,
    ...consensus(get),
    minCoverage: integer('min-coverage', get('min-coverage'), 0, 0, 100),
    maxTokens: integer('max-tokens', get('max-tokens'), 0, 0, 1_000_000_000),
    failOn: failOnRaw as Severity | 'none',
    failOnExisting: failOnExisting === 'true',
    baselineSarif,
  };
  const origin = { repository: env.GITHUB_REPOSITORY ?? 'local', runId: env.GITHUB_RUN_ID ?? 'local', job: env.GITHUB_JOB ?? 'local' };
  return {
    notes,
    apiKey,
    settings: {
      target: { scanRoot, repoRoot, prefix: scanLabel, include, exclude, shard, scope, pullRequest },
      endpoint: {
        baseUrl: base.url,
        model: singleLineInput('model', get('model')) || undefined,
        streamIdleTimeoutMs: integer('stream-idle-timeout-seconds', get('stream-idle-timeout-seconds'), 300, 1, 3600) * 1000,
        maxRetries: integer('max-retries', get('max-retries'), 2, 0, 10),
      },
      runner: {
        ...runner(get, env, cwd),
        codexVersion: get('codex-version').trim() || CODEX_VERSION,
        timeoutMinutes: integer('timeout-minutes', get('timeout-minutes'), 30, 1, 360),
      },
      policy,
      output: { dir: outputDir, sarifFile, sarifCategory: category, tempDir: runnerTemp, origin, actionVersion: ACTION_VERSION },
    },
  };
}
