// Text from the model or the repository, shown as the text it is. Characters that act on the text around them without
// showing themselves would let a finding read differently from what it says: bidirectional controls (U+202E
// reverses what follows), zero-width and other format characters (they hide text or split a word a reader sees
// whole), control characters and line separators. Each is written out as `<U+XXXX>`, so a reader sees that it is
// there. Line breaks and tabs stay; CR LF and CR become LF.

/** Unicode format (Cf) and control (Cc) characters other than LF and tab, and the line and paragraph separators. */
const HIDDEN = /(?![\n\t])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export function visibleText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(HIDDEN, (c) => `<${codePoint(c)}>`);
}

/** Visible text on one line: a title, a table cell, an annotation's title. */
export function singleLine(text: string): string {
  return visibleText(text).replace(/[ \t]*\n[ \t]*/g, ' ');
}

/** The hidden characters `text` holds, as `U+XXXX`, each once: for saying why a piece of code is not offered. */
export function hiddenCharacters(text: string): string[] {
  return [...new Set([...text.replace(/\r\n/g, '\n').matchAll(HIDDEN)].map((m) => codePoint(m[0])))];
}
