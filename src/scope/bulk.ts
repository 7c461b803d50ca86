// Generated and bundled code that no pattern names: a minified library committed as `app.js`, a webpack bundle, a
// JSON dump. It costs a review many tokens (every read stays in the thread's history) and finds nothing a person
// could act on, so it is left out by default and listed with the reason. Only files large enough to matter are
// looked at, and only their first bytes.
import { closeSync, openSync, readSync } from 'node:fs';

/** Smaller files cost little to read, whatever they hold. */
export const BULK_MIN_BYTES = 32 * 1024;
const SAMPLE_BYTES = 16 * 1024;
/** Hand-written code keeps its lines short; minifiers and bundlers write lines of thousands of characters. */
const LONGEST_LINE = 2_000;
const AVERAGE_LINE = 300;

function sample(file: string): string {
  const buffer = Buffer.alloc(SAMPLE_BYTES);
  const fd = openSync(file, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, SAMPLE_BYTES, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Why a file is generated or bundled bulk, or undefined when it reads like code a person wrote. */
export function bulkReason(file: string, size: number): string | undefined {
  if (size < BULK_MIN_BYTES) return undefined;
  let text: string;
  try {
    text = sample(file);
  } catch {
    return undefined;
  }
  // A sample that ends mid-line counts that line as it is: long enough already says enough.
  const lines = text.split('\n');
  const longest = Math.max(...lines.map((l) => l.length));
  const average = Math.round(text.length / lines.length);
  if (longest < LONGEST_LINE && average < AVERAGE_LINE) return undefined;
  return `minified or generated: lines of ${average} characters on average (longest ${longest}) in its first 16 KB`;
}
