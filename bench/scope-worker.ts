// Plans the scope of a generated tree and cuts it into shards, in its own process for an honest peak RSS.
import { listScope } from '../src/scope/files.js';
import { assignShards } from '../src/scope/shard.js';

const [root] = process.argv.slice(2) as [string];
const started = process.hrtime.bigint();
const listing = await listScope(root, [], ['**/*.snap']);
const shards = assignShards(listing.files, 16);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(
  JSON.stringify({
    files: listing.files.length,
    skipped: listing.excludedByDefaults + listing.excludedByPatterns,
    shards: new Set(shards.values()).size,
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
