// A local stand-in for the GitHub REST API endpoints the action calls. Every request body is validated against
// GitHub's OpenAPI description and answered as GitHub answers (201/200 with the documented fields), or 403 for a
// read-only token, or 422 for what GitHub rejects beyond the schema (more than 50 annotations, no conclusion). The
// token belongs to an installation, as the job's GITHUB_TOKEN does: it writes as github-actions[bot] and may not read
// /user. A pull request, when given, is served by fake-pull.ts.
import { createServer, type IncomingMessage } from 'node:http';
import { listenOnLoopback } from './listen.ts';
import { gunzipSync } from 'node:zlib';
import { githubOpenApi } from './openapi.ts';
import { githubProblems } from './sarif-check.ts';
import { FakePull } from './fake-pull.ts';

export const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };

export interface GitHubCall {
  method: string;
  path: string;
  body: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface FakeGitHub {
  url: string;
  calls: GitHubCall[];
  violations: string[];
  checkRuns: Map<number, Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** SARIF uploads, decoded, with what code scanning made of them. */
  sarifs: { id: string; sarif: unknown; errors: string[] }[];
  /** The pull request of the event, when the test made one. */
  pull?: FakePull;
  /** Requests by method and path, to count writes. */
  writes(): GitHubCall[];
  close(): Promise<void>;
}

const ROUTES: { method: string; pattern: RegExp; template: string }[] = [
  { method: 'post', pattern: /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/, template: '/repos/{owner}/{repo}/check-runs' },
  { method: 'patch', pattern: /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/, template: '/repos/{owner}/{repo}/check-runs/{check_run_id}' },
  { method: 'post', pattern: /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/sarifs$/, template: '/repos/{owner}/{repo}/code-scanning/sarifs' },
  { method: 'get', pattern: /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/sarifs\/([\w-]+)$/, template: '/repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}' },
];

const PULL_ROUTES: { method: string; pattern: RegExp; template: string }[] = [
  ['get', 'pulls/(\\d+)/files', 'pulls/{pull_number}/files'],
  ['get', 'pulls/(\\d+)/comments', 'pulls/{pull_number}/comments'],
  ['post', 'pulls/(\\d+)/comments', 'pulls/{pull_number}/comments'],
  ['post', 'pulls/(\\d+)/reviews', 'pulls/{pull_number}/reviews'],
  ['patch', 'pulls/comments/(\\d+)', 'pulls/comments/{comment_id}'],
  ['delete', 'pulls/comments/(\\d+)', 'pulls/comments/{comment_id}'],
  ['get', 'issues/(\\d+)/comments', 'issues/{issue_number}/comments'],
  ['post', 'issues/(\\d+)/comments', 'issues/{issue_number}/comments'],
  ['patch', 'issues/comments/(\\d+)', 'issues/comments/{comment_id}'],
  ['delete', 'issues/comments/(\\d+)', 'issues/comments/{comment_id}'],
].map(([method, re, t]) => ({ method: method!, pattern: new RegExp(`^/repos/([^/]+)/([^/]+)/${re}$`), template: `/repos/{owner}/{repo}/${t}` }));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

export async function startFakeGitHub(opts: { token: string; readOnly?: boolean; processingErrors?: string[]; pull?: FakePull }): Promise<FakeGitHub> {
  const calls: GitHubCall[] = [];
  const violations: string[] = [];
  const checkRuns = new Map<number, Record<string, any>>(); // eslint-disable-line @typescript-eslint/no-explicit-any
  const sarifs: FakeGitHub['sarifs'] = [];
  let nextId = 4000;
  const api = githubOpenApi();

  const server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    const text = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const path = url.pathname;
    const method = (req.method ?? '').toLowerCase();
    if (req.headers.authorization !== `token ${opts.token}` && req.headers.authorization !== `Bearer ${opts.token}`) {
      violations.push(`${method} ${path}: bad credentials`);
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    if (method === 'get' && path === '/user') {
      calls.push({ method, path, body: {} });
      return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' });
    }
    const pullRoute = opts.pull && PULL_ROUTES.find((r) => r.method === method && r.pattern.test(path));
    if (pullRoute) return servePull(pullRoute, url, text, send, res);
    const route = ROUTES.find((r) => r.method === method && r.pattern.test(path));
    if (!route) {
      violations.push(`unexpected ${method.toUpperCase()} ${path}`);
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    let body: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    if (method === 'get') {
      if (opts.readOnly) return send(403, { message: 'Resource not accessible by integration', status: '403' });
      calls.push({ method, path, body: {} });
      const id = route.pattern.exec(path)![3]!;
      const upload = sarifs.find((x) => x.id === id);
      if (!upload) return send(404, { message: 'Not Found' });
      return send(200, { processing_status: upload.errors.length ? 'failed' : 'complete', analyses_url: `${'https://api.github.com'}/repos/x/y/code-scanning/analyses?sarif_id=${id}`, errors: upload.errors.length ? upload.errors : null });
    }
    try {
      body = JSON.parse(text);
    } catch {
      violations.push(`${method} ${path}: body is not JSON`);
      return send(400, { message: 'Problems parsing JSON' });
    }
    calls.push({ method, path, body });
    const problems = api.check(method, route.template, body);
    const output = body.output as { annotations?: unknown[]; title?: string; summary?: string } | undefined;
    if (output?.annotations && output.annotations.length > 50) problems.push('more than 50 annotations in one request');
    if ((body.status === 'completed' || body.completed_at) && !body.conclusion) problems.push('completed without a conclusion');
    if (typeof output?.summary === 'string' && output.summary.length > 65535) problems.push('output.summary longer than 65535');
    if (problems.length) {
      violations.push(...problems);
      return send(422, { message: 'Validation Failed', errors: problems });
    }
    if (opts.readOnly) return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '403' });

    const [, owner, repo, idText] = route.pattern.exec(path)!;
    if (route.template.endsWith('/sarifs')) {
      // As code scanning does: base64, then gzip, then SARIF that passes its ingestion rules.
      let errors: string[];
      let sarif: unknown;
      try {
        sarif = JSON.parse(gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8'));
        errors = [...githubProblems(sarif as Record<string, unknown>), ...(opts.processingErrors ?? [])];
      } catch (e) {
        violations.push(`sarif is not gzip+base64 JSON: ${(e as Error).message}`);
        return send(400, { message: 'Invalid SARIF' });
      }
      const id = `${nextId++}-sarif`;
      sarifs.push({ id, sarif, errors });
      return send(202, { id, url: `https://api.github.com/repos/${owner}/${repo}/code-scanning/sarifs/${id}` });
    }
    if (method === 'post') {
      const id = nextId++;
      const run = { id, name: body.name, head_sha: body.head_sha, status: body.status ?? 'queued', conclusion: null, output: { ...body.output, annotations_count: 0 }, html_url: `https://github.com/${owner}/${repo}/runs/${id}` };
      checkRuns.set(id, run);
      return send(201, run);
    }
    const run = checkRuns.get(Number(idText));
    if (!run) return send(404, { message: 'Not Found' });
    run.output = { ...run.output, ...body.output, annotations_count: run.output.annotations_count + (output?.annotations?.length ?? 0) };
    if (body.status) run.status = body.status;
    if (body.conclusion) {
      run.conclusion = body.conclusion;
      run.status = 'completed';
    }
    return send(200, run);
  });
  // Holds creating writes until `racers` of them arrived, so that racing runs really both read before either writes.
  const waiting = new Map<string, (() => void)[]>();
  async function barrier(template: string): Promise<void> {
    const racers = opts.pull?.racers ?? 0;
    if (racers < 2) return;
    const list = waiting.get(template) ?? [];
    waiting.set(template, list);
    await new Promise<void>((resolve) => {
      list.push(resolve);
      if (list.length >= racers) for (const r of list.splice(0)) r();
      else setTimeout(resolve, 10_000).unref();
    });
  }

  async function servePull(route: (typeof PULL_ROUTES)[number], url: URL, text: string, send: (status: number, body: unknown) => void, res: import('node:http').ServerResponse) {
    const method = route.method;
    let body: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any
    if (method === 'post' || method === 'patch') {
      try {
        body = JSON.parse(text);
      } catch {
        violations.push(`${method} ${url.pathname}: body is not JSON`);
        return send(400, { message: 'Problems parsing JSON' });
      }
      const problems = api.check(method, route.template, body);
      if (problems.length) {
        violations.push(...problems);
        return send(422, { message: 'Validation Failed', errors: problems });
      }
    }
    if (method === 'post') await barrier(route.template);
    calls.push({ method, path: url.pathname, body });
    const params = route.pattern.exec(url.pathname)!.slice(1);
    const answer = opts.pull!.handle(method, route.template, params, url.searchParams, body, BOT, !!opts.readOnly);
    if (answer.violation) violations.push(answer.violation);
    if (answer.status === 204) {
      res.writeHead(204);
      return res.end();
    }
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  }
  const listening = await listenOnLoopback(server);
  const base = `http://127.0.0.1:${listening.port}`;
  if (opts.pull) opts.pull.base = base;
  return {
    url: base,
    calls,
    violations,
    checkRuns,
    sarifs,
    pull: opts.pull,
    writes: () => calls.filter((c) => c.method !== 'get'),
    close: listening.close,
  };
}
