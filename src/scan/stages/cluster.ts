// The cluster stage: the passes' findings grouped into clusters of the same flaw, each with its votes
// (src/findings/cluster.ts).
import { clusterFindings, type Cluster } from '../../findings/cluster.js';
import type { PlaceStage } from './place.js';
import type { Stage } from './stage.js';

export const cluster: Stage<never, { place: PlaceStage }, { clusters: Cluster[] }> = {
  name: 'cluster',
  title: () => 'Findings: clustering the passes',
  run(ctx, f) {
    const clusters = clusterFindings(f.place.passes);
    ctx.log.info(`${clusters.length} clusters`);
    return { clusters };
  },
};
