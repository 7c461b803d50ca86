import { describe, expect, it } from 'vitest';
import {
  API_KEY_ENV,
  buildCodexArgs,
  codexEnvironment,
  displayCommand,
  type CodexCommandOptions,
} from '../../src/codex/command.js';
import { LEAN_CONFIRMED_ON, TOOL_OUTPUT_TOKEN_LIMIT } from '../../src/codex/lean.js';
import { CODEX_VERSION } from '../../src/util/version.js';

const base: CodexCommandOptions = {
  workdir: '/repo',
  prompt: 'Review this repository',
  outputSchemaFile: '/tmp/schema.json',
  instructionsFile: '/tmp/reviewer-instructions.md',
  baseUrl: 'https://proxy.example.test/v1',
  sandbox: 'read-only',
  requestMaxRetries: 2,
  streamMaxRetries: 3,
  streamIdleTimeoutMs: 4000,
  projectDirs: ['/repo/app', '/repo'],
};

/** The `-c key=value` overrides as a map. */
function configOf(args: string[]): Map<string, string> {
  const m = new Map<string, string>();
  args.forEach((a, i) => {
    if (args[i - 1] === '-c') {
      const eq = a.indexOf('=');
      m.set(a.slice(0, eq), a.slice(eq + 1));
    }
  });
  return m;
}

describe('buildCodexArgs', () => {
  it('runs codex exec with JSON events, the schema and the reviewed directory', () => {
    const args = buildCodexArgs(base);
    expect(args.slice(0, 3)).toEqual(['exec', '--json', '--skip-git-repo-check']);
    expect(args[args.indexOf('--cd') + 1]).toBe('/repo');
    expect(args[args.indexOf('--output-schema') + 1]).toBe('/tmp/schema.json');
    expect(args[args.indexOf('--sandbox') + 1]).toBe('read-only');
    expect(args).not.toContain('--dangerously-bypass-approvals-and-sandbox');
  });

  it('ends with the prompt after --, so a prompt starting with a dash is not an option', () => {
    const args = buildCodexArgs({ ...base, prompt: '--help me' });
    expect(args.slice(-2)).toEqual(['--', '--help me']);
  });

  it('points a custom provider at base-url with the key taken from the environment', () => {
    const c = configOf(buildCodexArgs(base));
    expect(c.get('model_provider')).toBe('"vega"');
    expect(c.get('model_providers.vega.base_url')).toBe('"https://proxy.example.test/v1"');
    expect(c.get('model_providers.vega.wire_api')).toBe('"responses"');
    expect(c.get('model_providers.vega.env_key')).toBe(`"${API_KEY_ENV}"`);
    expect(c.get('model_providers.vega.supports_websockets')).toBe('false');
    expect(c.get('model_providers.vega.request_max_retries')).toBe('2');
    expect(c.get('model_providers.vega.stream_max_retries')).toBe('3');
    expect(c.get('model_providers.vega.stream_idle_timeout_ms')).toBe('4000');
  });

  it('turns off analytics, plugins and unbounded connection retries', () => {
    const args = buildCodexArgs(base);
    expect(configOf(args).get('analytics.enabled')).toBe('false');
    const disabled = args.flatMap((a, i) => (args[i - 1] === '--disable' ? [a] : []));
    expect(disabled).toEqual(expect.arrayContaining(['unbounded_connection_retries', 'plugins', 'shell_snapshot']));
  });

  it('keeps every secret-looking variable from the commands the model runs', () => {
    const c = configOf(buildCodexArgs(base));
    expect(c.get('shell_environment_policy.inherit')).toBe('"core"');
    expect(c.get('shell_environment_policy.ignore_default_excludes')).toBe('false');
    const excluded = JSON.parse(c.get('shell_environment_policy.exclude')!) as string[];
    expect(excluded).toEqual(
      expect.arrayContaining([API_KEY_ENV, '*KEY*', '*TOKEN*', '*SECRET*', 'ACTIONS_*', 'GITHUB_*']),
    );
  });

  it('escapes a base URL so it stays one TOML string', () => {
    const c = configOf(buildCodexArgs({ ...base, baseUrl: 'http://h/v1?q="x"\\' }));
    expect(JSON.parse(c.get('model_providers.vega.base_url')!)).toBe('http://h/v1?q="x"\\');
  });

  it('passes the model only when one is set', () => {
    expect(buildCodexArgs(base)).not.toContain('--model');
    const args = buildCodexArgs({ ...base, model: 'gpt-test' });
    expect(args[args.indexOf('--model') + 1]).toBe('gpt-test');
  });

  it("bypasses Codex's own sandbox only when the caller isolates it", () => {
    const args = buildCodexArgs({ ...base, sandbox: 'external' });
    expect(args).toContain('--dangerously-bypass-approvals-and-sandbox');
    expect(args).not.toContain('--sandbox');
  });
});

describe('the reviewed tree cannot steer Codex', () => {
  const c = configOf(buildCodexArgs(base));
  const disabled = (args: string[]) => args.flatMap((a, i) => (args[i - 1] === '--disable' ? [a] : []));

  it('reads no AGENTS.md or AGENTS.override.md, nor any fallback name, at any level', () => {
    expect(c.get('project_doc_max_bytes')).toBe('0');
    expect(c.get('project_doc_fallback_filenames')).toBe('[]');
  });

  it('lists no skill of .agents/skills, .codex/skills or ~/.agents/skills to the model', () => {
    expect(c.get('skills.include_instructions')).toBe('false');
    expect(c.get('skills.bundled.enabled')).toBe('false');
  });

  it('pins the reviewed directory and the repository root untrusted, so project config never loads', () => {
    expect(c.get('projects')).toBe('{"/repo/app"={trust_level="untrusted"},"/repo"={trust_level="untrusted"}}');
    expect(configOf(buildCodexArgs({ ...base, projectDirs: ['/workspace', '/workspace'] })).get('projects')).toBe(
      '{"/workspace"={trust_level="untrusted"}}',
    );
  });

  it('never passes --trust', () => {
    expect(buildCodexArgs(base).filter((a) => /^--trust/.test(a))).toEqual([]);
    expect(buildCodexArgs({ ...base, sandbox: 'external' }).filter((a) => /^--trust/.test(a))).toEqual([]);
  });

  it('runs no notify program and no hook', () => {
    expect(c.get('notify')).toBe('[]');
    expect(disabled(buildCodexArgs(base))).toContain('hooks');
  });

  it('quotes a project directory as a TOML key', () => {
    const dir = '/w/a "b".c';
    expect(configOf(buildCodexArgs({ ...base, projectDirs: [dir] })).get('projects')).toBe(
      `{${JSON.stringify(dir)}={trust_level="untrusted"}}`,
    );
  });
});

describe('a lean thread: only what a read-only review uses', () => {
  const direct = buildCodexArgs(base);
  const container = buildCodexArgs({
    ...base,
    sandbox: 'external',
    instructionsFile: '/vega/reviewer-instructions.md',
  });
  const disabled = (args: string[]) => args.flatMap((a, i) => (args[i - 1] === '--disable' ? [a] : []));

  it("replaces Codex's base instructions with the reviewer's file, in both modes", () => {
    expect(configOf(direct).get('model_instructions_file')).toBe('"/tmp/reviewer-instructions.md"');
    expect(configOf(container).get('model_instructions_file')).toBe('"/vega/reviewer-instructions.md"');
  });

  it.each([
    ['direct', direct],
    ['container', container],
  ])('offers no sub-agents, goals, questions to a user, sleep, images or terminal (%s)', (_, args) => {
    const c = configOf(args);
    expect(c.get('agents.enabled')).toBe('false');
    expect(c.get('tools.experimental_request_user_input')).toBe('{enabled=false}');
    expect(c.get('include_collaboration_mode_instructions')).toBe('false');
    expect(disabled(args)).toEqual(expect.arrayContaining(['goals', 'sleep_tool', 'view_image', 'unified_exec_tty']));
  });

  it.each([
    ['direct', direct],
    ['container', container],
  ])('bounds what one tool output leaves in the history (%s)', (_, args) => {
    expect(configOf(args).get('tool_output_token_limit')).toBe(String(TOOL_OUTPUT_TOKEN_LIMIT));
    expect(TOOL_OUTPUT_TOKEN_LIMIT).toBeLessThan(10_000); // Codex's own default
  });

  it('was confirmed on the pinned Codex: re-measure (test/e2e/lean-threads.test.ts) when codex-version changes', () => {
    expect(CODEX_VERSION).toBe(LEAN_CONFIRMED_ON);
  });
});

describe('codexEnvironment', () => {
  const host = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    HTTPS_PROXY: 'http://proxy:3128',
    GITHUB_TOKEN: 'ghs_secret',
    ACTIONS_RUNTIME_TOKEN: 'jwt',
    INPUT_API_KEY: 'sk-live',
    SOMETHING_ELSE: 'x',
  };

  it("gives Codex its home, the key and a few host variables, and nothing of the runner's tokens", () => {
    const env = codexEnvironment(host, { codexHome: '/tmp/scan/codex', home: '/tmp/scan/home' }, 'sk-scan');
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/tmp/scan/home',
      HTTPS_PROXY: 'http://proxy:3128',
      CODEX_HOME: '/tmp/scan/codex',
      [API_KEY_ENV]: 'sk-scan',
    });
  });

  it("gives Codex a TMPDIR of its own when one is given, instead of the runner's", () => {
    const env = codexEnvironment(
      { ...host, TMPDIR: '/tmp' },
      { codexHome: '/s/codex', home: '/s/home', tmp: '/s/tmp' },
      'sk-scan',
    );
    expect(env.TMPDIR).toBe('/s/tmp');
  });

  it('never puts the key in the command line', () => {
    const env = codexEnvironment(host, { codexHome: '/tmp/scan/codex', home: '/tmp/scan/home' }, 'sk-scan-abcdef');
    const args = buildCodexArgs(base);
    expect(args.join(' ')).not.toContain('sk-scan-abcdef');
    expect(env[API_KEY_ENV]).toBe('sk-scan-abcdef');
  });
});

describe('displayCommand', () => {
  it('quotes arguments for a shell and shortens a long prompt', () => {
    const shown = displayCommand('codex', ['exec', '-c', 'a="b c"', '--', 'x'.repeat(500)]);
    expect(shown).toBe(`codex exec -c 'a="b c"' -- '<prompt: 500 chars>'`);
  });
});
