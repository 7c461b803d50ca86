// The post step runs under GitHub's local-action, which runs an entrypoint's `run()` from source with its own
// stand-ins for the toolkit: state saved by the main entrypoint reaches `--post src/post.ts`, which removes the scan's
// scratch directory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('local-action', () => {
  it('runs src/post.ts as the post step', () => {
    dir = mkdtempSync(join(tmpdir(), 'local-action-'));
    const scratch = join(dir, 'vega-codex-scan');
    mkdirSync(join(scratch, 'codex-home'), { recursive: true });
    writeFileSync(join(scratch, 'codex-home', 'history.jsonl'), '{}\n');
    const env = join(dir, '.env');
    writeFileSync(env, `VEGA_TEST_SCRATCH=${scratch}\n`);
    const r = spawnSync(
      join(ROOT, 'node_modules/.bin/local-action'),
      ['run', ROOT, 'test/support/local-action-main.ts', env, '--post', 'src/post.ts'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        // It starts tsx through `npm exec`: the project's own Node and tsx, never a download.
        env: {
          ...process.env,
          PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env.PATH}`,
          npm_config_offline: 'true',
          NO_COLOR: '1',
        },
        timeout: 60_000,
      },
    );
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('Running Post Step');
    // The state went through local-action's stand-in for @actions/core, not through workflow commands.
    expect(r.stdout).not.toContain('::save-state');
    expect(existsSync(scratch)).toBe(false);
  });
});
