import { describe, expect, it } from 'vitest';
import { hiddenCharacters, singleLine, visibleText } from '../../src/util/visible-text.js';

describe('visible text', () => {
  it('writes out bidirectional controls, zero-width and control characters, so a reader sees they are there', () => {
    // "Trojan Source": U+202E shows "admin" reversed; U+2066-U+2069 isolate; U+200B-U+200D, U+2060 and U+FEFF hide.
    const text =
      'if (role != "\u202Enimda\u2066") ok\u200B\u200C\u200D\u2060\uFEFF\u200E\u200F\u061C\u2069 \u0007\u001b[2J\u2028end';
    expect(visibleText(text)).toBe(
      'if (role != "<U+202E>nimda<U+2066>") ok<U+200B><U+200C><U+200D><U+2060><U+FEFF><U+200E><U+200F><U+061C><U+2069> <U+0007><U+001B>[2J<U+2028>end',
    );
  });

  it('keeps what shows as itself: line breaks, tabs, accents, emoji', () => {
    expect(visibleText('a\r\nb\rc\n\td é ⚠️ 漢字')).toBe('a\nb\nc\n\td é ⚠️ 漢字');
  });

  it('puts a title on one line', () => {
    expect(singleLine('SQL injection\n::error::forged\r\n  in db.js')).toBe('SQL injection ::error::forged in db.js');
  });

  it('names the hidden characters once each, for saying why code is not offered', () => {
    expect(hiddenCharacters('a\u202Eb\u202Ec\u200B\r\n\t')).toEqual(['U+202E', 'U+200B']);
    expect(hiddenCharacters('plain\ncode\twith tabs\r\n')).toEqual([]);
  });
});
