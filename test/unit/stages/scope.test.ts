import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/container/docker-run.js';
import { scope } from '../../../src/scan/stages/scope.js';
import { APP, factsThrough, removeWorkspaces, workspace } from '../../support/fake-source.ts';

afterEach(removeWorkspaces);

describe('scope stage', () => {
  it('reviews only the files a change touched, and writes their list with the changed lines for Codex', async () => {
    const ws = workspace();
    const base = ws.commitChange(() => {
      writeFileSync(
        join(ws.root, 'src/db.js'),
        APP['src/db.js']!.replace('WHERE id = \'" + id + "\'', 'WHERE id = $1'),
      );
      writeFileSync(join(ws.root, 'src/admin.js'), 'const a = 1;\nconst b = 2;\nmodule.exports = { a, b };\n');
    });
    const ctx = ws.context(ws.settings({ scope: { mode: 'diff', base } }), ws.source());
    const { scope: s } = await scope.run(ctx, {});
    expect(s.inScope.map((f) => f.path)).toEqual(['src/admin.js', 'src/db.js']);
    expect(s.nothingToReview).toBeUndefined();
    expect(s.scopeFile).toBe(join(ws.work, 'scope.txt'));
    expect(readFileSync(s.scopeFile!, 'utf8')).toBe('src/admin.js\t1-3\nsrc/db.js\t5-5\n');
    // Codex on the runner is told where the list is.
    expect(s.prompt).toContain(s.scopeFile);
    expect(ctx.log.lines).toContain(`changes since ${base.slice(0, 12)}: 2 files`);
  });

  it('tells Codex in the container where the list is mounted, not where it lies on the runner', async () => {
    const ws = workspace();
    const base = ws.commitChange(() => writeFileSync(join(ws.root, 'src/admin.js'), 'module.exports = {};\n'));
    const runner = {
      mode: 'container',
      image: 'runner:test',
      policy: 'local',
      network: 'model-only',
      limits: DEFAULT_LIMITS,
    } as const;
    const { scope: s } = await scope.run(
      ws.context(ws.settings({ scope: { mode: 'diff', base }, runner }), ws.source()),
      {},
    );
    expect(s.prompt).toContain('/vega/scope.txt');
    expect(s.prompt).not.toContain(ws.work);
  });

  it('says why there is nothing to review when a change only deletes, and Codex is never asked', async () => {
    const ws = workspace();
    const base = ws.commitChange(() => rmSync(join(ws.root, 'src/files.js')));
    const source = ws.source();
    const ctx = ws.context(ws.settings({ scope: { mode: 'diff', base } }), source);
    const facts = await factsThrough(ctx, 'review');
    expect(facts.scope.nothingToReview).toBe('the change holds no file to review; left out: deleted (1 files).');
    expect(ctx.log.lines).toContain(
      'Nothing to review: the change holds no file to review; left out: deleted (1 files).',
    );
    expect(facts.passes).toEqual([]);
    expect(source.requests).toMatchObject({ prepare: 0, review: [] });
  });

  it('says which include matched nothing in a full scan, and writes no list', async () => {
    const ws = workspace();
    const { scope: s } = await scope.run(ws.context(ws.settings({ include: ['lib/**'] }), ws.source()), {});
    expect(s.nothingToReview).toBe(`no file in ${ws.root} matches include (lib/**).`);
    expect(s.scopeFile).toBeUndefined();
  });
});
