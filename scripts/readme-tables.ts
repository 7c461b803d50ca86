// Generates the inputs and outputs tables of README.md from action.yml (between the <!-- inputs --> and
// <!-- outputs --> markers). `node scripts/readme-tables.ts` rewrites README.md; a test fails when they drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

interface ActionSpec {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderTables(actionYml: string): { inputs: string; outputs: string } {
  const spec = parse(actionYml) as ActionSpec;
  const inputs = [
    '| input | default | what it does |',
    '| --- | --- | --- |',
    ...Object.entries(spec.inputs).map(([name, i]) => `| \`${name}\` | ${i.required ? '(required)' : i.default ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`),
  ].join('\n');
  const outputs = ['| output | what it holds |', '| --- | --- |', ...Object.entries(spec.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`)].join('\n');
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
  writeFileSync(readmePath, withTables(readFileSync(readmePath, 'utf8'), renderTables(readFileSync(resolve(root, 'action.yml'), 'utf8'))));
}
