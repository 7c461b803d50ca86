// git as a subprocess: argv only (never a shell), names printed as stored (core.quotePath=false), no pager, no
// external diff driver, and the caller's environment plus any config given through GIT_CONFIG_* variables, so that
// a token never appears in argv.
import { execFile, execFileSync } from 'node:child_process';

const BASE = ['-c', 'core.quotePath=false', '--no-pager'];
const MAX_BUFFER = 1024 * 1024 * 1024;

export interface GitOptions {
  /** Extra configuration, passed in the environment (GIT_CONFIG_COUNT), never on the command line. */
  config?: Record<string, string>;
  timeoutMs?: number;
}

function environment(config: Record<string, string> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
  if (!config) return env;
  const entries = Object.entries(config);
  env.GIT_CONFIG_COUNT = String(entries.length);
  entries.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return env;
}

export function git(cwd: string, args: readonly string[], o: GitOptions = {}): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      'git',
      ['-C', cwd, ...BASE, ...args],
      { maxBuffer: MAX_BUFFER, env: environment(o.config), timeout: o.timeoutMs },
      (err, stdout, stderr) => (err ? reject(new Error(String(stderr).trim() || err.message)) : resolve(stdout)),
    ),
  );
}

/** Synchronous, for settings that are resolved before anything runs; undefined when git fails. */
export function gitSync(cwd: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', cwd, ...BASE, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: MAX_BUFFER,
      env: environment(undefined),
    });
  } catch {
    return undefined;
  }
}
