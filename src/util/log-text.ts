// Text from the repository, the model or Codex's commands must never act as a workflow command when printed:
// the runner reads `::cmd::` at the start of any (trimmed) line and `##[cmd]` anywhere. Lines are made inert by
// breaking those markers with a zero-width space, which keeps them readable.
import { visibleText } from './visible-text.js';

const ZWSP = '\u200b';

export function inert(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^(\s*):/, `$1${ZWSP}:`).replace(/##\[/g, `#${ZWSP}#[`))
    .join('\n');
}

/** One line for the log: control characters shown escaped, long text shortened. */
export function oneLine(text: string, max = 200): string {
  const flat = visibleText(
    text
      .replace(/\r?\n/g, ' ⏎ ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`),
  );
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
