// The checked-out repository's git config, as the container sees it. actions/checkout leaves the job's token in
// it (`http.<server>/.extraheader`, persist-credentials' default); Codex reads the workspace, so the container gets a
// copy without credentials, URL rewrites or includes mounted over the real one.
import { existsSync, lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CREDENTIAL_SECTIONS = /^\s*\[\s*(http|https|credential|url|include|includeif)\b/i;
const SECTION = /^\s*\[/;

/** The config text without the sections that can hold credentials or point git elsewhere. */
export function sanitizeGitConfig(text: string): string {
  const kept: string[] = [];
  let dropping = false;
  for (const line of text.split('\n')) {
    if (SECTION.test(line)) dropping = CREDENTIAL_SECTIONS.test(line);
    if (!dropping) kept.push(line);
  }
  return kept.join('\n');
}

/** Writes the sanitized copy into `dir` when the scanned directory is a repository's root; its path, or undefined. */
export function sanitizedGitConfigFor(scanRoot: string, dir: string): string | undefined {
  const config = join(scanRoot, '.git', 'config');
  if (!existsSync(config) || !lstatSync(config).isFile()) return undefined;
  const copy = join(dir, 'git-config');
  writeFileSync(copy, sanitizeGitConfig(readFileSync(config, 'utf8')), { mode: 0o644 });
  return copy;
}
