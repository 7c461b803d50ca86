#!/usr/bin/env node
// `vega-codex`: the same scan pipeline from a terminal. `scan` runs Codex on a directory; `report` re-renders SARIF
// and report from a recorded v16-events.jsonl without calling a model.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repositoryRoot, resolveSettings } from './config/inputs.js';
import { ConfigurationError, errorMessage } from './util/errors.js';
import { headline, JOB_SUMMARY_BUDGET, renderSummary } from './github/summary.js';
import type { ScanReport } from './report/report.js';
import { consoleLog } from './util/log.js';
import { maskedLog } from './util/masked-log.js';
import { mergeReports } from './scan/merge.js';
import { replayScan, runScan, scanRedactor, type ScanOutcome } from './scan/pipeline.js';
import { removeScratch, scratchDir } from './runtime/scratch.js';
import { exitCode, failureLine } from './scan/stages/conclude.js';
import { oneLine } from './util/log-text.js';

const USAGE = `Usage: vega-codex <command> [options]

Commands:
  scan [DIR]              review DIR (default .) with Codex and write SARIF, report and events
  report --events FILE    re-render SARIF and report from a recorded v16-events.jsonl, without a model
  merge REPORT...         combine the v16-report.json files of a matrix's shards into one report and summary

Run vega-codex <command> --help for the options of a command.
Exit status: 0 no findings at or above --fail-on, 1 findings at or above it, 2 the scan failed or bad usage.`;

const HELP: Record<string, string> = {
  scan: `Usage: vega-codex scan [DIR] [options]

Reviews DIR (default .) with the Codex CLI, in the vega-codex-runner container unless --codex-bin names a binary.
The API key is read from VEGA_CODEX_API_KEY or OPENAI_API_KEY; the base URL from --base-url or OPENAI_BASE_URL.

Options:
  --out DIR                 where SARIF, report, events and the debug bundle go (default ./vega-codex-results)
  --base-url URL            OpenAI-compatible endpoint (default: OPENAI_BASE_URL, then https://api.openai.com/v1)
  --model NAME              model (default: Codex's default)
  --codex-bin PATH          run this codex binary directly (default: VEGA_V16_CODEX_BIN; without either,
                            Codex runs in the vega-codex-runner container)
  --image REF               runner image (default ghcr.io/org/vega-codex-runner at this version)
  --image-policy POLICY     pull-or-build|pull|build|local (default pull-or-build)
  --network MODE            model-only|bridge (default model-only)
  --extra-ca-certificates F PEM file of extra CAs for building the image behind a TLS proxy
  --include GLOB            only these files (repeatable)
  --exclude GLOB            not these files (repeatable)
  --scope MODE              full|diff (default full)
  --diff-base REV           with --scope diff: compare with this commit, branch or tag
  --shard K/N               review only the K-th of N shards of the files in scope
  --baseline-sarif FILE     a previous SARIF: findings it holds are existing and do not count for --fail-on
  --fail-on-existing        count existing findings for --fail-on too
  --prompt-file FILE        replaces the built-in review task
  --context-file FILE       trusted context for the reviewer: threat model, scope, known-safe patterns
  --fail-on LEVEL           critical|high|medium|low|none (default high)
  --min-coverage PERCENT    fail as incomplete when the review read less of the scope (default 0)
  --max-tokens N            stop the scan once the endpoint has reported N tokens (default 0: no limit)
  --passes N                independent review passes, clustered and voted on (1-5, default 1)
  --min-agreement N         votes a finding needs unless verification confirms it (default: more than half)
  --verify true|false       verify each finding in its own Codex thread (default true)
  --verify-concurrency N    verification threads at a time (default 4)
  --verify-limit N          verify at most N findings, most severe first (default 50)
  --verify-disputed true|false
                            verify a second time what the verifier confirmed but few passes reported (default true)
  --timeout-minutes N       stop Codex after N minutes (default 30)
  -h, --help                this text`,
  report: `Usage: vega-codex report --events FILE [options]

Re-renders SARIF and v16-report.json from a recorded v16-events.jsonl: the same parsing, validation and placement
as a scan, without Codex or a model.

Options:
  --events FILE             the recorded v16-events.jsonl (required)
  --source DIR              the checkout the events were recorded on (default .)
  --out DIR                 where SARIF and report go (default ./vega-codex-results)
  --fail-on LEVEL           critical|high|medium|low|none (default high)
  --baseline-sarif FILE     mark findings this SARIF already holds as existing
  -h, --help                this text`,
  merge: `Usage: vega-codex merge REPORT... [--out DIR]

Combines the v16-report.json files of a matrix's shards into one v16-report.json and one summary.md: findings
together, usage summed, the worst status and conclusion, each shard listed.

Options:
  --out DIR                 where the merged report and summary go (default ./vega-codex-merged)
  -h, --help                this text`,
};

const OPTIONS = {
  out: { type: 'string' },
  'base-url': { type: 'string' },
  model: { type: 'string' },
  'codex-bin': { type: 'string' },
  image: { type: 'string' },
  'image-policy': { type: 'string' },
  network: { type: 'string' },
  'extra-ca-certificates': { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'prompt-file': { type: 'string' },
  'context-file': { type: 'string' },
  'min-coverage': { type: 'string' },
  'max-tokens': { type: 'string' },
  passes: { type: 'string' },
  'min-agreement': { type: 'string' },
  verify: { type: 'string' },
  'verify-concurrency': { type: 'string' },
  'verify-limit': { type: 'string' },
  'verify-disputed': { type: 'string' },
  'fail-on': { type: 'string' },
  shard: { type: 'string' },
  scope: { type: 'string' },
  'diff-base': { type: 'string' },
  'baseline-sarif': { type: 'string' },
  'fail-on-existing': { type: 'boolean' },
  'timeout-minutes': { type: 'string' },
  'stream-idle-timeout-seconds': { type: 'string' },
  'max-retries': { type: 'string' },
  'sarif-category': { type: 'string' },
  events: { type: 'string' },
  source: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function printOutcome(outcome: ScanOutcome): number {
  const r = outcome.report;
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out('');
  if (r.findings.items.length) {
    out('Findings:');
    for (const f of r.findings.items) out(`  ${f.severity.padEnd(8)} ${f.ruleId.padEnd(24)} ${f.file}:${f.startLine}  ${oneLine(f.title, 100)}`);
  } else out('Findings: none');
  for (const w of r.warnings) out(`warning: ${oneLine(w, 300)}`);
  out('');
  out(`SARIF:  ${r.files.sarif}`);
  out(`Report: ${r.files.report}`);
  out(`Events: ${r.files.events}`);
  if (r.files.fixes) out(`Fixes:  ${r.files.fixes} (git apply it at the repository root)`);
  const line = failureLine(r);
  if (line) out(line);
  return exitCode(r);
}

function merge(files: string[], outDir: string): number {
  if (files.length === 0) throw new ConfigurationError('merge needs the v16-report.json files of the shards.');
  const entries = files.map((file) => {
    try {
      return { file, report: JSON.parse(readFileSync(file, 'utf8')) as ScanReport };
    } catch (error) {
      throw new ConfigurationError(`${file} is not a readable v16-report.json: ${errorMessage(error)}`);
    }
  });
  const merged = mergeReports(entries);
  mkdirSync(outDir, { recursive: true });
  const reportFile = join(outDir, 'v16-report.json');
  const summaryFile = join(outDir, 'summary.md');
  writeFileSync(reportFile, JSON.stringify(merged, null, 2));
  writeFileSync(summaryFile, renderSummary(merged, undefined, JOB_SUMMARY_BUDGET));
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(`Merged ${entries.length} reports: ${headline(merged)}`);
  for (const m of merged.merged) out(`  shard ${m.shard ?? '-'}: ${m.status}, ${m.findings} findings${m.failure ? ` (${oneLine(m.failure, 120)})` : ''}`);
  out(`Report:  ${reportFile}`);
  out(`Summary: ${summaryFile}`);
  return exitCode(merged);
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${(command && HELP[command]) || USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (command !== 'scan' && command !== 'report' && command !== 'merge') throw new ConfigurationError(`Unknown command "${command}".\n\n${USAGE}`);
  if (command === 'merge') return merge(rest, resolve(values.out ?? 'vega-codex-merged'));

  const outDir = resolve(values.out ?? 'vega-codex-results');
  const dir = command === 'scan' ? (rest[0] ?? '.') : (values.source ?? '.');
  const flags: Record<string, string> = {
    'api-key': process.env.VEGA_CODEX_API_KEY ?? process.env.OPENAI_API_KEY ?? (command === 'report' ? 'unused' : ''),
    path: dir,
    'output-dir': outDir,
    'base-url': process.env.OPENAI_BASE_URL ?? '',
    include: (values.include ?? []).join('\n'),
    exclude: (values.exclude ?? []).join('\n'),
    'fail-on-existing': values['fail-on-existing'] ? 'true' : '',
  };
  for (const name of ['base-url', 'model', 'codex-bin', 'image', 'image-policy', 'network', 'extra-ca-certificates', 'prompt-file', 'context-file', 'min-coverage', 'max-tokens', 'passes', 'min-agreement', 'verify', 'verify-concurrency', 'verify-limit', 'verify-disputed', 'fail-on', 'baseline-sarif', 'shard', 'scope', 'diff-base', 'timeout-minutes', 'stream-idle-timeout-seconds', 'max-retries', 'sarif-category'] as const) {
    const v = values[name];
    if (typeof v === 'string') flags[name] = v;
  }
  // A directory of a repository is scanned as part of it: repository paths and the category the action would give.
  const env = { ...process.env, GITHUB_WORKSPACE: process.env.GITHUB_WORKSPACE ?? repositoryRoot(resolve(dir), undefined), RUNNER_TEMP: process.env.RUNNER_TEMP };
  if (command === 'report' && !flags['codex-bin']) flags['codex-bin'] = 'codex';
  const { settings, apiKey, notes } = resolveSettings((n) => flags[n] ?? '', env, process.cwd(), undefined, 'cli');
  // Codex's commands may quote a secret it found: the terminal gets what a workflow log gets.
  // A replay calls no model: its key is only masked when one is set.
  const redactor = scanRedactor(command === 'report' ? (process.env.VEGA_CODEX_API_KEY ?? process.env.OPENAI_API_KEY ?? '') : apiKey);
  const log = maskedLog(consoleLog(), redactor);
  for (const n of notes) log.warning(n);

  if (command === 'report') {
    if (!values.events) throw new ConfigurationError('report needs --events FILE (a recorded v16-events.jsonl).');
    return printOutcome(await replayScan(settings, resolve(values.events), log, redactor).finally(() => log.flushed()));
  }
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  const scanId = randomUUID();
  try {
    return printOutcome(await runScan(settings, apiKey, log, { signal: controller.signal, scanId, redactor }).finally(() => log.flushed()));
  } finally {
    const problem = removeScratch(scratchDir(settings.output, scanId));
    if (problem) log.warning(problem);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usage = error instanceof ConfigurationError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`vega-codex: ${errorMessage(error)}\n`);
    if (!usage && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exit(2);
  },
);
