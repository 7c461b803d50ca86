import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, checkFix, MAX_FIX_BYTES } from '../../src/findings/fix.js';
import { buildFixesPatch } from '../../src/findings/fix-patch.js';
import type { Finding } from '../../src/findings/normalize.js';

const lines = ['a', 'b', 'c', 'd', 'e'];
const target = { file: 'src/x.js', lines, startLine: 2, endLine: 3 };

describe('checkFix', () => {
  it('accepts new text for lines that overlap the finding, without a final line break', () => {
    expect(checkFix({ startLine: 3, endLine: 4, replacement: 'C\nD\n' }, target)).toEqual({ ok: true, fix: { startLine: 3, endLine: 4, replacement: 'C\nD' } });
    expect(checkFix({ startLine: 2, endLine: 2, replacement: '' }, target)).toEqual({ ok: true, fix: { startLine: 2, endLine: 2, replacement: '' } });
  });

  it.each([
    [{ startLine: 4, endLine: 9, replacement: 'x' }, 'fix dropped: lines 4-9 go past the end of src/x.js (5 lines)'],
    [{ startLine: 3, endLine: 2, replacement: 'x' }, 'fix dropped: lines 3-2 are not a range of lines'],
    [{ startLine: 0, endLine: 1, replacement: 'x' }, 'fix dropped: lines 0-1 are not a range of lines'],
    [{ startLine: 4, endLine: 5, replacement: 'x' }, "fix dropped: lines 4-5 do not overlap the finding's lines 2-3"],
    [{ startLine: 2, endLine: 3, replacement: 'b\r\nc\r\n' }, 'fix dropped: the replacement is the current text of those lines'],
    [{ startLine: 2, endLine: 2, replacement: 'b\0' }, 'fix dropped: the replacement contains a NUL character'],
    [{ startLine: 2, endLine: 2, replacement: 'x'.repeat(MAX_FIX_BYTES + 1) }, `fix dropped: the replacement is larger than ${MAX_FIX_BYTES} bytes`],
  ])('refuses %j', (fix, reason) => {
    expect(checkFix(fix, target)).toEqual({ ok: false, reason });
  });
});

describe('applyFixes', () => {
  it('replaces, inserts and deletes lines, keeping the file\'s line breaks', () => {
    expect(applyFixes('a\nb\nc\n', [{ startLine: 2, endLine: 2, replacement: 'B1\nB2' }])).toBe('a\nB1\nB2\nc\n');
    expect(applyFixes('a\r\nb\r\nc', [{ startLine: 1, endLine: 1, replacement: '' }, { startLine: 3, endLine: 3, replacement: 'C' }])).toBe('b\r\nC');
  });
});

describe('buildFixesPatch', () => {
  const finding = (file: string, line: number, fix: Finding['fix']): Finding => ({ ruleId: 'xss', title: 't', severity: 'high', confidence: 'high', cwe: [], file, startLine: line, endLine: line, description: 'd', recommendation: 'r', fingerprint: 'f', lineHash: 'h', fix });

  it('one diff that git applies, the first of two overlapping fixes winning', () => {
    const root = mkdtempSync(join(tmpdir(), 'fixes-'));
    try {
      writeFileSync(join(root, 'a.js'), 'one\ntwo\nthree\n');
      writeFileSync(join(root, 'b c.js'), 'x\ny\n');
      execFileSync('git', ['init', '-q'], { cwd: root });
      const patch = buildFixesPatch(
        [finding('a.js', 2, { startLine: 2, endLine: 2, replacement: 'TWO' }), finding('a.js', 2, { startLine: 1, endLine: 2, replacement: 'no' }), finding('b c.js', 1, { startLine: 1, endLine: 1, replacement: 'X' }), finding('a.js', 3, undefined)],
        root,
      );
      expect(patch).toMatchObject({ files: 2, fixes: 2, leftOut: [{ file: 'a.js', startLine: 2, reason: "its fix overlaps another finding's fix of lines 2-2" }] });
      writeFileSync(join(root, 'p.patch'), patch.text);
      execFileSync('git', ['apply', 'p.patch'], { cwd: root });
      expect(execFileSync('cat', ['a.js', 'b c.js'], { cwd: root, encoding: 'utf8' })).toBe('one\nTWO\nthree\nX\ny\n');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
