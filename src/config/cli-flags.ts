// The CLI's flags, made from the input table: parseArgs' options, the option lines of each command's help, and what
// a command line gave, as the inputs resolveSettings reads. A flag the table offers is thus always in the help and
// always accepted, under the input's name (or the flag the table gives it).
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { ConfigurationError } from '../util/errors.js';
import { INPUTS, type CliCommand, type CliForm, type InputSpec } from './input-table.js';

export type Command = CliCommand | 'merge';

interface Flag {
  flag: string;
  short?: string;
  /** The value's name in the help; none: a switch. */
  arg?: string;
  multiple?: true;
  commands: readonly Command[];
  help: string;
  /** The input it sets; none: the CLI's own (--events, merge's --out, --help). */
  input?: string;
}

/** Where merge writes when --out is not given. */
export const MERGED_DIR = './vega-codex-merged';

const EVENTS: Flag = {
  flag: 'events',
  arg: 'FILE',
  commands: ['report'],
  help: 'the recorded v16-events.jsonl (required)',
};
const MERGE_OUT: Flag = {
  flag: 'out',
  arg: 'DIR',
  commands: ['merge'],
  help: `where the merged report and summary go (default ${MERGED_DIR})`,
};
const HELP: Flag = { flag: 'help', short: 'h', commands: ['scan', 'report', 'merge'], help: 'this text' };

/** Thousands grouped only where there are too many digits to count at a glance (max-tokens' bound). */
const bound = (n: number) => (n >= 10_000 ? n.toLocaleString('en-US') : String(n));

/** The help line of an input's flag: its choices, what it does, its range and its default. */
function helpText(spec: InputSpec & { cli: CliForm }): string {
  const facts: string[] = [];
  if (spec.kind === 'integer') facts.push(`${bound(spec.min)}-${bound(spec.max)}`);
  const shown = spec.cli.default ?? spec.default;
  // A switch is off unless given.
  if (spec.cli.arg && shown) facts.push(`default ${shown}`);
  const lead = [spec.kind === 'choice' ? spec.choices.join('|') : '', spec.cli.help].filter(Boolean).join(': ');
  return facts.length ? `${lead} (${facts.join(', ')})` : lead;
}

function inputFlag(spec: InputSpec & { cli: CliForm }): Flag {
  const { flag = spec.name, arg, multiple, commands } = spec.cli;
  return { flag, arg, multiple, commands, help: helpText(spec), input: spec.name };
}

const offered = (spec: InputSpec): spec is InputSpec & { cli: CliForm } => spec.cli !== undefined;

/** In the order of the help: the CLI's own first, then the inputs in the table's order, then --help. */
const FLAGS: readonly Flag[] = [
  EVENTS,
  MERGE_OUT,
  ...(INPUTS as readonly InputSpec[]).filter(offered).map(inputFlag),
  HELP,
];

/** parseArgs' options: every command's flags (two commands may share a flag, such as --out). */
const OPTIONS: ParseArgsOptionsConfig = Object.fromEntries(
  FLAGS.map((f) => [
    f.flag,
    { type: f.arg ? 'string' : 'boolean', ...(f.short && { short: f.short }), ...(f.multiple && { multiple: true }) },
  ]),
);

export type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export function parseCommandLine(argv: string[]): { values: FlagValues; positionals: string[] } {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

const flagOf = (command: Command, flag: string) => FLAGS.find((f) => f.flag === flag && f.commands.includes(command));

/** The inputs a command line sets, by input name (a list one per line); a flag of another command is refused. */
export function flagInputs(command: Command, values: FlagValues): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [flag, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const f = flagOf(command, flag);
    if (!f) throw new ConfigurationError(`--${flag} is not an option of ${command}: see vega-codex ${command} --help.`);
    if (f.input) inputs[f.input] = Array.isArray(value) ? value.join('\n') : String(value);
  }
  return inputs;
}

const COLUMN = 28;
const WIDTH = 120;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return [...lines, current];
}

/** Two columns: the flag, and its help wrapped at 120 characters (under the flag when the flag is too long). */
function optionLines(f: Flag): string {
  const left = `  ${f.short ? `-${f.short}, ` : ''}--${f.flag}${f.arg ? ` ${f.arg}` : ''}`;
  const help = wrap(f.help, WIDTH - COLUMN).map((l) => `${' '.repeat(COLUMN)}${l}`);
  if (left.length < COLUMN) help[0] = left.padEnd(COLUMN) + help[0]!.trimStart();
  else help.unshift(left);
  return help.join('\n');
}

/** The option lines of a command's help. */
export function optionsHelp(command: Command): string {
  return FLAGS.filter((f) => f.commands.includes(command))
    .map(optionLines)
    .join('\n');
}
