// Asks the configured Codex binary for its version before the scan, so a wrong path or a broken wrapper fails with
// the seed's "Codex fails to start" checklist instead of an empty event stream.
import { execFile } from 'node:child_process';
import { accessSync, constants, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
          e.code === 'ENOENT'
            ? 'no such file or command'
            : e.code === 'EACCES'
              ? 'not executable'
              : e.killed
                ? `no answer to --version within ${timeoutMs / 1000} s`
                : `exited with ${String(e.code)}: ${String(stderr).trim().split('\n').slice(-3).join(' | ')}`;
        resolve({ ok: false, version: null, error: why });
        return;
      }
      const m = /(\d+\.\d+\.\d+(?:-[\w.]+)?)/.exec(String(stdout));
      resolve({ ok: true, version: m ? m[1]! : null });
    });
  });
}

/**
 * The version of an npm-installed Codex read from its package.json, without starting it: its Node launcher alone
 * takes about 0.2 s. Undefined for anything else (a native binary, a wrapper of one's own), which is probed.
 */
export function packagedCodexVersion(bin: string): string | undefined {
  if (!bin.includes('/')) return undefined;
  try {
    const real = realpathSync(bin);
    accessSync(real, constants.X_OK);
    for (let dir = dirname(real), i = 0; i < 3; i++, dir = dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
          name?: string;
          version?: string;
          bin?: unknown;
        };
        if (pkg.name === '@openai/codex' && typeof pkg.version === 'string') return pkg.version;
        if (pkg.name) return undefined;
      } catch {
        // No package.json at this level.
      }
    }
  } catch {
    // Missing or not executable: the probe says which.
  }
  return undefined;
}
