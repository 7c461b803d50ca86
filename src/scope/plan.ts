// A shard's part of the files in scope, for the prompt (a list file Codex reads) and for placing findings.
import { writeFileSync } from 'node:fs';
import type { ScanSettings } from '../scan/settings.js';
import { listScope, type ScopeListing } from './files.js';
import { filesOfShard } from './shard.js';

export interface ShardPlan {
  label: string;
  paths: Set<string>;
  bytes: number;
  listing: Omit<ScopeListing, 'files'> & { files: number };
}

export async function planShard(settings: ScanSettings): Promise<ShardPlan | undefined> {
  if (!settings.shard) return undefined;
  const listing = await listScope(settings.scanRoot, settings.include, settings.exclude);
  const mine = filesOfShard(listing.files, settings.shard);
  return {
    label: `${settings.shard.index}/${settings.shard.total}`,
    paths: new Set(mine.map((f) => f.path)),
    bytes: mine.reduce((s, f) => s + f.size, 0),
    listing: { source: listing.source, excludedByDefaults: listing.excludedByDefaults, excludedByPatterns: listing.excludedByPatterns, files: listing.files.length },
  };
}

export function writeScopeList(plan: ShardPlan, file: string): void {
  writeFileSync(file, [...plan.paths].join('\n') + (plan.paths.size ? '\n' : ''));
}
