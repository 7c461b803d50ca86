// A recorded scan as the source of its threads: v16-events.jsonl and, named in v16-threads.json beside it, the other
// passes' events and the verification threads'. Read through the same parser and collector as a live thread, so
// that a replay recomputes clusters, verdicts, SARIF and report without a model.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EventCollector } from '../codex/collector.js';
import { EventStream, pump } from '../codex/event-stream.js';
import { CONTAINER_WORKSPACE } from '../container/docker-run.js';
import { ReadTracker } from '../coverage/reads.js';
import { THREADS_FILE, type RecordedPolicy, type ThreadsManifest } from './files.js';
import type { ThreadSource } from './source.js';
import type { ThreadFacts } from './thread.js';

export interface Recording {
  source: ThreadSource;
  /** The recorded scan's policy; a bare events file is one pass judged without verification. */
  policy: RecordedPolicy;
}

async function replayThread(file: string, reads?: ReadTracker): Promise<ThreadFacts> {
  const collector = new EventCollector(undefined, reads);
  await pump(createReadStream(file), new EventStream(collector));
  return { collector, run: null, files: { events: file, stderr: null } };
}

function readManifest(dir: string): ThreadsManifest | undefined {
  const file = join(dir, THREADS_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ThreadsManifest) : undefined;
}

/** `scanRoot`: the checkout the events were recorded on, whose reads count for coverage. */
export function recordedSource(eventsFile: string, scanRoot: string): Recording {
  const dir = dirname(eventsFile);
  const manifest = readManifest(dir);
  const reads = new ReadTracker([scanRoot, CONTAINER_WORKSPACE]);
  const source: ThreadSource = {
    mode: 'replay',
    prepare: async () => ({ probe: { ok: true, version: null }, notes: [], warnings: [] }),
    async review() {
      const files = [eventsFile, ...(manifest?.passes ?? []).slice(1).map((f) => join(dir, f))];
      const passes: ThreadFacts[] = [];
      for (const f of files) passes.push(await replayThread(f, reads));
      return passes;
    },
    async verify(v) {
      const entry = manifest?.verifications.find((r) => r.cluster === v.cluster && (r.opinion ?? 1) === v.opinion);
      return entry ? replayThread(join(dir, entry.events)) : undefined;
    },
    exhausted: () => false,
    tokens: () => null,
    container: () => null,
    record: () => ({ events: eventsFile, stderr: null, threads: [], debugBundle: null }),
    close: async () => {},
  };
  return {
    source,
    policy: manifest?.policy ?? { passes: 1, minAgreement: 1, verify: false, verifyLimit: 0, verifyDisputed: false },
  };
}
