// The scripted model's first-token delay, which the passes benchmark relies on to measure overlap, not cores.
import { afterEach, describe, expect, it } from 'vitest';
import { finalMessage, startFakeResponses, type FakeResponses } from '../support/fake-responses.ts';

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
