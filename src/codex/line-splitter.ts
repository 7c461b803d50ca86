// Splits a byte stream into lines as chunks arrive. Memory is bounded by the longest line kept, and a line longer
// than `maxLineBytes` is not kept at all: it is reported by length and skipped, so one runaway line cannot exhaust
// memory. Works on bytes, not strings, so invalid UTF-8 reaches the parser unchanged.
const NL = 0x0a;

export interface LineHandler {
  line(bytes: Buffer, lineNumber: number): void;
  oversized(lineNumber: number, bytes: number): void;
}

export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private dropping = false;
  private lineNumber = 0;

  constructor(
    private readonly handler: LineHandler,
    private readonly maxLineBytes = 64 * 1024 * 1024,
  ) {}

  get lines(): number {
    return this.lineNumber;
  }

  push(chunk: Buffer): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(NL, start);
      if (nl === -1) break;
      this.finishLine(chunk.subarray(start, nl));
      start = nl + 1;
    }
    if (start < chunk.length) this.keep(chunk.subarray(start));
  }

  /** Flushes a last line that had no newline. */
  end(): void {
    if (this.pendingBytes > 0 || this.dropping) this.finishLine(Buffer.alloc(0));
  }

  private keep(part: Buffer): void {
    this.pendingBytes += part.length;
    if (this.dropping) return;
    if (this.pendingBytes > this.maxLineBytes) {
      this.dropping = true;
      this.pending = [];
      return;
    }
    // Copy: the caller may reuse the chunk's memory.
    this.pending.push(Buffer.from(part));
  }

  private finishLine(tail: Buffer): void {
    this.lineNumber += 1;
    const total = this.pendingBytes + tail.length;
    if (this.dropping || total > this.maxLineBytes) {
      this.handler.oversized(this.lineNumber, total);
    } else if (this.pending.length === 0) {
      this.handler.line(tail, this.lineNumber);
    } else {
      this.pending.push(tail);
      this.handler.line(Buffer.concat(this.pending, total), this.lineNumber);
    }
    this.pending = [];
    this.pendingBytes = 0;
    this.dropping = false;
  }
}
