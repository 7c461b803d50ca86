// The scripted model's first-token delay, which the passes benchmark relies on to measure overlap, not cores, and its
// prompt cache, which tells threads apart the way Codex names them.
import { afterEach, describe, expect, it } from 'vitest';
import { finalMessage, startFakeResponses, withUsage, type FakeResponses } from '../support/fake-responses.ts';

const servers: FakeResponses[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

const ask = (url: string) =>
  fetch(`${url}/responses`, {
    method: 'POST',
    headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'm', stream: true, input: [] }),
  });

describe('scripted model', () => {
  it('answers each request only after firstTokenMs', async () => {
    const server = await startFakeResponses({ token: 'k', script: () => finalMessage('done'), firstTokenMs: 200 });
    servers.push(server);
    const started = performance.now();
    const replies = await Promise.all([ask(server.url), ask(server.url), ask(server.url)]);
    const texts = await Promise.all(replies.map((r) => r.text()));
    const elapsed = performance.now() - started;
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    for (const t of texts) expect(t).toContain('response.completed');
    expect(elapsed).toBeGreaterThanOrEqual(195);
    expect(server.violations).toEqual([]);
  });

  it('tells threads apart by their thread-id header, and reports as cached what an earlier prompt under the key began with', async () => {
    const server = await startFakeResponses({ token: 'k', script: () => withUsage(finalMessage('done'), 1000) });
    servers.push(server);
    const opening = { id: 'msg_a', type: 'message', role: 'developer', content: 'x'.repeat(900) };
    const send = async (thread: string, key: string, input: unknown[]) => {
      const reply = await fetch(`${server.url}/responses`, {
        method: 'POST',
        headers: { authorization: 'Bearer k', 'content-type': 'application/json', 'thread-id': thread },
        body: JSON.stringify({ model: 'm', stream: true, input, prompt_cache_key: key }),
      });
      return /"cached_tokens":(\d+)/.exec(await reply.text())![1];
    };
    expect(await send('t1', 'scan', [opening, { type: 'message', role: 'user', content: 'one' }])).toBe('0');
    // Another thread: its own item ids, the same opening.
    const cached = await send('t2', 'scan', [
      { ...opening, id: 'msg_b' },
      { type: 'message', content: 'two' },
    ]);
    expect(Number(cached)).toBeGreaterThan(900);
    expect(Number(cached)).toBeLessThan(1000);
    expect(await send('t3', 'another scan', [opening])).toBe('0');
    expect(server.requests.map((r) => [r.thread, r.threadIndex, r.body?.prompt_cache_key])).toEqual([
      ['t1', 0, 'scan'],
      ['t2', 0, 'scan'],
      ['t3', 0, 'another scan'],
    ]);
    expect(server.requests.map((r) => r.cachedTokens)).toEqual([0, Number(cached), 0]);
    expect(server.violations).toEqual([]);
  });

  it('drops an answer still waiting for its first token when it closes', async () => {
    const server = await startFakeResponses({ token: 'k', script: () => finalMessage('done'), firstTokenMs: 60_000 });
    const reply = ask(server.url);
    // Until the request has arrived, however busy the machine is.
    for (let i = 0; i < 500 && server.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(server.requests).toHaveLength(1);
    await server.close();
    await expect(reply).rejects.toThrow();
  });
});
