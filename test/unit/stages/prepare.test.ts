import { afterEach, describe, expect, it } from 'vitest';
import { prepare } from '../../../src/scan/stages/prepare.js';
import { CODEX_VERSION } from '../../../src/util/version.js';
import { factsThrough, removeWorkspaces, workspace } from '../../support/fake-source.ts';

afterEach(removeWorkspaces);

describe('prepare stage', () => {
  it('turns a probe that failed into a scan that could not start, with the hint, and starts no review', async () => {
    const ws = workspace();
    const hint = 'Check that codex-bin points at the Codex CLI.';
    const source = ws.source({
      prepared: { probe: { ok: false, version: null, error: 'no such file or command' }, hint },
    });
    const facts = await factsThrough(ws.context(ws.settings(), source), 'review');
    expect(facts.codex.startFailure).toEqual({ reason: 'Codex failed to start: no such file or command', hint });
    expect(facts.passes).toEqual([]);
    expect(source.requests.review).toEqual([]);
  });

  it('warns when the Codex in use is not the version codex-version names, and reports the version in use', async () => {
    const ws = workspace();
    const source = ws.source({
      prepared: { probe: { ok: true, version: '0.170.1' }, warnings: ['the image was built here'] },
    });
    const ctx = ws.context(ws.settings(), source);
    const { codex } = await prepare.run(ctx, await factsThrough(ctx, 'scope'));
    expect(codex.startFailure).toBeUndefined();
    expect(codex.codex).toMatchObject({ version: '0.170.1', expectedVersion: CODEX_VERSION });
    expect(codex.warnings).toEqual([
      'the image was built here',
      `codex-version is ${CODEX_VERSION} but the Codex CLI in use is 0.170.1; the event format may differ.`,
    ]);
    expect(ctx.log.lines).toContain('the image was built here');
  });

  it('has nothing to warn about when the version is the one expected', async () => {
    const ws = workspace();
    const ctx = ws.context(ws.settings(), ws.source());
    const { codex } = await prepare.run(ctx, await factsThrough(ctx, 'scope'));
    expect(codex).toMatchObject({ codex: { version: CODEX_VERSION }, warnings: [] });
  });

  it('does not ready Codex when there is nothing to review', async () => {
    const ws = workspace();
    const source = ws.source({ prepared: { probe: { ok: false, version: null, error: 'would fail' } } });
    const ctx = ws.context(ws.settings({ include: ['lib/**'] }), source);
    const facts = await factsThrough(ctx, 'prepare');
    expect(source.requests.prepare).toBe(0);
    expect(facts.codex.startFailure).toBeUndefined();
    expect(prepare.title!(ctx, facts)).toBe('Codex: not started (nothing to review)');
  });
});
