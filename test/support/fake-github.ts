// A local stand-in for the GitHub REST API endpoints the action calls. Every request body is validated against
// GitHub's OpenAPI description and answered as GitHub answers (201/200 with the documented fields), or 403 for a
// read-only token, or 422 for what GitHub rejects beyond the schema (more than 50 annotations, no conclusion). The
// token belongs to an installation, as the job's GITHUB_TOKEN does: it writes as github-actions[bot] and may not read
// /user. A pull request, when given, is served by fake-pull.ts; with a git repository, the compare endpoint answers
// from it what GitHub would (the three-dot diff, at most 300 files).
import { spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import { devNull } from 'node:os';
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
  {
    method: 'patch',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/,
    template: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
  },
  {
    method: 'post',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/sarifs$/,
    template: '/repos/{owner}/{repo}/code-scanning/sarifs',
  },
  {
    method: 'get',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/sarifs\/([\w-]+)$/,
    template: '/repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}',
  },
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
].map(([method, re, t]) => ({
  method: method!,
  pattern: new RegExp(`^/repos/([^/]+)/([^/]+)/${re}$`),
  template: `/repos/{owner}/{repo}/${t}`,
}));

const COMPARE_ROUTE = {
  method: 'get',
  pattern: /^\/repos\/([^/]+)\/([^/]+)\/compare\/(.+)$/,
  template: '/repos/{owner}/{repo}/compare/{basehead}',
};

/** GitHub lists at most this many changed files for a comparison, and at most this many commits without paging. */
export const COMPARE_MAX_FILES = 300;
export const COMPARE_MAX_COMMITS = 250;

interface CompareAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** The diff and patch media types answer text. */
  text?: string;
  contentType?: string;
}

/** git in the compared repository, without the caller's or the user's git configuration. */
function repoGit(repo: string, args: string[], allowFailure = false): { status: number; stdout: string } {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  Object.assign(env, { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: devNull, LC_ALL: 'C' });
  const r = spawnSync('git', ['-C', repo, ...args], { env, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0 && !allowFailure)
    throw new Error(`git ${args.join(' ')} failed in ${repo}: ${r.stderr.toString('utf8').trim()}`);
  return { status: r.status ?? -1, stdout: r.stdout.toString('utf8') };
}

/** GET /repos/{owner}/{repo}/compare/{basehead} answered from a git repository, as GitHub answers it. */
export function compareFromGit(
  repo: string,
  owner: string,
  name: string,
  basehead: string,
  query: URLSearchParams,
  accept: string,
  selfUrl: string,
): CompareAnswer {
  const notFound = (message = 'Not Found'): CompareAnswer => ({
    status: 404,
    body: {
      message,
      documentation_url: 'https://docs.github.com/rest/commits/commits#compare-two-commits',
      status: '404',
    },
  });
  const dots = basehead.indexOf('...');
  if (dots < 0) return notFound();
  // `user:ref` names a ref of a repository in the same network: here they all share the one repository.
  const side = (s: string) => s.replace(/^[A-Za-z0-9-]+:/, '');
  const [baseRef, headRef] = [side(basehead.slice(0, dots)), side(basehead.slice(dots + 3))];
  const resolve = (ref: string) =>
    !ref || ref.startsWith('-')
      ? ''
      : repoGit(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], true).stdout.trim();
  const [base, head] = [resolve(baseRef), resolve(headRef)];
  if (!base || !head) return notFound();
  const mergeBase = repoGit(repo, ['merge-base', base, head], true).stdout.trim();
  if (!mergeBase) return notFound(`No common ancestor between ${baseRef} and ${headRef}.`);

  // The diff and patch media types: the three-dot diff, and the commits as mails.
  if (/application\/vnd\.github(\.v3)?\.diff/.test(accept))
    return {
      status: 200,
      body: undefined,
      contentType: 'application/vnd.github.diff',
      text: repoGit(repo, ['diff', '-M', '--no-color', '--no-ext-diff', '--no-textconv', `${base}...${head}`]).stdout,
    };
  if (/application\/vnd\.github(\.v3)?\.patch/.test(accept))
    return {
      status: 200,
      body: undefined,
      contentType: 'application/vnd.github.patch',
      text: repoGit(repo, ['format-patch', '--stdout', `${base}..${head}`]).stdout,
    };

  const api = 'https://api.github.com';
  const web = 'https://github.com';
  const [behind, ahead] = repoGit(repo, ['rev-list', '--left-right', '--count', `${base}...${head}`])
    .stdout.trim()
    .split(/\s+/)
    .map(Number) as [number, number];
  const status = ahead && behind ? 'diverged' : ahead ? 'ahead' : behind ? 'behind' : 'identical';

  // Commits: chronological; without paging the last 250 (the newest last), with paging 30 a page unless per_page says.
  const all = repoGit(repo, ['rev-list', '--reverse', `${base}..${head}`])
    .stdout.split('\n')
    .filter(Boolean);
  const paged = query.has('page') || query.has('per_page');
  const perPage = Math.min(COMPARE_MAX_COMMITS, Math.max(1, Math.trunc(Number(query.get('per_page') ?? 30)) || 30));
  const page = Math.max(1, Math.trunc(Number(query.get('page') ?? 1)) || 1);
  const listed = paged ? all.slice((page - 1) * perPage, page * perPage) : all.slice(-COMPARE_MAX_COMMITS);
  const headers: Record<string, string> = {};
  if (paged) {
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string) => `<${selfUrl}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
    if (page < last) headers.link = [link(page + 1, 'next'), link(last, 'last')].join(', ');
  }

  const wanted = [...new Set([base, mergeBase, ...listed])];
  const SEP = '\x1f';
  const commits = new Map<string, Record<string, unknown>>();
  const log = repoGit(repo, [
    'log',
    '--no-walk=unsorted',
    '-z',
    `--format=%H${SEP}%T${SEP}%P${SEP}%an${SEP}%ae${SEP}%at${SEP}%cn${SEP}%ce${SEP}%ct${SEP}%B`,
    ...wanted,
  ]).stdout;
  for (const record of log.split('\0').filter(Boolean)) {
    const [sha, tree, parents, an, ae, at, cn, ce, ct, ...message] = record.split(SEP) as string[];
    const date = (t: string) => new Date(Number(t) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    commits.set(sha!, {
      url: `${api}/repos/${owner}/${name}/commits/${sha}`,
      sha,
      node_id: `C_${Buffer.from(sha!).toString('base64url').slice(0, 20)}`,
      html_url: `${web}/${owner}/${name}/commit/${sha}`,
      comments_url: `${api}/repos/${owner}/${name}/commits/${sha}/comments`,
      commit: {
        url: `${api}/repos/${owner}/${name}/git/commits/${sha}`,
        author: { name: an, email: ae, date: date(at!) },
        committer: { name: cn, email: ce, date: date(ct!) },
        message: message.join(SEP).replace(/\n+$/, ''),
        comment_count: 0,
        tree: { sha: tree, url: `${api}/repos/${owner}/${name}/git/trees/${tree}` },
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
      // No GitHub account is known for the test identities.
      author: null,
      committer: null,
      parents: parents!
        .split(' ')
        .filter(Boolean)
        .map((p) => ({
          sha: p,
          url: `${api}/repos/${owner}/${name}/commits/${p}`,
          html_url: `${web}/${owner}/${name}/commit/${p}`,
        })),
    });
  }

  const body: Record<string, unknown> = {
    url: `${api}/repos/${owner}/${name}/compare/${encodeURI(basehead)}`,
    html_url: `${web}/${owner}/${name}/compare/${encodeURI(basehead)}`,
    permalink_url: `${web}/${owner}/${name}/compare/${owner}:${base}...${owner}:${head}`,
    diff_url: `${web}/${owner}/${name}/compare/${encodeURI(basehead)}.diff`,
    patch_url: `${web}/${owner}/${name}/compare/${encodeURI(basehead)}.patch`,
    base_commit: commits.get(base),
    merge_base_commit: commits.get(mergeBase),
    status,
    ahead_by: ahead,
    behind_by: behind,
    total_commits: all.length,
    commits: listed.map((sha) => commits.get(sha)),
  };
  // The changed files (only on the first page when paging): the three-dot diff, renames found, at most 300.
  if (!paged || page === 1) body.files = changedFiles(repo, owner, name, base, head).slice(0, COMPARE_MAX_FILES);
  return { status: 200, body, headers };
}

/** The files of `git diff base...head` as GitHub lists them: status, counts, blob URLs and the patch (hunks only). */
function changedFiles(
  repo: string,
  owner: string,
  name: string,
  base: string,
  head: string,
): Record<string, unknown>[] {
  const range = `${base}...${head}`;
  const raw = repoGit(repo, ['diff', '--raw', '-z', '--no-abbrev', '-M', '--no-ext-diff', range]).stdout.split('\0');
  // The whole patch once, cut at each file's `diff --git` line (no content line starts so: they start with ' ', '+', '-', '\').
  const text = repoGit(repo, ['diff', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '-U3', range]).stdout;
  const chunks = text.split(/^(?=diff --git )/m).filter((c) => c.startsWith('diff --git '));
  const STATUS: Record<string, string> = {
    A: 'added',
    D: 'removed',
    M: 'modified',
    R: 'renamed',
    C: 'copied',
    T: 'changed',
    U: 'changed',
  };
  const files: Record<string, unknown>[] = [];
  const url = (path: string) => path.split('/').map(encodeURIComponent).join('/');
  for (let i = 0; i < raw.length - 1;) {
    const [, , oldSha, newSha, letters] = raw[i++]!.slice(1).split(' ') as [string, string, string, string, string];
    const letter = letters[0]!;
    const previous = letter === 'R' || letter === 'C' ? raw[i++]! : undefined;
    const filename = raw[i++]!;
    const chunk = chunks[files.length] ?? '';
    const at = chunk.search(/^@@ /m);
    const patch = at >= 0 ? chunk.slice(at).replace(/\n$/, '') : undefined;
    let additions = 0;
    let deletions = 0;
    for (const line of patch?.split('\n') ?? []) {
      if (line.startsWith('+')) additions++;
      else if (line.startsWith('-')) deletions++;
    }
    const removed = letter === 'D';
    // A removed file's links point at the base, where it still is.
    const ref = removed ? base : head;
    files.push({
      sha: removed ? oldSha : newSha,
      filename,
      status: STATUS[letter] ?? 'modified',
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `https://github.com/${owner}/${name}/blob/${ref}/${url(filename)}`,
      raw_url: `https://github.com/${owner}/${name}/raw/${ref}/${url(filename)}`,
      contents_url: `https://api.github.com/repos/${owner}/${name}/contents/${url(filename)}?ref=${ref}`,
      ...(patch !== undefined ? { patch } : {}),
      ...(previous !== undefined ? { previous_filename: previous } : {}),
    });
  }
  if (chunks.length !== files.length)
    throw new Error(`compare ${range}: ${files.length} files but ${chunks.length} patches`);
  return files;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

export async function startFakeGitHub(opts: {
  token: string;
  readOnly?: boolean;
  processingErrors?: string[];
  pull?: FakePull;
  /** A git repository (e.g. a pull-request world's origin) that GET /repos/{owner}/{repo}/compare/{basehead} answers from. */
  repo?: string;
}): Promise<FakeGitHub> {
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
      return send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        status: '403',
      });
    }
    if (opts.repo && method === COMPARE_ROUTE.method && COMPARE_ROUTE.pattern.test(path)) {
      calls.push({ method, path, body: {} });
      const problems = api.check(method, COMPARE_ROUTE.template, {});
      if (problems.length) violations.push(...problems);
      const [, owner, repo, basehead] = COMPARE_ROUTE.pattern.exec(path)!;
      let answer: CompareAnswer;
      try {
        answer = compareFromGit(
          opts.repo,
          owner!,
          repo!,
          decodeURIComponent(basehead!),
          url.searchParams,
          String(req.headers.accept ?? ''),
          `${base}${path}`,
        );
      } catch (e) {
        violations.push(`compare ${basehead}: the stand-in failed: ${(e as Error).message}`);
        return send(500, { message: 'Server Error' });
      }
      res.writeHead(answer.status, {
        'content-type': `${answer.contentType ?? 'application/json'}; charset=utf-8`,
        ...answer.headers,
      });
      return res.end(answer.text ?? JSON.stringify(answer.body));
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
      return send(200, {
        processing_status: upload.errors.length ? 'failed' : 'complete',
        analyses_url: `${'https://api.github.com'}/repos/x/y/code-scanning/analyses?sarif_id=${id}`,
        errors: upload.errors.length ? upload.errors : null,
      });
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
    if ((body.status === 'completed' || body.completed_at) && !body.conclusion)
      problems.push('completed without a conclusion');
    if (typeof output?.summary === 'string' && output.summary.length > 65535)
      problems.push('output.summary longer than 65535');
    if (problems.length) {
      violations.push(...problems);
      return send(422, { message: 'Validation Failed', errors: problems });
    }
    if (opts.readOnly)
      return send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
        status: '403',
      });

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
      const run = {
        id,
        name: body.name,
        head_sha: body.head_sha,
        status: body.status ?? 'queued',
        conclusion: null,
        output: { ...body.output, annotations_count: 0 },
        html_url: `https://github.com/${owner}/${repo}/runs/${id}`,
      };
      checkRuns.set(id, run);
      return send(201, run);
    }
    const run = checkRuns.get(Number(idText));
    if (!run) return send(404, { message: 'Not Found' });
    run.output = {
      ...run.output,
      ...body.output,
      annotations_count: run.output.annotations_count + (output?.annotations?.length ?? 0),
    };
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

  async function servePull(
    route: (typeof PULL_ROUTES)[number],
    url: URL,
    text: string,
    send: (status: number, body: unknown) => void,
    res: import('node:http').ServerResponse,
  ) {
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
