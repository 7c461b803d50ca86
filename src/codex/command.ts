// The `codex exec` command line, as a pure function of the scan's settings. The API key never appears here: Codex
// reads it from the environment variable the provider names, and the shell policy keeps it from every command the
// model runs.
import { leanThread } from './lean.js';

export const API_KEY_ENV = 'VEGA_CODEX_API_KEY';
export const PROVIDER_ID = 'vega';

export interface CodexCommandOptions {
  /** Directory Codex reviews (its working directory). */
  workdir: string;
  prompt: string;
  outputSchemaFile: string;
  /** REVIEWER_INSTRUCTIONS in a file Codex can read: they replace Codex's own base instructions. */
  instructionsFile: string;
  /** OpenAI-compatible base URL ending in /v1 (Codex appends /responses). */
  baseUrl: string;
  model?: string;
  /**
   * `read-only`: Codex's own sandbox confines the commands it runs (direct mode).
   * `external`: the caller already isolates Codex (container mode), where Codex's bubblewrap sandbox cannot start.
   */
  sandbox: 'read-only' | 'external';
  requestMaxRetries: number;
  streamMaxRetries: number;
  streamIdleTimeoutMs: number;
  /** Directories Codex may treat as the project (the reviewed one and the repository root): pinned untrusted. */
  projectDirs: readonly string[];
}

/** A TOML basic string; JSON string escapes are valid TOML. */
function toml(value: string): string {
  return JSON.stringify(value);
}

/** Variable names whose values commands run by the model must never see. */
export const SECRET_ENV_PATTERNS = [
  `${API_KEY_ENV}`,
  'VEGA_*',
  '*KEY*',
  '*TOKEN*',
  '*SECRET*',
  '*PASSWORD*',
  '*CREDENTIAL*',
  'ACTIONS_*',
  'GITHUB_*',
];

/**
 * What the reviewed tree must not do to the reviewer: a pull request writes these files, so nothing in them may
 * reach the model as instructions or run a command (codex-cli.md §9, measured with 0.169.0). test/e2e/hostile-pr.test.ts
 * proves the whole set and shows each setting stopping its part of the attack where this version lets that be seen.
 */
export function repositoryIsolation(projectDirs: readonly string[]): {
  config: Record<string, string>;
  disable: string[];
} {
  const untrusted = [...new Set(projectDirs)].map((d) => `${toml(d)}={trust_level="untrusted"}`).join(',');
  return {
    config: {
      // AGENTS.md and AGENTS.override.md, at the root and in every directory down to the reviewed one.
      project_doc_max_bytes: '0',
      project_doc_fallback_filenames: '[]',
      // The list of skills (.agents/skills, .codex/skills, ~/.agents/skills) whose descriptions would be instructions.
      'skills.include_instructions': 'false',
      // Nor the system skills Codex would install into its home for each thread.
      'skills.bundled.enabled': 'false',
      // Project config (.codex/config.toml: instructions, notify, MCP servers, hooks, another provider, a shell policy)
      // loads only for a trusted project; pinned, so that neither a default nor a runner's own config can trust it.
      projects: `{${untrusted}}`,
      notify: '[]',
    },
    // Hooks (.codex/hooks.json, skill frontmatter) never run, trusted or not.
    disable: ['hooks'],
  };
}

export function buildCodexArgs(o: CodexCommandOptions): string[] {
  const provider = `model_providers.${PROVIDER_ID}`;
  const config: Record<string, string> = {
    model_provider: toml(PROVIDER_ID),
    [`${provider}.name`]: toml('vega-codex-action'),
    [`${provider}.base_url`]: toml(o.baseUrl),
    [`${provider}.wire_api`]: toml('responses'),
    [`${provider}.env_key`]: toml(API_KEY_ENV),
    // Built-in providers ignore this; ours is custom, so Codex makes one POST per request and no WebSocket attempts.
    [`${provider}.supports_websockets`]: 'false',
    [`${provider}.request_max_retries`]: String(o.requestMaxRetries),
    [`${provider}.stream_max_retries`]: String(o.streamMaxRetries),
    [`${provider}.stream_idle_timeout_ms`]: String(o.streamIdleTimeoutMs),
    'analytics.enabled': 'false',
    // Commands the model runs get only the core variables (HOME, PATH, …) and never anything secret-looking.
    'shell_environment_policy.inherit': toml('core'),
    'shell_environment_policy.ignore_default_excludes': 'false',
    'shell_environment_policy.exclude': `[${SECRET_ENV_PATTERNS.map(toml).join(',')}]`,
  };
  const isolation = repositoryIsolation(o.projectDirs);
  const lean = leanThread(o.instructionsFile);
  Object.assign(config, isolation.config, lean.config);
  const args = ['exec', '--json', '--skip-git-repo-check', '--cd', o.workdir, '--output-schema', o.outputSchemaFile];
  if (o.sandbox === 'read-only') args.push('--sandbox', 'read-only');
  else args.push('--dangerously-bypass-approvals-and-sandbox');
  if (o.model) args.push('--model', o.model);
  for (const [key, value] of Object.entries(config)) args.push('-c', `${key}=${value}`);
  // Without this Codex retries a refused connection forever.
  // Shell snapshots would write every exported variable of Codex's shell to its home.
  args.push('--disable', 'unbounded_connection_retries', '--disable', 'plugins', '--disable', 'shell_snapshot');
  for (const feature of [...isolation.disable, ...lean.disable]) args.push('--disable', feature);
  // `--` so a prompt that starts with a dash is not read as an option.
  args.push('--', o.prompt);
  return args;
}

/** Variables passed through to Codex itself, beyond which it gets nothing of the action's environment. */
const PASS_THROUGH = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TZ',
  'TMPDIR',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'HTTPS_PROXY',
  'HTTP_PROXY',
  'NO_PROXY',
  'https_proxy',
  'http_proxy',
  'no_proxy',
  'RUST_LOG',
];

/**
 * Codex's environment: a few host variables, its homes and the key. Tokens of the runner (ACTIONS_RUNTIME_TOKEN,
 * GITHUB_TOKEN, …) are not passed at all, so neither Codex nor anything it starts can read them. HOME is the scan's
 * own empty directory: a self-hosted runner's ~/.codex and ~/.agents/skills never reach the review. TMPDIR, when
 * given, is the thread's own too: what Codex leaves there (its sandbox's mount targets) goes with the scratch space
 * instead of piling up in the runner's system temp directory.
 */
export function codexEnvironment(
  host: NodeJS.ProcessEnv,
  homes: { codexHome: string; home: string; tmp?: string },
  apiKey: string,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of PASS_THROUGH) {
    const v = host[name];
    if (v !== undefined) env[name] = v;
  }
  env.HOME = homes.home;
  env.CODEX_HOME = homes.codexHome;
  if (homes.tmp) env.TMPDIR = homes.tmp;
  env[API_KEY_ENV] = apiKey;
  return env;
}

/** The command line for logs and the report. Contains no secret by construction; the prompt is shortened. */
export function displayCommand(command: string, args: readonly string[]): string {
  const shown = args.map((a, i) =>
    i === args.length - 1 && args[i - 1] === '--' && a.length > 80 ? `<prompt: ${a.length} chars>` : a,
  );
  return [command, ...shown].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
