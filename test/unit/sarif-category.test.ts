// The code scanning category: a full scan and a pull request's review of its changes share one; an analysis of part
// of the tree on a branch never shares one with a full scan, and gets the same category on every run.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/config/inputs.js';
import { sarifCategory, type CategoryInput } from '../../src/sarif/category.js';
import { buildSarif } from '../../src/sarif/sarif.js';
import { githubProblems } from '../support/sarif-check.ts';

const full: CategoryInput = { scanLabel: '', scope: { mode: 'full' }, pullRequest: false, include: [], exclude: [] };
const cat = (over: Partial<CategoryInput> = {}) => sarifCategory({ ...full, ...over });
/** What code scanning takes as the category: everything before the last '/'. */
const categoryOf = (id: string) => id.slice(0, id.lastIndexOf('/'));
const sha = (n: number) => n.toString(16).padStart(40, 'a');

describe('sarifCategory', () => {
  it("keeps the full scan's category: the tool, the scanned directory, the shard", () => {
    expect(cat()).toBe('vega-codex/');
    expect(cat({ scanLabel: 'services/api' })).toBe('vega-codex/services/api/');
    expect(cat({ shard: { index: 2, total: 4 } })).toBe('vega-codex/shard-2-of-4/');
    expect(cat({ scanLabel: 'services/api', shard: { index: 1, total: 3 } })).toBe(
      'vega-codex/services/api/shard-1-of-3/',
    );
  });

  it("gives a pull request's review of its changes the full scan's category, so code scanning compares it with the base branch", () => {
    expect(cat({ pullRequest: true, scope: { mode: 'diff', base: sha(1) } })).toBe(cat());
    expect(
      cat({
        pullRequest: true,
        scope: { mode: 'diff', base: 'main' },
        scanLabel: 'web',
        shard: { index: 1, total: 2 },
      }),
    ).toBe('vega-codex/web/shard-1-of-2/');
  });

  it('gives a diff on a branch its own category, the same on every push, whatever commit it starts from', () => {
    const push = cat({ scope: { mode: 'diff', base: sha(1) } });
    expect(push).toMatch(/^vega-codex\/diff-[0-9a-f]{8}\/$/);
    expect(push).not.toBe(cat());
    // The next push compares with another commit: same category, so it replaces the last partial analysis only.
    expect(cat({ scope: { mode: 'diff', base: sha(2) } })).toBe(push);
    expect(cat({ scope: { mode: 'diff', base: 'abc1234' } })).toBe(push);
    // A diff against a named branch is another kind of analysis than one against the previous commit.
    const sinceMain = cat({ scope: { mode: 'diff', base: 'main' } });
    expect(sinceMain).toMatch(/^vega-codex\/diff-[0-9a-f]{8}\/$/);
    expect(sinceMain).not.toBe(push);
    expect(cat({ scope: { mode: 'diff', base: ' main ' } })).toBe(sinceMain);
    expect(cat({ scope: { mode: 'diff', base: 'main' }, scanLabel: 'api', shard: { index: 3, total: 3 } })).toMatch(
      /^vega-codex\/api\/diff-[0-9a-f]{8}\/shard-3-of-3\/$/,
    );
  });

  it('gives include/exclude filters their own category on every event, independent of pattern order and repeats', () => {
    const filtered = cat({ include: ['src/**', 'lib/**'], exclude: ['**/*.test.js'] });
    expect(filtered).toMatch(/^vega-codex\/filtered-[0-9a-f]{8}\/$/);
    expect(cat({ include: ['lib/**', ' src/**', 'src/**'], exclude: ['**/*.test.js'] })).toBe(filtered);
    // A pull request scanned with the same patterns as its base branch shares its category.
    expect(
      cat({
        include: ['src/**', 'lib/**'],
        exclude: ['**/*.test.js'],
        pullRequest: true,
        scope: { mode: 'diff', base: sha(3) },
      }),
    ).toBe(filtered);
    expect(cat({ include: ['src/**'], exclude: ['**/*.test.js'] })).not.toBe(filtered);
    expect(cat({ include: ['src/**', 'lib/**'] })).not.toBe(filtered);
    // Include and exclude are not interchangeable.
    expect(cat({ exclude: ['src/**'] })).not.toBe(cat({ include: ['src/**'] }));
  });

  it('names both when a diff on a branch is also filtered', () => {
    const both = cat({ scope: { mode: 'diff', base: 'main' }, include: ['src/**'] });
    expect(both).toMatch(/^vega-codex\/diff-filtered-[0-9a-f]{8}\/$/);
    expect(both).not.toBe(cat({ include: ['src/**'] }));
    expect(both).not.toBe(cat({ scope: { mode: 'diff', base: 'main' } }));
  });

  it('uses an explicit sarif-category as given, with the trailing slash', () => {
    expect(cat({ explicit: 'my-scan' })).toBe('my-scan/');
    expect(cat({ explicit: ' team/api/ ', scope: { mode: 'diff', base: 'main' }, include: ['x'] })).toBe('team/api/');
    expect(cat({ explicit: '   ' })).toBe('vega-codex/');
  });

  it('never lets a partial analysis on a branch share a category with any full scan, and is deterministic', () => {
    const label = fc.constantFrom('', 'api', 'services/web');
    const shard = fc.option(
      fc.integer({ min: 1, max: 4 }).map((index) => ({ index, total: 4 })),
      { nil: undefined },
    );
    const list = fc.array(fc.constantFrom('src/**', 'lib/**', '**/*.js', 'docs/**', ''), { maxLength: 3 });
    fc.assert(
      fc.property(
        label,
        shard,
        fc.option(fc.constantFrom('main', sha(7), 'HEAD~1'), { nil: undefined }),
        list,
        list,
        (scanLabel, s, base, include, exclude) => {
          const input: CategoryInput = {
            scanLabel,
            shard: s,
            scope: base ? { mode: 'diff', base } : { mode: 'full' },
            pullRequest: false,
            include,
            exclude,
          };
          const id = sarifCategory(input);
          expect(id.endsWith('/')).toBe(true);
          expect(categoryOf(id).split('/').every(Boolean)).toBe(true);
          expect(sarifCategory({ ...input, include: [...include].reverse() })).toBe(id);
          const partial = base !== undefined || include.some(Boolean) || exclude.some(Boolean);
          const fullScans = ['', 'api', 'services/web'].flatMap((l) =>
            [undefined, 1, 2, 3, 4].map((k) => cat({ scanLabel: l, shard: k ? { index: k, total: 4 } : undefined })),
          );
          expect(fullScans.includes(id)).toBe(!partial);
        },
      ),
    );
  });

  it('goes into a SARIF file that code scanning accepts', () => {
    const { log } = buildSarif([], {
      toolVersion: '1.0.0',
      category: cat({
        scanLabel: 'services/api',
        scope: { mode: 'diff', base: 'main' },
        include: ['src/**'],
        shard: { index: 1, total: 2 },
      }),
      executionSuccessful: true,
    });
    expect(githubProblems(log)).toEqual([]);
  });
});

describe('resolveSettings: sarifCategory', () => {
  let ws: string;
  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'category-ws-'));
    mkdirSync(join(ws, 'services/api'), { recursive: true });
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));
  const category = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    resolveSettings((n) => ({ 'api-key': 'k', ...inputs })[n] ?? '', {
      env: { GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(ws, '_temp'), ...env },
      cwd: ws,
    }).settings.output.sarifCategory;

  it("keeps the full category for a full scan and for a pull request's diff", () => {
    expect(category({})).toBe('vega-codex/');
    expect(category({ path: 'services/api', shard: '2/3' })).toBe('vega-codex/services/api/shard-2-of-3/');
    const event = join(ws, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: { number: 5, base: { sha: sha(1) }, head: { sha: sha(2), repo: { full_name: 'o/r' } } },
      }),
    );
    expect(
      category(
        { scope: 'diff', 'diff-base': 'main' },
        { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'o/r' },
      ),
    ).toBe('vega-codex/');
    expect(
      category(
        { scope: 'diff', 'diff-base': 'main' },
        { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'o/r' },
      ),
    ).toBe('vega-codex/');
  });

  it('gives a diff on a push, or include/exclude, a category of its own', () => {
    const push = category({ scope: 'diff', 'diff-base': sha(9) }, { GITHUB_EVENT_NAME: 'push' });
    expect(push).toMatch(/^vega-codex\/diff-[0-9a-f]{8}\/$/);
    expect(category({ scope: 'diff', 'diff-base': sha(10) }, { GITHUB_EVENT_NAME: 'push' })).toBe(push);
    expect(category({ include: 'src/**\nlib/**' })).toMatch(/^vega-codex\/filtered-[0-9a-f]{8}\/$/);
    expect(category({ include: 'lib/**, src/**' })).toBe(category({ include: 'src/**\nlib/**' }));
    expect(category({ exclude: 'vendor/**', 'sarif-category': 'custom' })).toBe('custom/');
  });
});
