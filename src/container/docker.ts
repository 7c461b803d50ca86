// The docker CLI as a child process: every call bounded in time, output captured, never a shell.
import { execFile } from 'node:child_process';

export interface DockerResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function docker(
  args: string[],
  opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<DockerResult> {
  return new Promise((resolve) => {
    execFile(
      'docker',
      args,
      { timeout: opts.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024, env: opts.env ?? process.env },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: number | string }) | null;
        const code = e ? (typeof e.code === 'number' ? e.code : e.code === 'ENOENT' ? 127 : 1) : 0;
        resolve({
          code,
          stdout: String(stdout),
          stderr: e && e.code === 'ENOENT' ? 'docker: command not found' : String(stderr),
        });
      },
    );
  });
}

/** The last few non-empty lines of a command's stderr, for an error message. */
export function tail(text: string, n = 3): string {
  return text
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .slice(-n)
    .join(' | ');
}
