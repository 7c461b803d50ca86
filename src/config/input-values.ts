// Readers of the inputs, and checks they share: numbers, switches and choices as the input table declares them
// (its default for an empty value, its range, its choices), names on one line of visible text, glob patterns
// picomatch can read, and paths the action may write to. Each failure is a ConfigurationError of one line that
// names the input and quotes the value.
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ConfigurationError } from '../util/errors.js';
import { globProblem } from '../util/glob.js';
import { within } from '../util/paths.js';
import {
  inputSpec,
  type ChoiceOf,
  type DefaultedInteger,
  type InputName,
  type InputNameOf,
  type InputSpec,
} from './input-table.js';

/** An input's value as given: `core.getInput` for the action, the flags for the CLI. */
export type GetInput = (name: string) => string;

/** The value, trimmed, or the table's default when it is empty. */
export function text(get: GetInput, name: InputName): string {
  return get(name).trim() || inputSpec(name).default;
}

/** A whole number within the table's range (or up to `max`, a bound another input sets); empty: the default. */
export function integer(get: GetInput, name: DefaultedInteger, max?: number): number;
export function integer(get: GetInput, name: InputNameOf<'integer'>, max?: number): number | undefined;
export function integer(get: GetInput, name: InputNameOf<'integer'>, max?: number): number | undefined {
  const spec = inputSpec(name) as Extract<InputSpec, { kind: 'integer' }>;
  const value = text(get, name);
  if (value === '') return undefined;
  const n = Number(value);
  const top = max ?? spec.max;
  if (!Number.isInteger(n) || n < spec.min || n > top) {
    throw new ConfigurationError(`Input ${name} must be a whole number from ${spec.min} to ${top}. Provided: ${value}`);
  }
  return n;
}

/** true or false, in any case; empty: the default. */
export function bool(get: GetInput, name: InputNameOf<'boolean'>): boolean {
  const value = text(get, name).toLowerCase();
  if (value !== 'true' && value !== 'false') {
    throw new ConfigurationError(`Input ${name} must be true or false. Provided: ${get(name).trim()}`);
  }
  return value === 'true';
}

/** One of the table's choices, in any case; empty: the default. */
export function choice<N extends InputNameOf<'choice'>>(get: GetInput, name: N): ChoiceOf<N> {
  const { choices } = inputSpec(name) as Extract<InputSpec, { kind: 'choice' }>;
  const value = text(get, name).toLowerCase();
  if (!choices.includes(value)) {
    const provided = get(name).trim();
    throw new ConfigurationError(
      `Unrecognized ${name} input. Provided: ${provided}. Available options: ${choices.join(',')}`,
    );
  }
  return value as ChoiceOf<N>;
}

/** A name shown on GitHub or passed on, checked by singleLineInput; empty: the default. */
export function line(get: GetInput, name: InputNameOf<'line'>): string {
  return singleLineInput(name, get(name)) || inputSpec(name).default;
}

/** include, exclude: checked by patternsInput. */
export function patterns(get: GetInput, name: InputNameOf<'patterns'>): string[] {
  return patternsInput(name, get(name));
}

/** Control (Cc) and format (Cf) characters, line and paragraph separators: they break a line, hide or reorder text. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const HIDDEN_ALL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A provided value in an error line: quoted, its hidden characters written out, shortened. */
export function quoted(value: string, max = 200): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value).replace(
    HIDDEN_ALL,
    (c) => `\\u${codePoint(c).slice(2)}`,
  );
}

/** A provided value as it is when it is visible text on one line, else quoted: an error stays one readable line. */
export function shown(value: string, max = 200): string {
  return HIDDEN.test(value) || value.length > max ? quoted(value, max) : value;
}

/** A name shown on GitHub or passed on (check-name, artifact-name, sarif-category, model): one line of visible text. */
export function singleLineInput(name: string, value: string): string {
  const v = value.trim();
  const hidden = HIDDEN.exec(v);
  if (hidden) {
    throw new ConfigurationError(
      `Input ${name} contains the control character ${codePoint(hidden[0])}: ${quoted(v)}. ` +
        'Use one line of visible text.',
    );
  }
  return v;
}

/** Patterns one per line or comma-separated; a comma inside {…} or […] belongs to its pattern; `#` starts a comment. */
export function splitPatterns(value: string): string[] {
  const out: string[] = [];
  for (const line of value.split('\n')) {
    let depth = 0;
    let current = '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === '\\' && i + 1 < line.length) {
        current += c + line[++i];
        continue;
      }
      if (c === '{' || c === '[') depth += 1;
      else if ((c === '}' || c === ']') && depth > 0) depth -= 1;
      if (c === ',' && depth === 0) {
        out.push(current);
        current = '';
      } else current += c;
    }
    out.push(current);
  }
  return out.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'));
}

/** include / exclude: every pattern must be one picomatch can read, or the scope would silently be empty or whole. */
export function patternsInput(name: string, value: string): string[] {
  const patterns = splitPatterns(value);
  for (const p of patterns) {
    const hidden = HIDDEN.exec(p);
    const problem = hidden ? `it contains the control character ${codePoint(hidden[0])}` : globProblem(p);
    if (problem) throw new ConfigurationError(`Input ${name}: ${quoted(p)} is not a glob pattern: ${problem}.`);
  }
  return patterns;
}

/** The path with symbolic links resolved as far as it exists: where a write to it would land. */
export function landingPath(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...rest);
}

/**
 * output-dir, sarif-file: the action writes only into the workspace or the runner's temporary directory, where a
 * job's files belong; a path elsewhere (or a link out of them) could overwrite the runner's own files.
 */
export function writablePath(
  name: string,
  input: string,
  path: string,
  roots: { label: string; dir: string }[],
): string {
  const landing = landingPath(path);
  if (roots.some((r) => within(landingPath(r.dir), landing))) return path;
  const where = roots.map((r) => `${r.label} (${r.dir})`).join(' or ');
  const leads = landing !== path ? `: it leads to ${shown(landing)}` : '';
  throw new ConfigurationError(
    `Input ${name}: ${shown(input)} is outside ${where}${leads}. Write the action's files there.`,
  );
}
