import { afterEach, describe, expect, it } from 'vitest';
import { estimate, REQUEST_OVERHEAD_TOKENS } from '../../../src/scan/stages/estimate.js';
import { factsThrough, removeWorkspaces, workspace } from '../../support/fake-source.ts';

afterEach(removeWorkspaces);

describe('estimate stage', () => {
  it('prices the scope before any request: more passes and verification cost more, never less than the least', async () => {
    const ws = workspace();
    const priced = async (over: Parameters<typeof ws.settings>[0]) => {
      const ctx = ws.context(ws.settings(over), ws.source());
      return (await estimate.run(ctx, await factsThrough(ctx, 'scope'))).estimate!;
    };
    const bare = await priced({ passes: 1, verify: false });
    const verified = await priced({ passes: 1, verify: true });
    const three = await priced({ passes: 3, minAgreement: 2, verify: true });
    expect(bare.scopeTokens).toBeGreaterThan(0);
    expect(bare.leastTokens).toBeGreaterThan(REQUEST_OVERHEAD_TOKENS + bare.scopeTokens);
    expect(bare.expectedTokens).toBeGreaterThanOrEqual(bare.leastTokens);
    expect(bare.assumes.verifications).toBe(0);
    expect(verified.expectedTokens).toBeGreaterThan(bare.expectedTokens);
    expect(verified.assumes.verifications).toBeGreaterThan(0);
    expect(three.leastTokens).toBe(3 * bare.leastTokens);
    expect(three.expectedTokens).toBeGreaterThan(verified.expectedTokens);
    expect(bare.overBudget).toBeUndefined();
  });

  it('says before the first request that a scope cannot fit max-tokens, and Codex is then not started', async () => {
    const ws = workspace();
    const source = ws.source();
    const ctx = ws.context(ws.settings({ maxTokens: 1_000 }), source);
    const facts = await factsThrough(ctx, 'conclude');
    expect(facts.estimate!.overBudget).toMatch(
      /^The scope needs at least \d+ tokens .*, over max-tokens 1000, so Codex/,
    );
    expect(source.requests.prepare).toBe(0);
    expect(source.requests.review).toEqual([]);
    expect(facts.end).toMatchObject({ status: 'budget_exceeded', conclusion: 'failure', findings: [] });
    expect(facts.end.failure!.reason).toBe(facts.estimate!.overBudget);
  });

  it('makes no estimate when there is nothing to review', async () => {
    const ws = workspace();
    const ctx = ws.context(ws.settings({ include: ['nothing/**'] }), ws.source());
    const facts = await factsThrough(ctx, 'estimate');
    expect(facts.estimate).toBeNull();
  });
});
