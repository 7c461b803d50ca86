// Removes secrets from text we write ourselves (report, SARIF, logs, comments, summaries, artifacts). The runner's
// masking does not reach files or API payloads, so everything we produce passes through here. Two kinds: the
// credentials the action holds (api-key, github-token) become `***`; values that look like secrets, found in what
// the scan read and wrote (src/util/secrets.ts), become a mask that keeps a hint of which value it was.

interface Entry {
  /** The text as it may appear. */
  form: string;
  mask: string;
}

/** The smallest value masked: shorter ones would mask ordinary words. */
const MIN_FOUND = 6;
/** A value this long keeps its first 4 characters in the mask (usually a provider's public prefix such as `ghp_`). */
const SHOWS_HEAD = 20;

/**
 * What a reader sees instead of a found secret: a PEM block's header, or the first 4 characters of a value long
 * enough that they give nothing away, and its length.
 */
export function maskOf(value: string): string {
  const pem = /^-----BEGIN [A-Z0-9 ]+-----/.exec(value)?.[0];
  const head = pem ?? (value.length >= SHOWS_HEAD ? value.slice(0, 4) : '');
  return `${head}…(${value.length} chars, masked)`;
}

/** JSON string escaping, as the value appears inside a JSON string (once) or inside JSON held in a JSON string. */
const jsonEscaped = (s: string) => JSON.stringify(s).slice(1, -1);

export class Redactor {
  private readonly forms = new Map<string, string>();
  private sorted?: { text: Entry[]; bytes: Entry[] };

  /** A credential the action holds: every trace of it, also base64- or URL-encoded, becomes `***`. */
  add(secret: string | undefined): void {
    if (!secret || secret.length < 4) return;
    this.put([secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)], '***');
  }

  /** A value that looks like a secret: it becomes its mask, also where it stands JSON-escaped or URL-encoded. */
  addFound(value: string): void {
    if (value.length < MIN_FOUND) return;
    const once = jsonEscaped(value);
    this.put([value, once, jsonEscaped(once), encodeURIComponent(value)], maskOf(value));
  }

  /** How many values (in all their forms) are masked. */
  get size(): number {
    return this.forms.size;
  }

  redact(text: string): string {
    return replaceAll(text, this.entries().text);
  }

  /** Whether `text` holds anything this redactor masks. */
  finds(text: string): boolean {
    return this.entries().text.some((e) => text.includes(e.form));
  }

  /**
   * `data` with every secret's bytes replaced and every other byte as it was, whatever the encoding; `data` itself
   * when it holds no secret.
   */
  redactBytes(data: Buffer): Buffer {
    const bytes = data.toString('latin1');
    const out = replaceAll(bytes, this.entries().bytes);
    return out === bytes ? data : Buffer.from(out, 'latin1');
  }

  /**
   * A JSON.stringify replacer that redacts every string but those under `keep` (paths, line hashes, fingerprints:
   * what lets a person find the place, and what code scanning keys its alerts on).
   */
  jsonText(keep: ReadonlySet<string>): (key: string, value: unknown) => unknown {
    return (key, value) => (typeof value === 'string' && !keep.has(key) ? this.redact(value) : value);
  }

  private put(forms: string[], mask: string): void {
    for (const form of forms) if (!this.forms.has(form)) this.forms.set(form, mask);
    this.sorted = undefined;
  }

  /** Longest first, so that a secret that holds another is replaced whole; as text and as binary strings. */
  private entries(): { text: Entry[]; bytes: Entry[] } {
    if (!this.sorted) {
      const binary = (s: string) => Buffer.from(s).toString('latin1');
      const longestFirst = (a: Entry, b: Entry) => b.form.length - a.form.length;
      const text = [...this.forms].map(([form, mask]) => ({ form, mask })).sort(longestFirst);
      this.sorted = {
        text,
        bytes: text.map((e) => ({ form: binary(e.form), mask: binary(e.mask) })).sort(longestFirst),
      };
    }
    return this.sorted;
  }
}

function replaceAll(text: string, entries: readonly Entry[]): string {
  let out = text;
  for (const e of entries) if (out.includes(e.form)) out = out.split(e.form).join(e.mask);
  return out;
}
