import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTables, withTables } from '../../scripts/readme-tables.ts';
import { ROOT } from '../support/harness.ts';

describe('README', () => {
  it('documents every input and output of action.yml as it is (node scripts/readme-tables.ts to update)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(withTables(readme, renderTables(readFileSync(join(ROOT, 'action.yml'), 'utf8')))).toBe(readme);
  });

  it('names the two commands a newcomer runs, and CI runs the test one', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm run demo');
    expect(readme).toContain('npm test');
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
