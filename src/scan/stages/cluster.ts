// The cluster stage: the passes' findings grouped into clusters of the same flaw, each with its votes
// (src/findings/cluster.ts). A report of a finding carried from the last review of a pull request (the same code, and
// nothing changed near it) is that finding: its verdict stands, so it is neither verified nor judged again.
import { clusterFindings, type Cluster } from '../../findings/cluster.js';
import type { IncrementStage } from './increment.js';
import type { PlaceStage } from './place.js';
import type { Stage } from './stage.js';

export const cluster: Stage<never, { place: PlaceStage; increment: IncrementStage | null }, { clusters: Cluster[] }> = {
  name: 'cluster',
  title: () => 'Findings: clustering the passes',
  run(ctx, f) {
    const carried = new Set(f.increment?.carried.map((x) => x.fingerprint));
    const all = clusterFindings(f.place.passes);
    const clusters = all.filter((c) => !c.variants.some((v) => carried.has(v.finding.fingerprint)));
    const known = all.length - clusters.length;
    ctx.log.info(
      `${clusters.length} clusters${known ? ` (${known} more are findings carried from the last review)` : ''}`,
    );
    return { clusters };
  },
};
