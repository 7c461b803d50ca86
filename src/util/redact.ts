// Removes secrets from text we write ourselves (report, logs, messages). The runner's masking does not reach files
// or API payloads, so everything we produce passes through here.
export class Redactor {
  private readonly secrets: string[] = [];
  /** The secrets' UTF-8 bytes as binary strings (one character per byte), for redacting bytes. */
  private readonly binary: string[] = [];

  add(secret: string | undefined): void {
    if (!secret || secret.length < 4) return;
    for (const form of [secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)]) {
      if (!this.secrets.includes(form)) this.secrets.push(form);
    }
    this.secrets.sort((a, b) => b.length - a.length);
    this.binary.splice(0, this.binary.length, ...this.secrets.map((s) => Buffer.from(s).toString('latin1')));
    this.binary.sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    return replaceAll(text, this.secrets);
  }

  /**
   * `data` with every secret's bytes replaced and every other byte as it was, whatever the encoding; `data` itself
   * when it holds no secret.
   */
  redactBytes(data: Buffer): Buffer {
    const bytes = data.toString('latin1');
    const out = replaceAll(bytes, this.binary);
    return out === bytes ? data : Buffer.from(out, 'latin1');
  }
}

function replaceAll(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join('***');
  return out;
}
