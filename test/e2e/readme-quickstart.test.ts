// The quick start as a newcomer runs it: every command of the README's "Try it on a fresh machine" section (but the
// test suite itself), in the repository, with its output checked. And the CLI's help texts, which users read.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/harness.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Try it on a fresh machine'), readme.indexOf('## Use it in a workflow'));
const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => m[1]!.split('\n'))
  .map((l) => l.replace(/\s+#.*$/, '').trim())
  .filter(Boolean);
const hadResults = existsSync(join(ROOT, 'demo-results'));
afterAll(() => {
  if (!hadResults) rmSync(join(ROOT, 'demo-results'), { recursive: true, force: true });
});

describe('README quick start', () => {
  it('names the demo, the test suite and the replay', () => {
    expect(commands).toEqual([
      'npm run demo',
      'npm test',
      'node dist/cli/index.js report --events demo-results/v16-events.jsonl --source examples/vulnerable-app --out demo-results/replay',
    ]);
  });

  it('runs the demo and the replay as written, with the output the README promises', () => {
    const demo = spawnSync('bash', ['-c', commands[0]!], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/critical +sql-injection +examples\/vulnerable-app\/src\/db\.js:8/);
    expect(demo.stdout).toMatch(/medium +hardcoded-secret +examples\/vulnerable-app\/src\/config\.js:3/);
    expect(demo.stdout).toContain(`SARIF:  ${join(ROOT, 'demo-results', 'vega-codex.sarif')}`);
    expect(demo.stdout).toContain(`Report: ${join(ROOT, 'demo-results', 'v16-report.json')}`);
    expect(demo.stdout).toContain(`Events: ${join(ROOT, 'demo-results', 'v16-events.jsonl')}`);
    // Each finding verified from its code: the real ones confirmed, the review's look-alike refuted, with reasons.
    const verdicts = demo.stdout.slice(demo.stdout.indexOf('What the verifiers decided'));
    expect(verdicts).toMatch(/confirmed +src\/db\.js:8 +id goes from GET \/user unmodified into the SQL text/);
    expect(verdicts).toMatch(/confirmed +src\/config\.js:3 +A real-looking database password/);
    expect(verdicts).toMatch(/refuted +src\/db\.js:14 +The statement is parameterised: id travels as bind value \$1/);
    expect(verdicts).not.toMatch(/^ +uncertain /m);
    // What it cost, per stage and beside one bare codex exec pass.
    for (const row of ['this scan: review', 'this scan: verification', 'this scan: total', 'bare codex exec --json'])
      expect(demo.stdout).toMatch(new RegExp(`^  ${row} +\\d+ +[\\d,]+ +[\\d,]+ +[\\d,]+ +[\\d,]+$`, 'm'));
    expect(demo.stdout).toMatch(/The scan sent \d+\.\d× the input tokens of one bare pass \(\d+\.\d× uncached\)/);
    const replay = spawnSync('bash', ['-c', commands[2]!], { cwd: ROOT, encoding: 'utf8' });
    // Four findings, three at or above the default fail-on of high.
    expect(replay.status).toBe(1);
    expect(replay.stdout).toContain(
      'Codex found 3 findings at or above fail-on "high" (1 critical, 2 high, 1 medium).',
    );
    expect(
      JSON.parse(readFileSync(join(ROOT, 'demo-results/replay/vega-codex.sarif'), 'utf8')).runs[0].results,
    ).toHaveLength(4);
  });
});

describe('vega-codex --help', () => {
  const cli = join(ROOT, 'dist/cli/index.js');
  it.each([[[]], [['scan']], [['report']], [['merge']]])('%j --help', (args) => {
    expect(execFileSync(process.execPath, [cli, ...args, '--help'], { encoding: 'utf8' })).toMatchSnapshot();
  });
});
