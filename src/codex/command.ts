// The `codex exec` command line, as a pure function of the scan's settings. The API key never appears here: Codex
// reads it from the environment variable the provider names, and the shell policy keeps it from every command the
// model runs.
export const API_KEY_ENV = 'VEGA_CODEX_API_KEY';
export const PROVIDER_ID = 'vega';

export interface CodexCommandOptions {
  /** Directory Codex reviews (its working directory). */
  workdir: string;
  prompt: string;
  outputSchemaFile: string;
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
}

/** A TOML basic string; JSON string escapes are valid TOML. */
function toml(value: string): string {
  return JSON.stringify(value);
}

/** Variable names whose values commands run by the model must never see. */
export const SECRET_ENV_PATTERNS = [`${API_KEY_ENV}`, 'VEGA_*', '*KEY*', '*TOKEN*', '*SECRET*', '*PASSWORD*', '*CREDENTIAL*', 'ACTIONS_*', 'GITHUB_*'];

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
  const args = ['exec', '--json', '--skip-git-repo-check', '--cd', o.workdir, '--output-schema', o.outputSchemaFile];
  if (o.sandbox === 'read-only') args.push('--sandbox', 'read-only');
  else args.push('--dangerously-bypass-approvals-and-sandbox');
  if (o.model) args.push('--model', o.model);
  for (const [key, value] of Object.entries(config)) args.push('-c', `${key}=${value}`);
  // Without this Codex retries a refused connection forever.
  args.push('--disable', 'unbounded_connection_retries', '--disable', 'plugins');
  // `--` so a prompt that starts with a dash is not read as an option.
  args.push('--', o.prompt);
  return args;
}

/** Variables passed through to Codex itself, beyond which it gets nothing of the action's environment. */
const PASS_THROUGH = ['PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'TMPDIR', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy', 'RUST_LOG'];

/**
 * Codex's environment: a few host variables, its home and the key. Tokens of the runner (ACTIONS_RUNTIME_TOKEN,
 * GITHUB_TOKEN, …) are not passed at all, so neither Codex nor anything it starts can read them.
 */
export function codexEnvironment(host: NodeJS.ProcessEnv, codexHome: string, apiKey: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of PASS_THROUGH) {
    const v = host[name];
    if (v !== undefined) env[name] = v;
  }
  env.CODEX_HOME = codexHome;
  env[API_KEY_ENV] = apiKey;
  return env;
}

/** The command line for logs and the report. Contains no secret by construction; the prompt is shortened. */
export function displayCommand(command: string, args: readonly string[]): string {
  const shown = args.map((a, i) => (i === args.length - 1 && args[i - 1] === '--' && a.length > 80 ? `<prompt: ${a.length} chars>` : a));
  return [command, ...shown].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
