// Gets the runner image per image-policy: pull-or-build (pull, else build from the Dockerfile shipped inside the
// action), pull, build, or local (must exist). Each failure names its cause and the fix.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docker, tail } from './docker.js';
import { formatImageRef, parseImageRef } from './image-ref.js';

export type ImagePolicy = 'pull-or-build' | 'pull' | 'build' | 'local';
export const IMAGE_POLICIES: ImagePolicy[] = ['pull-or-build', 'pull', 'build', 'local'];

/** Image label with the Codex CLI version built into it (docker/codex-runner/Dockerfile). */
export const CODEX_VERSION_LABEL = 'dev.vega.codex.version';

export interface AcquiredImage {
  /** What the scan runs: the requested reference, or what was built in its place. */
  image: string;
  /** The image reference as given (input image, or the action's default). */
  requested: string;
  id: string;
  /** The registry digest of the image run (name@sha256:…), when it came from a registry. */
  digest: string | null;
  /** The requested reference pins this digest; the image run has exactly it. */
  verified: boolean;
  codexVersion: string | null;
  obtainedBy: 'local' | 'pull' | 'build';
  notes: string[];
}

export class ContainerSetupError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** docker/codex-runner inside the action (found from this file, in src/ or in the dist/ bundle). */
export function shippedDockerfileDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'docker', 'codex-runner');
    if (existsSync(join(candidate, 'Dockerfile'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('docker/codex-runner/Dockerfile is missing from the action');
}

export async function checkDocker(): Promise<string> {
  const info = await docker(['version', '--format', '{{.Server.Version}}'], { timeoutMs: 30_000 });
  if (info.code !== 0) {
    throw new ContainerSetupError(
      `Docker is not available: ${tail(info.stderr) || `docker exited with ${info.code}`}`,
      'Container mode needs a running Docker daemon the runner user may use (GitHub-hosted Linux runners have one). ' +
        'Start Docker, or set codex-bin to run Codex directly with weaker isolation.',
    );
  }
  return info.stdout.trim();
}

interface Inspected {
  id: string;
  repoDigests: string[];
  codexVersion: string | null;
}

async function inspect(image: string): Promise<Inspected | undefined> {
  const r = await docker(
    [
      'image',
      'inspect',
      '--format',
      `{{.Id}}|{{json .RepoDigests}}|{{index .Config.Labels "${CODEX_VERSION_LABEL}"}}`,
      image,
    ],
    { timeoutMs: 30_000 },
  );
  if (r.code !== 0) return undefined;
  const [id, digests, codexVersion] = r.stdout.trim().split('|');
  return {
    id: id!,
    repoDigests: (JSON.parse(digests || '[]') as string[] | null) ?? [],
    codexVersion: codexVersion || null,
  };
}

/**
 * What was found under the requested reference, checked against its pinned digest. Docker checks content against a
 * digest it pulls by; this also holds an image found locally (image-policy local) to the pin.
 */
function checked(
  requested: string,
  found: Inspected,
  obtainedBy: AcquiredImage['obtainedBy'],
  notes: string[],
): AcquiredImage {
  const ref = parseImageRef(requested);
  const own = found.repoDigests.filter((d) => ref && d.startsWith(`${ref.name}@`));
  const base = { image: requested, requested, id: found.id, codexVersion: found.codexVersion, obtainedBy, notes };
  if (!ref?.digest) return { ...base, digest: own[0] ?? found.repoDigests[0] ?? null, verified: false };
  const pinned = `${ref.name}@${ref.digest}`;
  if (!own.includes(pinned)) {
    const has = own.map((d) => d.slice(ref.name.length + 1)).join(', ') || 'no registry digest';
    throw new ContainerSetupError(
      `Image ${requested} does not have its pinned digest ${ref.digest} (it has ${has}).`,
      'Someone replaced the image, or a local image took its name. ' +
        'Remove the local image (docker image rm) and pull again; ' +
        'if the registry no longer has the pinned digest, use the image reference of a newer release.',
    );
  }
  return { ...base, digest: pinned, verified: true };
}

export interface AcquireOptions {
  image: string;
  policy: ImagePolicy;
  codexVersion: string;
  /** PEM file with extra CA certificates for the build. */
  extraCaFile?: string;
  log: (line: string) => void;
}

export async function acquireImage(o: AcquireOptions): Promise<AcquiredImage> {
  const notes: string[] = [];
  if (o.policy === 'local') return checked(o.image, await findLocal(o.image), 'local', notes);
  if (o.policy === 'pull' || o.policy === 'pull-or-build') {
    o.log(`pulling ${o.image}`);
    const pulled = await docker(['pull', '--quiet', o.image], { timeoutMs: 600_000 });
    if (pulled.code === 0) return checked(o.image, (await inspect(o.image))!, 'pull', notes);
    const why = tail(pulled.stderr) || `docker pull exited with ${pulled.code}`;
    if (o.policy === 'pull') throw pullFailed(o.image, why);
    const unpinned = parseImageRef(o.image)?.digest ? ', so the image is not the pinned, published one' : '';
    notes.push(`pull of ${o.image} failed (${why}); built it from the action's Dockerfile instead${unpinned}`);
  }
  return buildShipped(o, notes);
}

async function findLocal(image: string): Promise<Inspected> {
  const found = await inspect(image);
  if (!found) {
    throw new ContainerSetupError(
      `Image ${image} is not on this machine (image-policy: local).`,
      'Build it with scripts/build-codex-runner-image.sh, or use image-policy: pull-or-build.',
    );
  }
  return found;
}

function pullFailed(image: string, why: string): ContainerSetupError {
  const digest = parseImageRef(image)?.digest;
  // A pinned digest that will not pull is a different problem from a wrong name: say which.
  const pin = digest
    ? ` The reference pins ${digest}: ` +
      `a registry that lost it, or a tag moved and the old image deleted, cannot serve it.`
    : '';
  return new ContainerSetupError(
    `Could not pull ${image}: ${why}.${pin}`,
    'Check the image name, tag and digest, and registry access (docker login for a private registry), ' +
      'or use image-policy: pull-or-build.',
  );
}

/** Builds the image from the Dockerfile shipped inside the action. */
async function buildShipped(o: AcquireOptions, notes: string[]): Promise<AcquiredImage> {
  const ref = parseImageRef(o.image);
  // A build cannot have the pinned digest: it goes under the name and tag alone.
  const target = ref?.digest ? formatImageRef({ name: ref.name, tag: ref.tag ?? 'local' }) : o.image;
  const dir = shippedDockerfileDir();
  o.log(`building ${target} from the action's Dockerfile`);
  const built = await runBuildScript(join(dir, '..', '..', 'scripts', 'build-codex-runner-image.sh'), target, o);
  if (built.code !== 0) {
    throw new ContainerSetupError(
      `Could not build ${target}: ${tail(built.stderr, 4)}`,
      'If the build fails on TLS ("self-signed certificate in certificate chain"), ' +
        'you are behind a TLS-intercepting proxy: pass its CA with extra-ca-certificates. ' +
        'Otherwise check that the runner reaches the Debian and npm registries.',
    );
  }
  const found = (await inspect(target))!;
  return {
    image: target,
    requested: o.image,
    id: found.id,
    digest: null,
    verified: false,
    codexVersion: found.codexVersion,
    obtainedBy: 'build',
    notes,
  };
}

function runBuildScript(
  script: string,
  target: string,
  o: Pick<AcquireOptions, 'codexVersion' | 'extraCaFile'>,
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, CODEX_VERSION: o.codexVersion, EXTRA_CA_FILE: o.extraCaFile ?? '' };
    execFile('bash', [script, target], { timeout: 1_800_000, maxBuffer: 64 * 1024 * 1024, env }, (err, _out, stderr) =>
      resolve({ code: err ? 1 : 0, stderr: String(stderr) }),
    );
  });
}
