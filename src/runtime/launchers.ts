// The two ways to start Codex: directly on the runner, or inside the sandbox container. A Runtime is readied once
// per scan (the CLI probed, or Docker checked and the image acquired); each Codex thread of the scan (a review pass,
// a verification) then gets a Launcher of its own: its own home, forwarder and, in container mode, container.
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { API_KEY_ENV, buildCodexArgs, codexEnvironment, type CodexCommandOptions } from '../codex/command.js';
import type { LaunchSpec } from '../codex/runner.js';
import { packagedCodexVersion, probeCodexVersion, type VersionProbe } from '../codex/version.js';
import { docker } from '../container/docker.js';
import { buildDockerRunArgs, CONTAINER_BASE_URL, CONTAINER_VEGA_DIR, CONTAINER_WORKSPACE } from '../container/docker-run.js';
import { acquireImage, checkDocker, ContainerSetupError, type AcquiredImage } from '../container/image.js';
import type { ContainerInfo } from '../container/info.js';
import { removeStaleContainers } from '../container/lifecycle.js';
import { sanitizedGitConfigFor } from '../container/git-config.js';
import { startModelForwarder, type ForwarderStats } from '../model/forwarder.js';
import type { TokenMeter } from '../model/token-meter.js';
import type { ScanLog } from '../util/log.js';
import { codexTempDir } from './scratch.js';
import type { EndpointSettings, ScanSettings } from '../config/settings.js';



export interface Prepared {
  probe: VersionProbe;
  /** What to do when the probe failed. */
  hint?: string;
  /** For the log. */
  notes: string[];
  /** For the log and the report. */
  warnings: string[];
}

/** What every thread of one scan shares: the settings a launch needs, and the endpoint's key, kept apart. */
export interface RuntimeContext {
  settings: Pick<ScanSettings, 'target' | 'endpoint' | 'runner' | 'output'>;
  apiKey: string;
  scanId: string;
  log: ScanLog;
  /** Counts every response's tokens and stops the scan at max-tokens. */
  meter: TokenMeter;
  /** The scan's scratch directory. */
  work: string;
}

/** One Codex thread: its scratch directory (home, schema, socket) and what its tokens count for. */
export interface ThreadContext {
  /** pass-1, verify-3, …: part of its container's name. */
  name: string;
  work: string;
  codexHome: string;
  /** HOME for Codex in direct mode: empty, so the runner user's own ~/.codex and ~/.agents stay out. */
  userHome: string;
  /** The output schema, in `work`. */
  schemaFile: string;
  /** The scope list, when the scan has one (shared by the passes, in the scan's own scratch directory). */
  scopeFile?: string;
  stage: string;
}

export interface Launcher {
  /** The command that runs Codex on this prompt, with the scan's endpoint settings. */
  spec(prompt: string): LaunchSpec;
  /** Stops Codex for a timeout or cancellation (the process group alone does not stop a container). */
  stop(): void;
  /** Always runs after Codex ended. */
  cleanup(): Promise<void>;
  /** What went through this thread's model forwarder. */
  requests(): ForwarderStats;
}

export interface Runtime {
  mode: 'direct' | 'container';
  /** Readies the runtime and learns Codex's version; a failure here is a scan that could not start. */
  prepare(): Promise<Prepared>;
  /** A launcher for one thread, its forwarder listening. */
  thread(t: ThreadContext): Promise<Launcher>;
  /** Model requests of every thread so far. */
  requests(): ForwarderStats;
  container(): ContainerInfo | null;
}

type EndpointOptions = Omit<CodexCommandOptions, 'workdir' | 'outputSchemaFile' | 'baseUrl' | 'sandbox' | 'projectDirs'>;

function endpointOptions(e: EndpointSettings, prompt: string): EndpointOptions {
  return { prompt, model: e.model, requestMaxRetries: e.maxRetries, streamMaxRetries: e.maxRetries, streamIdleTimeoutMs: e.streamIdleTimeoutMs };
}

function tally(all: ForwarderStats[]): ForwarderStats {
  return all.reduce((s, r) => ({ forwarded: s.forwarded + r.forwarded, refused: s.refused + r.refused, upstreamErrors: s.upstreamErrors + r.upstreamErrors }), { forwarded: 0, refused: 0, upstreamErrors: 0 });
}

export function directRuntime(ctx: RuntimeContext): Runtime {
  const runner = ctx.settings.runner;
  if (runner.mode !== 'direct') throw new Error('direct runtime for a container scan');
  const stats: ForwarderStats[] = [];
  const projectDirs = [ctx.settings.target.scanRoot, ctx.settings.target.repoRoot];
  return {
    mode: 'direct',
    async prepare() {
      const packaged = packagedCodexVersion(runner.bin);
      const home = join(ctx.work, 'probe-home');
      if (!packaged) mkdirSync(home, { recursive: true, mode: 0o700 });
      const probe = packaged ? { ok: true, version: packaged } : await probeCodexVersion(runner.bin, codexEnvironment(process.env, { codexHome: home, home, tmp: codexTempDir(home) }, ''));
      const hint = 'Check codex-bin / VEGA_V16_CODEX_BIN points to the codex binary or wrapper script, or install the CLI (npm install -g @openai/codex).';
      return { probe: probe.ok ? probe : { ...probe, error: `"${runner.bin}" (from ${runner.source}): ${probe.error}` }, hint, notes: [], warnings: [] };
    },
    async thread(t) {
      // Codex holds a key of this thread only, good for nothing but its forwarder, which adds the real one.
      const clientKey = `vega-scan-${randomBytes(16).toString('hex')}`;
      const forwarder = await startModelForwarder({ baseUrl: ctx.settings.endpoint.baseUrl, apiKey: ctx.apiKey, clientKey, meter: ctx.meter, stage: t.stage });
      stats.push(forwarder.stats);
      const env = codexEnvironment(process.env, { codexHome: t.codexHome, home: t.userHome, tmp: codexTempDir(t.work) }, clientKey);
      return {
        spec: (prompt) => ({
          command: runner.bin,
          args: buildCodexArgs({ ...endpointOptions(ctx.settings.endpoint, prompt), workdir: ctx.settings.target.scanRoot, outputSchemaFile: t.schemaFile, baseUrl: forwarder.url, sandbox: 'read-only', projectDirs }),
          env,
          cwd: ctx.settings.target.scanRoot,
        }),
        stop() {},
        cleanup: () => forwarder.close(),
        requests: () => forwarder.stats,
      };
    },
    requests: () => tally(stats),
    container: () => null,
  };
}

/** The docker client's own configuration; nothing else of the action's environment reaches it. */
function dockerClientEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'DOCKER_HOST', 'DOCKER_CONFIG', 'DOCKER_CONTEXT', 'DOCKER_CERT_PATH', 'DOCKER_TLS_VERIFY']) {
    const v = process.env[k];
    if (v !== undefined) env[k] = v;
  }
  return env;
}

/** The read-only directory mounted at /vega: the forwarder's socket, the schema and the scope list. */
function vegaDirFor(t: ThreadContext): string {
  const vegaDir = join(t.work, 'vega');
  mkdirSync(vegaDir, { recursive: true });
  for (const [from, to] of [[t.schemaFile, 'output-schema.json'], [t.scopeFile, 'scope.txt']] as const) {
    if (!from || !existsSync(from)) continue;
    copyFileSync(from, join(vegaDir, to));
    chmodSync(join(vegaDir, to), 0o644);
  }
  chmodSync(vegaDir, 0o755);
  chmodSync(t.work, 0o755);
  // Codex's home is written by the container's user, not ours.
  chmodSync(t.codexHome, 0o777);
  return vegaDir;
}

export function containerRuntime(ctx: RuntimeContext): Runtime {
  const runner = ctx.settings.runner;
  if (runner.mode !== 'container') throw new Error('container runtime for a direct scan');
  let image: AcquiredImage | undefined;
  let dockerVersion = '';
  let staleRemoved: string[] = [];
  const stats: ForwarderStats[] = [];
  const names: string[] = [];

  const identity = () => {
    const created = new Date();
    // A container alive after the scan's own time limit (plus a margin) belongs to a scan that is gone.
    const deadline = new Date(created.getTime() + (ctx.settings.runner.timeoutMinutes + 10) * 60_000);
    return { scanId: ctx.scanId, ...ctx.settings.output.origin, createdAt: created.toISOString(), deadline: deadline.toISOString(), actionVersion: ctx.settings.output.actionVersion };
  };

  return {
    mode: 'container',
    async prepare() {
      const notes: string[] = [];
      const warnings: string[] = [];
      try {
        // The daemon's version, the stale clean-up and the image are independent: asked at once. A daemon that is
        // not there is said first, since it is why the other two failed.
        const [version, stale, acquired] = await Promise.allSettled([
          checkDocker(),
          removeStaleContainers(),
          acquireImage({ image: runner.image, policy: runner.policy, codexVersion: ctx.settings.runner.codexVersion, extraCaFile: runner.extraCaFile, log: (l) => ctx.log.info(l) }),
        ]);
        const value = <T>(r: PromiseSettledResult<T>): T => {
          if (r.status === 'rejected') throw r.reason;
          return r.value;
        };
        dockerVersion = value(version);
        staleRemoved = value(stale);
        if (staleRemoved.length) notes.push(`removed ${staleRemoved.length} stale containers of earlier scans: ${staleRemoved.join(', ')}`);
        image = value(acquired);
        warnings.push(...image.notes);
      } catch (error) {
        if (error instanceof ContainerSetupError) return { probe: { ok: false, version: null, error: error.message }, hint: error.hint, notes, warnings };
        throw error;
      }
      // The version comes from the image's label: asking the binary would cost a container start.
      return { probe: { ok: true, version: image.codexVersion }, notes, warnings };
    },
    async thread(t) {
      // The first review pass keeps the scan's plain name (what the post step and people look for).
      const name = t.name === 'pass-1' ? `vega-codex-${ctx.scanId}` : `vega-codex-${ctx.scanId}-${t.name}`;
      names.push(name);
      const vegaDir = vegaDirFor(t);
      const gitConfig = sanitizedGitConfigFor(ctx.settings.target.scanRoot, t.work);
      const forwarder = await startModelForwarder({ socketPath: join(vegaDir, 'model.sock'), baseUrl: ctx.settings.endpoint.baseUrl, apiKey: ctx.apiKey, meter: ctx.meter, stage: t.stage });
      stats.push(forwarder.stats);
      let stopping: Promise<unknown> | undefined;
      return {
        spec(prompt) {
          const codexArgs = buildCodexArgs({ ...endpointOptions(ctx.settings.endpoint, prompt), workdir: CONTAINER_WORKSPACE, outputSchemaFile: `${CONTAINER_VEGA_DIR}/output-schema.json`, baseUrl: CONTAINER_BASE_URL, sandbox: 'external', projectDirs: [CONTAINER_WORKSPACE] });
          const args = buildDockerRunArgs({ image: image!.image, name, identity: identity(), workspace: ctx.settings.target.scanRoot, vegaDir, codexHome: t.codexHome, gitConfig, network: runner.network, limits: runner.limits, apiKeyEnv: API_KEY_ENV, codexArgs });
          return { command: 'docker', args, env: dockerClientEnv(), cwd: t.work };
        },
        stop() {
          stopping ??= docker(['rm', '--force', name], { timeoutMs: 60_000 });
        },
        // The container removes itself (--rm); what a killed client leaves behind goes when the scan's threads are done.
        async cleanup() {
          await stopping;
          await forwarder.close();
        },
        requests: () => forwarder.stats,
      };
    },
    requests: () => tally(stats),
    container: () =>
      image
        ? { name: names[0] ?? `vega-codex-${ctx.scanId}`, image: image.image, requested: image.requested, imageId: image.id, digest: image.digest, verified: image.verified, obtainedBy: image.obtainedBy, network: runner.network, dockerVersion, staleRemoved, modelRequests: tally(stats) }
        : null,
  };
}
