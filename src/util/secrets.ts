// Finds the values that look like secrets in what a scan publishes, so that they are masked wherever a person reads
// the result. Provider formats come from secretlint's recommended rules (maintained, MIT); written here is only what
// no rule there covers: Google API keys, JSON Web Tokens, an AWS secret access key beside its key id, and the value a
// hard-coded-secret finding is about.
import { lintSource } from '@secretlint/core';
import { rules as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import type { Redactor } from './redact.js';

// Each rule on its own: a rule inside the preset cannot be disabled (secretlint 13.1.0 ignores `disabled` there), and
// the comment filter must go, or text under review would switch the masking off with a `secretlint-disable` comment.
const CONFIG: Parameters<typeof lintSource>[0]['options']['config'] = {
  rules: recommended
    .filter((rule) => rule.meta.id !== '@secretlint/secretlint-rule-filter-comments')
    .map((rule) => ({
      id: rule.meta.id,
      rule,
      options: rule.meta.id === '@secretlint/secretlint-rule-aws' ? { enableIDScanRule: true } : {},
    })),
};

/** Texts are scanned in pieces of about this many characters, cut at line breaks. */
const PIECE = 4 * 1024 * 1024;
/** How far from an AWS access key id its secret access key is looked for. */
const AWS_PAIR_REACH = 300;

const GOOGLE_API_KEY = /(?<![\w-])AIza[\w-]{35}(?![\w-])/g;
const JWT = /(?<![\w-])eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{16,}(?![\w-])/g;
// The shape AWS gives for a secret access key: 40 base64 characters; it counts only beside a key id.
const AWS_SECRET_KEY = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g;

/** Every value in `texts` that looks like a secret. */
export async function findSecrets(texts: Iterable<string>): Promise<Set<string>> {
  const found = new Set<string>();
  for (const piece of pieces(texts)) {
    const reports = await lintSource({
      source: { content: piece, filePath: 'text', ext: '.txt', contentType: 'text' },
      options: { config: CONFIG, noPhysicFilePath: true },
    });
    for (const m of reports.messages) {
      for (const v of valuesOf(piece, m)) for (const part of partsOf(v)) found.add(part);
      if (m.messageId === 'AWSAccessKeyID') for (const v of awsSecretKeysNear(piece, m.range)) found.add(v);
    }
    for (const pattern of [GOOGLE_API_KEY, JWT]) for (const match of piece.matchAll(pattern)) found.add(match[0]);
  }
  return found;
}

/**
 * A value as it may be quoted elsewhere: without the quotes and punctuation a rule's match can run into (secretlint's
 * connection strings take a closing `',` along), and a URL's password on its own.
 */
function partsOf(value: string): string[] {
  const bare = value.replace(/^[\s'"`,;()[\]{}<>]+|[\s'"`,;()[\]{}<>]+$/g, '');
  const password = /:\/\/[^:@/\s]+:([^@/\s]{6,})@/.exec(bare)?.[1];
  return password ? [bare, password] : [bare];
}

/**
 * What a secretlint report is about: the values its rule quotes where it points (secretlint 13.1.0 gives
 * the AWS secret access key a range that starts at the variable's name, and its message data also names the kind
 * of token), else its range.
 */
function valuesOf(piece: string, m: { range: readonly [number, number]; data?: object }): string[] {
  const [start, end] = m.range;
  const overlaps = (v: string) => {
    const at = piece.indexOf(v, Math.max(0, start - v.length + 1));
    return at >= 0 && at < end;
  };
  const quoted = Object.values(m.data ?? {}).filter(
    (v): v is string => typeof v === 'string' && v.length >= 8 && overlaps(v),
  );
  return quoted.length ? quoted : [piece.slice(start, end)];
}

function awsSecretKeysNear(piece: string, [start, end]: readonly [number, number]): string[] {
  const around = piece.slice(Math.max(0, start - AWS_PAIR_REACH), end + AWS_PAIR_REACH);
  // Mixed case: a hex digest (a commit id, a fingerprint) has 40 characters too.
  return [...around.matchAll(AWS_SECRET_KEY)].map((m) => m[0]).filter((v) => /[a-z]/.test(v) && /[A-Z]/.test(v));
}

function* pieces(texts: Iterable<string>): Generator<string> {
  let piece = '';
  for (const text of texts) {
    for (const part of cut(text)) {
      if (piece && piece.length + part.length > PIECE) {
        yield piece;
        piece = '';
      }
      // A blank line between texts: no pattern runs from one into the next.
      piece += `${part}\n\n`;
    }
  }
  if (piece) yield piece;
}

function* cut(text: string): Generator<string> {
  let from = 0;
  while (text.length - from > PIECE) {
    const at = text.lastIndexOf('\n', from + PIECE);
    const to = at > from ? at + 1 : from + PIECE;
    yield text.slice(from, to);
    from = to;
  }
  yield text.slice(from);
}

/** What a hard-coded-secret finding says, and the code of its lines. */
export interface SecretFinding {
  text: string[];
  lines: string[];
}

const CREDENTIAL_NAME = /pass|pwd|secret|token|key|cred|auth|private|signature|salt|session|cookie|bearer/i;
const QUOTED = /(["'`])((?:\\.|(?!\1)[^\\\n])*)\1/g;
// A whole line of configuration: `KEY=value`, `key: value` (.env, YAML, properties), the value unquoted.
const CONFIG_LINE = /^\s*(?:export\s+)?([\w.-]+)\s*[:=]\s*([^\s'"`]+)\s*$/;
const QUOTED_IN_TEXT = /[`'"]([^`'"\s]{12,})[`'"]/g;

/**
 * The values a hard-coded-secret finding is about: what its flagged lines assign to a credential's name, quote in
 * a string that looks random, or what the finding's own text repeats; and any random-looking value its text quotes.
 */
export function hardcodedSecretValues(finding: SecretFinding): string[] {
  const values = new Set<string>();
  const said = finding.text.join('\n');
  for (const line of finding.lines) {
    for (const { value, name } of candidates(line)) {
      if (value.length < 6 || /\s/.test(value) || isReference(value) || isPlace(value)) continue;
      if (CREDENTIAL_NAME.test(name) || said.includes(value) || looksRandom(value)) values.add(value);
    }
  }
  for (const text of finding.text)
    for (const m of text.matchAll(QUOTED_IN_TEXT))
      if (looksRandom(m[1]!) && !isReference(m[1]!) && !isPlace(m[1]!)) values.add(m[1]!);
  return [...values];
}

function candidates(line: string): { value: string; name: string }[] {
  const found = [...line.matchAll(QUOTED)].map((m) => ({ value: m[2]!, name: nearestName(line.slice(0, m.index)) }));
  const config = CONFIG_LINE.exec(line);
  if (config && found.length === 0) found.push({ value: config[2]!, name: config[1]! });
  return found;
}

/** The last name before a value: the key or variable it is given to. */
function nearestName(before: string): string {
  return /([A-Za-z_$][\w$-]*)[^A-Za-z_$]*$/.exec(before)?.[1] ?? '';
}

/** Code that names a value rather than holding one: an environment look-up, a variable, a call, a template. */
function isReference(value: string): boolean {
  return (
    /^(process\.env|os\.environ|env\.|ENV\[|getenv|\$)/.test(value) ||
    /\$\{|\(|\)/.test(value) ||
    /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/.test(value) ||
    /^(null|nil|none|true|false|undefined)$/i.test(value)
  );
}

/** A path (`./x`, `/etc/x`, `dir/file.ext`) or a URL without credentials: where something is, not a secret. */
function isPlace(value: string): boolean {
  return (
    /^(\.{1,2}\/|\/|~\/)/.test(value) ||
    /^[\w.-]+(\/[\w.-]+)+\.\w{1,8}$/.test(value) ||
    /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(value)
  );
}

/**
 * At least 12 characters with a digit and of three kinds (lower, upper, digit, other), and not a file's name and
 * line: a header or a sentence is not a secret, and a random token almost always holds a digit.
 */
function looksRandom(value: string): boolean {
  if (value.length < 12 || /\s/.test(value) || !/[0-9]/.test(value) || /^[\w./-]+\.\w{1,8}(:\d+(-\d+)?)?$/.test(value))
    return false;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((k) => k.test(value)).length;
  return kinds >= 3;
}

/** Adds every secret-looking value in `texts` to `redactor`. */
export async function learn(redactor: Redactor, texts: Iterable<string>): Promise<void> {
  for (const v of await findSecrets(texts)) redactor.addFound(v);
}
