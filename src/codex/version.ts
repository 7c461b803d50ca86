// Asks the configured Codex binary for its version before the scan, so a wrong path or a broken wrapper fails with
// the seed's "Codex fails to start" checklist instead of an empty event stream.
import { execFile } from 'node:child_process';

export interface VersionProbe {
  ok: boolean;
  version: string | null;
  /** What went wrong, when not ok. */
  error?: string;
}

export function probeCodexVersion(bin: string, env: Record<string, string>, timeoutMs = 60_000): Promise<VersionProbe> {
  return new Promise((resolve) => {
    execFile(bin, ['--version'], { env, timeout: timeoutMs, maxBuffer: 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        const e = err as NodeJS.ErrnoException & { killed?: boolean };
        const why =
          e.code === 'ENOENT' ? 'no such file or command'
          : e.code === 'EACCES' ? 'not executable'
          : e.killed ? `no answer to --version within ${timeoutMs / 1000} s`
          : `exited with ${String(e.code)}: ${String(stderr).trim().split('\n').slice(-3).join(' | ')}`;
        resolve({ ok: false, version: null, error: why });
        return;
      }
      const m = /(\d+\.\d+\.\d+(?:-[\w.]+)?)/.exec(String(stdout));
      resolve({ ok: true, version: m ? m[1]! : null });
    });
  });
}
