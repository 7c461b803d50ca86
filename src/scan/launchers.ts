// The two ways to start the same Codex command: directly on the runner, or inside the sandbox container. The
// pipeline sees only a LaunchSpec plus stop and clean-up hooks.
import { chmodSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { API_KEY_ENV, buildCodexArgs, codexEnvironment, type CodexCommandOptions } from '../codex/command.js';
import type { LaunchSpec } from '../codex/runner.js';
import { probeCodexVersion, type VersionProbe } from '../codex/version.js';
import { docker } from '../container/docker.js';
import { buildDockerRunArgs, CONTAINER_BASE_URL, CONTAINER_VEGA_DIR, CONTAINER_WORKSPACE } from '../container/docker-run.js';
import { acquireImage, checkDocker, ContainerSetupError, type AcquiredImage } from '../container/image.js';
import { removeScanContainers, removeStaleContainers } from '../container/lifecycle.js';
import { startModelForwarder, type ForwarderStats, type ModelForwarder } from '../model/forwarder.js';
import type { TokenMeter } from '../model/token-meter.js';
import { randomBytes } from 'node:crypto';
import type { ScanLog } from './log.js';
import type { ScanSettings } from './settings.js';

export type CommandOptions = Omit<CodexCommandOptions, 'workdir' | 'outputSchemaFile' | 'baseUrl' | 'sandbox' | 'projectDirs'>;

export interface ContainerInfo {
  name: string;
  image: string;
  imageId: string;
  digest: string | null;
  obtainedBy: AcquiredImage['obtainedBy'];
  network: string;
  dockerVersion: string;
  staleRemoved: string[];
  modelRequests: ForwarderStats;
}

export interface Launcher {
  mode: 'direct' | 'container';
  /** Readies the runtime and asks Codex its version; a failure here is a scan that could not start. */
  prepare(): Promise<Prepared>;
  spec(command: CommandOptions): LaunchSpec;
  /** Stops Codex for a timeout or cancellation (the process group alone does not stop a container). */
  stop(): void;
  /** Always runs after Codex ended. */
  cleanup(): Promise<void>;
  container(): ContainerInfo | null;
  /** What went through the model forwarder. */
  requests(): ForwarderStats;
}

export interface Prepared {
  probe: VersionProbe;
  /** What to do when the probe failed. */
  hint?: string;
  /** For the log. */
  notes: string[];
  /** For the log and the report. */
  warnings: string[];
}

export interface LaunchContext {
  settings: ScanSettings;
  scanId: string;
  /** This scan's scratch directory (Codex's home, schema, socket). */
  work: string;
  codexHome: string;
  /** HOME for Codex in direct mode: empty, so the runner user's own ~/.codex and ~/.agents stay out. */
  userHome: string;
  schemaFile: string;
  log: ScanLog;
  /** Counts every response's tokens and stops the scan at max-tokens. */
  meter: TokenMeter;
  /** The stage this thread's tokens count for. */
  stage: string;
}

const NO_REQUESTS: ForwarderStats = { forwarded: 0, refused: 0, upstreamErrors: 0 };

export function directLauncher(ctx: LaunchContext): Launcher {
  const runner = ctx.settings.runner;
  if (runner.mode !== 'direct') throw new Error('direct launcher for a container scan');
  // Codex holds a key of this scan only, good for nothing but the forwarder, which adds the real one.
  const clientKey = `vega-scan-${randomBytes(16).toString('hex')}`;
  const env = codexEnvironment(process.env, { codexHome: ctx.codexHome, home: ctx.userHome }, clientKey);
  const projectDirs = [ctx.settings.scanRoot, ctx.settings.repoRoot];
  let forwarder: ModelForwarder | undefined;
  return {
    mode: 'direct',
    async prepare() {
      const probe = await probeCodexVersion(runner.bin, env);
      forwarder = await startModelForwarder({ baseUrl: ctx.settings.baseUrl, apiKey: ctx.settings.apiKey, clientKey, meter: ctx.meter, stage: ctx.stage });
      const hint = 'Check codex-bin / VEGA_V16_CODEX_BIN points to the codex binary or wrapper script, or install the CLI (npm install -g @openai/codex).';
      return { probe: probe.ok ? probe : { ...probe, error: `"${runner.bin}" (from ${runner.source}): ${probe.error}` }, hint, notes: [], warnings: [] };
    },
    spec: (command) => ({
      command: runner.bin,
      args: buildCodexArgs({ ...command, workdir: ctx.settings.scanRoot, outputSchemaFile: ctx.schemaFile, baseUrl: forwarder!.url, sandbox: 'read-only', projectDirs }),
      env,
      cwd: ctx.settings.scanRoot,
    }),
    stop() {},
    async cleanup() {
      await forwarder?.close();
    },
    container: () => null,
    requests: () => forwarder?.stats ?? NO_REQUESTS,
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

export function containerLauncher(ctx: LaunchContext): Launcher {
  const runner = ctx.settings.runner;
  if (runner.mode !== 'container') throw new Error('container launcher for a direct scan');
  const name = `vega-codex-${ctx.scanId}`;
  const vegaDir = join(ctx.work, 'vega');
  let image: AcquiredImage | undefined;
  let proxy: ModelForwarder | undefined;
  let dockerVersion = '';
  let staleRemoved: string[] = [];
  let stopping: Promise<unknown> | undefined;

  const identity = () => {
    const created = new Date();
    // A container alive after the scan's own time limit (plus a margin) belongs to a scan that is gone.
    const deadline = new Date(created.getTime() + (ctx.settings.timeoutMinutes + 10) * 60_000);
    return { scanId: ctx.scanId, ...ctx.settings.origin, createdAt: created.toISOString(), deadline: deadline.toISOString(), actionVersion: ctx.settings.actionVersion };
  };

  return {
    mode: 'container',
    async prepare() {
      const notes: string[] = [];
      const warnings: string[] = [];
      try {
        dockerVersion = await checkDocker();
        staleRemoved = await removeStaleContainers();
        if (staleRemoved.length) notes.push(`removed ${staleRemoved.length} stale containers of earlier scans: ${staleRemoved.join(', ')}`);
        image = await acquireImage({ image: runner.image, policy: runner.policy, codexVersion: ctx.settings.codexVersion, extraCaFile: runner.extraCaFile, log: (l) => ctx.log.info(l) });
        warnings.push(...image.notes);
      } catch (error) {
        if (error instanceof ContainerSetupError) return { probe: { ok: false, version: null, error: error.message }, hint: error.hint, notes, warnings };
        throw error;
      }
      // The version comes from the image's label: asking the binary would cost a container start.
      const version = image.codexVersion;
      // The socket, and the schema Codex reads, in the one directory mounted read-only into the container.
      mkdirSync(vegaDir, { recursive: true });
      for (const name of ['output-schema.json', 'scope.txt']) {
        const from = join(ctx.work, name);
        if (!existsSync(from)) continue;
        copyFileSync(from, join(vegaDir, name));
        chmodSync(join(vegaDir, name), 0o644);
      }
      chmodSync(vegaDir, 0o755);
      chmodSync(ctx.work, 0o755);
      // Codex's home is written by the container's user, not ours.
      chmodSync(ctx.codexHome, 0o777);
      proxy = await startModelForwarder({ socketPath: join(vegaDir, 'model.sock'), baseUrl: ctx.settings.baseUrl, apiKey: ctx.settings.apiKey, meter: ctx.meter, stage: ctx.stage });
      return { probe: { ok: true, version }, notes, warnings };
    },
    spec(command) {
      const codexArgs = buildCodexArgs({ ...command, workdir: CONTAINER_WORKSPACE, outputSchemaFile: `${CONTAINER_VEGA_DIR}/output-schema.json`, baseUrl: CONTAINER_BASE_URL, sandbox: 'external', projectDirs: [CONTAINER_WORKSPACE] });
      const args = buildDockerRunArgs({
        image: image!.image,
        name,
        identity: identity(),
        workspace: ctx.settings.scanRoot,
        vegaDir,
        codexHome: ctx.codexHome,
        network: runner.network,
        limits: runner.limits,
        apiKeyEnv: API_KEY_ENV,
        codexArgs,
      });
      return { command: 'docker', args, env: dockerClientEnv(), cwd: ctx.work };
    },
    stop() {
      stopping ??= docker(['rm', '--force', name], { timeoutMs: 60_000 });
    },
    async cleanup() {
      await stopping;
      await proxy?.close();
      await removeScanContainers(ctx.scanId);
    },
    container: () =>
      image
        ? { name, image: image.image, imageId: image.id, digest: image.digest, obtainedBy: image.obtainedBy, network: runner.network, dockerVersion, staleRemoved, modelRequests: proxy?.stats ?? NO_REQUESTS }
        : null,
    requests: () => proxy?.stats ?? NO_REQUESTS,
  };
}
