import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/harness.ts';

describe("the code's shape (scripts/shape.ts)", () => {
  it('keeps functions short, parameter lists small, layers without cycles and lines within 120 characters', () => {
    let output: string;
    let status = 0;
    try {
      output = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/shape.ts'), '--check'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    } catch (error) {
      const e = error as { status: number; stdout: string };
      status = e.status;
      output = e.stdout;
    }
    expect(output).toContain('import cycles: 0');
    expect({ status, output }).toEqual({ status: 0, output: expect.not.stringContaining('MISSED') });
  }, 30_000);
});
