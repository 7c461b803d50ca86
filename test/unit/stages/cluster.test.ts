import { afterEach, describe, expect, it } from 'vitest';
import { cluster } from '../../../src/scan/stages/cluster.js';
import {
  COMMAND_INJECTION,
  factsThrough,
  removeWorkspaces,
  reviewPass,
  SQL_INJECTION,
  workspace,
} from '../../support/fake-source.ts';

afterEach(removeWorkspaces);

describe('cluster stage', () => {
  it("groups the passes' reports of one flaw into a cluster with their votes, whatever their wording", async () => {
    const ws = workspace();
    // The second pass puts the same flaw a line apart, in its own words and at a lower severity.
    const reworded = {
      ...SQL_INJECTION,
      title: 'findUser builds its SQL query from id',
      severity: 'high',
      startLine: 5,
      endLine: 5,
      description: 'The id argument is concatenated into the query passed to client.query in findUser.',
    };
    const passes = [
      reviewPass(ws.root, ['src/db.js', 'src/ping.js'], {
        summary: 'Two flaws.',
        findings: [SQL_INJECTION, COMMAND_INJECTION],
      }),
      reviewPass(ws.root, ['src/db.js'], { summary: 'One flaw.', findings: [reworded] }),
    ];
    const ctx = ws.context(ws.settings({ passes: 2 }), ws.source({ passes }));
    const { clusters } = await cluster.run(ctx, await factsThrough(ctx, 'place'));
    expect(clusters.map((c) => [c.id, c.representative.file, c.votes, c.passes])).toEqual([
      ['c1', 'src/db.js', 2, [1, 2]],
      ['c2', 'src/ping.js', 1, [1]],
    ]);
    // On a tie the more severe rating stands for the cluster.
    expect(clusters[0]!.representative.severity).toBe('critical');
    expect(clusters[0]!.variants.map((v) => [v.pass, v.finding.title])).toEqual([
      [1, SQL_INJECTION.title],
      [2, reworded.title],
    ]);
    expect(ctx.log.lines).toContain('2 clusters');
  });

  it('keeps two flaws one pass reported side by side apart', async () => {
    const ws = workspace();
    const neighbour = {
      ...SQL_INJECTION,
      ruleId: 'sql-injection',
      title: 'SQL query of findUser executed with client.query',
      startLine: 6,
      endLine: 6,
    };
    const passes = [reviewPass(ws.root, ['src/db.js'], { summary: 'Two.', findings: [SQL_INJECTION, neighbour] })];
    const ctx = ws.context(ws.settings(), ws.source({ passes }));
    const { clusters } = await cluster.run(ctx, await factsThrough(ctx, 'place'));
    expect(clusters.map((c) => [c.representative.startLine, c.votes])).toEqual([
      [5, 1],
      [6, 1],
    ]);
  });
});
