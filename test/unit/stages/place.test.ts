import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { place } from '../../../src/scan/stages/place.js';
import {
  APP,
  failedPass,
  factsThrough,
  removeWorkspaces,
  reviewPass,
  SQL_INJECTION,
  workspace,
} from '../../support/fake-source.ts';

afterEach(removeWorkspaces);

describe('place stage', () => {
  it('places findings at repository paths, and drops with its reason one in a file that does not exist', async () => {
    const ws = workspace({ 'README.md': '# shop\n', 'app/src/db.js': APP['src/db.js']! });
    const scanRoot = join(ws.root, 'app');
    const ghost = { ...SQL_INJECTION, file: 'src/legacy.js' };
    const passes = [
      reviewPass(scanRoot, ['src/db.js'], { summary: 'Reviewed the data layer.', findings: [SQL_INJECTION, ghost] }),
    ];
    const ctx = ws.context(ws.settings({ scanRoot }), ws.source({ scanRoot, passes }));
    const { place: p } = await place.run(ctx, await factsThrough(ctx, 'review'));
    expect(p.failure).toBeUndefined();
    expect(p.summary).toBe('Reviewed the data layer.');
    expect(p.passes).toHaveLength(1);
    expect(p.passes[0]!.map((f) => [f.file, f.startLine, f.endLine])).toEqual([['app/src/db.js', 5, 6]]);
    expect(p.dropped).toEqual([expect.objectContaining({ file: 'src/legacy.js', reason: 'file does not exist' })]);
    expect(ctx.log.lines).toContain('1 findings placed, 1 dropped, 0 rejected');
  });

  it('fails the scan when any pass failed, naming the pass: the others alone would be a vote of fewer', async () => {
    const ws = workspace();
    const answer = { summary: 'Reviewed db.js.', findings: [SQL_INJECTION] };
    const message = 'Connection failed: error sending request';
    const passes = [
      reviewPass(ws.root, ['src/db.js'], answer),
      failedPass(message),
      reviewPass(ws.root, ['src/db.js'], answer),
    ];
    const ctx = ws.context(ws.settings({ passes: 3, minAgreement: 2 }), ws.source({ passes }));
    const facts = await factsThrough(ctx, 'conclude');
    expect(facts.place.failure).toEqual({
      status: 'failed',
      reason: `Review pass 2 of 3: Codex's turn failed: ${message}`,
    });
    expect(facts.end).toMatchObject({ status: 'failed', conclusion: 'failure', findings: [] });
    expect(facts.end.failure!.reason).toBe(`Review pass 2 of 3: Codex's turn failed: ${message}`);
  });

  it('fails the scan when the answer is not the JSON the schema asks for', async () => {
    const ws = workspace();
    const passes = [reviewPass(ws.root, ['src/db.js'], 'I found an SQL injection in db.js.')];
    const ctx = ws.context(ws.settings(), ws.source({ passes }));
    const { place: p } = await place.run(ctx, await factsThrough(ctx, 'review'));
    expect(p.failure).toEqual({
      status: 'failed',
      reason: `Codex finished, but the model's final answer is not JSON: "I found an SQL injection in db.js.".`,
    });
    expect(p.passes).toEqual([]);
  });
});
