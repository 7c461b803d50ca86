// Uploads the scan's files as one workflow artifact, also after a failed scan. Secrets are redacted from copies of
// the files before they leave the runner.
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { Redactor } from '../util/redact.js';

export interface UploadedArtifact {
  name: string;
  id?: number;
  size?: number;
}

/** A copy of each text file with every secret replaced, line by line (files can be large). */
async function redactedCopies(files: string[], dir: string, redactor: Redactor): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (const file of files) {
    const target = join(dir, basename(file));
    if (file.endsWith('.zip')) {
      // Built from redacted parts already.
      await new Promise<void>((resolve, reject) => createReadStream(file).pipe(createWriteStream(target)).on('finish', resolve).on('error', reject));
    } else {
      const w = createWriteStream(target);
      for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
        if (!w.write(`${redactor.redact(line)}\n`)) await once(w, 'drain');
      }
      w.end();
      await once(w, 'finish');
    }
    out.push(target);
  }
  return out;
}

export function artifactsAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}

export async function uploadScanArtifact(name: string, files: string[], stagingDir: string, redactor: Redactor, retentionDays?: number): Promise<UploadedArtifact> {
  const copies = await redactedCopies(files, stagingDir, redactor);
  // Loaded only when there is an artifact service to upload to.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const r = await client.uploadArtifact(name, copies, stagingDir, retentionDays ? { retentionDays } : {});
  return { name, id: r.id, size: r.size };
}

/** Artifact names must be unique in a workflow run: job and category (which carries the scanned path) make it so. */
export function artifactName(base: string, job: string, category: string): string {
  const slug = `${job}-${category}`.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  return `${base}-${slug}`.slice(0, 200);
}
