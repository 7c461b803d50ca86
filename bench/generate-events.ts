// Writes a realistic `codex exec --json` stream of a given size: many command executions with outputs of varied
// length (the bulk of real streams), reasoning, retry notices, agent messages, turn boundaries.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export async function generateEvents(path: string, targetBytes: number): Promise<void> {
  const out = createWriteStream(path);
  const rand = rng(42);
  const code = 'const q = "SELECT * FROM users WHERE id=" + id; // ünïcode ✓\n';
  let written = 0;
  let item = 0;
  const write = async (obj: unknown) => {
    const line = `${JSON.stringify(obj)}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  await write({ type: 'thread.started', thread_id: '01a20a71-70b1-7871-8135-e274bc3dcf46' });
  while (written < targetBytes) {
    await write({ type: 'turn.started' });
    for (let i = 0; i < 50 && written < targetBytes; i++) {
      const id = `item_${item++}`;
      const command = `/bin/bash -lc 'rg -n "SELECT" src/module${i}.js || grep -rn "SELECT" .'`;
      await write({
        type: 'item.started',
        item: { id, type: 'command_execution', command, aggregated_output: '', exit_code: null, status: 'in_progress' },
      });
      const outputLines = Math.floor(rand() ** 3 * 300);
      await write({
        type: 'item.completed',
        item: {
          id,
          type: 'command_execution',
          command,
          aggregated_output: code.repeat(outputLines),
          exit_code: rand() < 0.1 ? 1 : 0,
          status: 'completed',
        },
      });
      if (rand() < 0.3)
        await write({
          type: 'item.completed',
          item: {
            id: `item_${item++}`,
            type: 'reasoning',
            text: '**Tracing input**\n\nThe id parameter flows into the query builder.',
          },
        });
      if (rand() < 0.02)
        await write({ type: 'error', message: 'Reconnecting... 1/5 (stream disconnected before completion)' });
    }
    await write({
      type: 'item.completed',
      item: { id: `item_${item++}`, type: 'agent_message', text: JSON.stringify({ summary: 'ok', findings: [] }) },
    });
    await write({
      type: 'turn.completed',
      usage: {
        input_tokens: 1000,
        cached_input_tokens: 200,
        cache_write_input_tokens: 0,
        output_tokens: 100,
        reasoning_output_tokens: 20,
      },
    });
  }
  out.end();
  await once(out, 'finish');
}
