// The model forwarder on its own: who it serves, what it counts, and that nothing passes it past the budget.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_SOCKET_PATH, startModelForwarder, usageTap } from '../../src/model/forwarder.js';
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
