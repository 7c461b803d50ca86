import { afterEach, describe, expect, it } from 'vitest';
import { review } from '../../../src/scan/stages/review.js';
import { factsThrough, removeWorkspaces, reviewPass, SQL_INJECTION, workspace } from '../../support/fake-source.ts';

afterEach(removeWorkspaces);

describe('review stage', () => {
  it("gives the source the scope's prompt and list, and logs what each pass's Codex does", async () => {
    const ws = workspace();
    const answer = { summary: 'Reviewed db.js.', findings: [SQL_INJECTION] };
    const passes = [reviewPass(ws.root, ['src/db.js'], answer), reviewPass(ws.root, ['src/ping.js'], answer)];
    const source = ws.source({ passes });
    const ctx = ws.context(ws.settings({ passes: 2, shard: { index: 1, total: 1 } }), source);
    const facts = await factsThrough(ctx, 'prepare');
    const { passes: got } = await review.run(ctx, facts);
    expect(source.requests.review).toHaveLength(1);
    expect(source.requests.review[0]).toMatchObject({ prompt: facts.scope.prompt, scopeFile: facts.scope.scopeFile });
    expect(facts.scope.scopeFile).toBeDefined();
    expect(got.map((p) => p.collector.finalMessage)).toEqual([JSON.stringify(answer), JSON.stringify(answer)]);
    expect(ctx.log.lines).toContain("[pass 1] $ /bin/bash -lc 'cat src/db.js'  → exit 0");
    expect(ctx.log.lines).toContain("[pass 2] $ /bin/bash -lc 'cat src/ping.js'  → exit 0");
    expect(ctx.log.lines).toContain(`[pass 2] Codex thread ${got[1]!.collector.threadId}`);
  });

  it('starts no pass when Codex did not start', async () => {
    const ws = workspace();
    const source = ws.source({ passes: [reviewPass(ws.root, [], { summary: '', findings: [] })] });
    const ctx = ws.context(ws.settings(), source);
    const facts = await factsThrough(ctx, 'prepare');
    const failed = {
      ...facts,
      codex: { ...facts.codex, startFailure: { reason: 'Codex failed to start: not executable', hint: '' } },
    };
    expect(await review.run(ctx, failed)).toEqual({ passes: [] });
    expect(source.requests.review).toEqual([]);
  });
});
