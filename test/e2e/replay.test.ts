// Re-rendering from a recorded v16-events.jsonl: no model, same findings; and the bundled CLI doing both.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replayScan } from '../../src/scan/pipeline.js';
import { silentLog } from '../../src/util/log.js';
import { startFakeResponses, type FakeResponses } from '../support/fake-responses.ts';
import { CODEX_BIN, EXAMPLE, ROOT, scanWith, settingsFor, TOKEN, type ScanRun } from '../support/harness.ts';
import { sarifProblems } from '../support/sarif-check.ts';
import { reviewScript } from '../support/scripted-review.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function run(cli: string, args: string[], env: NodeJS.ProcessEnv) {
  try {
    const r = await promisify(execFile)(process.execPath, [cli, ...args], { env, encoding: 'utf8' });
    return { status: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { status: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const results = (file: string) => JSON.parse(readFileSync(file, 'utf8')).runs[0].results;

describe('replay', () => {
  it('re-renders the same findings and SARIF results from the events file alone', async () => {
    const run: ScanRun = await scanWith(reviewScript());
    cleanups.push(run.cleanup);
    const dir = mkdtempSync(join(tmpdir(), 'replay-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const replayed = await replayScan(
      settingsFor(dir, 'http://127.0.0.1:9/v1'),
      run.outcome.report.files.events,
      silentLog,
    );
    expect(replayed.report.codex.mode).toBe('replay');
    expect(replayed.report.thread.id).toBe(run.outcome.report.thread.id);
    expect(replayed.findings).toEqual(run.outcome.findings);
    expect(replayed.report.usage).toEqual(run.outcome.report.usage);
    expect(results(replayed.report.files.sarif)).toEqual(results(run.outcome.report.files.sarif));
    expect(sarifProblems(replayed.report.files.sarif, { multitool: false })).toEqual([]);
  });
});

describe('vega-codex CLI (dist/cli/index.js)', () => {
  let server: FakeResponses;
  it('scans a directory and re-renders the recording, with exit codes that follow --fail-on', async () => {
    server = await startFakeResponses({ token: TOKEN, script: reviewScript(), expectOutputSchema: true });
    cleanups.push(() => server.close());
    const out = mkdtempSync(join(tmpdir(), 'cli-'));
    cleanups.push(() => rmSync(out, { recursive: true, force: true }));
    const cli = join(ROOT, 'dist/cli/index.js');
    const env = { ...process.env, VEGA_CODEX_API_KEY: TOKEN, RUNNER_TEMP: out };

    // Asynchronous: the model server lives in this process and must keep answering.
    const scan = await run(
      cli,
      ['scan', EXAMPLE, '--out', join(out, 'scan'), '--base-url', server.url, '--codex-bin', CODEX_BIN],
      env,
    );
    expect(scan.status).toBe(1);
    expect(scan.stdout).toMatch(
      /critical +sql-injection +examples\/vulnerable-app\/src\/db\.js:8 +SQL query built from the id query parameter/,
    );
    expect(scan.stdout).toContain(`SARIF:  ${join(out, 'scan', 'vega-codex.sarif')}`);
    // A directory of a repository: repository paths and the category the action gives it with `path:`.
    const sarif = JSON.parse(readFileSync(join(out, 'scan', 'vega-codex.sarif'), 'utf8'));
    expect(sarif.runs[0].automationDetails.id).toBe('vega-codex/examples/vulnerable-app/');
    expect(
      sarif.runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]!.physicalLocation.artifactLocation.uri,
      ),
    ).toContain('examples/vulnerable-app/src/db.js');
    expect(scan.stdout).toContain(`Events: ${join(out, 'scan', 'v16-events.jsonl')}`);
    expect(scan.stdout + scan.stderr).not.toContain(TOKEN);
    // Codex's homes, with the whole transcript, do not outlive the scan.
    expect(readdirSync(out).filter((f) => f.startsWith('vega-codex-'))).toEqual([]);

    const report = spawnSync(
      process.execPath,
      [
        cli,
        'report',
        '--events',
        join(out, 'scan', 'v16-events.jsonl'),
        '--source',
        EXAMPLE,
        '--out',
        join(out, 'again'),
        '--fail-on',
        'none',
      ],
      {
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
        encoding: 'utf8',
      },
    );
    expect(report.status).toBe(0);
    expect(results(join(out, 'again', 'vega-codex.sarif'))).toEqual(results(join(out, 'scan', 'vega-codex.sarif')));
  });

  it('explains its usage and rejects unknown commands and flags', () => {
    const cli = join(ROOT, 'dist/cli/index.js');
    const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: vega-codex <command> [options]');
    const bad = spawnSync(process.execPath, [cli, 'scna'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Unknown command "scna"');
    const flag = spawnSync(process.execPath, [cli, 'scan', '--frobnicate'], { encoding: 'utf8' });
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--frobnicate'");
    const nokey = spawnSync(process.execPath, [cli, 'scan', EXAMPLE, '--codex-bin', CODEX_BIN], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(nokey.status).toBe(2);
    expect(nokey.stderr).toContain('api-key is empty');
  });
});
