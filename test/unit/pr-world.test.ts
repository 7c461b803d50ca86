// The pull-request world behaves as GitHub and actions/checkout@v5 do: a default checkout holds the test merge alone,
// detached, with the token in the local config; the merge follows main and the head while the payload keeps what was
// sent; file names git finds hard survive; and the GitHub stand-in's compare endpoint answers the three-dot diff.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { devNull, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../support/fake-github.ts';
import { EXTRAHEADER_KEY, makePullRequestWorld, WORLD_TOKEN, type PullRequestWorld } from '../support/pr-world.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function world(o: Parameters<typeof makePullRequestWorld>[0]): PullRequestWorld {
  const w = makePullRequestWorld(o);
  cleanups.push(() => w.cleanup());
  return w;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pr-world-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'workspace');
}

/** git in a directory, as the product would run it (no user config); never throws, returns what happened. */
function git(cwd: string, ...args: string[]): { ok: boolean; out: string; err: string } {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  const r = spawnSync('git', args, {
    cwd,
    env: { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: devNull, LC_ALL: 'C' },
    encoding: 'utf8',
  });
  return { ok: r.status === 0, out: r.stdout.trim(), err: r.stderr.trim() };
}

const BASE = { 'src/app.js': 'one\ntwo\nthree\nfour\nfive\nsix\nseven\n', 'README.md': '# shop\n' };
const HEAD = { 'src/app.js': 'one\ntwo\nthree\nFOUR\nfive\nsix\nseven\n', 'src/new.js': 'export const x = 1;\n' };

/** Names git quotes or a shell would split: a space, a non-ASCII letter, a double quote, a newline, a leading dash. */
const HARD = ['dir with space/file name.js', 'src/caf\u00e9.js', 'say "hi".js', 'line\nbreak.js', '-leading-dash.js'];

describe('a pull request checkout as actions/checkout@v5 makes it', () => {
  // Checkouts only read the world (blockFetch is undone), so its tests share one.
  let w: PullRequestWorld;
  beforeAll(() => {
    w = makePullRequestWorld({ base: BASE, head: HEAD, number: 12 });
  });
  afterAll(() => w.cleanup());

  it('pull_request, defaults: the test merge alone, detached, parents absent but named, the token in .git/config', () => {
    const dir = tempDir();
    const result = w.checkout(dir, { token: 'ghs_abc123' });
    expect(result).toMatchObject({ sha: w.mergeSha(), ref: 'refs/pull/12/merge', commit: w.mergeSha() });
    expect(result.env).toEqual({
      GITHUB_SHA: w.mergeSha(),
      GITHUB_REF: 'refs/pull/12/merge',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'octo-org/shop',
    });
    // actions/checkout's command lines, in its order (the token goes into .git/config by file, never on a command line).
    expect(result.commands).toEqual([
      ['init', dir],
      ['remote', 'add', 'origin', w.origin],
      ['config', '--local', 'gc.auto', '0'],
      ['config', '--local', EXTRAHEADER_KEY, 'AUTHORIZATION: basic ***'],
      [
        '-c',
        'protocol.version=2',
        'fetch',
        '--no-tags',
        '--prune',
        '--no-recurse-submodules',
        '--depth=1',
        'origin',
        `+${w.mergeSha()}:refs/remotes/pull/12/merge`,
      ],
      ['sparse-checkout', 'disable'],
      ['config', '--local', '--unset-all', 'extensions.worktreeConfig'],
      ['checkout', '--progress', '--force', 'refs/remotes/pull/12/merge'],
      ['log', '-1', '--format=%H'],
    ]);

    expect(git(dir, 'rev-parse', 'HEAD', '--is-shallow-repository').out.split('\n')).toEqual([w.mergeSha(), 'true']);
    expect(git(dir, 'symbolic-ref', '-q', 'HEAD').ok).toBe(false); // detached
    expect(git(dir, 'rev-parse', '--verify', 'HEAD^1').ok).toBe(false);
    expect(git(dir, 'cat-file', '-p', 'HEAD').out.match(/^parent \w+$/gm)).toEqual([
      `parent ${w.baseSha()}`,
      `parent ${w.headSha()}`,
    ]);
    expect(git(dir, 'remote', 'get-url', 'origin').out).toBe(w.origin);
    // The merged tree: the head's change on top of main.
    expect(readFileSync(join(dir, 'src/app.js'), 'utf8')).toContain('FOUR');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# shop\n');

    const header = `AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_abc123').toString('base64')}`;
    expect(git(dir, 'config', '--local', '--get', EXTRAHEADER_KEY).out).toBe(header);
    expect(readFileSync(join(dir, '.git/config'), 'utf8')).toContain(
      `[http "https://github.com/"]\n\textraheader = ${header}`,
    );

    // The merge's parents can be fetched by sha later in the job.
    const fetched = git(dir, 'fetch', '--depth=2', 'origin', w.mergeSha());
    expect(fetched.err).not.toMatch(/fatal/);
    expect(git(dir, 'rev-parse', 'HEAD^1', 'HEAD^2').out.split('\n')).toEqual([w.baseSha(), w.headSha()]);

    // blockFetch: from now on nothing can be fetched, by sha or by ref, with protocol v2 or v0.
    w.blockFetch();
    expect(git(dir, 'fetch', '--depth=3', 'origin', w.mergeSha()).err).toMatch(/fatal/);
    expect(git(dir, 'fetch', 'origin', 'main').ok).toBe(false);
    expect(git(dir, '-c', 'protocol.version=0', 'fetch', 'origin', w.baseSha()).ok).toBe(false);
    expect(git(dir, 'ls-remote', 'origin').ok).toBe(false);
    w.unblockFetch();
    expect(git(dir, 'ls-remote', 'origin').out).toContain('refs/pull/12/merge');
  });

  it('persist-credentials: false leaves no token; fetch-depth: 0 fetches every branch and the merge', () => {
    const dir = tempDir();
    const result = w.checkout(dir, { persistCredentials: false, fetchDepth: 0 });
    expect(git(dir, 'config', '--local', '--get-all', EXTRAHEADER_KEY).ok).toBe(false);
    expect(readFileSync(join(dir, '.git/config'), 'utf8')).not.toContain(
      Buffer.from(`x-access-token:${WORLD_TOKEN}`).toString('base64'),
    );
    // With the tags refspec in the list, actions/checkout leaves out --no-tags.
    expect(result.commands).toContainEqual([
      '-c',
      'protocol.version=2',
      'fetch',
      '--prune',
      '--no-recurse-submodules',
      'origin',
      '+refs/heads/*:refs/remotes/origin/*',
      '+refs/tags/*:refs/tags/*',
      `+${w.mergeSha()}:refs/remotes/pull/12/merge`,
    ]);
    expect(
      git(
        dir,
        'rev-parse',
        'HEAD',
        'HEAD^1',
        'HEAD^2',
        'refs/remotes/origin/main',
        'refs/remotes/origin/feature',
      ).out.split('\n'),
    ).toEqual([w.mergeSha(), w.baseSha(), w.headSha(), w.baseSha(), w.headSha()]);
    expect(existsSync(join(dir, '.git/shallow'))).toBe(false);
  });

  it('the same world twice has the same shas (fixed identities and clock)', () => {
    const again = world({ base: BASE, head: HEAD });
    expect([again.baseSha(), again.headSha(), again.mergeSha()]).toEqual([w.baseSha(), w.headSha(), w.mergeSha()]);
    expect(git(w.origin, 'log', '-1', '--format=%an <%ae> %aI|%cn <%ce>', w.mergeSha()).out).toBe(
      'GitHub <noreply@github.com> 2026-01-01T00:02:00+00:00|GitHub <noreply@github.com>',
    );
  });

  it('pull_request_target: the base branch by default; a fork head only with allow-unsafe-pr-checkout', () => {
    const w = world({ base: BASE, head: HEAD, fork: true });
    const dir = tempDir();
    const target = w.checkout(dir, { event: 'pull_request_target' });
    expect(target).toMatchObject({ sha: w.baseSha(), ref: 'refs/heads/main', commit: w.baseSha() });
    expect(git(dir, 'symbolic-ref', 'HEAD').out).toBe('refs/heads/main');
    expect(readFileSync(join(dir, 'src/app.js'), 'utf8')).not.toContain('FOUR');
    expect(w.payload().pull_request.head.repo.full_name).toBe('pat-contributor/shop');
    expect(git(w.origin, 'for-each-ref', '--format=%(refname)').out.split('\n')).toEqual([
      'refs/heads/main',
      'refs/pull/7/head',
      'refs/pull/7/merge',
    ]);

    expect(() => w.checkout(tempDir(), { event: 'pull_request_target', ref: 'refs/pull/7/merge' })).toThrow(
      /Refusing to check out fork pull request code/,
    );
    const head = tempDir();
    const byHead = w.checkout(head, { event: 'pull_request_target', ref: w.headSha(), allowUnsafePrCheckout: true });
    expect(byHead.commands).toContainEqual([
      '-c',
      'protocol.version=2',
      'fetch',
      '--no-tags',
      '--prune',
      '--no-recurse-submodules',
      '--depth=1',
      'origin',
      w.headSha(),
    ]);
    expect(git(head, 'rev-parse', 'HEAD').out).toBe(w.headSha());
    expect(git(head, 'symbolic-ref', '-q', 'HEAD').ok).toBe(false);
  });
});

describe('the pull request moves as on GitHub', () => {
  it('a push to main rebuilds the test merge on it; the payload keeps the base it was sent with', () => {
    const w = world({ base: BASE, head: HEAD });
    const [oldBase, head, oldMerge] = [w.baseSha(), w.headSha(), w.mergeSha()];
    const newBase = w.pushToBase({ 'README.md': '# shop\n\nNow with docs.\n' });
    expect(newBase).not.toBe(oldBase);
    expect(w.baseSha()).toBe(newBase);
    expect(w.mergeSha()).not.toBe(oldMerge);
    expect(
      git(
        w.origin,
        'rev-parse',
        'refs/heads/main',
        'refs/pull/7/merge^1',
        'refs/pull/7/merge^2',
        'refs/pull/7/merge',
      ).out.split('\n'),
    ).toEqual([newBase, newBase, head, w.mergeSha()]);
    expect(w.payload().pull_request.base.sha).toBe(oldBase);
    expect(w.payload().pull_request.merge_commit_sha).toBe(oldMerge);

    const newHead = w.pushToHead({ 'src/new.js': null, 'src/other.js': 'y\n' });
    expect(
      git(w.origin, 'rev-parse', 'refs/pull/7/head', 'refs/heads/feature', 'refs/pull/7/merge^2').out.split('\n'),
    ).toEqual([newHead, newHead, newHead]);
    expect(w.payload().pull_request.head.sha).toBe(head);
    w.fireEvent();
    expect(w.payload()).toMatchObject({
      action: 'synchronize',
      pull_request: { base: { sha: newBase }, head: { sha: newHead }, merge_commit_sha: w.mergeSha() },
    });
    expect(w.event('pull_request_target').name).toBe('pull_request_target');

    // A conflicting push fails clearly and moves nothing.
    const before = [w.baseSha(), w.headSha(), w.mergeSha()];
    expect(() => w.pushToBase({ 'src/app.js': 'one\ntwo\nthree\nfour!\nfive\nsix\nseven\n' })).toThrow(
      /does not merge cleanly into main[\s\S]*src\/app\.js/,
    );
    expect([w.baseSha(), w.headSha(), w.mergeSha()]).toEqual(before);
    expect(git(w.origin, 'for-each-ref', '--format=%(refname)').out.split('\n')).toEqual([
      'refs/heads/feature',
      'refs/heads/main',
      'refs/pull/7/head',
      'refs/pull/7/merge',
    ]);
  });

  it('hard file names round-trip through pushes, the merge and the checkout', () => {
    const w = world({ base: { ...BASE, 'old name.txt': 'kept\n', [HARD[0]!]: 'a\n' }, head: HEAD });
    const binary = Buffer.from([0, 1, 2, 255, 254, 0, 10]);
    w.pushToHead({
      ...Object.fromEntries(HARD.map((n, i) => [n, `file ${i}\n`])),
      'img/logo.bin': binary,
      'old name.txt': null,
    });
    const dir = tempDir();
    w.checkout(dir);
    for (const [i, name] of HARD.entries()) expect(readFileSync(join(dir, name), 'utf8')).toBe(`file ${i}\n`);
    expect(readFileSync(join(dir, 'img/logo.bin')).equals(binary)).toBe(true);
    expect(existsSync(join(dir, 'old name.txt'))).toBe(false);
    const tracked = git(dir, 'ls-files', '-z').out.split('\0');
    expect(tracked).toEqual(expect.arrayContaining([...HARD, 'img/logo.bin']));
    expect(git(dir, 'status', '--porcelain').out).toBe('');
  });
});

/** A validator for one schema of GitHub's OpenAPI document: that schema and those it refers to, as JSON Schema. */
function githubSchemaValidator(name: string) {
  const file = join(
    dirname(createRequire(import.meta.url).resolve('@octokit/openapi/package.json')),
    'generated',
    'api.github.com.json',
  );
  const schemas = JSON.parse(readFileSync(file, 'utf8')).components.schemas as Record<string, unknown>;
  const needed = new Map<string, unknown>();
  // OpenAPI 3.0 → JSON Schema: `nullable` becomes a null alternative; refs point into the definitions kept.
  const convert = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(convert);
    if (!node || typeof node !== 'object') return node;
    const n = node as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(n)) {
      if (k === '$ref') {
        const ref = (v as string).replace('#/components/schemas/', '');
        if (!needed.has(ref)) {
          needed.set(ref, {});
          needed.set(ref, convert(schemas[ref]));
        }
        out.$ref = `#/definitions/${ref}`;
      } else if (!['nullable', 'example', 'examples', 'discriminator'].includes(k)) out[k] = convert(v);
    }
    return n.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
  };
  const root = convert({ $ref: `#/components/schemas/${name}` }) as object;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  return ajv.compile({ ...root, definitions: Object.fromEntries(needed) });
}

describe('GitHub stand-in: compare two commits', () => {
  it('answers the three-dot diff from the repository, files and patches as git shows them, valid per the OpenAPI schema', async () => {
    const w = world({ base: { ...BASE, 'old name.txt': 'kept\nas\nit\nwas\n', 'gone.txt': 'bye\n' }, head: HEAD });
    w.pushToHead({
      ...Object.fromEntries(HARD.map((n, i) => [n, `file ${i}\n`])),
      'img/logo.bin': Buffer.from([0, 1, 2, 0]),
      'old name.txt': null,
      'new name.txt': 'kept\nas\nit\nwas\n',
      'gone.txt': null,
    });
    // main moves on: the payload's base is now stale, and the comparison with it shows only the pull request's changes.
    w.pushToBase({ 'README.md': '# shop\nmoved on\n' });
    w.blockFetch(); // the API works when git cannot fetch
    const token = 'ghs_compare_token';
    const github = await startFakeGitHub({ token, repo: w.origin });
    cleanups.push(() => github.close());
    const [base, head] = [w.payload().pull_request.base.sha, w.headSha()];
    const res = await fetch(`${github.url}/repos/octo-org/shop/compare/${base}...${head}`, {
      headers: { authorization: `token ${token}`, accept: 'application/vnd.github+json' },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      status: string;
      ahead_by: number;
      behind_by: number;
      total_commits: number;
      commits: { sha: string }[];
      merge_base_commit: { sha: string };
      base_commit: { sha: string };
      files: {
        filename: string;
        status: string;
        patch?: string;
        previous_filename?: string;
        additions: number;
        deletions: number;
        changes: number;
      }[];
    };

    const validate = githubSchemaValidator('commit-comparison');
    expect(validate(body) ? [] : validate.errors).toEqual([]);
    expect(body).toMatchObject({
      status: 'ahead',
      ahead_by: 2,
      behind_by: 0,
      total_commits: 2,
      base_commit: { sha: base },
      merge_base_commit: { sha: base },
    });
    expect(body.commits.map((c) => c.sha)).toEqual(
      git(w.origin, 'rev-list', '--reverse', `${base}..${head}`).out.split('\n'),
    );

    const byName = new Map(body.files.map((f) => [f.filename, f]));
    expect(body.files.map((f) => f.filename).sort()).toEqual(
      git(w.origin, 'diff', '--name-only', '-z', '-M', `${base}...${head}`).out.split('\0').filter(Boolean).sort(),
    );
    expect(byName.get('new name.txt')).toMatchObject({
      status: 'renamed',
      previous_filename: 'old name.txt',
      changes: 0,
    });
    expect(byName.get('gone.txt')).toMatchObject({ status: 'removed', deletions: 1, patch: '@@ -1 +0,0 @@\n-bye' });
    expect(byName.get('img/logo.bin')).toMatchObject({ status: 'added', additions: 0, deletions: 0 });
    expect(byName.get('img/logo.bin')!.patch).toBeUndefined();
    expect(byName.get('src/app.js')).toMatchObject({ status: 'modified', additions: 1, deletions: 1, changes: 2 });
    for (const name of HARD) {
      const diff = git(w.origin, '--literal-pathspecs', 'diff', `${base}...${head}`, '--', name).out;
      expect(byName.get(name)!.patch, JSON.stringify(name)).toBe(diff.slice(diff.indexOf('\n@@') + 1));
    }
    expect(byName.get(HARD[3]!)).toMatchObject({ status: 'added', additions: 1, patch: '@@ -0,0 +1 @@\n+file 3' });

    // Against the merge's own first parent the base's later change shows as "behind".
    const againstMain = (await (
      await fetch(`${github.url}/repos/octo-org/shop/compare/main...${head}`, {
        headers: { authorization: `token ${token}` },
      })
    ).json()) as typeof body;
    expect(againstMain).toMatchObject({ status: 'diverged', ahead_by: 2, behind_by: 1 });
    expect(againstMain.files.map((f) => f.filename)).not.toContain('README.md');

    // The diff media type: the three-dot diff as git prints it.
    const asDiff = await fetch(`${github.url}/repos/octo-org/shop/compare/${base}...${head}`, {
      headers: { authorization: `token ${token}`, accept: 'application/vnd.github.diff' },
    });
    expect(asDiff.headers.get('content-type')).toMatch(/^application\/vnd\.github\.diff/);
    expect((await asDiff.text()).trim()).toBe(git(w.origin, 'diff', `${base}...${head}`).out);

    const missing = await fetch(`${github.url}/repos/octo-org/shop/compare/${'0'.repeat(40)}...${head}`, {
      headers: { authorization: `token ${token}` },
    });
    expect(missing.status).toBe(404);
    expect(github.calls.map((c) => `${c.method} ${c.path.replace(/[0-9a-f]{40}/g, 'SHA')}`)).toEqual(
      ['SHA...SHA', 'main...SHA', 'SHA...SHA', 'SHA...SHA'].map((b) => `get /repos/octo-org/shop/compare/${b}`),
    );
    expect(github.violations).toEqual([]);
  });

  it('lists at most 300 files, and the files only on the first page when paging', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 305 }, (_, i) => [`gen/f${String(i).padStart(3, '0')}.txt`, `${i}\n`]),
    );
    const w = world({ base: BASE, head: many });
    w.pushToHead({ 'more.txt': 'more\n' });
    const github = await startFakeGitHub({ token: 't', repo: w.origin });
    cleanups.push(() => github.close());
    const get = (query: string) =>
      fetch(`${github.url}/repos/octo-org/shop/compare/${w.baseSha()}...${w.headSha()}${query}`, {
        headers: { authorization: 'token t' },
      });
    const page1 = await get('?per_page=1');
    expect(page1.headers.get('link')).toContain('rel="next"');
    const first = (await page1.json()) as { files: unknown[]; commits: unknown[]; total_commits: number };
    expect(first.files).toHaveLength(300);
    expect(first.commits).toHaveLength(1);
    expect(first.total_commits).toBe(2);
    const page2 = await get('?per_page=1&page=2');
    expect(page2.headers.get('link')).toBeNull();
    const second = (await page2.json()) as { files?: unknown[]; commits: unknown[] };
    expect(second.files).toBeUndefined();
    expect(second.commits).toHaveLength(1);
  });
});
