// Labels on every container the action starts, so that clean-up finds exactly its own containers.
export const LABEL = {
  scanId: 'dev.vega.codex.scan-id',
  repository: 'dev.vega.codex.repository',
  runId: 'dev.vega.codex.run-id',
  job: 'dev.vega.codex.job',
  createdAt: 'dev.vega.codex.created-at',
  deadline: 'dev.vega.codex.deadline',
  actionVersion: 'dev.vega.codex.action-version',
} as const;

export interface ContainerIdentity {
  scanId: string;
  repository: string;
  runId: string;
  job: string;
  createdAt: string;
  /** After this instant the container has outlived its scan's time limit and is stale even if running. */
  deadline: string;
  actionVersion: string;
}

export function labelsOf(id: ContainerIdentity): Record<string, string> {
  return {
    [LABEL.scanId]: id.scanId,
    [LABEL.repository]: id.repository,
    [LABEL.runId]: id.runId,
    [LABEL.job]: id.job,
    [LABEL.createdAt]: id.createdAt,
    [LABEL.deadline]: id.deadline,
    [LABEL.actionVersion]: id.actionVersion,
  };
}
