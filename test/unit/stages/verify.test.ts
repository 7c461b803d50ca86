import { afterEach, describe, expect, it } from 'vitest';
import type { VerifyRequest } from '../../../src/runtime/source.js';
import { verify } from '../../../src/scan/stages/verify.js';
import {
  COMMAND_INJECTION,
  failedPass,
  factsThrough,
  PATH_TRAVERSAL,
  removeWorkspaces,
  reviewPass,
  SQL_INJECTION,
  verifiedFile,
  verifierPass,
  workspace,
  type VerifierAnswer,
  type Workspace,
} from '../../support/fake-source.ts';

afterEach(removeWorkspaces);

/** A verifier that answers each request with `answer(request)`, reading the file the prompt names. */
const verifier = (ws: Workspace, answer: (v: VerifyRequest) => VerifierAnswer) => (v: VerifyRequest) =>
  verifierPass(ws.root, verifiedFile(v), answer(v));

const confirmed: VerifierAnswer = { verdict: 'confirmed', reason: 'id flows from the request into the query.' };

describe('verify stage', () => {
  it('verifies the most severe clusters first, up to verify-limit, and says the rest were not verified', async () => {
    const ws = workspace();
    const all = { summary: 'Three flaws.', findings: [PATH_TRAVERSAL, COMMAND_INJECTION, SQL_INJECTION] };
    const passes = [reviewPass(ws.root, ['src/db.js', 'src/ping.js', 'src/files.js'], all)];
    const source = ws.source({ passes, verifier: verifier(ws, () => confirmed) });
    const ctx = ws.context(ws.settings({ verify: true, verifyLimit: 2, verifyConcurrency: 1 }), source);
    const facts = await factsThrough(ctx, 'cluster');
    const { verification } = await verify.run(ctx, facts);
    expect(source.requests.verify.map((v) => [v.cluster, v.opinion, verifiedFile(v)])).toEqual([
      ['c1', 1, 'src/db.js'],
      ['c3', 1, 'src/ping.js'],
    ]);
    expect(source.requests.verify[0]!.prompt).toContain(`- title: ${SQL_INJECTION.title}`);
    expect(verification.verdicts.get('c1')!.verdict).toBe('confirmed');
    expect(verification.verdicts.get('c3')!.verdict).toBe('confirmed');
    expect(verification.verdicts.get('c2')).toMatchObject({
      verdict: 'unverified',
      reason: 'Not verified: beyond verify-limit 2, which verifies the most severe clusters first.',
    });
    expect(verification.notes).toEqual([
      '1 of 3 clusters were not verified (verify-limit 2); they are kept only with min-agreement votes.',
    ]);
  });

  it('verifies a disputed cluster a second time and settles on both verdicts; an agreed one once', async () => {
    const ws = workspace();
    const passes = [
      reviewPass(ws.root, ['src/db.js', 'src/ping.js'], {
        summary: 'Two.',
        findings: [SQL_INJECTION, COMMAND_INJECTION],
      }),
      reviewPass(ws.root, ['src/db.js'], { summary: 'One.', findings: [SQL_INJECTION] }),
      reviewPass(ws.root, ['src/db.js'], { summary: 'None.', findings: [] }),
    ];
    const refuted = { verdict: 'refuted', reason: 'host is checked against an allow-list by the caller.' } as const;
    const source = ws.source({ passes, verifier: verifier(ws, (v) => (v.opinion === 2 ? refuted : confirmed)) });
    const ctx = ws.context(ws.settings({ passes: 3, minAgreement: 2, verify: true, verifyDisputed: true }), source);
    const { verification } = await verify.run(ctx, await factsThrough(ctx, 'cluster'));
    // c1 (db.js) has two votes: no dispute. c2 (ping.js) has one, and its first verifier confirmed it.
    expect(source.requests.verify.map((v) => [v.cluster, v.opinion]).sort()).toEqual([
      ['c1', 1],
      ['c2', 1],
      ['c2', 2],
    ]);
    expect(verification.verdicts.get('c1')!.verdict).toBe('confirmed');
    const settled = verification.verdicts.get('c2')!;
    expect(settled.verdict).toBe('refuted');
    expect(settled.reason).toBe(
      `A first verification confirmed it, but few passes reported it and a second, independent verification refuted it: ${refuted.reason}`,
    );
    expect(settled.opinions!.map((o) => o.verdict)).toEqual(['confirmed', 'refuted']);
    expect(verification.threads.filter((t) => t.cluster === 'c2').map((t) => t.opinion)).toEqual([1, 2]);
    expect(ctx.log.lines).toContain('verified c2 src/ping.js:4 (second opinion): refuted');
  });

  it('takes a verification that failed as uncertain, never as confirmed, and says why', async () => {
    const ws = workspace();
    const passes = [reviewPass(ws.root, ['src/db.js'], { summary: 'One.', findings: [SQL_INJECTION] })];
    const idle = 'stream disconnected before completion: idle timeout waiting for SSE';
    const source = ws.source({ passes, verifier: () => failedPass(idle) });
    const ctx = ws.context(ws.settings({ verify: true }), source);
    const { verification } = await verify.run(ctx, await factsThrough(ctx, 'cluster'));
    const problem = `The verification did not finish: Codex's turn failed: ${idle}`;
    expect(verification.verdicts.get('c1')).toMatchObject({
      verdict: 'uncertain',
      reason: 'the verification did not finish',
      problem,
    });
    expect(verification.notes).toEqual([
      `1 verifications gave no verdict, so their findings count as uncertain: c1: ${problem}.`,
    ]);
    expect(ctx.log.lines).toContain(`warning: verification c1: ${problem}`);
  });

  it('asks for no verification once the budget is spent', async () => {
    const ws = workspace();
    const passes = [reviewPass(ws.root, ['src/db.js'], { summary: 'One.', findings: [SQL_INJECTION] })];
    const source = ws.source({ passes, exhausted: true, verifier: verifier(ws, () => confirmed) });
    const ctx = ws.context(ws.settings({ verify: true }), source);
    const facts = await factsThrough(ctx, 'cluster');
    expect(verify.title!(ctx, facts)).toBe('Codex: no verification');
    const { verification } = await verify.run(ctx, facts);
    expect(source.requests.verify).toEqual([]);
    expect(verification.verdicts.size).toBe(0);
  });

  it('leaves a cluster unverified when the replayed scan recorded no verification of it', async () => {
    const ws = workspace();
    const passes = [reviewPass(ws.root, ['src/db.js'], { summary: 'One.', findings: [SQL_INJECTION] })];
    const source = ws.source({ mode: 'replay', passes, verifier: () => undefined });
    const ctx = ws.context(ws.settings({ verify: true }), source, { replay: true });
    const { verification } = await verify.run(ctx, await factsThrough(ctx, 'cluster'));
    expect(source.requests.verify.map((v) => v.cluster)).toEqual(['c1']);
    expect(verification.verdicts.get('c1')).toMatchObject({
      verdict: 'unverified',
      reason: 'Not verified: the recorded scan holds no verification of it.',
    });
    expect(verification.threads).toEqual([]);
  });
});
