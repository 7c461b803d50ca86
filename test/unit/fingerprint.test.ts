import { describe, expect, it } from 'vitest';
import { findingHash, lineHashes } from '../../src/findings/fingerprint.js';

describe('lineHashes (GitHub primaryLocationLineHash)', () => {
  // Values published with GitHub's reference implementation (codeql-action fingerprint tests).
  it('matches GitHub for an empty file and for mixed whitespace', () => {
    expect(lineHashes('')).toEqual(['c129715d7a2bc9a3:1']);
    expect(lineHashes(' a\nb\n  \t\tc\n d')).toEqual([
      '271789c17abda88f:1',
      '54703d4cd895b18:1',
      '180aee12dab6264:1',
      'a23a3dc5e078b07b:1',
    ]);
  });

  it('reads CRLF and CR as LF', () => {
    expect(lineHashes('a\r\nb\r\nc')).toEqual(lineHashes('a\nb\nc'));
    expect(lineHashes('a\rb\rc')).toEqual(lineHashes('a\nb\nc'));
  });

  it('ignores spaces and tabs, so re-indenting keeps the hash', () => {
    expect(lineHashes('if (x) {\n  run(x);\n}\n')).toEqual(lineHashes('if(x){\n\t\trun( x );\n}\n'));
  });

  it("keeps a line's hash when lines are inserted far above it", () => {
    const body = Array.from({ length: 30 }, (_, i) => `const v${i} = compute(${i});`).join('\n');
    const before = lineHashes(body);
    const after = lineHashes(`// licence header\n// second line\n${body}`);
    expect(after.slice(2, 2 + 25)).toEqual(before.slice(0, 25));
  });

  it('numbers repeated hashes in order', () => {
    const h = lineHashes('x\n'.repeat(300));
    expect(h[0]!.endsWith(':1')).toBe(true);
    expect(new Set(h.slice(0, 200)).size).toBe(200);
  });
});

describe('findingHash', () => {
  it('depends on rule, path and code, not on whitespace', () => {
    const a = findingHash('xss', 'a.js', 'el.innerHTML = name;');
    expect(findingHash('xss', 'a.js', 'el.innerHTML  =  name ;')).toBe(a);
    expect(findingHash('sql-injection', 'a.js', 'el.innerHTML = name;')).not.toBe(a);
    expect(findingHash('xss', 'b.js', 'el.innerHTML = name;')).not.toBe(a);
    expect(findingHash('xss', 'a.js', 'el.textContent = name;')).not.toBe(a);
  });
});
