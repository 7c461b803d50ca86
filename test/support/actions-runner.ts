// Starts the bundled action the way the GitHub Actions runner starts a node24 action: every input of action.yml as
// INPUT_<NAME> (defaults filled in, hyphens kept), file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY),
// the workspace as working directory, and for the post step the saved state as STATE_<name>. It reads stdout the way
// the runner does, so tests can see which workflow commands the action issued.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './harness.ts';

interface ActionYaml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string; post: string };
}
export const actionYaml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYaml;

export interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
}

export interface WorkflowCommand {
  name: string;
  line: string;
}

/** Workflow commands as the runner finds them: `::name …` at the start of a trimmed line, `##[name…]` anywhere. */
export function workflowCommands(text: string): WorkflowCommand[] {
  const found: WorkflowCommand[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trimStart();
    const m = /^::([A-Za-z-]+)/.exec(t);
    if (m) found.push({ name: m[1]!.toLowerCase(), line });
    for (const legacy of line.matchAll(/##\[([A-Za-z-]+)/g))
      found.push({ name: `##${legacy[1]!.toLowerCase()}`, line });
  }
  return found;
}

/** The step's error and warning lines, so that an unexpected exit code says why in the test's failure. */
export function problems(step: StepResult): string {
  return (
    step.commands
      .filter((c) => c.name === 'error' || c.name === 'warning')
      .map((c) => c.line)
      .join('\n') || step.stderr.slice(-2000)
  );
}

/** The runner's `name<<delimiter` file-command format (also plain name=value lines). */
export function readFileCommands(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return out;
}

export interface StepOptions {
  inputs: Record<string, string>;
  /** The job's GITHUB_TOKEN, as ${{ github.token }} evaluates. */
  githubToken?: string;
  /** GITHUB_API_URL; a closed port when not given, so that nothing can reach the real GitHub. */
  apiUrl?: string;
  /** ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL of an artifact service; none when not given. */
  artifactEnv?: Record<string, string>;
  /** Sees the step's environment before it starts (file-command paths). */
  onEnv?: (env: Record<string, string>) => void;
  /** A webhook payload for GITHUB_EVENT_PATH, with GITHUB_EVENT_NAME. */
  event?: { name: string; payload: unknown };
  workspace: string;
  env?: Record<string, string>;
  post?: { state: Record<string, string> };
  /** Shared across main and post, as on a real runner. */
  runnerTemp?: string;
}

// A step's file commands (and its RUNNER_TEMP when the test gives none) outlive the step, since tests read the files
// its outputs name; they go when the test file is done, or when a bench (outside vitest) calls removeStepDirs.
const stepDirs: string[] = [];
export function removeStepDirs(): void {
  for (const dir of stepDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
// Vitest is loaded only under vitest: a bench imports this file too, and the vitest package is not meant to be
// loaded outside its runner.
if (process.env.VITEST) (await import('vitest')).afterAll(removeStepDirs);

export async function runStep(
  o: StepOptions,
  onSpawn?: (child: import('node:child_process').ChildProcess) => void,
): Promise<StepResult> {
  const files = mkdtempSync(join(tmpdir(), 'runner-files-'));
  stepDirs.push(files);
  const runnerTemp = o.runnerTemp ?? join(files, 'temp');
  mkdirSync(runnerTemp, { recursive: true });
  const paths = {
    GITHUB_OUTPUT: 'output',
    GITHUB_STATE: 'state',
    GITHUB_STEP_SUMMARY: 'summary',
    GITHUB_ENV: 'env',
    GITHUB_PATH: 'path',
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_REPOSITORY: 'octo-org/shop',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: o.event?.name ?? 'push',
    GITHUB_RUN_ID: '1001',
    GITHUB_JOB: 'scan',
    GITHUB_API_URL: o.apiUrl ?? 'http://127.0.0.1:9',
    ...o.artifactEnv,
  };
  if (o.event) {
    const eventFile = join(files, 'event.json');
    writeFileSync(eventFile, JSON.stringify(o.event.payload));
    env.GITHUB_EVENT_PATH = eventFile;
  }
  for (const [k, v] of Object.entries(paths)) {
    const file = join(files, v);
    writeFileSync(file, '');
    env[k] = file;
  }
  for (const [name, spec] of Object.entries(actionYaml.inputs)) {
    const value =
      o.inputs[name] ?? (spec.default ?? '').replace('${{ github.token }}', o.githubToken ?? 'ghs_job_token_for_tests');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [k, v] of Object.entries(o.post?.state ?? {})) env[`STATE_${k}`] = v;
  Object.assign(env, o.env);

  o.onEnv?.(env);
  const entry = join(ROOT, o.post ? actionYaml.runs.post : actionYaml.runs.main);
  const child = spawn(process.execPath, [entry], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: readFileCommands(env.GITHUB_OUTPUT!),
    state: readFileCommands(env.GITHUB_STATE!),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
    commands: workflowCommands(stdout + '\n' + stderr),
  };
}
