// Docker helpers for the container tests: the runner image the set-up built, labelled containers, a local registry.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../../src/container/docker-run.js';
import { LABEL } from '../../src/container/labels.js';
import type { LaunchSettings } from '../../src/config/settings.js';
import { ACTION_VERSION } from '../../src/util/version.js';

/** Built by scripts/setup-docker.sh, which `npm test` runs first. */
export const IMAGE = `vega-codex-runner:${ACTION_VERSION}`;
export const BASE_IMAGE = 'local/debian:bookworm';
export const HOST_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

export function containerRunner(over: Partial<Extract<LaunchSettings, { mode: 'container' }>> = {}): LaunchSettings {
  return {
    mode: 'container',
    image: IMAGE,
    policy: 'local',
    network: 'model-only',
    limits: { ...DEFAULT_LIMITS, memory: '2g' },
    ...over,
  };
}

export function dockerSync(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Containers carrying the scan label, optionally of one scan. */
export function labelledContainers(scanId?: string): string[] {
  const filter = scanId ? `label=${LABEL.scanId}=${scanId}` : `label=${LABEL.scanId}`;
  const out = dockerSync('ps', '--all', '--quiet', '--filter', filter);
  return out ? out.split('\n') : [];
}

export function bridgeGateway(): string {
  return dockerSync('network', 'inspect', 'bridge', '--format', '{{(index .IPAM.Config 0).Gateway}}');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Registry {
  host: string;
  stop(): Promise<void>;
}

/** Debian's docker-registry (distribution) on 127.0.0.1; docker allows plain HTTP to loopback registries. */
export async function startRegistry(): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  const port = await freePort();
  const config = join(dir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${dir}/data\nhttp:\n  addr: 127.0.0.1:${port}\n`,
  );
  const child: ChildProcess = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
  const host = `127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://${host}/v2/`);
      if (r.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    host,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
