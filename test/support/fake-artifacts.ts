// A local stand-in for GitHub's artifact service as @actions/artifact speaks to it: the Twirp ArtifactService
// (CreateArtifact, FinalizeArtifact) and Azure-style block-blob uploads. Requests are checked as the service checks
// them: backend ids from the runtime token, version 7, unique names per run, size and sha256 of what was uploaded.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { listenOnLoopback } from './listen.ts';

export interface StoredArtifact {
  id: string;
  name: string;
  data: Buffer;
  expiresAt?: string;
}

export interface FakeArtifacts {
  env: Record<string, string>;
  artifacts: StoredArtifact[];
  violations: string[];
  close(): Promise<void>;
}

const RUN = 'run-backend-1';
const JOB = 'job-backend-7';
const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

export async function startFakeArtifacts(): Promise<FakeArtifacts> {
  const violations: string[] = [];
  const artifacts: StoredArtifact[] = [];
  const pending = new Map<string, { name: string; expiresAt?: string; blocks: Map<string, Buffer>; data?: Buffer }>();
  let nextId = 1000;
  let origin = '';

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const data = await body(req);
    const json = (status: number, o: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(o));
    };
    const fail = (status: number, msg: string) => {
      violations.push(msg);
      json(status, { code: status === 409 ? 'already_exists' : 'invalid_argument', msg });
    };

    if (url.pathname.startsWith('/twirp/github.actions.results.api.v1.ArtifactService/')) {
      const method = url.pathname.split('/').pop();
      if (req.method !== 'POST' || !String(req.headers['content-type']).includes('application/json'))
        return fail(400, `${method}: not a JSON POST`);
      if (!String(req.headers.authorization).startsWith('Bearer ')) return fail(401, `${method}: no bearer token`);
      const b = JSON.parse(data.toString('utf8')) as Record<string, unknown>;
      if (b.workflow_run_backend_id !== RUN || b.workflow_job_run_backend_id !== JOB)
        return fail(400, `${method}: backend ids do not match the runtime token`);
      if (typeof b.name !== 'string' || !b.name || /["':<>|*?\\/\r\n]/.test(b.name))
        return fail(400, `${method}: invalid name ${String(b.name)}`);
      if (method === 'CreateArtifact') {
        if (b.version !== 7) return fail(400, 'CreateArtifact: version must be 7');
        if (artifacts.some((a) => a.name === b.name) || pending.has(b.name))
          return fail(409, `an artifact named ${b.name} already exists in this run`);
        pending.set(b.name, { name: b.name, expiresAt: b.expires_at as string | undefined, blocks: new Map() });
        return json(200, {
          ok: true,
          signed_upload_url: `${origin}/devstoreaccount1/actions-results/${encodeURIComponent(b.name)}.zip?sig=fake-signature&se=2099-01-01`,
        });
      }
      if (method === 'FinalizeArtifact') {
        const p = pending.get(b.name);
        if (!p?.data) return fail(400, `FinalizeArtifact: nothing uploaded for ${b.name}`);
        if (b.size !== String(p.data.length))
          return fail(400, `FinalizeArtifact: size ${String(b.size)} but ${p.data.length} bytes were uploaded`);
        const hash = `sha256:${createHash('sha256').update(p.data).digest('hex')}`;
        if (b.hash !== hash) return fail(400, `FinalizeArtifact: hash ${String(b.hash)} does not match the upload`);
        const id = String(nextId++);
        artifacts.push({ id, name: p.name, data: p.data, expiresAt: p.expiresAt });
        pending.delete(b.name);
        return json(200, { ok: true, artifact_id: id });
      }
      return fail(404, `unexpected Twirp method ${method}`);
    }

    const m = /^\/devstoreaccount1\/actions-results\/(.+)\.zip$/.exec(url.pathname);
    if (m && req.method === 'PUT') {
      const name = decodeURIComponent(m[1]!);
      const p = pending.get(name);
      if (!p || url.searchParams.get('sig') !== 'fake-signature')
        return fail(403, `blob upload for ${name} without a valid signed URL`);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        p.blocks.set(url.searchParams.get('blockid') ?? '', data);
        res.writeHead(201);
        return res.end();
      }
      if (comp === 'blocklist') {
        const ids = [...data.toString('utf8').matchAll(/<Latest>([^<]+)<\/Latest>/g)].map((x) => x[1]!);
        if (ids.some((id) => !p.blocks.has(id))) return fail(400, 'block list names a block that was not uploaded');
        p.data = Buffer.concat(ids.map((id) => p.blocks.get(id)!));
        res.writeHead(201, { etag: '"0x1"' });
        return res.end();
      }
      return fail(400, `unexpected blob operation ${comp}`);
    }
    return fail(404, `unexpected ${req.method} ${url.pathname}`);
  });
  const listening = await listenOnLoopback(server);
  origin = `http://127.0.0.1:${listening.port}`;
  return {
    env: {
      ACTIONS_RUNTIME_TOKEN: `${b64url({ alg: 'none' })}.${b64url({ scp: `Actions.Results:${RUN}:${JOB}` })}.x`,
      ACTIONS_RESULTS_URL: `${origin}/`,
    },
    artifacts,
    violations,
    close: listening.close,
  };
}
