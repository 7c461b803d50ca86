// Uploads the scan's files as one workflow artifact, also after a failed scan. Secrets are redacted from copies of
// the files before they leave the runner.
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Redactor } from '../util/redact.js';

export interface UploadedArtifact {
  name: string;
  id?: number;
  size?: number;
}

/**
 * A copy of each file with every secret replaced and every other byte kept: a patch must still apply, CRs and
 * missing final line breaks included, and a file need not be UTF-8. Files can be large, so they are read in chunks
 * cut after a line break: a secret, which holds none, is never cut in two.
 */
async function redactedCopies(files: string[], dir: string, redactor: Redactor): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (const file of files) {
    const target = join(dir, basename(file));
    // Built from redacted parts already.
    if (file.endsWith('.zip')) await copyFile(file, target);
    else {
      await pipeline(
        createReadStream(file),
        async function* (chunks: AsyncIterable<Buffer>) {
          let pending: Buffer[] = [];
          for await (const chunk of chunks) {
            const cut = chunk.lastIndexOf(0x0a) + 1;
            if (cut === 0) {
              pending.push(chunk);
              continue;
            }
            yield redactor.redactBytes(Buffer.concat([...pending, chunk.subarray(0, cut)]));
            pending = [chunk.subarray(cut)];
          }
          yield redactor.redactBytes(Buffer.concat(pending));
        },
        createWriteStream(target),
      );
    }
    out.push(target);
  }
  return out;
}

export function artifactsAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}

/** One artifact: its name, its files, and where their redacted copies are put (the artifact's root). */
export interface ArtifactUpload {
  name: string;
  files: string[];
  stagingDir: string;
  retentionDays?: number;
}

export async function uploadScanArtifact(upload: ArtifactUpload, redactor: Redactor): Promise<UploadedArtifact> {
  const { name, stagingDir, retentionDays } = upload;
  const copies = await redactedCopies(upload.files, stagingDir, redactor);
  // Loaded only when there is an artifact service to upload to.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const r = await client.uploadArtifact(name, copies, stagingDir, retentionDays ? { retentionDays } : {});
  return { name, id: r.id, size: r.size };
}

/** Artifact names must be unique in a workflow run: job and category (which carries the scanned path) make it so. */
export function artifactName(base: string, job: string, category: string): string {
  const slug = `${job}-${category}`
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base}-${slug}`.slice(0, 200);
}
