// A path as git prints it in a patch header: as is, or C-quoted ("a\tb", "\303\251", "\"") when it holds a quote,
// a backslash, a control character or (without core.quotePath=false) a non-ASCII byte. `---`/`+++` lines end with a
// tab when the name holds a space.
const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Decodes a C-quoted name (with its quotes) to the name git stores; bytes are UTF-8. */
export function unquoteCStyle(quoted: string): string {
  const bytes: number[] = [];
  const body = quoted.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The name on a `--- ` or `+++ ` line (without that prefix): undefined for /dev/null; a/ or b/ removed. */
export function patchHeaderPath(rest: string): string | undefined {
  let name: string;
  if (rest.startsWith('"')) name = unquoteCStyle(rest.replace(/\t$/, ''));
  else name = rest.endsWith('\t') ? rest.slice(0, -1) : rest;
  if (name === '/dev/null') return undefined;
  return name.replace(/^[ab]\//, '');
}
