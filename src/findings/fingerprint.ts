// Fingerprints that let code scanning and our own baseline recognise a finding again after the file changes.
import { createHash } from 'node:crypto';

const WINDOW = 100;
const BASE = 37n;
const MASK = (1n << 64n) - 1n;
const EOF_MARK = 65535;

/**
 * GitHub's `primaryLocationLineHash` for every line of a file (index 0 is line 1), as code scanning computes it when
 * a SARIF upload lacks one: a base-37 polynomial hash, modulo 2^64, over the 100 characters that start at the line,
 * ignoring spaces and tabs, with CR and CRLF read as LF and an end-of-file mark after the last character. A value
 * that recurs gets a higher counter (`:2`, `:3`, …). Computing it ourselves means upload-sarif finds no mismatch.
 */
export function lineHashes(content: string): string[] {
  const codes: number[] = [];
  const starts: number[] = [];
  let atLineStart = true;
  let afterCR = false;
  const take = (code: number) => {
    if (atLineStart) {
      starts.push(codes.length);
      atLineStart = false;
    }
    if (code === 10) atLineStart = true;
    codes.push(code);
  };
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 32 || c === 9 || (afterCR && c === 10)) {
      afterCR = false;
      continue;
    }
    afterCR = c === 13;
    take(c === 13 ? 10 : c);
  }
  take(EOF_MARK);

  // prefix[k] = hash of codes[0..k); a window's hash is prefix[p+W] - prefix[p] * 37^W.
  const total = codes.length + WINDOW;
  const prefix = new Array<bigint>(total + 1);
  prefix[0] = 0n;
  for (let k = 0; k < total; k++) prefix[k + 1] = (prefix[k]! * BASE + BigInt(codes[k] ?? 0)) & MASK;
  let pow = 1n;
  for (let i = 0; i < WINDOW; i++) pow = (pow * BASE) & MASK;

  const seen = new Map<string, number>();
  const out: string[] = [];
  // The last start belongs to the end-of-file mark, not to a line of the file, unless the file lacks a final newline.
  for (const p of starts) {
    const hex = ((prefix[p + WINDOW]! - prefix[p]! * pow) & MASK).toString(16);
    const n = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, n);
    out.push(`${hex}:${n}`);
  }
  return out;
}

/**
 * Our own identity for a finding: rule, path and the flagged code with all whitespace removed. It does not depend on
 * line numbers, so edits elsewhere in the file leave it unchanged, nor on severity, title or description, which a
 * model words and rates differently from run to run.
 */
export function findingHash(ruleId: string, path: string, code: string): string {
  return createHash('sha256')
    .update(`${ruleId}\0${path}\0${code.replace(/\s+/g, '')}`)
    .digest('hex')
    .slice(0, 32);
}
