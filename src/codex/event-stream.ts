// The path every stdout byte of Codex takes: kept verbatim in the events file, split into lines, parsed, and
// handed to the collector, one chunk at a time.
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { parseEventLine } from './events.js';
import { LineSplitter } from './line-splitter.js';
import type { EventCollector } from './collector.js';

export class EventStream {
  private readonly splitter: LineSplitter;
  bytes = 0;

  constructor(
    collector: EventCollector,
    private readonly copy?: Writable,
    maxLineBytes?: number,
  ) {
    this.splitter = new LineSplitter(
      {
        line: (bytes, n) => collector.line(parseEventLine(bytes), n),
        oversized: (n, size) => collector.oversized(n, size),
      },
      maxLineBytes,
    );
  }

  /** Returns false when the copy wants the producer to wait for 'drain' (see `drained`). */
  push(chunk: Buffer): boolean {
    this.bytes += chunk.length;
    const ok = this.copy ? this.copy.write(chunk) : true;
    this.splitter.push(chunk);
    return ok;
  }

  drained(): Promise<unknown> {
    return this.copy ? once(this.copy, 'drain') : Promise.resolve();
  }

  async end(): Promise<void> {
    this.splitter.end();
    if (this.copy) {
      this.copy.end();
      await once(this.copy, 'finish');
    }
  }
}

/** Feeds a whole readable (a recorded events file) through the stream. */
export async function pump(source: AsyncIterable<Buffer>, stream: EventStream): Promise<void> {
  for await (const chunk of source) {
    if (!stream.push(chunk)) await stream.drained();
  }
  await stream.end();
}
