// What the report says of the container a scan ran Codex in: the image asked for and the one run, and its traffic.
import type { ForwarderStats } from '../model/forwarder.js';
import type { AcquiredImage } from './image.js';

export interface ContainerInfo {
  name: string;
  image: string;
  /** The reference asked for, the registry digest run, and whether it is the one the reference pins. */
  requested: string;
  imageId: string;
  digest: string | null;
  verified: boolean;
  obtainedBy: AcquiredImage['obtainedBy'];
  network: string;
  dockerVersion: string;
  staleRemoved: string[];
  modelRequests: ForwarderStats;
}
