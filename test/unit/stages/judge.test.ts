import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { VerifyRequest } from '../../../src/runtime/source.js';
import { judge } from '../../../src/scan/stages/judge.js';
import {
  APP,
  COMMAND_INJECTION,
  factsThrough,
  removeWorkspaces,
  reviewPass,
  SQL_INJECTION,
  verifiedFile,
  verifierPass,
  workspace,
  type VerifierAnswer,
} from '../../support/fake-source.ts';

afterEach(removeWorkspaces);

const bothFlaws = { summary: 'Two flaws.', findings: [SQL_INJECTION, COMMAND_INJECTION] };

describe('judge stage', () => {
  it("drops a refuted finding and lists it with the verifier's reason, so that a person can overrule", async () => {
    const ws = workspace();
    const refutation = 'ping is only called with hosts from the configuration file, never from a request.';
    const answers: Record<string, VerifierAnswer> = {
      'src/db.js': {
        verdict: 'confirmed',
        reason: 'id reaches the query.',
        evidence: [
          { file: './src/db.js', line: 5, note: 'concatenated' },
          { file: 'src/gone.js', line: 1, note: 'a file that is not there' },
        ],
      },
      'src/ping.js': { verdict: 'refuted', reason: refutation },
    };
    const verifier = (v: VerifyRequest) => verifierPass(ws.root, verifiedFile(v), answers[verifiedFile(v)]!);
    const ctx = ws.context(
      ws.settings({ verify: true }),
      ws.source({ passes: [reviewPass(ws.root, ['src/db.js'], bothFlaws)], verifier }),
    );
    const { judge: j } = await judge.run(ctx, await factsThrough(ctx, 'verify'));
    expect(j.kept.map((f) => f.file)).toEqual(['src/db.js']);
    expect(j.dropped).toEqual([
      expect.objectContaining({ file: 'src/ping.js', startLine: 4, why: 'refuted', reason: refutation }),
    ]);
    // The verifier's evidence, shown with the finding, names only files that are there.
    expect(j.kept[0]!.verification).toMatchObject({
      verdict: 'confirmed',
      evidence: [{ file: 'src/db.js', line: 5, note: 'concatenated' }],
    });
  });

  it('keeps a confirmed finding but withholds the fix its verifier judged wrong', async () => {
    const ws = workspace();
    const wrong = 'a host starting with "-" is still read as an option of ping; the fix must pass "--" before it.';
    const verifier = (v: VerifyRequest) =>
      verifierPass(ws.root, verifiedFile(v), {
        verdict: 'confirmed',
        reason: 'host reaches exec.',
        fix: { verdict: 'wrong', reason: wrong },
      });
    const passes = [reviewPass(ws.root, ['src/ping.js'], { summary: 'One.', findings: [COMMAND_INJECTION] })];
    const ctx = ws.context(ws.settings({ verify: true }), ws.source({ passes, verifier }));
    const facts = await factsThrough(ctx, 'verify');
    expect(facts.clusters[0]!.representative.fix).toBeDefined();
    const { judge: j } = await judge.run(ctx, facts);
    expect(j.kept).toHaveLength(1);
    expect(j.kept[0]!.fix).toBeUndefined();
    expect(j.droppedFixes).toEqual([
      {
        file: 'src/ping.js',
        startLine: 4,
        title: COMMAND_INJECTION.title,
        reason: `fix dropped: the verifier judged it wrong: ${wrong}`,
      },
    ]);
  });

  it('drops, without verification, a finding fewer passes than min-agreement reported', async () => {
    const ws = workspace();
    const passes = [
      reviewPass(ws.root, ['src/db.js'], bothFlaws),
      reviewPass(ws.root, ['src/db.js'], { summary: 'One.', findings: [SQL_INJECTION] }),
    ];
    const ctx = ws.context(ws.settings({ passes: 2, minAgreement: 2 }), ws.source({ passes }));
    const { judge: j } = await judge.run(ctx, await factsThrough(ctx, 'verify'));
    expect(j.kept.map((f) => [f.file, f.consensus?.votes])).toEqual([['src/db.js', 2]]);
    expect(j.dropped).toEqual([
      expect.objectContaining({
        file: 'src/ping.js',
        why: 'too few votes',
        reason: '1 of 2 passes reported it; min-agreement is 2',
      }),
    ]);
  });

  it('marks the findings that lie outside the lines a change touched', async () => {
    const ws = workspace();
    const base = ws.commitChange(() =>
      writeFileSync(join(ws.root, 'src/db.js'), APP['src/db.js']!.replace('SELECT id, name', 'SELECT id, name, email')),
    );
    const passes = [reviewPass(ws.root, ['src/db.js', 'src/ping.js'], bothFlaws)];
    const ctx = ws.context(ws.settings({ scope: { mode: 'diff', base } }), ws.source({ passes }));
    const { judge: j } = await judge.run(ctx, await factsThrough(ctx, 'verify'));
    expect(j.kept.map((f) => [f.file, f.outsideChange])).toEqual([
      ['src/db.js', false],
      ['src/ping.js', true],
    ]);
  });
});
