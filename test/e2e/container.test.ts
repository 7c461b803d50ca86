// Container mode against a real Docker engine: the sandbox, its isolation, its lifecycle, and its failures.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LABEL } from '../../src/container/labels.js';
import {
  finalMessage,
  readingFirst,
  sequence,
  silentStream,
  toolCall,
  toolOutputs,
  verdict,
  type Script,
} from '../support/fake-responses.ts';
import { scanWith, TOKEN, type ScanRun } from '../support/harness.ts';
import {
  BASE_IMAGE,
  bridgeGateway,
  containerRunner,
  dockerSync,
  HOST_CA_BUNDLE,
  IMAGE,
  labelledContainers,
} from '../support/docker.ts';
import { sarifProblems } from '../support/sarif-check.ts';
import { reviewScript, shardReviewScript } from '../support/scripted-review.ts';

const runs: ScanRun[] = [];
afterEach(async () => {
  for (const run of runs.splice(0)) {
    expect(run.leftovers()).toEqual([]);
    // Every test stops what it started: no container of its scans survives it.
    expect(labelledContainers(run.outcome.report.scan.id)).toEqual([]);
    await run.cleanup();
  }
});

async function containerScan(script: Script, opts: Parameters<typeof scanWith>[1] = {}): Promise<ScanRun> {
  const run = await scanWith(script, { ...opts, settings: { runner: containerRunner(), ...opts.settings } });
  runs.push(run);
  return run;
}

const answer = (findings: unknown[] = []) => JSON.stringify({ summary: 'Reviewed.', findings });

describe('parity with direct mode', () => {
  it('gives the same events, findings, SARIF and report in the container as with codex-bin', async () => {
    const inContainer = await containerScan(reviewScript());
    const direct = await scanWith(reviewScript());
    runs.push(direct);
    const a = inContainer.outcome.report;
    const b = direct.outcome.report;
    expect(a.codex.mode).toBe('container');
    expect(b.codex.mode).toBe('direct');
    expect(a.status).toBe('completed');
    expect(a.findings.items).toEqual(b.findings.items);
    expect(a.events.byType).toEqual(b.events.byType);
    expect(a.commands.items).toEqual(b.commands.items);
    expect(a.usage).toEqual(b.usage);
    expect(a.notices).toEqual(b.notices);
    const results = (f: string) => JSON.parse(readFileSync(f, 'utf8')).runs[0].results;
    expect(results(a.files.sarif)).toEqual(results(b.files.sarif));
    expect(sarifProblems(a.files.sarif, { multitool: false })).toEqual([]);
    expect(a.container).toMatchObject({
      image: IMAGE,
      obtainedBy: 'local',
      network: 'model-only',
      modelRequests: { forwarded: 3, refused: 0 },
    });
    expect(a.container!.imageId).toMatch(/^sha256:/);
  });
});

describe('the sandbox', () => {
  let listener: Server;
  let connections = 0;
  let port = 0;
  let hostDir: string;
  beforeAll(async () => {
    listener = createServer((s) => {
      connections += 1;
      s.destroy();
    });
    await new Promise<void>((r) => listener.listen(0, '0.0.0.0', r));
    port = (listener.address() as { port: number }).port;
    hostDir = mkdtempSync(join(tmpdir(), 'vega-host-'));
    writeFileSync(join(hostDir, 'secret.txt'), 'HOST-ONLY-CONTENT-7731');
  });
  afterAll(async () => {
    await new Promise((r) => listener.close(r));
    rmSync(hostDir, { recursive: true, force: true });
  });

  it('blocks every escape the probes try, and the real token never enters the container', async () => {
    const gateway = bridgeGateway();
    const half = TOKEN.length >> 1;
    const probes = {
      writeSource: 'touch /workspace/pwned && echo WROTE-SOURCE; touch /workspace/src/db.js && echo WROTE-SOURCE',
      readHost: `cat ${join(hostDir, 'secret.txt')}; cat /etc/hostname`,
      connectHost: `for h in 127.0.0.1 ${gateway} 172.17.0.1; do timeout 3 bash -c "echo hi > /dev/tcp/$h/${port}" && echo CONNECTED-$h; done; getent hosts host.docker.internal || echo NO-DNS`,
      findToken: `T1='${TOKEN.slice(0, half)}'; T2='${TOKEN.slice(half)}'; env | grep -c "$T1$T2"; grep -rsl "$T1$T2" /proc/[0-9]*/environ /proc/[0-9]*/cmdline /home /tmp /vega /workspace /etc /usr/local 2>/dev/null; echo SEARCH-DONE`,
      gainRoot:
        'id -u; sudo -n true 2>&1 && echo GOT-SUDO; su -c id root </dev/null 2>&1 && echo GOT-SU; touch /etc/pwned 2>&1 && echo WROTE-ETC; unshare -r id 2>&1 && echo GOT-USERNS; grep CapEff /proc/self/status',
      // And a review reads the source, which it may.
      readSource: 'head -2 src/db.js',
    };
    let inspected = '';
    const order = Object.values(probes);
    const scanId = randomUUID();
    const script: Script = (r) => {
      // While Codex runs: what does `docker inspect` show of the container?
      if (r.index === 1) inspected = dockerSync('inspect', `vega-codex-${scanId}`);
      return r.index < order.length ? toolCall(order[r.index]!) : finalMessage(answer());
    };
    const run = await containerScan(script, { scanId });
    expect(run.outcome.report.status).toBe('completed');
    const out = toolOutputs(run.server.requests[order.length]!);
    expect(out).toHaveLength(order.length);
    const [writeSource, readHost, connectHost, findToken, gainRoot] = out as [string, string, string, string, string];

    expect(writeSource).toContain('Read-only file system');
    expect(writeSource).not.toContain('WROTE-SOURCE');
    expect(readHost).toContain('No such file or directory');
    expect(readHost).not.toContain('HOST-ONLY-CONTENT-7731');
    expect(connectHost).not.toContain('CONNECTED');
    expect(connections).toBe(0);
    expect(findToken).toMatch(/Output:\n0\nSEARCH-DONE/);
    expect(gainRoot).toMatch(/Output:\n1001\n/);
    for (const marker of ['GOT-SUDO', 'GOT-SU', 'WROTE-ETC', 'GOT-USERNS']) expect(gainRoot).not.toContain(marker);
    expect(gainRoot).toContain('CapEff:\t0000000000000000');

    // docker inspect: hardened, labelled, and no token anywhere in it.
    const [info] = JSON.parse(inspected) as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(inspected).not.toContain(TOKEN);
    expect(info!.Config.User).toBe('1001:1001');
    expect(info!.HostConfig).toMatchObject({
      ReadonlyRootfs: true,
      CapDrop: ['ALL'],
      NetworkMode: 'none',
      SecurityOpt: ['no-new-privileges'],
      PidsLimit: 512,
    });
    expect(Object.keys(info!.Config.Labels)).toEqual(expect.arrayContaining(Object.values(LABEL)));
    expect(info!.Config.Labels[LABEL.scanId]).toBe(run.outcome.report.scan.id);
    const workspace = (info!.Mounts as { Destination: string; RW: boolean }[]).find(
      (m) => m.Destination === '/workspace',
    );
    expect(workspace!.RW).toBe(false);
    // And the requests reached the model with the real token, added outside the container.
    expect(run.server.violations).toEqual([]);
    expect(run.server.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });
});

describe('a shard in the container', () => {
  it('reads its scope list from the read-only /vega mount', async () => {
    const run = await containerScan(shardReviewScript(), { settings: { shard: { index: 1, total: 1 } } });
    expect(run.outcome.report.status).toBe('completed');
    expect(run.outcome.report.findings.total).toBe(4);
    expect(JSON.stringify(run.server.requests[0]!.body)).toContain('/vega/scope.txt');
  });
});

describe('a long RUNNER_TEMP, as self-hosted runners have', () => {
  it('serves the model socket to the review and a verification, though its path is longer than a unix socket path may be', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'long-temp-'));
    const runnerTemp = join(parent, 'r'.repeat(119 - parent.length));
    try {
      expect(runnerTemp).toHaveLength(120);
      const run = await containerScan(reviewScript(), {
        settings: { tempDir: runnerTemp, verify: true, verifyLimit: 1 },
        verifier: () => verdict('confirmed', 'The id reaches the query unbound.'),
      });
      const r = run.outcome.report;
      expect(r.status, r.failure?.reason).toBe('completed');
      expect(r.verification).toMatchObject({ verified: 1, byVerdict: { confirmed: 1 } });
      expect(r.container!.modelRequests).toMatchObject({ forwarded: 4, refused: 0, upstreamErrors: 0 });
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('network: bridge', () => {
  it('still serves the model through the socket, with the token outside the container', async () => {
    const run = await containerScan(
      sequence(
        toolCall('env | grep -c VEGA_CODEX_API_KEY=replaced-by-vega-model-proxy || true; head -1 src/db.js'),
        finalMessage(answer()),
      ),
      {
        settings: { runner: containerRunner({ network: 'bridge' }) },
      },
    );
    expect(run.outcome.report.status).toBe('completed');
    expect(run.outcome.report.container!.network).toBe('bridge');
    expect(toolOutputs(run.server.requests[1]!).join('')).not.toContain(TOKEN);
    expect(run.server.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });
});

describe('lifecycle', () => {
  it('removes stale containers of earlier scans at start, never a live one of another scan', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const past = new Date(Date.now() - 60_000).toISOString();
    const labels = (id: string, deadline: string) => [
      '--label',
      `${LABEL.scanId}=${id}`,
      '--label',
      `${LABEL.deadline}=${deadline}`,
    ];
    const stopped = dockerSync('create', ...labels('old-stopped', future), '--entrypoint', 'true', IMAGE);
    const overdue = dockerSync('run', '-d', ...labels('old-overdue', past), '--entrypoint', 'sleep', IMAGE, '300');
    const live = dockerSync('run', '-d', ...labels('other-live', future), '--entrypoint', 'sleep', IMAGE, '300');
    try {
      const liveName = dockerSync('inspect', '--format', '{{.Name}}', live).replace(/^\//, '');
      const run = await containerScan(sequence(finalMessage(answer())));
      // Scans of other test files start at the same time and clean up too, so either may have removed a stale one.
      const removed = run.outcome.report.container!.staleRemoved;
      expect(removed).not.toContain(liveName);
      expect(labelledContainers('other-live').map((id) => live.startsWith(id))).toEqual([true]);
      expect(labelledContainers('old-stopped')).toEqual([]);
      expect(labelledContainers('old-overdue')).toEqual([]);
    } finally {
      execFileSync('docker', ['rm', '-f', stopped, overdue, live], { stdio: 'ignore' });
    }
  });
});

describe('failures', () => {
  it('Docker daemon absent: says so and what to do', async () => {
    const saved = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = 'unix:///nonexistent/docker.sock';
    try {
      const run = await containerScan(sequence(finalMessage(answer())));
      const { report } = run.outcome;
      expect(report.status).toBe('failed');
      expect(report.failure!.reason).toMatch(/^Codex failed to start: Docker is not available: /);
      expect(report.failure!.hint).toContain('running Docker daemon');
      expect(run.server.requests).toHaveLength(0);
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST;
      else process.env.DOCKER_HOST = saved;
    }
  });

  it('image missing with image-policy local', async () => {
    const run = await containerScan(sequence(finalMessage(answer())), {
      settings: { runner: containerRunner({ image: 'vega-codex-runner:missing' }) },
    });
    expect(run.outcome.report.failure).toEqual({
      reason: 'Codex failed to start: Image vega-codex-runner:missing is not on this machine (image-policy: local).',
      hint: 'Build it with scripts/build-codex-runner-image.sh, or use image-policy: pull-or-build.',
    });
  });

  it('container killed mid-scan: partial events kept, scan failed', async () => {
    const scanId = randomUUID();
    const script: Script = (r) => {
      if (r.index === 0) {
        execFileSync('docker', ['kill', `vega-codex-${scanId}`], { stdio: 'ignore' });
        return silentStream();
      }
      return finalMessage(answer());
    };
    const run = await containerScan(script, { settings: { streamIdleTimeoutMs: 600_000 }, scanId });
    const { report } = run.outcome;
    expect(report.status).toBe('failed');
    expect(report.exit.code).toBe(137);
    expect(report.failure!.reason).toBe('Codex exited with code 137 before completing its turn.');
    expect(report.events.byType['thread.started']).toBe(1);
    expect(readFileSync(report.files.events, 'utf8')).toContain('"type":"turn.started"');
  });

  it('timeout: the container is gone within seconds', async () => {
    const run = await containerScan(sequence(silentStream()), {
      settings: { timeoutMinutes: 0.05, streamIdleTimeoutMs: 600_000 },
    });
    const { report } = run.outcome;
    expect(report.status).toBe('timed_out');
    expect(report.timing.codexMs!).toBeLessThan(3000 + 10_000);
    expect(labelledContainers(report.scan.id)).toEqual([]);
  });

  it('the model server goes away mid-scan', async () => {
    const run = await containerScan((r) => (r.index === 0 ? toolCall('ls') : { kind: 'shutdown' }), {
      settings: { streamIdleTimeoutMs: 600_000 },
    });
    const { report } = run.outcome;
    expect(report.status).toBe('failed');
    expect(report.commands.count).toBe(1);
    expect(report.failure!.reason).toMatch(/^Codex's turn failed: /);
    expect(report.container!.modelRequests.upstreamErrors).toBeGreaterThanOrEqual(0);
  });
});

describe('acquiring the image', () => {
  // Pulling from a registry, by tag and by pinned digest: release.test.ts.
  it('a failed pull names the cause; pull-or-build then builds from the shipped Dockerfile', async () => {
    const ref = '127.0.0.1:9/vega-codex-runner:fallback';
    const pullOnly = await containerScan(sequence(finalMessage(answer())), {
      settings: { runner: containerRunner({ image: ref, policy: 'pull' }) },
    });
    expect(pullOnly.outcome.report.failure!.reason).toMatch(
      /^Codex failed to start: Could not pull 127\.0\.0\.1:9\/vega-codex-runner:fallback: /,
    );
    expect(pullOnly.outcome.report.failure!.hint).toContain('docker login');

    const savedBase = process.env.BASE_IMAGE;
    process.env.BASE_IMAGE = BASE_IMAGE;
    try {
      const run = await containerScan(readingFirst(sequence(finalMessage(answer()))), {
        settings: { runner: containerRunner({ image: ref, policy: 'pull-or-build', extraCaFile: HOST_CA_BUNDLE }) },
      });
      expect(run.outcome.report.status).toBe('completed');
      expect(run.outcome.report.container!.obtainedBy).toBe('build');
      expect(run.outcome.report.warnings[0]).toMatch(/^pull of 127\.0\.0\.1:9\/vega-codex-runner:fallback failed/);
    } finally {
      if (savedBase === undefined) delete process.env.BASE_IMAGE;
      else process.env.BASE_IMAGE = savedBase;
      execFileSync('docker', ['rmi', '-f', ref], { stdio: 'ignore' });
    }
    // The build reuses the set-up's layers; without them (a pruned cache) it fetches Codex again.
  }, 300_000);
});
