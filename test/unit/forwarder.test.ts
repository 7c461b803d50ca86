// The model forwarder on its own: who it serves, what it counts, and that nothing passes it past the budget.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_BODY_BYTES,
  MAX_SOCKET_PATH,
  promptCacheKey,
  startModelForwarder,
  usageTap,
} from '../../src/model/forwarder.js';
import { TokenMeter } from '../../src/model/token-meter.js';
import { startFakeResponses, toolCall, withUsage } from '../support/fake-responses.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

const body = JSON.stringify({ model: 'm', stream: true, input: [] });
const post = (url: string, key: string) =>
  fetch(`${url}/responses`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body,
  });

describe('model forwarder', () => {
  it('forwards only its own client, with the real key, counts usage, and sends nothing upstream past max-tokens', async () => {
    const upstream = await startFakeResponses({ token: 'real-key', script: () => withUsage(toolCall('ls'), 600, 5) });
    const meter = new TokenMeter(1000);
    const fwd = await startModelForwarder({
      baseUrl: upstream.url,
      apiKey: 'real-key',
      clientKey: 'scan-key',
      meter,
      stage: 'review',
    });
    closers.push(
      () => upstream.close(),
      () => fwd.close(),
    );

    expect((await post(fwd.url, 'someone-else')).status).toBe(403);
    const first = await post(fwd.url, 'scan-key');
    expect(first.status).toBe(200);
    await first.text();
    expect(meter.total()).toEqual({ input: 600, cachedInput: 0, output: 5, responses: 1 });
    await (await post(fwd.url, 'scan-key')).text();
    expect(meter.exceeded).toBe(true);
    const refused = await post(fwd.url, 'scan-key');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('max-tokens 1000 is spent (1210 used)');
    expect(upstream.requests).toHaveLength(2);
    expect(upstream.violations).toEqual([]);
    expect(fwd.stats).toEqual({ forwarded: 2, refused: 2, upstreamErrors: 0 });
  });

  it("refuses a thread's next request once it has used its cap, while the scan's budget goes on", async () => {
    const upstream = await startFakeResponses({ token: 'real-key', script: () => withUsage(toolCall('ls'), 600, 5) });
    const meter = new TokenMeter(0);
    const fwd = await startModelForwarder({
      baseUrl: upstream.url,
      apiKey: 'real-key',
      clientKey: 'scan-key',
      meter,
      stage: 'verification',
      threadCap: 1_000,
    });
    closers.push(
      () => upstream.close(),
      () => fwd.close(),
    );
    await (await post(fwd.url, 'scan-key')).text();
    await (await post(fwd.url, 'scan-key')).text();
    const refused = await post(fwd.url, 'scan-key');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('this thread used 1210 tokens, its cap of 1000');
    expect(upstream.requests).toHaveLength(2);
    expect(meter.exceeded).toBe(false);
  });

  it('gives every thread of a scan one prompt_cache_key, and counts what the endpoint then reports cached', async () => {
    const upstream = await startFakeResponses({ token: 'real-key', script: () => withUsage(toolCall('ls'), 600, 5) });
    closers.push(() => upstream.close());
    const meter = new TokenMeter(0);
    const scanId = '8f0c6a52-3e1b-4c7d-9a24-61d0b7e5c3f9';
    const thread = async (stage: string, threadId: string) => {
      const fwd = await startModelForwarder({ baseUrl: upstream.url, apiKey: 'real-key', meter, stage, scanId });
      closers.push(() => fwd.close());
      const reply = await fetch(`${fwd.url}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'thread-id': threadId },
        body: JSON.stringify({ model: 'm', stream: true, input: [{ n: 'é' }], prompt_cache_key: threadId }),
      });
      await reply.text();
    };
    await thread('review', 'thread-a');
    await thread('verification', 'thread-b');

    const keys = upstream.requests.map((r) => r.body?.prompt_cache_key);
    expect(keys).toEqual([promptCacheKey(scanId), promptCacheKey(scanId)]);
    expect(keys[0]).toMatch(/^vega-[0-9a-f]{32}$/);
    expect(promptCacheKey('another-scan')).not.toBe(keys[0]);
    expect(upstream.requests.map((r) => [r.thread, r.body?.input])).toEqual([
      ['thread-a', [{ n: 'é' }]],
      ['thread-b', [{ n: 'é' }]],
    ]);
    expect(meter.byStage.get('review')).toEqual({ input: 600, cachedInput: 0, output: 5, responses: 1 });
    expect(meter.byStage.get('verification')).toEqual({ input: 600, cachedInput: 600, output: 5, responses: 1 });
  });

  it('refuses a body over its size limit, however it is sent, and passes a body that is not JSON on as it is', async () => {
    const upstream = await startFakeResponses({ token: 'real-key', script: () => toolCall('ls') });
    const fwd = await startModelForwarder({
      baseUrl: upstream.url,
      apiKey: 'real-key',
      meter: new TokenMeter(0),
      stage: 'review',
      scanId: 'scan',
    });
    closers.push(
      () => upstream.close(),
      () => fwd.close(),
    );
    const huge = JSON.stringify({ model: 'm', stream: true, input: ['x'.repeat(MAX_BODY_BYTES)] });
    const declared = await fetch(`${fwd.url}/responses`, { method: 'POST', body: huge });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ error: { message: expect.stringContaining('over 32 MiB') } });
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(`${fwd.url}/responses`, { method: 'POST' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 33; i++) req.write('x'.repeat(1024 * 1024));
      req.end();
    });
    expect(chunked).toBe(413);

    const notJson = await fetch(`${fwd.url}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"model": "m", "prompt_cache_key": "thread-a",',
    });
    expect(notJson.status).toBe(400);
    expect(upstream.violations).toEqual(['body is not a JSON object']);
    expect(upstream.requests).toEqual([]);
    expect(fwd.stats).toEqual({ forwarded: 1, refused: 2, upstreamErrors: 0 });
  });

  it('finds the usage of a response however the stream is cut into chunks', () => {
    const seen: unknown[] = [];
    const tap = usageTap((u) => seen.push(u));
    const stream = `event: response.created\ndata: {"type":"response.created","response":{"id":"r"}}\n\nevent: response.completed\ndata: {"type":"response.completed","response":{"id":"r","note":"héllo ✓","usage":{"input_tokens":7,"output_tokens":2}}}\n\n`;
    const bytes = Buffer.from(stream);
    for (let i = 0; i < bytes.length; i += 5) tap(bytes.subarray(i, i + 5));
    expect(seen).toEqual([{ input_tokens: 7, output_tokens: 2 }]);
  });

  it('reads the usage of a flooded answer in time linear in the stream, however long its lines', () => {
    const seen: unknown[] = [];
    const tap = usageTap((u) => seen.push(u));
    const huge = JSON.stringify({
      type: 'response.output_item.done',
      item: { type: 'message', content: [{ type: 'output_text', text: 'x'.repeat(20_000_000) }] },
    });
    const stream = Buffer.from(
      `event: response.output_item.done\ndata: ${huge}\n\ndata: {"type":"response.completed","response":{"usage":{"input_tokens":3,"output_tokens":1}}}\n\n`,
    );
    const started = performance.now();
    for (let i = 0; i < stream.length; i += 16_384) tap(stream.subarray(i, i + 16_384));
    // Joining the pending line to every chunk took over a minute here; passing it over takes milliseconds.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(seen).toEqual([{ input_tokens: 3, output_tokens: 1 }]);
  });

  it('listens on a unix socket whose path is longer than bind() takes, and removes it when closed', async () => {
    const upstream = await startFakeResponses({ token: 'real-key', script: () => toolCall('ls') });
    const parent = mkdtempSync(join(tmpdir(), 'fwd-'));
    closers.push(
      () => upstream.close(),
      async () => rmSync(parent, { recursive: true, force: true }),
    );
    const dir = join(parent, 'd'.repeat(120), 'vega');
    mkdirSync(dir, { recursive: true });
    const socketPath = join(dir, 'model.sock');
    expect(Buffer.byteLength(socketPath)).toBeGreaterThan(MAX_SOCKET_PATH);
    const fwd = await startModelForwarder({
      socketPath,
      baseUrl: upstream.url,
      apiKey: 'real-key',
      meter: new TokenMeter(0),
      stage: 'review',
    });
    expect(existsSync(socketPath)).toBe(true);
    // A client reaches it by a short path, as the container does by its own mount.
    symlinkSync(dir, join(parent, 'v'));
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          socketPath: join(parent, 'v', 'model.sock'),
          path: '/v1/responses',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(200);
    expect(upstream.requests[0]!.headers.authorization).toBe('Bearer real-key');
    await fwd.close();
    expect(existsSync(socketPath)).toBe(false);
  });
});
