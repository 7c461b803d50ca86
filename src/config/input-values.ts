// Checks shared by the inputs: names on one line of visible text, glob patterns picomatch can read, and paths the
// action may write to. Each failure is a ConfigurationError of one line that names the input and quotes the value.
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ConfigurationError } from '../util/errors.js';
import { globProblem } from '../util/glob.js';
import { within } from '../util/paths.js';

/** Control (Cc) and format (Cf) characters, line and paragraph separators: they break a line or hide and reorder text. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const HIDDEN_ALL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A provided value in an error line: quoted, its hidden characters written out, shortened. */
export function quoted(value: string, max = 200): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value).replace(HIDDEN_ALL, (c) => `\\u${codePoint(c).slice(2)}`);
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
    throw new ConfigurationError(`Input ${name} contains the control character ${codePoint(hidden[0])}: ${quoted(v)}. Use one line of visible text.`);
  }
  return v;
}

/** Patterns one per line or comma-separated; a comma inside {…} or […] belongs to its pattern. `#` starts a comment line. */
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
export function writablePath(name: string, input: string, path: string, roots: { label: string; dir: string }[]): string {
  const landing = landingPath(path);
  if (roots.some((r) => within(landingPath(r.dir), landing))) return path;
  const where = roots.map((r) => `${r.label} (${r.dir})`).join(' or ');
  throw new ConfigurationError(`Input ${name}: ${shown(input)} is outside ${where}${landing !== path ? `: it leads to ${shown(landing)}` : ''}. Write the action's files there.`);
}
