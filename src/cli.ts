#!/usr/bin/env node
// `vega-codex`: the same scan pipeline from a terminal. `scan` runs Codex on a directory; `report` re-renders SARIF
// and report from a recorded v16-events.jsonl without calling a model.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  flagInputs,
  MERGED_DIR,
  optionsHelp,
  parseCommandLine,
  type Command,
  type FlagValues,
} from './config/cli-flags.js';
import { inputSpec, type CliCommand } from './config/input-table.js';
import { repositoryRoot, resolveSettings } from './config/inputs.js';
import type { ScanSettings } from './config/settings.js';
import { ConfigurationError, errorMessage } from './util/errors.js';
import { headline, JOB_SUMMARY_BUDGET, renderSummary } from './github/summary.js';
import type { ScanReport } from './report/report.js';
import { consoleLog } from './util/log.js';
import { maskedLog, type MaskedLog } from './util/masked-log.js';
import { mergeReports } from './scan/merge.js';
import { replayScan, runScan, scanRedactor, type ScanOutcome } from './scan/pipeline.js';
import { removeScratch, scratchDir } from './runtime/scratch.js';
import { exitCode, failureLine } from './scan/stages/conclude.js';
import { oneLine } from './util/log-text.js';
import type { Redactor } from './util/redact.js';

const USAGE = `Usage: vega-codex <command> [options]

Commands:
  scan [DIR]              review DIR (default .) with Codex and write SARIF, report and events
  report --events FILE    re-render SARIF and report from a recorded v16-events.jsonl, without a model
  merge REPORT...         combine the v16-report.json files of a matrix's shards into one report and summary

Run vega-codex <command> --help for the options of a command.
Exit status: 0 no findings at or above --fail-on, 1 findings at or above it, 2 the scan failed or bad usage.`;

const INTRO: Record<Command, string> = {
  scan: `Usage: vega-codex scan [DIR] [options]

Reviews DIR (default .) with the Codex CLI, in the vega-codex-runner container unless --codex-bin names a binary.
The API key is read from VEGA_CODEX_API_KEY or OPENAI_API_KEY; the base URL from --base-url or OPENAI_BASE_URL.`,
  report: `Usage: vega-codex report --events FILE [options]

Re-renders SARIF and v16-report.json from a recorded v16-events.jsonl: the same parsing, validation and placement
as a scan, without Codex or a model.`,
  merge: `Usage: vega-codex merge REPORT... [--out DIR]

Combines the v16-report.json files of a matrix's shards into one v16-report.json and one summary.md: findings
together, usage summed, the worst status and conclusion, each shard listed.`,
};

const isCommand = (name: string): name is Command => Object.hasOwn(INTRO, name);
const help = (command: Command) => `${INTRO[command]}\n\nOptions:\n${optionsHelp(command)}`;

function printOutcome(outcome: ScanOutcome): number {
  const r = outcome.report;
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out('');
  if (r.findings.items.length) {
    out('Findings:');
    for (const f of r.findings.items)
      out(`  ${f.severity.padEnd(8)} ${f.ruleId.padEnd(24)} ${f.file}:${f.startLine}  ${oneLine(f.title, 100)}`);
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
  for (const m of merged.merged) {
    const failure = m.failure ? ` (${oneLine(m.failure, 120)})` : '';
    out(`  shard ${m.shard ?? '-'}: ${m.status}, ${m.findings} findings${failure}`);
  }
  out(`Report:  ${reportFile}`);
  out(`Summary: ${summaryFile}`);
  return exitCode(merged);
}

/** The inputs of a scan or a replay: the flags, the directory, and what the environment gives. */
function commandInputs(command: CliCommand, values: FlagValues, dir: string): Record<string, string> {
  const key = process.env.VEGA_CODEX_API_KEY ?? process.env.OPENAI_API_KEY;
  const inputs: Record<string, string> = {
    // A replay calls no model, and starts no Codex (a binary's name keeps it out of the container).
    ...(command === 'report' ? { 'api-key': key ?? 'unused', 'codex-bin': 'codex' } : { 'api-key': key ?? '' }),
    'base-url': process.env.OPENAI_BASE_URL ?? '',
    ...flagInputs(command, values),
    path: dir,
  };
  inputs['output-dir'] = resolve(inputs['output-dir'] || inputSpec('output-dir').cli.default);
  return inputs;
}

async function scan(settings: ScanSettings, apiKey: string, log: MaskedLog, redactor: Redactor): Promise<number> {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  const scanId = randomUUID();
  try {
    const run = runScan(settings, apiKey, log, { signal: controller.signal, scanId, redactor });
    return printOutcome(await run.finally(() => log.flushed()));
  } finally {
    const problem = removeScratch(scratchDir(settings.output, scanId));
    if (problem) log.warning(problem);
  }
}

/** `events`: the recording a report replays. */
async function scanOrReport(command: CliCommand, inputs: Record<string, string>, events?: string): Promise<number> {
  // A directory of a repository is scanned as part of it: repository paths and the category the action would give.
  const workspace = process.env.GITHUB_WORKSPACE ?? repositoryRoot(resolve(inputs.path!), undefined);
  const env = { ...process.env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: process.env.RUNNER_TEMP };
  const { settings, apiKey, notes } = resolveSettings((n) => inputs[n] ?? '', {
    env,
    cwd: process.cwd(),
    caller: 'cli',
  });
  // Codex's commands may quote a secret it found: the terminal gets what a workflow log gets.
  // A replay calls no model: its key is only masked when one is set.
  const key = process.env.VEGA_CODEX_API_KEY ?? process.env.OPENAI_API_KEY ?? '';
  const redactor = scanRedactor(command === 'report' ? key : apiKey);
  const log = maskedLog(consoleLog(), redactor);
  for (const n of notes) log.warning(n);
  if (!events) return scan(settings, apiKey, log, redactor);
  return printOutcome(await replayScan(settings, resolve(events), log, redactor).finally(() => log.flushed()));
}

const text = (value: FlagValues[string]) => (typeof value === 'string' ? value : undefined);

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${command && isCommand(command) ? help(command) : USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (!isCommand(command)) throw new ConfigurationError(`Unknown command "${command}".\n\n${USAGE}`);
  // Refuses another command's flags, so that none is silently ignored.
  flagInputs(command, values);
  if (command === 'merge') return merge(rest, resolve(text(values.out) ?? MERGED_DIR));
  const events = text(values.events);
  if (command === 'report' && !events) {
    throw new ConfigurationError('report needs --events FILE (a recorded v16-events.jsonl).');
  }
  const dir = command === 'scan' ? (rest[0] ?? '.') : (text(values.source) ?? '.');
  return scanOrReport(command, commandInputs(command, values, dir), events);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usage =
      error instanceof ConfigurationError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`vega-codex: ${errorMessage(error)}\n`);
    if (!usage && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exit(2);
  },
);
