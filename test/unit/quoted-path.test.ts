import { describe, expect, it } from 'vitest';
import { patchHeaderPath, unquoteCStyle } from '../../src/git/quoted-path.js';

describe("git's quoted names", () => {
  it('decodes every escape git writes', () => {
    expect(unquoteCStyle('"src/\\303\\251.js"')).toBe('src/é.js');
    expect(unquoteCStyle('"a\\tb\\n\\"c\\"\\\\d"')).toBe('a\tb\n"c"\\d');
  });

  it('reads ---/+++ names: quoted or not, with the tab git adds after a name with a space', () => {
    expect(patchHeaderPath('b/a b.js\t')).toBe('a b.js');
    expect(patchHeaderPath('"b/new\\nline.js"')).toBe('new\nline.js');
    expect(patchHeaderPath('"b/a \\"b\\".js"\t')).toBe('a "b".js');
    expect(patchHeaderPath('b/-dash.js')).toBe('-dash.js');
    expect(patchHeaderPath('/dev/null')).toBeUndefined();
  });
});
