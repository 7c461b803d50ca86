// A misled model's flood: one answer of many findings, all in one file or spread over many, through the bundled
// action started as the runner starts it (direct mode, a check run on the fake GitHub), with the wall time, the
// action process's own peak RSS (not Codex's) and what reached GitHub. Used by test/e2e/flood.test.ts and
// bench/flood.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStep, type StepResult } from './actions-runner.ts';
import { finalMessage, readingFirst, startFakeResponses } from './fake-responses.ts';
import { startFakeGitHub, type GitHubCall } from './fake-github.ts';
import { CODEX_BIN, TOKEN } from './harness.ts';

const GH_TOKEN = 'ghs_flood_bench_5b2c9d1e';
const SEVERITIES = ['critical', 'high', 'medium', 'low'];

/** `count` findings on `files` (path and line count), spread evenly, each with its own title. */
export function floodOf(count: number, files: { path: string; lines: number }[]): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    const file = files[i % files.length]!;
    const line = 1 + (Math.floor(i / files.length) % file.lines);
    return {
      ruleId: 'xss',
      title: `Finding ${i}`,
      severity: SEVERITIES[i % 4],
      confidence: 'medium',
      cwe: ['CWE-79'],
      file: file.path,
      startLine: line,
      endLine: line,
      description: `Untrusted input reaches the response unescaped (${i}).`,
      recommendation: 'Escape it.',
      fix: null,
    };
  });
}

/** A workspace of `n` files of `lines` lines each, under src/. */
export function sourceFiles(dir: string, n: number, lines: number): { path: string; lines: number }[] {
  mkdirSync(join(dir, 'src'), { recursive: true });
  return Array.from({ length: n }, (_, i) => {
    const path = `src/mod-${String(i).padStart(4, '0')}.js`;
    writeFileSync(
      join(dir, path),
      Array.from({ length: lines }, (_, l) => `export const v${l} = req.query.q${l};`).join('\n') + '\n',
    );
    return { path, lines };
  });
}

export interface FloodRun {
  seconds: number;
  /** Of which the review's Codex thread ran (reading the scripted model's answer). */
  codexSeconds: number;
  /** The action process's own peak resident set (Codex's processes not included). */
  maxRssMb: number;
  code: number;
  step: StepResult;
  /** What reached the fake GitHub, and what it found wrong with it. */
  github: { calls: GitHubCall[]; violations: string[] };
  checkRunUpdates: number;
  annotations: number;
  lastSummary: string;
  report?: { findings: { total: number }; warnings: string[]; timing: { codexMs: number | null } };
  outputs: Record<string, string>;
  stdout: string;
  stderr: string;
}

/** One step of the bundled action answering `findings`, with the action process's peak RSS recorded at its exit. */
export async function floodStep(
  workspace: string,
  findings: Record<string, unknown>[],
  env: Record<string, string> = {},
): Promise<FloodRun> {
  const temp = mkdtempSync(join(tmpdir(), 'flood-'));
  const rssFile = join(temp, 'max-rss');
  const preload = join(temp, 'rss.mjs');
  writeFileSync(
    preload,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const text = JSON.stringify({ summary: 'flood', findings });
  const server = await startFakeResponses({
    token: TOKEN,
    expectOutputSchema: true,
    script: readingFirst(() => finalMessage(text), 'cat src/mod-0000.js'),
  });
  const github = await startFakeGitHub({ token: GH_TOKEN });
  try {
    const started = performance.now();
    const step = await runStep({
      workspace,
      runnerTemp: join(temp, 'runner-temp'),
      githubToken: GH_TOKEN,
      apiUrl: github.url,
      env: { ...env, NODE_OPTIONS: `--import=${preload} ${env.NODE_OPTIONS ?? ''}`.trim() },
      inputs: { 'api-key': TOKEN, 'base-url': server.url, 'codex-bin': CODEX_BIN, 'fail-on': 'none', verify: 'false' },
    });
    const seconds = (performance.now() - started) / 1000;
    const updates = github.calls.filter((c) => c.method === 'patch');
    const report = step.outputs['report-file']
      ? (JSON.parse(readFileSync(step.outputs['report-file'], 'utf8')) as FloodRun['report'])
      : undefined;
    return {
      seconds,
      codexSeconds: (report?.timing.codexMs ?? 0) / 1000,
      maxRssMb: Number(readFileSync(rssFile, 'utf8')) / 1024,
      code: step.code,
      step,
      github: { calls: github.calls, violations: github.violations },
      report,
      checkRunUpdates: updates.length,
      annotations: updates.reduce((n, u) => n + (u.body.output?.annotations?.length ?? 0), 0),
      lastSummary: updates.at(-1)?.body.output?.summary ?? '',
      stdout: step.stdout,
      stderr: step.stderr,
      outputs: step.outputs,
    };
  } finally {
    await server.close();
    await github.close();
    rmSync(temp, { recursive: true, force: true });
  }
}
