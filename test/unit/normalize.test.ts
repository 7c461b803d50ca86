import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeFindings, type PlaceContext } from '../../src/findings/normalize.js';
import type { RawFinding } from '../../src/findings/schema.js';

let repo: string;
let outside: string;

const raw = (over: Partial<RawFinding> = {}): RawFinding => ({
  ruleId: 'sql-injection',
  title: 't',
  severity: 'high',
  confidence: 'high',
  cwe: ['CWE-89'],
  file: 'src/db.js',
  startLine: 2,
  endLine: 2,
  description: 'd',
  recommendation: 'r',
  ...over,
});

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'place-repo-'));
  outside = mkdtempSync(join(tmpdir(), 'place-outside-'));
  mkdirSync(join(repo, 'app/src'), { recursive: true });
  mkdirSync(join(repo, 'app/vendor'), { recursive: true });
  writeFileSync(join(repo, 'app/src/db.js'), 'const a = 1;\nconst q = "SELECT " + id;\nrun(q);\n');
  writeFileSync(join(repo, 'app/src/my file ü.js'), 'eval(x)\n');
  writeFileSync(join(repo, 'app/vendor/lib.js'), 'eval(y)\n');
  writeFileSync(join(outside, 'secret.js'), 'eval(z)\n');
  symlinkSync(join(outside, 'secret.js'), join(repo, 'app/src/link.js'));
});
afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const ctx = (over: Partial<PlaceContext> = {}): PlaceContext => ({
  scanRoot: join(repo, 'app'),
  repoRoot: repo,
  include: [],
  exclude: [],
  ...over,
});

describe('placeFindings', () => {
  it('makes paths repo-relative with forward slashes, however the model wrote them', () => {
    const spellings = ['src/db.js', './src/db.js', 'src\\db.js', join(repo, 'app/src/db.js'), 'app/src/db.js'];
    for (const file of spellings) {
      const { findings, dropped } = placeFindings([raw({ file })], ctx());
      expect(dropped, file).toEqual([]);
      expect(findings[0]!.file, file).toBe('app/src/db.js');
    }
  });

  it('drops files outside the scanned tree, links, missing files and directories, with reasons', () => {
    const { findings, dropped } = placeFindings(
      [
        raw({ file: '../../etc/passwd' }),
        raw({ file: join(outside, 'secret.js') }),
        raw({ file: 'src/link.js' }),
        raw({ file: 'src/nope.js' }),
        raw({ file: 'src' }),
      ],
      ctx(),
    );
    expect(findings).toEqual([]);
    expect(dropped.map((d) => d.reason)).toEqual([
      'file is outside the scanned tree',
      'file is outside the scanned tree',
      'path is a symbolic link, or goes through one',
      'file does not exist',
      'path is not a regular file',
    ]);
  });

  it('drops a finding past the end of the file and clamps lines that stray', () => {
    const { findings, dropped, adjustments } = placeFindings(
      [
        raw({ startLine: 40, endLine: 41 }),
        raw({ startLine: 0, endLine: 0, ruleId: 'xss' }),
        raw({ startLine: 2, endLine: 99, ruleId: 'ssrf' }),
        raw({ startLine: 3, endLine: 1, ruleId: 'csrf' }),
      ],
      ctx(),
    );
    expect(dropped).toEqual([
      expect.objectContaining({ reason: 'line 40 is past the end of app/src/db.js (3 lines)' }),
    ]);
    expect(findings.map((f) => [f.ruleId, f.startLine, f.endLine])).toEqual([
      ['xss', 1, 1],
      ['ssrf', 2, 3],
      ['csrf', 3, 3],
    ]);
    expect(adjustments).toEqual([
      'app/src/db.js: start line 0 raised to 1',
      'app/src/db.js:1: end line 0 raised to the start line',
      'app/src/db.js:2: end line 99 lowered to 3, the last line',
      'app/src/db.js:3: end line 1 raised to the start line',
    ]);
  });

  it('applies include and exclude relative to the scanned path, and skips vendored code', () => {
    const { findings, dropped } = placeFindings(
      [raw(), raw({ file: 'vendor/lib.js', startLine: 1, endLine: 1 })],
      ctx(),
    );
    expect(findings.map((f) => f.file)).toEqual(['app/src/db.js']);
    expect(dropped[0]!.reason).toBe('vendored, generated or lock file');
    expect(placeFindings([raw()], ctx({ exclude: ['src/'] })).dropped[0]!.reason).toBe(
      'file is outside include/exclude scope',
    );
    expect(placeFindings([raw()], ctx({ include: ['lib/**'] })).findings).toEqual([]);
  });

  it('reports the same finding once, keeping the most severe', () => {
    const { findings, dropped } = placeFindings(
      [raw({ severity: 'medium' }), raw({ severity: 'critical', title: 'worse' }), raw({ ruleId: 'xss' })],
      ctx(),
    );
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['sql-injection', 'critical'],
      ['xss', 'high'],
    ]);
    expect(dropped[0]!.reason).toContain('duplicate');
  });

  it('keeps a fingerprint that survives edits elsewhere in the file and changes with the code', () => {
    const before = placeFindings([raw()], ctx()).findings[0]!;
    writeFileSync(join(repo, 'app/src/db.js'), '// header\n\nconst a = 1;\nconst q = "SELECT " + id;\nrun(q);\n');
    const moved = placeFindings([raw({ startLine: 4, endLine: 4 })], ctx()).findings[0]!;
    expect(moved.fingerprint).toBe(before.fingerprint);
    writeFileSync(join(repo, 'app/src/db.js'), 'const a = 1;\nconst q = "SELECT " + name;\nrun(q);\n');
    expect(placeFindings([raw()], ctx()).findings[0]!.fingerprint).not.toBe(before.fingerprint);
    expect(before.lineHash).toMatch(/^[0-9a-f]+:1$/);
  });

  it('keeps paths with spaces and non-ASCII names', () => {
    const { findings } = placeFindings([raw({ file: 'src/my file ü.js', startLine: 1, endLine: 1 })], ctx());
    expect(findings[0]!.file).toBe('app/src/my file ü.js');
  });
});
