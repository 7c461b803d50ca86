// The container manager: finds the action's containers by label, removes those left behind by earlier scans, and
// never touches a live container of another scan (one still running within its own deadline).
import { docker } from './docker.js';
import { LABEL } from './labels.js';

export interface LabelledContainer {
  id: string;
  name: string;
  state: string;
  scanId: string;
  createdAt: string;
  deadline: string;
}

/** A container this young may be another scan's, still starting (state "created"). */
const STARTING_GRACE_MS = 120_000;

export async function listScanContainers(): Promise<LabelledContainer[]> {
  const format = `{{.ID}}\t{{.Names}}\t{{.State}}\t{{.Label "${LABEL.scanId}"}}\t{{.Label "${LABEL.createdAt}"}}\t{{.Label "${LABEL.deadline}"}}`;
  const r = await docker(['ps', '--all', '--no-trunc', '--filter', `label=${LABEL.scanId}`, '--format', format], {
    timeoutMs: 30_000,
  });
  if (r.code !== 0) return [];
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [id, name, state, scanId, createdAt, deadline] = l.split('\t');
      return { id: id!, name: name!, state: state!, scanId: scanId!, createdAt: createdAt!, deadline: deadline! };
    });
}

/**
 * Stale: exited, running past its deadline (its scan is gone), or created long ago and never started. A container
 * of another scan that is starting or running within its deadline is live. Pure, for tests.
 */
export function isStale(c: LabelledContainer, now: Date): boolean {
  if (c.state === 'removing') return false;
  if (c.state === 'running' || c.state === 'paused') {
    const deadline = Date.parse(c.deadline);
    return Number.isNaN(deadline) || deadline < now.getTime();
  }
  if (c.state === 'created' || c.state === 'restarting') {
    const created = Date.parse(c.createdAt);
    return Number.isNaN(created) || now.getTime() - created > STARTING_GRACE_MS;
  }
  return true;
}

export async function removeContainers(ids: string[]): Promise<void> {
  if (ids.length) await docker(['rm', '--force', '--volumes', ...ids], { timeoutMs: 60_000 });
}

/** Removes stale containers of earlier scans; returns their names. */
export async function removeStaleContainers(now = new Date()): Promise<string[]> {
  const stale = (await listScanContainers()).filter((c) => isStale(c, now));
  await removeContainers(stale.map((c) => c.id));
  return stale.map((c) => c.name);
}

/** Removes the containers of one scan, whatever their state (its own clean-up and the post step). */
export async function removeScanContainers(scanId: string): Promise<string[]> {
  const own = (await listScanContainers()).filter((c) => c.scanId === scanId);
  await removeContainers(own.map((c) => c.id));
  return own.map((c) => c.name);
}
