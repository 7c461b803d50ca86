import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyFixes, checkFix, MAX_FIX_BYTES } from '../../src/findings/fix.js';
import { buildFixesPatch } from '../../src/findings/fix-patch.js';
import { placeFindings } from '../../src/findings/normalize.js';
import type { Finding } from '../../src/findings/finding.js';
import type { RawFinding } from '../../src/findings/schema.js';

const lines = ['a', 'b', 'c', 'd', 'e'];
const target = { file: 'src/x.js', lines, startLine: 2, endLine: 3 };

describe('checkFix', () => {
  it('accepts new text for lines that overlap the finding, without a final line break', () => {
    expect(checkFix({ startLine: 3, endLine: 4, replacement: 'C\nD\n' }, target)).toEqual({
      ok: true,
      fix: { startLine: 3, endLine: 4, replacement: 'C\nD' },
    });
    expect(checkFix({ startLine: 2, endLine: 2, replacement: '' }, target)).toEqual({
      ok: true,
      fix: { startLine: 2, endLine: 2, replacement: '' },
    });
  });

  it.each([
    [{ startLine: 4, endLine: 9, replacement: 'x' }, 'fix dropped: lines 4-9 go past the end of src/x.js (5 lines)'],
    [{ startLine: 3, endLine: 2, replacement: 'x' }, 'fix dropped: lines 3-2 are not a range of lines'],
    [{ startLine: 0, endLine: 1, replacement: 'x' }, 'fix dropped: lines 0-1 are not a range of lines'],
    [{ startLine: 4, endLine: 5, replacement: 'x' }, "fix dropped: lines 4-5 do not overlap the finding's lines 2-3"],
    [
      { startLine: 2, endLine: 3, replacement: 'b\r\nc\r\n' },
      'fix dropped: the replacement is the current text of those lines',
    ],
    [{ startLine: 2, endLine: 2, replacement: 'b\0' }, 'fix dropped: the replacement contains a NUL character'],
    [
      { startLine: 2, endLine: 2, replacement: 'if (isAdmin) {\u202E } \u2066// check later\u2069 {' },
      'fix dropped: the replacement holds characters a reader cannot see (U+202E, U+2066, U+2069)',
    ],
    [
      { startLine: 2, endLine: 2, replacement: 'x'.repeat(MAX_FIX_BYTES + 1) },
      `fix dropped: the replacement is larger than ${MAX_FIX_BYTES} bytes`,
    ],
  ])('refuses %j', (fix, reason) => {
    expect(checkFix(fix, target)).toEqual({ ok: false, reason });
  });

  it('offers a suggestion on a file that is not UTF-8 only when it keeps its bytes', () => {
    // Read as UTF-8, the Latin-1 byte of "café" became U+FFFD.
    const legacy = {
      file: 'legacy.c',
      lines: ['/* caf\uFFFD */', 'int a = 1;', 'int b = 2;'],
      startLine: 1,
      endLine: 3,
      utf8: false,
    };
    expect(checkFix({ startLine: 2, endLine: 2, replacement: 'int a = 2;' }, legacy)).toMatchObject({ ok: true });
    expect(checkFix({ startLine: 1, endLine: 1, replacement: '/* cafe */' }, legacy)).toEqual({
      ok: false,
      reason: 'fix dropped: lines 1-1 of legacy.c hold bytes that are not UTF-8',
    });
    expect(checkFix({ startLine: 2, endLine: 2, replacement: 'int a = 2; // é' }, legacy)).toEqual({
      ok: false,
      reason: 'fix dropped: legacy.c is not UTF-8 and the replacement is not plain ASCII',
    });
    expect(
      checkFix({ startLine: 2, endLine: 2, replacement: 'int a = 2; // é' }, { ...legacy, utf8: true }),
    ).toMatchObject({ ok: true });
  });
});

describe('applyFixes', () => {
  it("replaces, inserts and deletes lines, keeping the file's line breaks", () => {
    expect(applyFixes('a\nb\nc\n', [{ startLine: 2, endLine: 2, replacement: 'B1\nB2' }])).toBe('a\nB1\nB2\nc\n');
    expect(
      applyFixes('a\r\nb\r\nc', [
        { startLine: 1, endLine: 1, replacement: '' },
        { startLine: 3, endLine: 3, replacement: 'C' },
      ]),
    ).toBe('b\r\nC');
  });

  it('gives new lines the break of the last line they replace, and leaves every other line as it was', () => {
    // Mixed breaks: line 4 keeps its LF although most lines end in CRLF.
    expect(applyFixes('a\r\nb\nc\r\nd\n', [{ startLine: 2, endLine: 3, replacement: 'B\nC\nC2' }])).toBe(
      'a\r\nB\r\nC\r\nC2\r\nd\n',
    );
    // The last line has no break: the new lines take the file's most common one, the last still none.
    expect(applyFixes('a\r\nb\r\nc', [{ startLine: 3, endLine: 3, replacement: 'C1\nC2' }])).toBe('a\r\nb\r\nC1\r\nC2');
    expect(applyFixes('a\nb', [{ startLine: 2, endLine: 2, replacement: '' }])).toBe('a\n');
    // A lone CR is no line break.
    expect(applyFixes('a\rb\nc\n', [{ startLine: 2, endLine: 2, replacement: 'C' }])).toBe('a\rb\nC\n');
  });
});

describe('buildFixesPatch', () => {
  const finding = (file: string, line: number, fix: Finding['fix']): Finding => ({
    ruleId: 'xss',
    title: 't',
    severity: 'high',
    confidence: 'high',
    cwe: [],
    file,
    startLine: line,
    endLine: line,
    description: 'd',
    recommendation: 'r',
    fingerprint: 'f',
    lineHash: 'h',
    fix,
  });

  it('one diff that git applies, the first of two overlapping fixes winning', () => {
    const root = mkdtempSync(join(tmpdir(), 'fixes-'));
    try {
      writeFileSync(join(root, 'a.js'), 'one\ntwo\nthree\n');
      writeFileSync(join(root, 'b c.js'), 'x\ny\n');
      execFileSync('git', ['init', '-q'], { cwd: root });
      const patch = buildFixesPatch(
        [
          finding('a.js', 2, { startLine: 2, endLine: 2, replacement: 'TWO' }),
          finding('a.js', 2, { startLine: 1, endLine: 2, replacement: 'no' }),
          finding('b c.js', 1, { startLine: 1, endLine: 1, replacement: 'X' }),
          finding('a.js', 3, undefined),
        ],
        root,
      );
      expect(patch).toMatchObject({
        files: 2,
        fixes: 2,
        leftOut: [{ file: 'a.js', startLine: 2, reason: "its fix overlaps another finding's fix of lines 2-2" }],
      });
      writeFileSync(join(root, 'p.patch'), patch.text);
      execFileSync('git', ['apply', 'p.patch'], { cwd: root });
      expect(execFileSync('cat', ['a.js', 'b c.js'], { cwd: root, encoding: 'utf8' })).toBe('one\nTWO\nthree\nX\ny\n');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

const hasPatch = spawnSync('patch', ['--version']).status === 0;

/** Applies `patch` in a fresh repository holding `files`, with git and (where installed) with patch -p1. */
function applyEverywhere(
  files: Record<string, Buffer | string>,
  patch: Buffer,
): { git: Record<string, Buffer>; patch?: Record<string, Buffer> } {
  const root = mkdtempSync(join(tmpdir(), 'fixes-apply-'));
  const patchFile = `${root}.patch`;
  const lay = () => {
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(join(root, name, '..'), { recursive: true });
      writeFileSync(join(root, name), data);
    }
  };
  const read = () => Object.fromEntries(Object.keys(files).map((name) => [name, readFileSync(join(root, name))]));
  try {
    lay();
    writeFileSync(patchFile, patch);
    // Pinned so that the host's git settings cannot convert line breaks.
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'core.autocrlf=false', '-c', 'core.safecrlf=false', ...args], {
        cwd: root,
        stdio: 'pipe',
      });
    git('init', '-q');
    git('apply', '--check', patchFile);
    git('apply', patchFile);
    const viaGit = read();
    if (!hasPatch) return { git: viaGit };
    lay();
    execFileSync('patch', ['-p1', '--quiet', '--no-backup-if-mismatch', '-i', patchFile], { cwd: root, stdio: 'pipe' });
    return { git: viaGit, patch: read() };
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(patchFile, { force: true });
  }
}

const latin1 = (s: string) => Buffer.from(s, 'latin1');
const fixAt = (file: string, startLine: number, endLine: number, replacement: string): Finding => ({
  ruleId: 'xss',
  title: 't',
  severity: 'high',
  confidence: 'high',
  cwe: [],
  file,
  startLine,
  endLine,
  description: 'd',
  recommendation: 'r',
  fingerprint: 'f',
  lineHash: 'h',
  fix: { startLine, endLine, replacement },
});

describe('v16-fixes.patch applies byte for byte', () => {
  it.each([
    [
      'CRLF lines',
      'win.js',
      'a\r\nb\r\nc\r\nd\r\ne\r\n',
      [fixAt('win.js', 2, 3, 'B\nC\nC2')],
      'a\r\nB\r\nC\r\nC2\r\nd\r\ne\r\n',
    ],
    ['no final line break, fix on the last line', 'end.js', 'a\nb\nc', [fixAt('end.js', 3, 3, 'C')], 'a\nb\nC'],
    [
      'no final line break, CRLF, fix before the last line',
      'end2.js',
      'a\r\nb\r\nc',
      [fixAt('end2.js', 2, 2, 'B1\nB2')],
      'a\r\nB1\r\nB2\r\nc',
    ],
    ['deleting the last line that has no break', 'del.js', 'a\nb\nc', [fixAt('del.js', 3, 3, '')], 'a\nb\n'],
    [
      'mixed line breaks',
      'mixed.js',
      'a\r\nb\nc\r\nd\ne\r\n',
      [fixAt('mixed.js', 2, 2, 'B'), fixAt('mixed.js', 5, 5, 'E')],
      'a\r\nB\nc\r\nd\nE\r\n',
    ],
    [
      'a byte order mark before a rewritten first line',
      'bom.js',
      '\uFEFFa\nb\n',
      [fixAt('bom.js', 1, 1, 'A')],
      '\uFEFFA\nb\n',
    ],
    ['a name git quotes', 'src/naïve "x".js', 'a\n', [fixAt('src/naïve "x".js', 1, 1, 'é')], 'é\n'],
    [
      'Latin-1, fix next to a line that is not UTF-8',
      'legacy.c',
      latin1('/* caf\xe9 */\r\nint a = 1;\r\nint b = 2;\r\n/* \xfc */'),
      [fixAt('legacy.c', 2, 3, 'int a = 2;\nint b = 3;')],
      latin1('/* caf\xe9 */\r\nint a = 2;\r\nint b = 3;\r\n/* \xfc */'),
    ],
  ])('%s', (_name, file, before, findings, after) => {
    const patch = buildFixesPatch(findings, writeRepo({ [file]: before }));
    expect(patch.leftOut).toEqual([]);
    expect(patch.fixes).toBe(findings.length);
    const applied = applyEverywhere({ [file]: before }, patch.text);
    const expected = typeof after === 'string' ? Buffer.from(after) : after;
    expect(applied.git[file]).toEqual(expected);
    if (applied.patch) expect(applied.patch[file]).toEqual(expected);
  });

  it('leaves out, with its reason, a fix whose bytes in a file that is not UTF-8 are unknown', () => {
    const legacy = latin1('caf\xe9\nint a = 1;\nint b = 2;\n');
    const utf16 = Buffer.from('\uFEFFint a = 1;\nint b = 2;\n', 'utf16le');
    const oldMac = 'a\rb\nc\nd\n';
    const root = writeRepo({ 'legacy.c': legacy, 'wide.c': utf16, 'mac.c': oldMac });
    const patch = buildFixesPatch(
      [
        fixAt('legacy.c', 1, 1, 'cafe'),
        fixAt('legacy.c', 2, 2, 'int a = "é";'),
        fixAt('wide.c', 1, 1, 'int a = 2;'),
        fixAt('mac.c', 3, 3, 'C'),
        fixAt('gone.c', 1, 1, 'x'),
        fixAt('legacy.c', 3, 3, 'int b = 3;'),
      ],
      root,
    );
    expect(patch.leftOut.map((l) => `${l.file}:${l.startLine} ${l.reason}`)).toEqual([
      'legacy.c:1 lines 1-1 of legacy.c are not UTF-8, so the fix replaces text that could not be read exactly',
      "legacy.c:2 legacy.c is not UTF-8, so the fix's characters other than ASCII have no known bytes in it",
      "wide.c:1 wide.c is neither UTF-8 nor ASCII-based text (it holds NUL bytes), so the fix's text has no known bytes in it",
      'mac.c:3 mac.c has a carriage return without a line feed in lines 1-3, so tools number its lines differently',
      expect.stringMatching(/^gone\.c:1 gone\.c could not be read: ENOENT/),
    ]);
    // The fix that could be made stays, with the file's own bytes around it.
    expect(patch).toMatchObject({ files: 1, fixes: 1 });
    expect(patch.text.includes(latin1(' caf\xe9\n'))).toBe(true);
    expect(applyEverywhere({ 'legacy.c': legacy }, patch.text).git['legacy.c']).toEqual(
      latin1('caf\xe9\nint a = 1;\nint b = 3;\n'),
    );
  });

  it('a finding placed in a Latin-1 file keeps a fix that applies to it', () => {
    const before = latin1('// \xa9 ACME\nrun("SELECT " + id);\n');
    const root = writeRepo({ 'src/q.js': before });
    const raw: RawFinding = {
      ruleId: 'sql-injection',
      title: 't',
      severity: 'high',
      confidence: 'high',
      cwe: [],
      file: 'src/q.js',
      startLine: 2,
      endLine: 2,
      description: 'd',
      recommendation: 'r',
      fix: { startLine: 2, endLine: 2, replacement: 'run("SELECT ?", [id]);' },
    };
    const { findings, droppedFixes } = placeFindings([raw], {
      scanRoot: root,
      repoRoot: root,
      include: [],
      exclude: [],
    });
    expect(droppedFixes).toEqual([]);
    const patch = buildFixesPatch(findings, root);
    expect(patch.leftOut).toEqual([]);
    expect(applyEverywhere({ 'src/q.js': before }, patch.text).git['src/q.js']).toEqual(
      latin1('// \xa9 ACME\nrun("SELECT ?", [id]);\n'),
    );
  });
});

const roots: string[] = [];
afterAll(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function writeRepo(files: Record<string, Buffer | string>): string {
  const root = mkdtempSync(join(tmpdir(), 'fixes-repo-'));
  roots.push(root);
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), data);
  }
  return root;
}
