// The two ways to start Codex: directly on the runner, or inside the sandbox container. A Runtime is readied once
// per scan (the CLI probed, or Docker checked and the image acquired); each Codex thread of the scan (a review pass,
// a verification) then gets a Launcher of its own: its own home, forwarder and, in container mode, container.
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { API_KEY_ENV, buildCodexArgs, codexEnvironment, type CodexCommandOptions } from '../codex/command.js';
import { REVIEWER_INSTRUCTIONS_FILE, writeReviewerInstructions } from '../codex/reviewer-instructions.js';
import type { LaunchSpec } from '../codex/runner.js';
import { packagedCodexVersion, probeCodexVersion, type VersionProbe } from '../codex/version.js';
import { docker } from '../container/docker.js';
import {
  buildDockerRunArgs,
  CONTAINER_BASE_URL,
  CONTAINER_VEGA_DIR,
  CONTAINER_WORKSPACE,
} from '../container/docker-run.js';
import { acquireImage, checkDocker, ContainerSetupError, type AcquiredImage } from '../container/image.js';
import type { ContainerInfo } from '../container/info.js';
import { removeStaleContainers } from '../container/lifecycle.js';
import { sanitizedGitConfigFor } from '../container/git-config.js';
import { startModelForwarder, type ForwarderStats } from '../model/forwarder.js';
import type { TokenMeter } from '../model/token-meter.js';
import type { ScanLog } from '../util/log.js';
import { codexTempDir } from './scratch.js';
import type { EndpointSettings, RunnerSettings, ScanSettings } from '../config/settings.js';

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
  /** Input plus output tokens this thread may use (a verification's cap); none for a review pass. */
  tokenCap?: number;
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

type EndpointOptions = Omit<
  CodexCommandOptions,
  'workdir' | 'outputSchemaFile' | 'instructionsFile' | 'baseUrl' | 'sandbox' | 'projectDirs'
>;

function endpointOptions(e: EndpointSettings, prompt: string): EndpointOptions {
  return {
    prompt,
    model: e.model,
    requestMaxRetries: e.maxRetries,
    streamMaxRetries: e.maxRetries,
    streamIdleTimeoutMs: e.streamIdleTimeoutMs,
  };
}

function tally(all: ForwarderStats[]): ForwarderStats {
  return all.reduce(
    (s, r) => ({
      forwarded: s.forwarded + r.forwarded,
      refused: s.refused + r.refused,
      upstreamErrors: s.upstreamErrors + r.upstreamErrors,
    }),
    { forwarded: 0, refused: 0, upstreamErrors: 0 },
  );
}

export function directRuntime(ctx: RuntimeContext): Runtime {
  const runner = ctx.settings.runner;
  if (runner.mode !== 'direct') throw new Error('direct runtime for a container scan');
  const stats: ForwarderStats[] = [];
  return {
    mode: 'direct',
    prepare: () => probeDirectCodex(ctx, runner),
    async thread(t) {
      const launcher = await directLauncher(ctx, runner, t);
      stats.push(launcher.requests());
      return launcher;
    },
    requests: () => tally(stats),
    container: () => null,
  };
}

type DirectRunner = Extract<RunnerSettings, { mode: 'direct' }>;
type ContainerRunner = Extract<RunnerSettings, { mode: 'container' }>;

/** The CLI's version: from its package when it is the packaged one, else by running it with an empty home. */
async function probeDirectCodex(ctx: RuntimeContext, runner: DirectRunner): Promise<Prepared> {
  const packaged = packagedCodexVersion(runner.bin);
  const probe = packaged ? { ok: true, version: packaged } : await probeCodexVersion(runner.bin, probeEnv(ctx.work));
  const hint =
    'Check codex-bin / VEGA_V16_CODEX_BIN points to the codex binary or wrapper script, ' +
    'or install the CLI (npm install -g @openai/codex).';
  const said = probe.ok ? probe : { ...probe, error: `"${runner.bin}" (from ${runner.source}): ${probe.error}` };
  return { probe: said, hint, notes: [], warnings: [] };
}

/** A private home of the probe's own, so that the runner user's ~/.codex stays out of it too. */
function probeEnv(work: string): Record<string, string> {
  const home = join(work, 'probe-home');
  mkdirSync(home, { recursive: true, mode: 0o700 });
  return codexEnvironment(process.env, { codexHome: home, home, tmp: codexTempDir(home) }, '');
}

async function directLauncher(ctx: RuntimeContext, runner: DirectRunner, t: ThreadContext): Promise<Launcher> {
  const { endpoint, target } = ctx.settings;
  // Codex holds a key of this thread only, good for nothing but its forwarder, which adds the real one.
  const clientKey = `vega-scan-${randomBytes(16).toString('hex')}`;
  const forwarder = await startModelForwarder({
    baseUrl: endpoint.baseUrl,
    apiKey: ctx.apiKey,
    clientKey,
    meter: ctx.meter,
    stage: t.stage,
    scanId: ctx.scanId,
    threadCap: t.tokenCap,
  });
  const home = { codexHome: t.codexHome, home: t.userHome, tmp: codexTempDir(t.work) };
  const env = codexEnvironment(process.env, home, clientKey);
  const codexOptions = {
    workdir: target.scanRoot,
    outputSchemaFile: t.schemaFile,
    instructionsFile: writeReviewerInstructions(t.work),
    baseUrl: forwarder.url,
    sandbox: 'read-only',
    projectDirs: [target.scanRoot, target.repoRoot],
  } as const;
  return {
    spec: (prompt) => ({
      command: runner.bin,
      args: buildCodexArgs({ ...endpointOptions(endpoint, prompt), ...codexOptions }),
      env,
      cwd: target.scanRoot,
    }),
    stop() {},
    cleanup: () => forwarder.close(),
    requests: () => forwarder.stats,
  };
}

/** The docker client's own configuration; nothing else of the action's environment reaches it. */
function dockerClientEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  const own = ['DOCKER_HOST', 'DOCKER_CONFIG', 'DOCKER_CONTEXT', 'DOCKER_CERT_PATH', 'DOCKER_TLS_VERIFY'];
  for (const k of ['PATH', 'HOME', ...own]) {
    const v = process.env[k];
    if (v !== undefined) env[k] = v;
  }
  return env;
}

/** The read-only directory mounted at /vega: the forwarder's socket, the schema, the scope list, the instructions. */
function vegaDirFor(t: ThreadContext): string {
  const vegaDir = join(t.work, 'vega');
  mkdirSync(vegaDir, { recursive: true });
  writeReviewerInstructions(vegaDir);
  for (const [from, to] of [
    [t.schemaFile, 'output-schema.json'],
    [t.scopeFile, 'scope.txt'],
  ] as const) {
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

/** What readying the container runtime found: the daemon's version, the containers it cleaned up, the image. */
interface ContainerSetup {
  dockerVersion: string;
  staleRemoved: string[];
  image: AcquiredImage;
}

/** One thread's container: what it runs, under which name, and the runtime it belongs to. */
interface ContainerThread {
  ctx: RuntimeContext;
  runner: ContainerRunner;
  thread: ThreadContext;
  name: string;
  /** The acquired image's reference. */
  image: string;
}

export function containerRuntime(ctx: RuntimeContext): Runtime {
  const runner = ctx.settings.runner;
  if (runner.mode !== 'container') throw new Error('container runtime for a direct scan');
  let setup: ContainerSetup | undefined;
  const stats: ForwarderStats[] = [];
  const names: string[] = [];
  return {
    mode: 'container',
    async prepare() {
      const readied = await readyContainerRuntime(ctx, runner);
      setup = readied.setup;
      return readied.prepared;
    },
    async thread(t) {
      if (!setup) throw new Error('container runtime: a thread before prepare() succeeded');
      // The first review pass keeps the scan's plain name (what the post step and people look for).
      const name = t.name === 'pass-1' ? `vega-codex-${ctx.scanId}` : `vega-codex-${ctx.scanId}-${t.name}`;
      names.push(name);
      const launcher = await containerLauncher({ ctx, runner, thread: t, name, image: setup.image.image });
      stats.push(launcher.requests());
      return launcher;
    },
    requests: () => tally(stats),
    container: () =>
      setup
        ? containerInfo(setup, {
            name: names[0] ?? `vega-codex-${ctx.scanId}`,
            network: runner.network,
            modelRequests: tally(stats),
          })
        : null,
  };
}

/** Docker checked, stale containers removed and the image acquired; a setup failure is a scan that cannot start. */
async function readyContainerRuntime(
  ctx: RuntimeContext,
  runner: ContainerRunner,
): Promise<{ prepared: Prepared; setup?: ContainerSetup }> {
  const notes: string[] = [];
  const warnings: string[] = [];
  try {
    // The daemon's version, the stale clean-up and the image are independent: asked at once. A daemon that is
    // not there is said first, since it is why the other two failed.
    const [version, stale, acquired] = await Promise.allSettled([
      checkDocker(),
      removeStaleContainers(),
      acquireImage({
        image: runner.image,
        policy: runner.policy,
        codexVersion: runner.codexVersion,
        extraCaFile: runner.extraCaFile,
        log: (l) => ctx.log.info(l),
      }),
    ]);
    const dockerVersion = settled(version);
    const staleRemoved = settled(stale);
    if (staleRemoved.length) {
      notes.push(`removed ${staleRemoved.length} stale containers of earlier scans: ${staleRemoved.join(', ')}`);
    }
    const image = settled(acquired);
    warnings.push(...image.notes);
    // The version comes from the image's label: asking the binary would cost a container start.
    const prepared = { probe: { ok: true, version: image.codexVersion }, notes, warnings };
    return { prepared, setup: { dockerVersion, staleRemoved, image } };
  } catch (error) {
    if (!(error instanceof ContainerSetupError)) throw error;
    const probe = { ok: false, version: null, error: error.message };
    return { prepared: { probe, hint: error.hint, notes, warnings } };
  }
}

function settled<T>(r: PromiseSettledResult<T>): T {
  if (r.status === 'rejected') throw r.reason;
  return r.value;
}

async function containerLauncher(c: ContainerThread): Promise<Launcher> {
  const { ctx, thread: t, name } = c;
  const vegaDir = vegaDirFor(t);
  const gitConfig = sanitizedGitConfigFor(ctx.settings.target.scanRoot, t.work);
  const forwarder = await startModelForwarder({
    socketPath: join(vegaDir, 'model.sock'),
    baseUrl: ctx.settings.endpoint.baseUrl,
    apiKey: ctx.apiKey,
    meter: ctx.meter,
    stage: t.stage,
    scanId: ctx.scanId,
    threadCap: t.tokenCap,
  });
  let stopping: Promise<unknown> | undefined;
  return {
    spec: (prompt) => ({
      command: 'docker',
      args: dockerRunArgs(c, { vegaDir, gitConfig }, prompt),
      env: dockerClientEnv(),
      cwd: t.work,
    }),
    stop() {
      stopping ??= docker(['rm', '--force', name], { timeoutMs: 60_000 });
    },
    // The container removes itself (--rm); what a killed client leaves behind goes when the scan's threads are
    // done.
    async cleanup() {
      await stopping;
      await forwarder.close();
    },
    requests: () => forwarder.stats,
  };
}

/** `docker run` for one prompt: Codex inside, reaching the model through the forwarder's socket in /vega. */
function dockerRunArgs(c: ContainerThread, mounts: { vegaDir: string; gitConfig?: string }, prompt: string): string[] {
  const { ctx, runner, thread: t } = c;
  const codexArgs = buildCodexArgs({
    ...endpointOptions(ctx.settings.endpoint, prompt),
    workdir: CONTAINER_WORKSPACE,
    outputSchemaFile: `${CONTAINER_VEGA_DIR}/output-schema.json`,
    instructionsFile: `${CONTAINER_VEGA_DIR}/${REVIEWER_INSTRUCTIONS_FILE}`,
    baseUrl: CONTAINER_BASE_URL,
    sandbox: 'external',
    projectDirs: [CONTAINER_WORKSPACE],
  });
  return buildDockerRunArgs({
    image: c.image,
    name: c.name,
    identity: containerIdentity(ctx),
    workspace: ctx.settings.target.scanRoot,
    vegaDir: mounts.vegaDir,
    codexHome: t.codexHome,
    gitConfig: mounts.gitConfig,
    network: runner.network,
    limits: runner.limits,
    apiKeyEnv: API_KEY_ENV,
    codexArgs,
  });
}

/** The labels that tie a container to its scan, and the time after which the stale clean-up may remove it. */
function containerIdentity(ctx: RuntimeContext) {
  const created = new Date();
  // A container alive after the scan's own time limit (plus a margin) belongs to a scan that is gone.
  const deadline = new Date(created.getTime() + (ctx.settings.runner.timeoutMinutes + 10) * 60_000);
  return {
    scanId: ctx.scanId,
    ...ctx.settings.output.origin,
    createdAt: created.toISOString(),
    deadline: deadline.toISOString(),
    actionVersion: ctx.settings.output.actionVersion,
  };
}

function containerInfo(
  setup: ContainerSetup,
  run: Pick<ContainerInfo, 'name' | 'network' | 'modelRequests'>,
): ContainerInfo {
  const { image, dockerVersion, staleRemoved } = setup;
  return {
    name: run.name,
    image: image.image,
    requested: image.requested,
    imageId: image.id,
    digest: image.digest,
    verified: image.verified,
    obtainedBy: image.obtainedBy,
    network: run.network,
    dockerVersion,
    staleRemoved,
    modelRequests: run.modelRequests,
  };
}
