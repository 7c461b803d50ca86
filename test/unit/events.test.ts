import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { EventStream } from '../../src/codex/event-stream.js';
import { parseEventLine } from '../../src/codex/events.js';
import { ReadTracker } from '../../src/coverage/reads.js';
import { EventCollector } from '../../src/codex/collector.js';

const line = (s: string) => parseEventLine(Buffer.from(s));

// Verbatim lines of codex-cli 0.169.0 (facts sheet).
const SAMPLE = [
  '{"type":"thread.started","thread_id":"01a20a71-70b1-7871-8135-e274bc3dcf46"}',
  '{"type":"turn.started"}',
  '{"type":"item.started","item":{"id":"item_0","type":"command_execution","command":"/bin/bash -lc \'rg -n SELECT .\'","aggregated_output":"","exit_code":null,"status":"in_progress"}}',
  '{"type":"item.completed","item":{"id":"item_0","type":"command_execution","command":"/bin/bash -lc \'rg -n SELECT .\'","aggregated_output":"./src/db.js:1:x\\n","exit_code":0,"status":"completed"}}',
  '{"type":"item.completed","item":{"id":"item_1","type":"agent_message","text":"{\\"findings\\":[]}"}}',
  '{"type":"turn.completed","usage":{"input_tokens":200,"cached_input_tokens":80,"cache_write_input_tokens":0,"output_tokens":14,"reasoning_output_tokens":4}}',
];

describe('parseEventLine', () => {
  it('types every event of a real run', () => {
    const parsed = SAMPLE.map(line);
    expect(parsed.every((p) => p.ok)).toBe(true);
    expect(parsed.map((p) => (p.ok ? p.event.type : ''))).toEqual([
      'thread.started',
      'turn.started',
      'item.started',
      'item.completed',
      'item.completed',
      'turn.completed',
    ]);
  });

  it('accepts unknown event types, unknown item types and unknown fields', () => {
    expect(line('{"type":"item.plan.delta","item_id":"x","delta":"y"}')).toEqual({
      ok: true,
      event: { type: 'other', originalType: 'item.plan.delta' },
    });
    const collab = line(
      '{"type":"item.completed","item":{"id":"item_9","type":"collab_tool_call","tool":"spawn_agent"}}',
    );
    expect(collab).toMatchObject({
      ok: true,
      event: { type: 'item.completed', item: { type: 'collab_tool_call', known: false } },
    });
    const extra = line('{"type":"turn.completed","usage":{"input_tokens":1,"brand_new":2},"new_field":true}');
    expect(extra).toMatchObject({ ok: true, event: { type: 'turn.completed', usage: { input_tokens: 1 } } });
  });

  it('accepts a usage without the newer token fields', () => {
    expect(
      line('{"type":"turn.completed","usage":{"input_tokens":5,"cached_input_tokens":0,"output_tokens":1}}').ok,
    ).toBe(true);
    expect(line('{"type":"turn.completed"}').ok).toBe(true);
  });

  it('keeps the last of the two "id" keys of a web_search item, as JSON.parse does', () => {
    const p = line(
      '{"type":"item.started","item":{"id":"item_1","type":"web_search","id":"ws_1","query":"q","action":{"type":"search","query":"q"}}}',
    );
    expect(p).toMatchObject({ ok: true, event: { item: { id: 'ws_1', type: 'web_search' } } });
  });

  it('records what is wrong with a line instead of throwing', () => {
    expect(line('not json')).toMatchObject({ ok: false, reason: expect.stringContaining('not JSON') });
    expect(line('[1,2]')).toMatchObject({ ok: false, reason: expect.stringContaining('"type"') });
    expect(line('{"type":"turn.failed"}')).toMatchObject({ ok: false, reason: expect.stringContaining('turn.failed') });
    expect(line('{"type":"item.completed","item":{"type":"agent_message"}}')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('agent_message'),
    });
    expect(line('{"type":"item.completed"}')).toMatchObject({ ok: false });
    expect(line('')).toMatchObject({ ok: false, reason: 'empty line' });
    expect(parseEventLine(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))).toEqual({ ok: false, reason: 'not valid UTF-8' });
  });

  it('never throws and always answers, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const r = parseEventLine(Buffer.from(bytes));
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseEventLine(Buffer.from(JSON.stringify(value) ?? 'null'));
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on a real event cut short at any point', () => {
    for (const full of SAMPLE) {
      for (let cut = 0; cut < full.length; cut++) {
        const r = line(full.slice(0, cut));
        expect(r.ok).toBe(false);
      }
    }
  });
});

function collectAll(chunks: Buffer[], maxLineBytes?: number) {
  const copied: Buffer[] = [];
  const copy = new Writable({
    write(c: Buffer, _e, cb) {
      copied.push(Buffer.from(c));
      cb();
    },
  });
  const collector = new EventCollector();
  const stream = new EventStream(collector, copy, maxLineBytes);
  for (const c of chunks) stream.push(c);
  return { collector, stream, copied: () => Buffer.concat(copied) };
}

describe('EventStream', () => {
  it('loses no line: every line is counted, typed or recorded as a problem, and copied verbatim', async () => {
    const MAX = 2048;
    const noNewline = (b: Uint8Array) => Buffer.from(b.map((x) => (x === 0x0a ? 0x20 : x)));
    const anyLine = fc.oneof(
      fc.constantFrom(...SAMPLE).map((s) => Buffer.from(s)),
      // truncated JSON
      fc.tuple(fc.constantFrom(...SAMPLE), fc.nat()).map(([s, n]) => Buffer.from(s.slice(0, n % s.length))),
      // arbitrary text and arbitrary bytes (invalid UTF-8 included)
      fc.string({ maxLength: 80 }).map((s) => Buffer.from(s.replace(/\n/g, ' '))),
      fc.uint8Array({ maxLength: 120 }).map(noNewline),
      // huge lines, past the parser's limit or just under it
      fc
        .integer({ min: MAX - 10, max: MAX * 4 })
        .map((n) => Buffer.from(`{"type":"error","message":"${'x'.repeat(n)}"}`)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyLine, { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 10 }),
        async (lines, cuts) => {
          const input = Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
          const chunks: Buffer[] = [];
          let at = 0;
          for (let i = 0; at < input.length; i++) {
            const size = cuts[i % cuts.length]!;
            chunks.push(input.subarray(at, at + size));
            at += size;
          }
          const { collector, stream, copied } = collectAll(chunks, MAX);
          await stream.end();
          expect(collector.lines).toBe(lines.length);
          const typed = Object.values(collector.byType).reduce((a, b) => a + b, 0);
          expect(typed + collector.problemCount).toBe(lines.length);
          const oversized = collector.problems.filter((p) =>
            p.reason.includes('longer than the parser accepts'),
          ).length;
          expect(oversized).toBe(lines.filter((l) => l.length > MAX).length);
          expect(copied().equals(input)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps invalid UTF-8 verbatim in the copy and reports it', async () => {
    const bad = Buffer.concat([
      Buffer.from('{"type":"turn.started"}\n{"x":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n'),
    ]);
    const { collector, stream, copied } = collectAll([bad]);
    await stream.end();
    expect(copied().equals(bad)).toBe(true);
    expect(collector.problems).toEqual([{ line: 2, reason: 'not valid UTF-8' }]);
    expect(collector.byType['turn.started']).toBe(1);
  });

  it('skips a line longer than the limit without holding it, and reads the next one', async () => {
    const huge = `{"type":"error","message":"${'x'.repeat(10_000)}"}`;
    const input = Buffer.from(`${huge}\n{"type":"turn.started"}\nlast line without newline`);
    const chunks = [];
    for (let i = 0; i < input.length; i += 777) chunks.push(input.subarray(i, i + 777));
    const { collector, stream, copied } = collectAll(chunks, 4096);
    await stream.end();
    expect(collector.lines).toBe(3);
    expect(collector.problems[0]).toEqual({ line: 1, reason: expect.stringContaining(`${huge.length} bytes`) });
    expect(collector.byType['turn.started']).toBe(1);
    expect(collector.problems[1]).toMatchObject({ line: 3, reason: expect.stringContaining('not JSON') });
    expect(copied().equals(input)).toBe(true);
  });
});

describe('EventCollector', () => {
  const feed = (lines: string[]) => {
    const c = new EventCollector();
    lines.forEach((l, i) => c.line(line(l), i + 1));
    return c;
  };

  it('counts a file as read only when the command that shows it ran', () => {
    const reads = new ReadTracker(['/repo']);
    const c = new EventCollector(undefined, reads);
    const ran = (exit: number, status: string, path: string) =>
      `{"type":"item.completed","item":{"id":"${path}","type":"command_execution","command":"/bin/bash -lc 'cat ${path}'","aggregated_output":"","exit_code":${exit},"status":"${status}"}}`;
    // Codex could not start the process (as when the sandbox may not enter the workspace): exit -1, nothing shown.
    [ran(-1, 'failed', 'src/a.js'), ran(0, 'completed', 'src/b.js'), ran(1, 'failed', 'src/c.js')].forEach((l, i) =>
      c.line(line(l), i + 1),
    );
    expect([...reads.reads.keys()].sort()).toEqual(['src/b.js', 'src/c.js']);
  });

  it('trusts the last agent message of a completed turn only', () => {
    const ok = feed([
      '{"type":"turn.started"}',
      '{"type":"item.completed","item":{"id":"a","type":"agent_message","text":"draft"}}',
      '{"type":"item.completed","item":{"id":"b","type":"agent_message","text":"final"}}',
      '{"type":"turn.completed","usage":{"input_tokens":10,"output_tokens":2}}',
    ]);
    expect(ok.finalMessage).toBe('final');
    const failed = feed([
      '{"type":"turn.started"}',
      '{"type":"item.completed","item":{"id":"a","type":"agent_message","text":"partial"}}',
      '{"type":"error","message":"stream disconnected"}',
      '{"type":"turn.failed","error":{"message":"stream disconnected"}}',
    ]);
    expect(failed.finalMessage).toBeUndefined();
    expect(failed.turnFailure).toBe('stream disconnected');
    expect(failed.notices).toEqual(['stream disconnected']);
  });

  it('sums usage over turns, counts events by type and lists commands', () => {
    const c = feed([
      '{"type":"thread.started","thread_id":"t1"}',
      '{"type":"turn.started"}',
      SAMPLE[3]!,
      '{"type":"item.completed","item":{"id":"x","type":"command_execution","command":"bwrap","aggregated_output":"bwrap: No permissions to create a new namespace","exit_code":1,"status":"failed"}}',
      '{"type":"turn.completed","usage":{"input_tokens":10,"cached_input_tokens":4,"output_tokens":2}}',
      '{"type":"turn.started"}',
      '{"type":"turn.completed","usage":{"input_tokens":5,"output_tokens":1,"reasoning_output_tokens":1}}',
    ]);
    expect(c.threadId).toBe('t1');
    expect(c.usage).toEqual({
      input_tokens: 15,
      cached_input_tokens: 4,
      cache_write_input_tokens: 0,
      output_tokens: 3,
      reasoning_output_tokens: 1,
    });
    expect(c.byType['item.completed:command_execution']).toBe(2);
    expect(c.commands).toEqual([
      { command: "/bin/bash -lc 'rg -n SELECT .'", exitCode: 0, status: 'completed' },
      { command: 'bwrap', exitCode: 1, status: 'failed' },
    ]);
    expect(c.sandboxFailures).toBe(1);
  });
});
