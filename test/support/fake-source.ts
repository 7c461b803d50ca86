// A stand-in for Codex as the source of a scan's threads, for the stages' unit tests: no Codex, no Docker, no network.
// Each thread is the JSONL `codex exec --json` writes (the shapes Codex 0.169.0 was recorded writing: thread.started,
// turn.started, item.completed command_execution and agent_message, turn.completed with usage, turn.failed, error),
// written to its events file and read back through the real parser and EventCollector, so that the stages see what
// a live scan's threads give them. Every request the stages make of the source is recorded for the test to check.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EventCollector } from '../../src/codex/collector.js';
import { EventStream } from '../../src/codex/event-stream.js';
import type { CodexEvent } from '../../src/codex/events.js';
import type { RunResult } from '../../src/codex/runner.js';
import type { ScanSettings } from '../../src/config/settings.js';
import { ReadTracker } from '../../src/coverage/reads.js';
import type { TokenReport } from '../../src/report/report.js';
import { DEBUG_BUNDLE_FILE, passFiles, verificationName, verifyFiles } from '../../src/runtime/files.js';
import type { Prepared } from '../../src/runtime/launchers.js';
import type { ReviewRequest, ThreadSource, VerifyRequest } from '../../src/runtime/source.js';
import type { ThreadFacts } from '../../src/runtime/thread.js';
import { STAGES, scanRedactor, type ScanFacts } from '../../src/scan/pipeline.js';
import type { StageContext } from '../../src/scan/stages/stage.js';
import type { ScanLog } from '../../src/util/log.js';
import { CODEX_VERSION } from '../../src/util/version.js';
import { settingsFor, type ScanOverrides } from './harness.ts';

// ---- Codex's events ----

export type EventLine = Record<string, unknown>;

const shellQuoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** A command Codex ran through its shell, and what it printed. */
export function command(script: string, output: string, exitCode = 0): EventLine {
  const item = {
    type: 'command_execution',
    command: `/bin/bash -lc ${shellQuoted(script)}`,
    aggregated_output: output,
    exit_code: exitCode,
    status: exitCode === 0 ? 'completed' : 'failed',
  };
  return { type: 'item.completed', item };
}

export const agentMessage = (text: string): EventLine => ({
  type: 'item.completed',
  item: { type: 'agent_message', text },
});

/** A retry notice or warning (`error` event): not a failure. */
export const notice = (message: string): EventLine => ({ type: 'error', message });

export const USAGE = {
  input_tokens: 200,
  cached_input_tokens: 80,
  cache_write_input_tokens: 0,
  output_tokens: 14,
  reasoning_output_tokens: 4,
};
export const turnCompleted = (usage: object = USAGE): EventLine => ({ type: 'turn.completed', usage });
export const turnFailed = (message: string): EventLine => ({ type: 'turn.failed', error: { message } });

/** One thread's events: thread.started and turn.started, the lines (their items numbered), then how the turn ended. */
export function codexThread(
  lines: EventLine[],
  end: EventLine | null = turnCompleted(),
  id: string = randomUUID(),
): EventLine[] {
  let n = 0;
  const numbered = lines.map((l) => ('item' in l ? { ...l, item: { id: `item_${n++}`, ...(l.item as object) } } : l));
  return [{ type: 'thread.started', thread_id: id }, { type: 'turn.started' }, ...numbered, ...(end ? [end] : [])];
}

// ---- the reviewed app, and what a model answers about it ----

/** A small app with three flaws, at the lines the findings below name. */
export const APP: Record<string, string> = {
  'src/db.js': [
    "const { Client } = require('pg');",
    'const client = new Client();',
    '',
    'async function findUser(id) {',
    `  const query = "SELECT id, name FROM users WHERE id = '" + id + "'";`,
    '  const result = await client.query(query);',
    '  return result.rows[0];',
    '}',
    '',
    'module.exports = { findUser };',
    '',
  ].join('\n'),
  'src/ping.js': [
    "const { exec } = require('child_process');",
    '',
    'function ping(host, done) {',
    "  exec('ping -c 1 ' + host, done);",
    '}',
    '',
    'module.exports = { ping };',
    '',
  ].join('\n'),
  'src/files.js': [
    "const path = require('path');",
    "const fs = require('fs');",
    "const UPLOADS = '/srv/uploads';",
    '',
    'function download(name) {',
    '  return fs.readFileSync(path.join(UPLOADS, name));',
    '}',
    '',
    'module.exports = { download };',
    '',
  ].join('\n'),
};

/** A finding as the review's output schema asks for it. */
export interface AnswerFinding {
  ruleId: string;
  title: string;
  severity: string;
  confidence: string;
  cwe: string[];
  file: string;
  startLine: number;
  endLine: number;
  description: string;
  recommendation: string;
  fix: { startLine: number; endLine: number; replacement: string } | null;
}

export const SQL_INJECTION: AnswerFinding = {
  ruleId: 'sql-injection',
  title: 'SQL query built from the id argument of findUser',
  severity: 'critical',
  confidence: 'high',
  cwe: ['CWE-89'],
  file: 'src/db.js',
  startLine: 5,
  endLine: 6,
  description: 'findUser concatenates id into the SQL string that client.query executes.',
  recommendation: 'Use a parameterised query.',
  fix: null,
};

export const COMMAND_INJECTION: AnswerFinding = {
  ruleId: 'command-injection',
  title: 'Shell command built from the host argument of ping',
  severity: 'high',
  confidence: 'high',
  cwe: ['CWE-78'],
  file: 'src/ping.js',
  startLine: 4,
  endLine: 4,
  description: 'ping passes host to child_process.exec inside a shell command line.',
  recommendation: 'Use execFile("ping", ["-c", "1", host]).',
  fix: {
    startLine: 4,
    endLine: 4,
    replacement: "  require('child_process').execFile('ping', ['-c', '1', host], done);",
  },
};

export const PATH_TRAVERSAL: AnswerFinding = {
  ruleId: 'path-traversal',
  title: 'File read with the name argument of download',
  severity: 'low',
  confidence: 'medium',
  cwe: ['CWE-22'],
  file: 'src/files.js',
  startLine: 6,
  endLine: 6,
  description: 'download joins name onto UPLOADS with path.join; "../" escapes it.',
  recommendation: 'Resolve the path and check that it stays inside UPLOADS.',
  fix: null,
};

export interface ReviewAnswer {
  summary: string;
  findings: AnswerFinding[];
}

/** A review pass: Codex reads each file of `read` with cat (its output the file's text), then answers. */
export function reviewPass(root: string, read: string[], answer: ReviewAnswer | string): EventLine[] {
  const reads = read.map((f) => command(`cat ${f}`, readFileSync(join(root, f), 'utf8')));
  return codexThread([...reads, agentMessage(typeof answer === 'string' ? answer : JSON.stringify(answer))]);
}

/** A pass that could not reach the model: a retry notice, then the turn fails (Codex exits 1). */
export function failedPass(message: string): EventLine[] {
  return codexThread([notice(`Reconnecting... 1/1 (${message})`)], turnFailed(message));
}

export interface VerifierAnswer {
  verdict: 'confirmed' | 'refuted' | 'uncertain';
  reason: string;
  evidence?: { file: string; line: number; note: string }[];
  exploit?: string | null;
  fix?: { verdict: 'correct' | 'wrong'; reason: string } | null;
}

/** The file a verification prompt names, as Codex reads it (relative to the reviewed directory). */
export const verifiedFile = (v: VerifyRequest) => /^- file: (.+)$/m.exec(v.prompt)![1]!;

/** A verification thread: the verifier reads the file the finding names, then gives its verdict. */
export function verifierPass(root: string, file: string, answer: VerifierAnswer): EventLine[] {
  const full = { evidence: [], exploit: null, fix: null, ...answer };
  return codexThread([
    command(`sed -n '1,40p' ${file}`, readFileSync(join(root, file), 'utf8')),
    agentMessage(JSON.stringify(full)),
  ]);
}

// ---- threads, as the stages get them ----

export interface Thread {
  events: EventLine[];
  /** How the process ended, over what the events imply (exit 1 after turn.failed, else 0). */
  run?: Partial<RunResult>;
  /** What Codex wrote on stderr. */
  stderr?: string;
}

const asThread = (t: Thread | EventLine[]): Thread => (Array.isArray(t) ? { events: t } : t);

interface ThreadFiles {
  events: string;
  stderr: string;
}

/**
 * Writes a thread's events file, and reads it back through the parser and the collector. `live`: the thread ran
 * now (a RunResult, a command line, a home); otherwise it is a replayed one, judged as it was written.
 */
export async function threadFacts(
  thread: Thread,
  files: ThreadFiles,
  o: { live: boolean; codexHome?: string; reads?: ReadTracker; onEvent?: (e: CodexEvent) => void },
): Promise<ThreadFacts> {
  const jsonl = thread.events.map((e) => `${JSON.stringify(e)}\n`).join('');
  mkdirSync(dirname(files.events), { recursive: true });
  writeFileSync(files.events, jsonl);
  const collector = new EventCollector(o.onEvent, o.reads);
  const stream = new EventStream(collector);
  stream.push(Buffer.from(jsonl));
  await stream.end();
  if (!o.live) return { collector, run: null, files: { events: files.events, stderr: null } };
  writeFileSync(files.stderr, thread.stderr ?? '');
  const exitCode = collector.turnFailure === undefined ? 0 : 1;
  const run: RunResult = {
    exitCode,
    signal: null,
    timedOut: false,
    cancelled: false,
    durationMs: 1,
    stdoutBytes: stream.bytes,
    ...thread.run,
  };
  const now = new Date().toISOString();
  return {
    collector,
    run,
    files,
    startedAt: now,
    finishedAt: now,
    command: 'codex exec --json -',
    codexHome: o.codexHome,
  };
}

export interface FakeSourceOptions {
  /** The reviewed directory: what Codex's commands read counts relative to it. */
  scanRoot: string;
  /** Where the threads' files are written (the scan's output directory). */
  outputDir: string;
  /** The scan's scratch directory, which holds each pass's Codex home. */
  work?: string;
  mode?: ThreadSource['mode'];
  /** What prepare learns: Codex of the pinned version, by default. */
  prepared?: Partial<Prepared>;
  passes?: (Thread | EventLine[])[];
  /** The verification thread a request gets; undefined: none (a replay that recorded none). */
  verifier?: (v: VerifyRequest) => Thread | EventLine[] | undefined;
  exhausted?: boolean;
  tokens?: TokenReport | null;
}

export interface FakeSource extends ThreadSource {
  /** What the stages asked of the source, in order. */
  readonly requests: { prepare: number; review: ReviewRequest[]; verify: VerifyRequest[]; closed: number };
}

export function fakeSource(o: FakeSourceOptions): FakeSource {
  const mode = o.mode ?? 'direct';
  const live = mode !== 'replay';
  const requests: FakeSource['requests'] = { prepare: 0, review: [], verify: [], closed: 0 };
  const probe = { ok: true, version: live ? CODEX_VERSION : null };
  return {
    mode,
    requests,
    async prepare() {
      requests.prepare += 1;
      return { probe, notes: [], warnings: [], ...o.prepared };
    },
    async review(r) {
      requests.review.push(r);
      // One tracker for every pass, as a live scan has: coverage is their union.
      const reads = new ReadTracker([o.scanRoot]);
      const passes = (o.passes ?? []).map(asThread);
      return Promise.all(
        passes.map((t, i) => {
          // Each live pass has its own directory in the scan's scratch, with its prompt and Codex's home.
          const own = live && o.work ? join(o.work, `pass-${i + 1}`) : undefined;
          if (own) {
            mkdirSync(own, { recursive: true });
            writeFileSync(join(own, 'prompt.txt'), r.prompt);
          }
          const codexHome = own && join(own, 'home');
          return threadFacts(t, passFiles(o.outputDir, i + 1), {
            live,
            codexHome,
            reads,
            onEvent: (e) => r.onEvent?.(i + 1, e),
          });
        }),
      );
    },
    async verify(v) {
      requests.verify.push(v);
      const t = o.verifier?.(v);
      return t && threadFacts(asThread(t), verifyFiles(o.outputDir, verificationName(v.cluster, v.opinion)), { live });
    },
    exhausted: () => o.exhausted ?? false,
    tokens: () => o.tokens ?? null,
    container: () => null,
    record: () => {
      const first = passFiles(o.outputDir, 1);
      return {
        events: first.events,
        stderr: live ? first.stderr : null,
        threads: [],
        debugBundle: live ? join(o.outputDir, DEBUG_BUNDLE_FILE) : null,
      };
    },
    async close() {
      requests.closed += 1;
    },
  };
}

// ---- a scan to run stages in ----

/** A log that keeps every line: `▸ title` opens a group, `◂` closes it, warnings start with `warning: `. */
export interface RecordingLog extends ScanLog {
  lines: string[];
}

export function recordingLog(): RecordingLog {
  const lines: string[] = [];
  return {
    lines,
    info: (t) => lines.push(t),
    warning: (t) => lines.push(`warning: ${t}`),
    startGroup: (t) => lines.push(`▸ ${t}`),
    endGroup: () => lines.push('◂'),
  };
}

/** The endpoint's key: the scan's redactor masks it wherever it appears. */
export const API_KEY = 'sk-stage-7d1e4b9c2a6f3058';

export interface Workspace {
  /** The reviewed tree (repository root and scanned directory). */
  root: string;
  outputDir: string;
  /** The scan's scratch directory. */
  work: string;
  settings(over?: ScanOverrides): ScanSettings;
  /** A fake source over this workspace's tree, output directory and scratch. */
  source(o?: Partial<FakeSourceOptions>): FakeSource;
  /** Makes the tree a git repository: its files committed, then `change` committed. Returns the base commit. */
  commitChange(change: () => void): string;
  /** A stage context over `source`, with a log that keeps every line. */
  context(settings: ScanSettings, source: ThreadSource, o?: { replay?: boolean }): StageContext & { log: RecordingLog };
}

const workspaces: string[] = [];

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  ).trim();

/** A temp directory holding `files` (the app by default), an output directory and scratch; see removeWorkspaces. */
export function workspace(files: Record<string, string> = APP): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'vega-stage-'));
  workspaces.push(dir);
  const root = join(dir, 'repo');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const outputDir = join(dir, 'out');
  const work = join(dir, 'work');
  mkdirSync(outputDir, { recursive: true });
  mkdirSync(work, { recursive: true });
  return {
    root,
    outputDir,
    work,
    // No model is asked: nothing listens at the endpoint.
    settings: (over = {}) =>
      settingsFor(dir, 'http://127.0.0.1:9/v1', { scanRoot: root, repoRoot: root, outputDir, ...over }),
    source: (o = {}) => fakeSource({ scanRoot: root, outputDir, work, ...o }),
    commitChange: (change) => {
      git(root, 'init', '-q', '-b', 'main');
      git(root, 'add', '-A');
      git(root, 'commit', '-q', '-m', 'base');
      const base = git(root, 'rev-parse', 'HEAD');
      change();
      git(root, 'add', '-A');
      git(root, 'commit', '-q', '-m', 'change');
      return base;
    },
    context: (settings, source, c = {}) => {
      const log = recordingLog();
      return {
        settings,
        scanId: randomUUID(),
        log,
        source,
        redactor: scanRedactor(API_KEY),
        work: c.replay ? undefined : work,
        startedAt: new Date(),
      };
    },
  };
}

/** Removes every workspace made so far (call it in afterEach). */
export function removeWorkspaces(): void {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The facts the stages up to `last` add, each run as the pipeline runs it (in order, over the same facts). */
export async function factsThrough(ctx: StageContext, last: string): Promise<ScanFacts> {
  if (!STAGES.some((s) => s.name === last)) throw new Error(`no stage ${last}`);
  const facts = {} as ScanFacts;
  for (const stage of STAGES) {
    Object.assign(facts, await stage.run(ctx, facts));
    if (stage.name === last) break;
  }
  return facts;
}
