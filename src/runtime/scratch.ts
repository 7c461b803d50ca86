// A scan's scratch directory: Codex's homes (whole transcripts; shell snapshots with environment values if Codex was
// killed), its temporary files, schemas and sockets. Its path is known before the scan starts, so whoever ends the
// scan can remove it: the action's post step, or the CLI. The scan keeps it, since its caller may inspect Codex's
// home afterwards.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../util/errors.js';
import type { OutputSettings } from '../config/settings.js';

export function scratchDir(output: Pick<OutputSettings, 'tempDir'>, scanId: string): string {
  return join(output.tempDir, `vega-codex-${scanId}`);
}

/** TMPDIR for the Codex of one thread (or of the version probe), inside the scratch directory; created private. */
export function codexTempDir(work: string): string {
  const dir = join(work, 'tmp');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Removes it; when that fails, the line to warn with, since a scan's result never depends on its clean-up. */
export function removeScratch(dir: string): string | undefined {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    return undefined;
  } catch (error) {
    return `Could not remove the scan's scratch directory ${dir}: ${errorMessage(error)}`;
  }
}
