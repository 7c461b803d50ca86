// One cacheable prefix per scan: every Codex thread of a scan sends the scan's prompt_cache_key, so an endpoint with a
// prompt cache bills the opening that the threads share once, and the report counts what it held per stage.
import { afterEach, describe, expect, it } from 'vitest';
import { verdict } from '../support/fake-responses.ts';
import { EXAMPLE, scanWith, type ScanRun } from '../support/harness.ts';
import { reviewScript } from '../support/scripted-review.ts';

let current: ScanRun | undefined;
afterEach(async () => {
  if (!current) return;
  expect(current.leftovers()).toEqual([]);
  await current.cleanup();
  current = undefined;
});

const share = (c: { input: number; cachedInput: number }) => c.cachedInput / c.input;

describe('a default scan with verification', () => {
  it('sends one prompt_cache_key from all its threads, and the report shows what the cache held per stage', async () => {
    const scanId = '3b9e4f1a-7c2d-4e8b-a5f6-0d1c2b3a4e5f';
    current = await scanWith(reviewScript(), {
      scanId,
      settings: { verify: true, failOn: 'none' },
      verifier: () => verdict('confirmed', 'The code does what the finding says.'),
    });
    const { report } = current.outcome;
    const { requests, violations } = current.server;
    expect(violations).toEqual([]);
    expect(report.verification).toMatchObject({ verified: 4 });

    const threads = new Set(requests.map((r) => r.thread));
    expect(threads.size).toBe(5);
    const keys = new Set(requests.map((r) => r.body?.prompt_cache_key));
    expect(keys.size).toBe(1);
    const [key] = keys as Set<string>;
    expect(key).toMatch(/^vega-[0-9a-f]{32}$/);
    for (const secret of [scanId, scanId.slice(0, 8), 'vulnerable-app', EXAMPLE]) expect(key).not.toContain(secret);

    // Each thread is told apart by the thread id Codex sends, the review's as the report names it.
    expect(requests.filter((r) => r.thread === report.thread.id).map((r) => r.threadIndex)).toEqual([0, 1, 2]);
    // Only the scan's first request finds nothing cached; every other one, a new verification thread's first
    // included, finds most of its prompt there.
    expect(requests[0]!.cachedChars).toBe(0);
    for (const r of requests.slice(1)) expect(r.cachedChars! / r.promptChars!).toBeGreaterThan(0.8);
    const { review, verification } = report.tokens!.byStage;
    expect(share(review!)).toBeGreaterThan(0.6);
    expect(share(verification!)).toBeGreaterThan(0.9);
  });
});
