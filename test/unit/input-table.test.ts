// The input table is the one declaration of the action's inputs: action.yml (and README's table, made from it) must
// say what it says, the settings are read through it, and the CLI offers, documents and accepts what it says.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inputGroups } from '../../scripts/readme-tables.ts';
import { flagInputs, optionsHelp, parseCommandLine } from '../../src/config/cli-flags.js';
import { resolveGitHubSettings } from '../../src/config/github-inputs.js';
import { cliInputs, INPUT_GROUPS, INPUTS, type CliCommand, type InputSpec } from '../../src/config/input-table.js';
import { resolveSettings } from '../../src/config/inputs.js';
import { ROOT } from '../support/harness.ts';

type ActionInputs = Record<string, { description: string; required?: boolean; default?: string }>;
const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
const declared = parse(actionYml) as { inputs: ActionInputs };
const table: readonly InputSpec[] = INPUTS;
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('action.yml', () => {
  it('declares the inputs of the table, in its order', () => {
    expect(Object.keys(declared.inputs)).toEqual(table.map((i) => i.name));
  });

  it.each(table.map((i) => [i.name, i] as const))(
    '%s: description, default and required as the table says',
    (name, spec) => {
      const yml = declared.inputs[name]!;
      expect(yml.description).toBe(spec.description);
      expect(yml.required).toBe(spec.required ?? false);
      // The runner fills in a default only when action.yml has one; the key has none, as it is required.
      if (spec.required) expect(yml).not.toHaveProperty('default');
      else expect(yml.default).toBe(spec.default);
    },
  );

  it('groups them under a comment line per group, in the order of the groups', () => {
    const groups = INPUT_GROUPS.map(({ group, title }) => ({
      title,
      names: table.filter((i) => i.group === group).map((i) => i.name),
    }));
    expect(inputGroups(actionYml)).toEqual(groups);
  });

  it('states the ranges the table enforces', () => {
    for (const spec of table) {
      const stated = /\((\d+)-(\d+)\)/.exec(spec.description);
      if (spec.kind === 'integer' && stated)
        expect([Number(stated[1]), Number(stated[2])], spec.name).toEqual([spec.min, spec.max]);
    }
  });
});

describe('the settings are read through the table', () => {
  const ws = mkdtempSync(join(tmpdir(), 'input-table-'));
  afterAll(() => rmSync(ws, { recursive: true, force: true }));
  // passes at its most, so that min-agreement's bound (the passes) is the table's too.
  const read = (name: string, value: string) => {
    const inputs: Record<string, string> = { 'api-key': 'k', passes: '5', [name]: value };
    const get = (n: string) => inputs[n] ?? '';
    const github = table.find((i) => i.name === name)?.group === 'github';
    return () =>
      github ? resolveGitHubSettings(get) : resolveSettings(get, { env: { GITHUB_WORKSPACE: ws }, cwd: ws });
  };

  it.each(table.filter((i) => i.kind === 'integer').map((i) => [i.name, i] as const))('%s: its range', (name, spec) => {
    if (spec.kind !== 'integer') return;
    const message = `Input ${name} must be a whole number from ${spec.min} to ${spec.max}. Provided: ${spec.max + 1}`;
    expect(read(name, String(spec.max + 1))).toThrow(message);
    expect(read(name, String(spec.max))).not.toThrow();
  });

  it.each(table.filter((i) => i.kind === 'choice').map((i) => [i.name, i] as const))(
    '%s: its choices',
    (name, spec) => {
      if (spec.kind !== 'choice') return;
      const message = `Unrecognized ${name} input. Provided: nope. Available options: ${spec.choices.join(',')}`;
      expect(read(name, 'nope')).toThrow(message);
      expect(read(name, spec.default.toUpperCase())).not.toThrow();
    },
  );

  it.each(table.filter((i) => i.kind === 'boolean').map((i) => [i.name]))('%s: true or false', (name) => {
    expect(read(name, 'yes')).toThrow(`Input ${name} must be true or false. Provided: yes`);
    expect(read(name, 'FALSE')).not.toThrow();
  });
});

describe('the CLI', () => {
  const commands: CliCommand[] = ['scan', 'report'];
  const offers = commands.flatMap((command) => cliInputs(command).map((spec) => [command, spec.name, spec] as const));

  it('offers the inputs that do not need GitHub, and the ones it was missing', () => {
    const offered = new Set(offers.map(([, name]) => name));
    for (const name of ['codex-version', 'verify-timeout-minutes', 'prompt', 'stream-idle-timeout-seconds']) {
      expect(offered).toContain(name);
    }
    for (const spec of table)
      if (spec.group === 'github' || spec.group === 'key') expect(offered).not.toContain(spec.name);
  });

  it.each(offers)('%s --help lists %s and the parser takes it', (command, name, spec) => {
    const cli = spec.cli!;
    const flag = `--${cli.flag ?? name}`;
    const usage = `  ${flag}${cli.arg ? ` ${cli.arg}` : ''}`;
    expect(optionsHelp(command).split('\n')).toContainEqual(
      expect.stringMatching(new RegExp(`^${escaped(usage)}( |$)`)),
    );
    const values = cli.multiple ? ['a/**', 'b/**'] : cli.arg ? ['7'] : [];
    const argv = [command, ...(values.length ? values.flatMap((v) => [flag, v]) : [flag])];
    const parsed = parseCommandLine(argv);
    expect(parsed.positionals).toEqual([command]);
    expect(flagInputs(command, parsed.values)[name]).toBe(values.length ? values.join('\n') : 'true');
  });

  it('refuses a flag the command does not take, rather than ignoring it', () => {
    expect(() => flagInputs('report', parseCommandLine(['report', '--model', 'gpt']).values)).toThrow(
      '--model is not an option of report: see vega-codex report --help.',
    );
  });

  it.each(commands)('%s --help: two columns within 120 characters, every flag in it accepted', (command) => {
    const help = optionsHelp(command);
    for (const line of help.split('\n')) {
      expect(line.length, line).toBeLessThanOrEqual(120);
      expect(line, 'a continuation line starts in the second column').toMatch(/^ {2}-|^ {28}\S/);
    }
    for (const [, flag] of help.matchAll(/^ {2}(?:-h, )?--([\w-]+)/gm)) {
      expect(() => parseCommandLine([command, `--${flag}`, 'x']), flag).not.toThrow();
    }
  });
});
