// The model forwarder on its own: who it serves, what it counts, and that nothing passes it past the budget.
import { afterEach, describe, expect, it } from 'vitest';
import { startModelForwarder, usageTap } from '../../src/model/forwarder.js';
import { TokenMeter } from '../../src/model/token-meter.js';
import { startFakeResponses, toolCall, withUsage } from '../support/fake-responses.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

const body = JSON.stringify({ model: 'm', stream: true, input: [] });
const post = (url: string, key: string) => fetch(`${url}/responses`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body });

describe('model forwarder', () => {
  it('forwards only its own client, with the real key, counts usage, and sends nothing upstream past max-tokens', async () => {
    const upstream = await startFakeResponses({ token: 'real-key', script: () => withUsage(toolCall('ls'), 600, 5) });
    const meter = new TokenMeter(1000);
    const fwd = await startModelForwarder({ baseUrl: upstream.url, apiKey: 'real-key', clientKey: 'scan-key', meter, stage: 'review' });
    closers.push(() => upstream.close(), () => fwd.close());

    expect((await post(fwd.url, 'someone-else')).status).toBe(403);
    const first = await post(fwd.url, 'scan-key');
    expect(first.status).toBe(200);
    await first.text();
    expect(meter.total()).toEqual({ input: 600, cachedInput: 150, output: 5, responses: 1 });
    await (await post(fwd.url, 'scan-key')).text();
    expect(meter.exceeded).toBe(true);
    const refused = await post(fwd.url, 'scan-key');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('max-tokens 1000 is spent (1210 used)');
    expect(upstream.requests).toHaveLength(2);
    expect(upstream.violations).toEqual([]);
    expect(fwd.stats).toEqual({ forwarded: 2, refused: 2, upstreamErrors: 0 });
  });

  it('finds the usage of a response however the stream is cut into chunks', () => {
    const seen: unknown[] = [];
    const tap = usageTap((u) => seen.push(u));
    const stream = `event: response.created\ndata: {"type":"response.created","response":{"id":"r"}}\n\nevent: response.completed\ndata: {"type":"response.completed","response":{"id":"r","note":"héllo ✓","usage":{"input_tokens":7,"output_tokens":2}}}\n\n`;
    const bytes = Buffer.from(stream);
    for (let i = 0; i < bytes.length; i += 5) tap(bytes.subarray(i, i + 5));
    expect(seen).toEqual([{ input_tokens: 7, output_tokens: 2 }]);
  });
});
