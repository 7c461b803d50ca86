// Reads and validates every option once, into ScanSettings. The action feeds it `core.getInput`; the CLI feeds it
// its flags under the same names, so both fail the same way on the same mistake. Defaults, ranges and choices are
// the input table's (input-table.ts), read through the readers of input-values.ts.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_LIMITS } from '../container/docker-run.js';
import { formatImageRef, parseImageRef } from '../container/image-ref.js';
// The runner image published with this version; a release writes the digest it pushed (scripts/release/pin-image.ts).
import published from '../container/published-image.json' with { type: 'json' };
import { ConfigurationError } from '../util/errors.js';
import { gitSync } from '../git/run.js';
import { parseShard } from '../scope/shard.js';
import { sarifCategory } from '../sarif/category.js';
import { readTrustedFile, type TrustedFile } from './trusted-file.js';
import { bool, choice, integer, line, patterns, text, writablePath, type GetInput } from './input-values.js';
import type { InputName } from './input-table.js';
import { readWorkflowEvent, type WorkflowEvent } from './event.js';
import type {
  EndpointSettings,
  LaunchSettings,
  OutputSettings,
  PolicySettings,
  RunnerSettings,
  ScanSettings,
} from './settings.js';
import type { PullRequestCheckout } from '../scope/pull-request.js';
import type { ScanTarget, ScopeMode } from '../scope/target.js';
import { ACTION_VERSION, CODEX_VERSION } from '../util/version.js';
import { scanPrefix, within } from '../util/paths.js';

export type { GetInput } from './input-values.js';

/** The trusted context goes into every prompt; a threat model fits in this, a copy of the wiki does not. */
export const MAX_CONTEXT_FILE_BYTES = 32 * 1024;
export const MAX_PROMPT_FILE_BYTES = 64 * 1024;

function baseUrl(raw: string): { url: string; note?: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(
      `Input base-url is not a URL: ${raw}. ` +
        'Use the API root of an OpenAI-compatible endpoint, e.g. https://api.openai.com/v1',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(
      `Input base-url must use https (or http for a local proxy). Provided scheme: ${url.protocol}`,
    );
  }
  if (url.username || url.password) {
    throw new ConfigurationError(
      'Input base-url must not contain credentials: ' +
        "pass the token in api-key, which is kept out of logs and of Codex's reach.",
    );
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
export const DEFAULT_IMAGE = formatImageRef({
  name: published.name,
  tag: published.tag,
  ...(published.digest ? { digest: published.digest as string } : {}),
});

function imageInput(ref: string): string {
  if (!ref) return DEFAULT_IMAGE;
  if (!parseImageRef(ref)) {
    throw new ConfigurationError(
      `Input image is not an image reference: ${ref}. ` +
        'Use NAME[:TAG][@sha256:DIGEST], e.g. ghcr.io/org/vega-codex-runner:1.2.0@sha256:…',
    );
  }
  return ref;
}

/** Whether this step reviews a pull request's changes: which commits are needed is decided before the settings. */
export function reviewsPullRequest(get: GetInput, event: WorkflowEvent): boolean {
  return choice(get, 'scope') !== 'full' && !text(get, 'diff-base') && event.pullRequest !== undefined;
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

export interface ScanLocation {
  workspace: string;
  scanRoot: string;
  repoRoot: string;
}

/** The `path` input: the directory the scan reviews, the repository it belongs to, the workspace (real paths). */
export function locateScan(get: GetInput, env: NodeJS.ProcessEnv, cwd: string): ScanLocation {
  const workspace = realpathSync(env.GITHUB_WORKSPACE?.trim() || cwd);
  const pathInput = text(get, 'path');
  const scanPath = resolve(cwd, pathInput);
  if (!existsSync(scanPath) || !statSync(scanPath).isDirectory()) {
    throw new ConfigurationError(
      `Input path: ${pathInput} is not a directory (resolved to ${scanPath}). ` +
        'Check out the repository first (actions/checkout).',
    );
  }
  const scanRoot = realpathSync(scanPath);
  const inside = within(workspace, scanRoot);
  if (!inside && env.GITHUB_WORKSPACE) {
    throw new ConfigurationError(
      `Input path: ${pathInput} is outside the workspace ${workspace}; findings there cannot be shown on GitHub.`,
    );
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
export function requireApiKey(get: GetInput, event: WorkflowEvent): string {
  const apiKey = get('api-key').trim();
  if (!apiKey && event.name === 'pull_request' && event.pullRequest?.fork) {
    throw new ConfigurationError(
      'Input api-key is empty: this is a pull request from a fork, and GitHub gives such workflows no secrets and ' +
        'a read-only token. To review forks, use the pull_request_target recipe in "Pull requests from forks" in ' +
        'the README.',
    );
  }
  if (!apiKey) {
    throw new ConfigurationError(
      'Input api-key is empty. Pass the model endpoint key from a secret ' +
        '(api-key: ${{ secrets.OPENAI_API_KEY }}). Secrets are not given to workflows triggered from forks.',
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

export interface ResolveOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** What the action made of a pull request's checkout (main prepares it before the settings). */
  pullRequest?: PullRequestCheckout;
  /** 'action' unless said otherwise. */
  caller?: Caller;
  /** The workflow's event, and where the scan is, when the caller has read them already. */
  event?: WorkflowEvent;
  location?: ScanLocation;
}

/** One resolution under way: the inputs, where they come from, and where the scan is. */
interface Resolving extends ResolveOptions, ScanLocation {
  get: GetInput;
  event: WorkflowEvent;
  caller: Caller;
}

export function resolveSettings(get: GetInput, options: ResolveOptions): ResolvedSettings {
  const event = options.event ?? readWorkflowEvent(options.env);
  const apiKey = requireApiKey(get, event);
  const { endpoint, note } = endpointSettings(get);
  const c: Resolving = {
    ...options,
    ...(options.location ?? locateScan(get, options.env, options.cwd)),
    get,
    event,
    caller: options.caller ?? 'action',
  };
  const policy = policySettings(c);
  const target = targetSettings(c);
  const output = outputSettings(c, target);
  const runner = runnerSettings(c);
  return { notes: note ? [note] : [], apiKey, settings: { target, endpoint, runner, policy, output } };
}

function endpointSettings(get: GetInput): { endpoint: EndpointSettings; note?: string } {
  const base = baseUrl(text(get, 'base-url'));
  const endpoint = {
    baseUrl: base.url,
    model: line(get, 'model') || undefined,
    streamIdleTimeoutMs: integer(get, 'stream-idle-timeout-seconds') * 1000,
    maxRetries: integer(get, 'max-retries'),
  };
  return { endpoint, note: base.note };
}

function targetSettings(c: Resolving): ScanTarget {
  const { scanRoot, repoRoot, pullRequest } = c;
  return {
    scanRoot,
    repoRoot,
    prefix: scanPrefix({ repoRoot, scanRoot }),
    include: patterns(c.get, 'include'),
    exclude: patterns(c.get, 'exclude'),
    shard: parseShard(text(c.get, 'shard')),
    scope: scopeSetting(c),
    incremental: bool(c.get, 'incremental'),
    pullRequest,
  };
}

/** auto: the changes of a pull request event, the whole tree otherwise. */
function scopeSetting(c: Resolving): ScopeMode {
  const mode = choice(c.get, 'scope');
  const event = c.event.pullRequest;
  if (mode === 'full' || (mode === 'auto' && !event)) return { mode: 'full' };
  const explicit = text(c.get, 'diff-base');
  if (explicit) return { mode: 'diff', base: explicit };
  if (c.pullRequest) return { mode: 'diff', base: c.pullRequest.base, pullRequest: c.pullRequest };
  if (!event) {
    throw new ConfigurationError(
      'scope: diff needs a base to compare with: set diff-base (a commit, branch or tag), ' +
        'or run on a pull_request event.',
    );
  }
  return { mode: 'diff', base: event.baseSha };
}

function policySettings(c: Resolving): PolicySettings {
  const baselineSarif = baseline(c);
  return {
    ...steering(c),
    ...consensus(c.get),
    minCoverage: integer(c.get, 'min-coverage'),
    maxTokens: integer(c.get, 'max-tokens'),
    failOn: choice(c.get, 'fail-on'),
    failOnExisting: bool(c.get, 'fail-on-existing'),
    baselineSarif,
  };
}

/** A steering file, read as trusted (trusted-file.ts); on a pull request, from the base its change is measured from. */
function trusted(c: Resolving, name: 'prompt-file' | 'context-file', maxBytes: number): TrustedFile {
  const base = c.pullRequest?.base ?? c.event.pullRequest?.baseSha;
  const { repoRoot, cwd } = c;
  return readTrustedFile({
    name,
    input: text(c.get, name),
    repoRoot,
    cwd,
    base,
    maxBytes,
    anywhere: c.caller === 'cli',
  });
}

/** The review task (prompt or prompt-file, or the built-in one) and the trusted context. */
function steering(c: Resolving): Pick<PolicySettings, 'prompt' | 'context'> {
  const task = c.get('prompt');
  const promptFile = text(c.get, 'prompt-file');
  if (task.trim() && promptFile) throw new ConfigurationError('Set either prompt or prompt-file, not both.');
  let prompt: PolicySettings['prompt'] = task.trim() ? { source: 'input', task } : { source: 'builtin' };
  if (promptFile) {
    const file = trusted(c, 'prompt-file', MAX_PROMPT_FILE_BYTES);
    if (!file.text.trim()) throw new ConfigurationError(`Input prompt-file: ${promptFile} is empty.`);
    prompt = { source: 'file', file: promptFile, task: file.text, origin: file };
  }
  const contextFile = text(c.get, 'context-file');
  const context = contextFile ? trusted(c, 'context-file', MAX_CONTEXT_FILE_BYTES) : undefined;
  if (context && !context.text.trim()) throw new ConfigurationError(`Input context-file: ${contextFile} is empty.`);
  return { prompt, context };
}

type Consensus = 'passes' | 'minAgreement' | 'verify' | 'verifyConcurrency' | 'verifyLimit' | 'verifyTimeoutMinutes';

/** passes, min-agreement and verification: more than half of the passes must agree unless the verifier confirms. */
function consensus(get: GetInput): Pick<PolicySettings, Consensus | 'verifyDisputed'> {
  const passes = integer(get, 'passes');
  return {
    passes,
    minAgreement: integer(get, 'min-agreement', passes) ?? Math.floor(passes / 2) + 1,
    verify: bool(get, 'verify'),
    verifyConcurrency: integer(get, 'verify-concurrency'),
    verifyLimit: integer(get, 'verify-limit'),
    verifyTimeoutMinutes: integer(get, 'verify-timeout-minutes'),
    verifyDisputed: bool(get, 'verify-disputed'),
  };
}

function baseline(c: Resolving): string | undefined {
  const input = text(c.get, 'baseline-sarif');
  const file = input ? resolve(c.cwd, input) : undefined;
  if (file && !existsSync(file)) {
    throw new ConfigurationError(
      `Input baseline-sarif: ${input} does not exist (resolved to ${file}). ` +
        "Download the base branch's artifact first, or leave it empty.",
    );
  }
  return file;
}

function outputSettings(c: Resolving, target: ScanTarget): OutputSettings {
  const tempDir = c.env.RUNNER_TEMP?.trim() || tmpdir();
  const roots = [
    { label: 'the workspace', dir: c.workspace },
    { label: 'RUNNER_TEMP', dir: tempDir },
  ];
  const writable = (name: InputName, fallback: string) => {
    const input = text(c.get, name);
    const path = resolve(c.cwd, input || fallback);
    return input && c.caller === 'action' ? writablePath(name, input, path, roots) : path;
  };
  const dir = writable('output-dir', join(tempDir, 'vega-codex'));
  const sarifFile = writable('sarif-file', join(dir, 'vega-codex.sarif'));
  const { prefix: scanLabel, shard, scope, include, exclude } = target;
  const pullRequest = /^pull_request/.test(c.event.name);
  const explicit = line(c.get, 'sarif-category');
  const category = sarifCategory({ explicit, scanLabel, shard, scope, pullRequest, include, exclude });
  const { GITHUB_REPOSITORY: repository = 'local', GITHUB_RUN_ID: runId = 'local', GITHUB_JOB: job = 'local' } = c.env;
  const origin = { repository, runId, job };
  return { dir, sarifFile, sarifCategory: category, tempDir, origin, actionVersion: ACTION_VERSION };
}

function runnerSettings(c: Resolving): RunnerSettings {
  return {
    ...launchSettings(c),
    codexVersion: text(c.get, 'codex-version') || CODEX_VERSION,
    timeoutMinutes: integer(c.get, 'timeout-minutes'),
  };
}

/** codex-bin or VEGA_V16_CODEX_BIN runs that binary directly; otherwise Codex runs in the sandbox container. */
function launchSettings(c: Resolving): LaunchSettings {
  const fromInput = text(c.get, 'codex-bin');
  const fromEnv = (c.env.VEGA_V16_CODEX_BIN ?? '').trim();
  const source = fromInput ? 'codex-bin' : fromEnv ? 'VEGA_V16_CODEX_BIN' : undefined;
  if (!source) return containerSettings(c);
  if (c.event.pullRequest?.fork) {
    throw new ConfigurationError(
      `${source} runs Codex directly on the runner, and this is a pull request from a fork: the code under review ` +
        "would steer a process next to the job's token and secrets. Review forks in container mode (leave " +
        `${source} unset); see "Pull requests from forks" in the README.`,
    );
  }
  const bin = fromInput || fromEnv;
  // A bare name is looked up on PATH; anything with a slash is a path relative to the workspace.
  return { mode: 'direct', bin: bin.includes('/') ? resolve(c.cwd, bin) : bin, source };
}

function containerSettings(c: Resolving): LaunchSettings {
  const caInput = text(c.get, 'extra-ca-certificates');
  const extraCaFile = caInput ? resolve(c.cwd, caInput) : undefined;
  if (extraCaFile && !existsSync(extraCaFile)) {
    throw new ConfigurationError(
      `Input extra-ca-certificates: ${caInput} does not exist (resolved to ${extraCaFile}).`,
    );
  }
  return {
    mode: 'container',
    image: imageInput(text(c.get, 'image')),
    policy: choice(c.get, 'image-policy'),
    network: choice(c.get, 'network'),
    extraCaFile,
    limits: DEFAULT_LIMITS,
  };
}
