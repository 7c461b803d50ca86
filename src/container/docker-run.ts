// The `docker run` command line of the sandbox, as a pure function. What it guarantees: the source is read-only,
// the process is not root and has no capabilities or way to gain privileges, the root filesystem is read-only,
// resources are bounded, and with network "model-only" there is no network at all; the model endpoint arrives as a
// unix socket served by the action, which holds the real token.
import { labelsOf, type ContainerIdentity } from './labels.js';

export const CONTAINER_USER = '1001:1001';
export const CONTAINER_WORKSPACE = '/workspace';
export const CONTAINER_VEGA_DIR = '/vega';
export const CONTAINER_CODEX_HOME = '/home/codex/.codex';
export const CONTAINER_MODEL_PORT = 18080;
/** What Codex is given as its key inside the container: not a secret, the action's proxy replaces it. */
export const PLACEHOLDER_KEY = 'replaced-by-vega-model-proxy';

export type NetworkMode = 'model-only' | 'bridge';

export interface SandboxLimits {
  pids: number;
  memory: string;
  cpus: number;
}

export const DEFAULT_LIMITS: SandboxLimits = { pids: 512, memory: '4g', cpus: 2 };

export interface SandboxOptions {
  image: string;
  name: string;
  identity: ContainerIdentity;
  /** Host directory reviewed, mounted read-only at /workspace. */
  workspace: string;
  /** Host directory with model.sock and output-schema.json, mounted read-only at /vega. */
  vegaDir: string;
  /** Host directory for Codex's home (session rollout), the only writable mount. */
  codexHome: string;
  /** A copy of the workspace's .git/config without credentials, mounted over the real one. */
  gitConfig?: string;
  network: NetworkMode;
  limits: SandboxLimits;
  apiKeyEnv: string;
  /** Arguments after `codex`. */
  codexArgs: string[];
}

export function buildDockerRunArgs(o: SandboxOptions): string[] {
  const args = ['run', '--rm', '--name', o.name, '--init'];
  for (const [k, v] of Object.entries(labelsOf(o.identity))) args.push('--label', `${k}=${v}`);
  args.push(
    '--user',
    CONTAINER_USER,
    '--cap-drop',
    'ALL',
    '--security-opt',
    'no-new-privileges',
    '--read-only',
    '--tmpfs',
    '/tmp:rw,nosuid,nodev,size=512m',
    '--tmpfs',
    `/home/codex:rw,nosuid,nodev,size=256m,uid=1001,gid=1001,mode=0700`,
    '--pids-limit',
    String(o.limits.pids),
    '--memory',
    o.limits.memory,
    '--memory-swap',
    o.limits.memory,
    '--cpus',
    String(o.limits.cpus),
    '--network',
    o.network === 'model-only' ? 'none' : 'bridge',
    '--mount',
    `type=bind,source=${o.workspace},target=${CONTAINER_WORKSPACE},readonly`,
    ...(o.gitConfig
      ? ['--mount', `type=bind,source=${o.gitConfig},target=${CONTAINER_WORKSPACE}/.git/config,readonly`]
      : []),
    '--mount',
    `type=bind,source=${o.vegaDir},target=${CONTAINER_VEGA_DIR},readonly`,
    '--mount',
    `type=bind,source=${o.codexHome},target=${CONTAINER_CODEX_HOME}`,
    '--workdir',
    CONTAINER_WORKSPACE,
    '--env',
    `HOME=/home/codex`,
    '--env',
    `CODEX_HOME=${CONTAINER_CODEX_HOME}`,
    '--env',
    `${o.apiKeyEnv}=${PLACEHOLDER_KEY}`,
    '--env',
    `VEGA_MODEL_PORT=${CONTAINER_MODEL_PORT}`,
    '--env',
    `VEGA_MODEL_SOCKET=${CONTAINER_VEGA_DIR}/model.sock`,
    o.image,
    ...o.codexArgs,
  );
  return args;
}

/** The base URL Codex uses inside the container: the loopback port forwarded to the action's socket. */
export const CONTAINER_BASE_URL = `http://127.0.0.1:${CONTAINER_MODEL_PORT}/v1`;
