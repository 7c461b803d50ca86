// Generates the inputs and outputs tables of README.md from action.yml (between the <!-- inputs --> and
// <!-- outputs --> markers), the inputs in action.yml's groups (its `# ── Title ──` comment lines).
// `node scripts/readme-tables.ts` rewrites README.md; a test fails when they drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

interface ActionSpec {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

export interface InputGroup {
  /** Empty for inputs before any group comment. */
  title: string;
  names: string[];
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** action.yml's inputs in their groups, read from its lines: YAML parsers keep comments only loosely. */
export function inputGroups(actionYml: string): InputGroup[] {
  const groups: InputGroup[] = [];
  let inInputs = false;
  for (const line of actionYml.split('\n')) {
    if (/^\S/.test(line)) inInputs = line.trimEnd() === 'inputs:';
    const heading = inInputs && /^ {2}# ── (.+) ──$/.exec(line);
    const input = inInputs && /^ {2}([\w-]+):\s*$/.exec(line);
    if (heading) groups.push({ title: heading[1]!, names: [] });
    if (!input) continue;
    if (!groups.length) groups.push({ title: '', names: [] });
    groups.at(-1)!.names.push(input[1]!);
  }
  return groups;
}

function inputRows(spec: ActionSpec, names: string[]): string {
  const row = (name: string) => {
    const i = spec.inputs[name]!;
    const value = i.required ? '(required)' : i.default ? `\`${cell(i.default)}\`` : '';
    return `| \`${name}\` | ${value} | ${cell(i.description)} |`;
  };
  return ['| input | default | what it does |', '| --- | --- | --- |', ...names.map(row)].join('\n');
}

export function renderTables(actionYml: string): { inputs: string; outputs: string } {
  const spec = parse(actionYml) as ActionSpec;
  const inputs = inputGroups(actionYml)
    .map((g) => (g.title ? `#### ${g.title}\n\n` : '') + inputRows(spec, g.names))
    .join('\n\n');
  const outputs = [
    '| output | what it holds |',
    '| --- | --- |',
    ...Object.entries(spec.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`),
  ].join('\n');
  return { inputs, outputs };
}

export function withTables(readme: string, tables: { inputs: string; outputs: string }): string {
  let out = readme;
  for (const key of ['inputs', 'outputs'] as const) {
    const re = new RegExp(`(<!-- ${key} -->\\n)[\\s\\S]*?(\\n<!-- /${key} -->)`);
    if (!re.test(out)) throw new Error(`README.md lacks the <!-- ${key} --> markers`);
    out = out.replace(re, `$1${tables[key]}$2`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  const readmePath = resolve(root, 'README.md');
  const actionYml = readFileSync(resolve(root, 'action.yml'), 'utf8');
  writeFileSync(readmePath, withTables(readFileSync(readmePath, 'utf8'), renderTables(actionYml)));
}
