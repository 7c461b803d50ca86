// One measured pass over an events file, in its own process so its peak RSS is its own.
//   real: the action's pipeline (verbatim copy to disk, line splitting, UTF-8 check, JSON.parse, zod, collector)
//   bare: split lines and JSON.parse, nothing else
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStream, pump } from '../src/codex/event-stream.js';
import { EventCollector } from '../src/codex/collector.js';

const [mode, file] = process.argv.slice(2) as ['real' | 'bare', string];
const bytes = statSync(file).size;
const started = process.hrtime.bigint();
let lines = 0;

if (mode === 'real') {
  const copyPath = join(tmpdir(), `bench-copy-${process.pid}.jsonl`);
  const collector = new EventCollector();
  await pump(
    createReadStream(file, { highWaterMark: 64 * 1024 }),
    new EventStream(collector, createWriteStream(copyPath)),
  );
  lines = collector.lines;
  if (collector.problemCount !== 0) throw new Error(`${collector.problemCount} problems`);
  rmSync(copyPath, { force: true });
} else {
  // The fastest plain loop: split bytes at newlines, decode, JSON.parse.
  let rest: Buffer | undefined;
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
    const buf = rest ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
      JSON.parse(buf.toString('utf8', start, nl));
      lines++;
      start = nl + 1;
    }
    rest = start < buf.length ? buf.subarray(start) : undefined;
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(
  JSON.stringify({
    mode,
    lines,
    seconds,
    mbps: bytes / 1e6 / seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
