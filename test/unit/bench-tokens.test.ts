// The token benchmark's arithmetic (bench/tokens.ts): what a prompt cache would bill, per prompt_cache_key, whatever
// the threads are; the overhead before the prompt; the tools offered.
import { describe, expect, it } from 'vitest';
import { countScan } from '../../bench/tokens.ts';
import type { RecordedRequest } from '../support/fake-responses.ts';

const OPENING = 'You are a reviewer. '.repeat(200);
const tools = { type: 'additional_tools', id: 'at_1', tools: [{ type: 'namespace', tools: [{ name: 'exec' }] }] };

function request(thread: string, key: string, prompt: string): RecordedRequest {
  const body = {
    model: 'm',
    input: [
      { ...tools, id: `at_${thread}` },
      { type: 'message', role: 'developer', content: [{ type: 'input_text', text: OPENING }] },
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: '<environment_context/>' }] },
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: prompt }] },
    ],
    prompt_cache_key: key,
  };
  return {
    index: 0,
    thread,
    threadIndex: 0,
    verification: false,
    method: 'POST',
    path: '/v1/responses',
    headers: {},
    body,
  };
}

describe('countScan', () => {
  const prompts = ['Review the code for injection.', 'Verify the finding at src/db.js line 12.'];

  it('bills a thread that opens like an earlier one under the same key only for what differs', () => {
    const shared = countScan('shared', [request('t1', 'k1', prompts[0]!), request('t2', 'k1', prompts[1]!)]);
    const apart = countScan('apart', [request('t1', 'k1', prompts[0]!), request('t2', 'k2', prompts[1]!)]);
    expect(shared.raw).toBe(apart.raw);
    expect(apart.uncached).toBe(apart.raw);
    // Only the second prompt and the body's tail are new: the item ids differ, but the model never reads them.
    expect(shared.uncached).toBeLessThan(apart.raw / 2 + 40);
    expect(shared.threads).toBe(2);
  });

  it('counts the tokens before the prompt as overhead, and the tools offered', () => {
    const one = countScan('one', [request('t1', 'k', prompts[0]!)]);
    expect(one.overheadPerRequest).toBeGreaterThan(800);
    expect(one.overheadPerRequest).toBeLessThan(one.raw - 5);
    expect(one.tools).toEqual(['exec']);
  });
});
