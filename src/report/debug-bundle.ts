// v16-debug-bundle.zip: the full Codex working state of a scan, as the seed promises: the session rollout of the
// thread (prompts and responses), stderr, the command line, the prompt and the output schema, the container's
// metadata. Only named files are taken, so shell snapshots (environment values) can never be included, and every
// part is redacted.
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Redactor } from '../util/redact.js';
import type { ScanReport } from './report.js';

function findRollouts(dir: string, threadId: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...findRollouts(p, threadId));
    else if (entry.startsWith('rollout-') && entry.endsWith(`-${threadId}.jsonl`)) out.push(p);
  }
  return out;
}

let zipModule: Promise<typeof import('archiver')> | undefined;

/** Loads the zip code in the background (while Codex works), so that writing the bundle later does not wait for it. */
export function preloadZip(): Promise<typeof import('archiver')> {
  zipModule ??= import('archiver');
  return zipModule;
}

export async function writeDebugBundle(
  target: string,
  parts: { report: ScanReport; codexHome: string; work: string; redactor: Redactor },
): Promise<string[]> {
  const { report, codexHome, work, redactor } = parts;
  const entries: { name: string; text: string }[] = [];
  const add = (name: string, file: string) => {
    if (existsSync(file)) entries.push({ name, text: redactor.redact(readFileSync(file, 'utf8')) });
  };
  if (report.thread.id) {
    for (const f of findRollouts(join(codexHome, 'sessions'), report.thread.id))
      entries.push({ name: `rollout/${f.split('/').pop()}`, text: redactor.redact(readFileSync(f, 'utf8')) });
  }
  add('codex-stderr.log', report.files.stderr ?? '');
  add('prompt.txt', join(work, 'prompt.txt'));
  add('output-schema.json', join(work, 'output-schema.json'));
  entries.push({ name: 'command.txt', text: redactor.redact(`${report.codex.command ?? '(Codex did not start)'}\n`) });
  if (report.container)
    entries.push({ name: 'container.json', text: redactor.redact(JSON.stringify(report.container, null, 2)) });

  const { default: archiver } = await preloadZip();
  const zip = archiver('zip', { zlib: { level: 6 } });
  const out = createWriteStream(target);
  const done = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    zip.on('error', reject);
  });
  zip.pipe(out);
  for (const e of entries) zip.append(e.text, { name: e.name });
  await zip.finalize();
  await done;
  return entries.map((e) => e.name);
}
