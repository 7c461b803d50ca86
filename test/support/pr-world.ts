// A pull request as GitHub and actions/checkout really make it. A bare repository plays GitHub's copy of
// octo-org/shop: branch main, refs/pull/<n>/head, and refs/pull/<n>/merge, the test merge GitHub rebuilds whenever the
// base or the head moves (parents: main's tip, then the head). Like GitHub it serves any sha on fetch. The event
// payload is a snapshot taken when the event fired: it keeps the old base sha when main moves later, as a re-run does.
// checkout() runs the git commands actions/checkout@v5 runs (src/git-source-provider.ts, src/ref-helper.ts,
// src/git-command-manager.ts, src/git-auth-helper.ts of that action): init, remote, gc.auto, the token as an
// extraheader in the local config, one fetch whose refspec and options depend on the ref and fetch-depth, checkout.
// Every git command gets its arguments as an array (no shell), a fixed identity and clock, and no user or system
// config, so shas are the same on every run.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';

export type FileChanges = Record<string, string | Buffer | null>;

export interface RepositoryPayload {
  id: number;
  name: string;
  full_name: string;
  owner: { login: string; type: 'User' | 'Organization' };
  private: boolean;
  fork: boolean;
  html_url: string;
  default_branch: string;
}

export interface PullRequestPayload extends Record<string, unknown> {
  action: 'opened' | 'synchronize';
  number: number;
  pull_request: {
    number: number;
    state: 'open';
    title: string;
    user: { login: string; type: 'User' };
    merge_commit_sha: string;
    base: { label: string; ref: string; sha: string; repo: RepositoryPayload };
    head: { label: string; ref: string; sha: string; repo: RepositoryPayload };
  };
  repository: RepositoryPayload;
  sender: { login: string; type: 'User' };
}

export interface CheckoutOptions {
  /** The event that started the job: decides GITHUB_SHA/GITHUB_REF and so what the default checkout fetches. */
  event?: 'pull_request' | 'pull_request_target';
  /** actions/checkout's `ref` input: a 40-hex sha, a full ref (refs/pull/<n>/merge, refs/heads/main) or a branch name. */
  ref?: string;
  /** `fetch-depth`: 1 by default; 0 fetches all branches and tags. */
  fetchDepth?: number;
  /** `persist-credentials`: true by default (the token stays in .git/config). */
  persistCredentials?: boolean;
  /** `token`: the job's GITHUB_TOKEN by default. */
  token?: string;
  /** `allow-unsafe-pr-checkout`: without it actions/checkout v5 refuses a fork's code on pull_request_target. */
  allowUnsafePrCheckout?: boolean;
  /** GITHUB_SHA when it is not the current one, e.g. a re-run of an old pull_request run (its old merge sha). */
  githubSha?: string;
}

export interface CheckoutResult {
  /** GITHUB_SHA as the runner sets it for the event. */
  sha: string;
  /** GITHUB_REF as the runner sets it for the event. */
  ref: string;
  /** The commit checked out (actions/checkout's `commit` output). */
  commit: string;
  /** The runner's variables for this job, to pass to runStep's env. */
  env: { GITHUB_SHA: string; GITHUB_REF: string; GITHUB_EVENT_NAME: string; GITHUB_REPOSITORY: string };
  /** The git commands run in the checkout, as argument lists, in order. */
  commands: string[][];
}

export interface PullRequestWorld {
  /** Bare repository playing GitHub's copy: branch main, refs/pull/<n>/head and refs/pull/<n>/merge; serves any sha on fetch. */
  origin: string;
  number: number;
  /** 'octo-org/shop' */
  repository: string;
  /** current tip of main */
  baseSha(): string;
  /** the pull request's head */
  headSha(): string;
  /** current refs/pull/<n>/merge: GitHub's test merge, parents [main tip, head] */
  mergeSha(): string;
  /** The payload as GitHub sent it when the event last fired; main or the head moving later does not change it. */
  payload(): PullRequestPayload;
  /** `{ name, payload }` for runStep's `event`. */
  event(name?: 'pull_request' | 'pull_request_target'): { name: string; payload: PullRequestPayload };
  /** Commits files (path -> content, null deletes) to main and rebuilds the test merge. Returns the new main sha. */
  pushToBase(files: FileChanges, message?: string): string;
  /** Commits files to the head and rebuilds the test merge. Returns the new head sha; the payload changes only on fireEvent(). */
  pushToHead(files: FileChanges, message?: string): string;
  /**
   * A force-push: the head becomes a new commit on main's tip with these files (path -> content, null deletes), so the
   * old head is no longer in its history (a rebase, an amended commit). Rebuilds the test merge; returns the new head.
   */
  forcePushHead(files: FileChanges, message?: string): string;
  /** A new event (synchronize): the payload now has the current base, head and merge. */
  fireEvent(): void;
  /** Makes dir a checkout as actions/checkout@v5 does with these inputs; returns GITHUB_SHA/GITHUB_REF for the event. */
  checkout(dir: string, opts?: CheckoutOptions): CheckoutResult;
  /** Every later fetch from origin fails (ls-remote and fetch alike), as from a private repository without credentials. */
  blockFetch(): void;
  /** Undoes blockFetch(). */
  unblockFetch(): void;
  cleanup(): void;
}

export const OWNER = 'octo-org';
export const REPO = 'shop';
/** The fork's owner, when the pull request comes from a fork. */
export const FORK_OWNER = 'pat-contributor';
export const HEAD_BRANCH = 'feature';
/** The job token checkout() persists when no token is given. */
export const WORLD_TOKEN = 'ghs_pr_world_job_token_0001';
/** The config key actions/checkout stores the token under (GITHUB_SERVER_URL's origin + '/'). */
export const EXTRAHEADER_KEY = 'http.https://github.com/.extraheader';

/** Where a push's commit waits while its test merge is built. */
const SCRATCH_REF = 'refs/world/next';
const BASE_REPO_ID = 4101;
const FORK_REPO_ID = 4102;
/** 2026-01-01T00:00:00Z; every commit made in a world is one minute after the one before. */
const EPOCH = 1767225600;
const MAINTAINER = { name: 'Octo Maintainer', email: 'maintainer@example.invalid' };
const CONTRIBUTOR = { name: 'Pat Contributor', email: 'pat@example.invalid' };
const GITHUB = { name: 'GitHub', email: 'noreply@github.com' };

/** The environment git runs in here: none of the caller's GIT_* variables, no user or system config, no prompts. */
function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: devNull,
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    ...extra,
  };
}

interface RunOptions {
  cwd?: string;
  input?: Buffer | string;
  env?: Record<string, string>;
  /** Return a failure instead of throwing. */
  allowFailure?: boolean;
}

function runGit(args: string[], o: RunOptions = {}): { status: number; stdout: string; stderr: string } {
  const r = spawnSync('git', args, { cwd: o.cwd, input: o.input, env: gitEnv(o.env), maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  const out = { status: r.status ?? -1, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
  if (out.status !== 0 && !o.allowFailure)
    throw new Error(
      `git ${args.map((a) => JSON.stringify(a)).join(' ')} failed (${out.status}) in ${o.cwd ?? '.'}:\n${out.stderr.trim()}`,
    );
  return out;
}

/** A path as fast-import reads it: C-quoted, so spaces, quotes, newlines and a leading dash are just characters. */
function quotePath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${path.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\x00-\x1f\x7f]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)}"`;
}

function identity(
  who: { name: string; email: string },
  committer: { name: string; email: string },
  date: string,
): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
    GIT_COMMITTER_DATE: date,
  };
}

function repositoryPayload(owner: string, id: number, fork: boolean): RepositoryPayload {
  return {
    id,
    name: REPO,
    full_name: `${owner}/${REPO}`,
    owner: { login: owner, type: owner === OWNER ? 'Organization' : 'User' },
    private: false,
    fork,
    html_url: `https://github.com/${owner}/${REPO}`,
    default_branch: 'main',
  };
}

export function makePullRequestWorld(o: {
  base: Record<string, string | Buffer>;
  head: FileChanges;
  number?: number;
  fork?: boolean;
}): PullRequestWorld {
  const number = o.number ?? 7;
  const fork = !!o.fork;
  const root = mkdtempSync(join(tmpdir(), 'pr-world-'));
  const origin = join(root, OWNER, `${REPO}.git`);
  const scratch = join(root, 'scratch');
  mkdirSync(scratch, { recursive: true });
  let tick = 0;
  const nextDate = () => `${EPOCH + 60 * tick++} +0000`;
  const inOrigin = (args: string[], x: Omit<RunOptions, 'cwd'> = {}) => runGit(args, { ...x, cwd: origin });

  mkdirSync(origin, { recursive: true });
  inOrigin(['init', '--quiet', '--bare', '--initial-branch=main']);
  // GitHub serves any commit of the repository by sha (actions/checkout fetches GITHUB_SHA that way).
  appendFileSync(
    join(origin, 'config'),
    '[uploadpack]\n\tallowReachableSHA1InWant = true\n\tallowAnySHA1InWant = true\n[gc]\n\tauto = 0\n',
  );

  /** fast-import's commands for one commit on `ref`: blobs inline, paths C-quoted, so any name stays what it is. */
  function commitStream(
    ref: string,
    mark: number,
    from: string | undefined,
    files: FileChanges,
    message: string,
    who: { name: string; email: string },
  ): Buffer[] {
    const date = nextDate();
    const data = (content: string | Buffer) => {
      const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
      return [Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n')];
    };
    const out = [
      Buffer.from(
        `commit ${ref}\nmark :${mark}\nauthor ${who.name} <${who.email}> ${date}\ncommitter ${who.name} <${who.email}> ${date}\n`,
      ),
      ...data(message),
    ];
    if (from) out.push(Buffer.from(`from ${from}\n`));
    for (const [path, content] of Object.entries(files)) {
      if (content === null) out.push(Buffer.from(`D ${quotePath(path)}\n`));
      else out.push(Buffer.from(`M 100644 inline ${quotePath(path)}\n`), ...data(content));
    }
    out.push(Buffer.from('\n'));
    return out;
  }

  /** Runs a fast-import stream; returns the shas of its marks. */
  function fastImport(stream: Buffer[]): Map<number, string> {
    const marks = join(scratch, 'marks');
    inOrigin(['fast-import', '--quiet', '--force', '--done', `--export-marks=${marks}`], {
      input: Buffer.concat([...stream, Buffer.from('done\n')]),
    });
    const shas = new Map(
      readFileSync(marks, 'utf8')
        .trim()
        .split('\n')
        .map((l) => [Number(l.slice(1, l.indexOf(' '))), l.slice(l.indexOf(' ') + 1)] as const),
    );
    rmSync(marks, { force: true });
    return shas;
  }

  /** GitHub's test merge of head into base, or an error naming the conflicts (GitHub then marks it unmergeable). */
  function testMerge(base: string, head: string): string {
    const r = inOrigin(['merge-tree', '--write-tree', '--name-only', base, head], { allowFailure: true });
    if (r.status === 1)
      throw new Error(
        `pull request #${number} does not merge cleanly into main (${base.slice(0, 12)} + ${head.slice(0, 12)}); GitHub would mark it unmergeable and build no test merge. Conflicts:\n${r.stdout.split('\n').slice(1).join('\n').trim()}`,
      );
    if (r.status !== 0) throw new Error(`git merge-tree failed (${r.status}): ${r.stderr.trim()}`);
    const tree = r.stdout.split('\n')[0]!.trim();
    const date = `@${nextDate()}`;
    return inOrigin(['commit-tree', tree, '-p', base, '-p', head, '-m', `Merge ${head} into ${base}`], {
      env: identity(GITHUB, GITHUB, date),
    }).stdout.trim();
  }

  /** Sets refs in one transaction (`null` deletes). */
  function setRefs(refs: Record<string, string | null>): void {
    const lines = Object.entries(refs).map(([ref, sha]) =>
      sha === null ? `delete ${ref}\0\0` : `update ${ref}\0${sha}\0\0`,
    );
    inOrigin(['update-ref', '-z', '--stdin'], { input: lines.join('') });
  }

  // A fork's branch lives in the fork; GitHub's copy of the base repository has only refs/pull/<n>/head.
  let [main, head, merge] = ['', '', ''];
  try {
    const made = fastImport([
      ...commitStream('refs/heads/main', 1, undefined, o.base, 'Initial commit', MAINTAINER),
      ...commitStream(`refs/pull/${number}/head`, 2, ':1', o.head, 'Change the shop', CONTRIBUTOR),
      ...(fork ? [] : [Buffer.from(`reset refs/heads/${HEAD_BRANCH}\nfrom :2\n\n`)]),
    ]);
    [main, head] = [made.get(1)!, made.get(2)!];
    merge = testMerge(main, head);
    setRefs({ [`refs/pull/${number}/merge`]: merge });
  } catch (e) {
    rmSync(root, { recursive: true, force: true });
    throw e;
  }

  /** A new commit on `parent`, made on a scratch ref so that nothing moves unless the test merge succeeds. */
  function push(
    parent: string,
    files: FileChanges,
    message: string,
    who: { name: string; email: string },
    merged: (next: string) => [string, string],
  ): { next: string; merge: string } {
    const next = fastImport(commitStream(SCRATCH_REF, 1, parent, files, message, who)).get(1)!;
    try {
      return { next, merge: testMerge(...merged(next)) };
    } finally {
      setRefs({ [SCRATCH_REF]: null });
    }
  }

  const baseRepo = repositoryPayload(OWNER, BASE_REPO_ID, false);
  const headOwner = fork ? FORK_OWNER : OWNER;
  const headRepo = fork ? repositoryPayload(FORK_OWNER, FORK_REPO_ID, true) : baseRepo;
  const author = { login: 'pat-contributor', type: 'User' as const };
  const snapshot = (action: PullRequestPayload['action']): PullRequestPayload => ({
    action,
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Change the shop',
      user: author,
      merge_commit_sha: merge,
      base: { label: `${OWNER}:main`, ref: 'main', sha: main, repo: baseRepo },
      head: { label: `${headOwner}:${HEAD_BRANCH}`, ref: HEAD_BRANCH, sha: head, repo: headRepo },
    },
    repository: baseRepo,
    sender: author,
  });
  let sent = structuredClone(snapshot('opened'));

  /** actions/checkout v5's guard (src/unsafe-pr-checkout-helper.ts): a fork's code on pull_request_target needs an opt-in. */
  function assertSafeCheckout(event: string, ref: string, commit: string | undefined, allow: boolean): void {
    if (allow || event !== 'pull_request_target' || !fork) return;
    const prShas = [sent.pull_request.head.sha, sent.pull_request.merge_commit_sha].map((s) => s.toLowerCase());
    const pointsAtFork =
      /^refs\/pull\/[0-9]+\/(?:head|merge)$/.test(ref) || (!!commit && prShas.includes(commit.toLowerCase()));
    if (pointsAtFork)
      throw new Error(
        `actions/checkout refuses: "Refusing to check out fork pull request code from a 'pull_request_target' workflow." ` +
          `(ref ${JSON.stringify(ref || commit)}); pass allowUnsafePrCheckout: true for the allow-unsafe-pr-checkout input.`,
      );
  }

  return {
    origin,
    number,
    repository: `${OWNER}/${REPO}`,
    baseSha: () => main,
    headSha: () => head,
    mergeSha: () => merge,
    payload: () => structuredClone(sent),
    event: (name = 'pull_request') => ({ name, payload: structuredClone(sent) }),
    pushToBase(files, message = 'Update main') {
      const r = push(main, files, message, MAINTAINER, (next) => [next, head]);
      [main, merge] = [r.next, r.merge];
      setRefs({ 'refs/heads/main': main, [`refs/pull/${number}/merge`]: merge });
      return main;
    },
    pushToHead(files, message = 'Update the change') {
      const r = push(head, files, message, CONTRIBUTOR, (next) => [main, next]);
      [head, merge] = [r.next, r.merge];
      setRefs({
        ...(fork ? {} : { [`refs/heads/${HEAD_BRANCH}`]: head }),
        [`refs/pull/${number}/head`]: head,
        [`refs/pull/${number}/merge`]: merge,
      });
      return head;
    },
    forcePushHead(files, message = 'Rewrite the change') {
      const r = push(main, files, message, CONTRIBUTOR, (next) => [main, next]);
      [head, merge] = [r.next, r.merge];
      setRefs({
        ...(fork ? {} : { [`refs/heads/${HEAD_BRANCH}`]: head }),
        [`refs/pull/${number}/head`]: head,
        [`refs/pull/${number}/merge`]: merge,
      });
      return head;
    },
    fireEvent() {
      sent = structuredClone(snapshot('synchronize'));
    },
    checkout(dir, c = {}) {
      const event = c.event ?? 'pull_request';
      // What the runner sets: the test merge and its ref on pull_request, the base branch on pull_request_target.
      const githubSha = c.githubSha ?? (event === 'pull_request' ? merge : main);
      const githubRef = event === 'pull_request' ? `refs/pull/${number}/merge` : 'refs/heads/main';
      // input-helper.ts: no ref input → the event's ref and sha; a 40-hex ref → that commit alone; else the ref alone.
      let ref = '';
      let sha: string | undefined;
      if (!c.ref) [ref, sha] = [githubRef, githubSha];
      else if (/^[0-9a-fA-F]{40}$/.test(c.ref)) sha = c.ref;
      else ref = c.ref;
      if (c.ref) assertSafeCheckout(event, ref, sha, !!c.allowUnsafePrCheckout);
      let depth = Math.floor(c.fetchDepth ?? 1);
      if (Number.isNaN(depth) || depth < 0) depth = 0;
      const token = c.token ?? WORLD_TOKEN;

      if (existsSync(join(dir, '.git')))
        throw new Error(`${dir} is already a repository: checkout() models a fresh runner workspace`);
      mkdirSync(dir, { recursive: true });
      const commands: string[][] = [];
      // actions/checkout's git environment (git-command-manager.ts): no prompts, no LFS smudge.
      const env = { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'Never', GIT_LFS_SKIP_SMUDGE: '1' };
      const git = (args: string[], allowFailure = false) => {
        commands.push(args);
        return runGit(args, { cwd: dir, env, allowFailure });
      };
      const refExists = (args: string[]) => git(args).stdout.trim() !== '';

      git(['init', dir]);
      git(['remote', 'add', 'origin', origin]);
      git(['config', '--local', 'gc.auto', '0']);
      // git-auth-helper.ts configureToken: a placeholder through git config, then the real value written into the file.
      const placeholder = 'AUTHORIZATION: basic ***';
      git(['config', '--local', EXTRAHEADER_KEY, placeholder]);
      const configFile = join(dir, '.git', 'config');
      const config = readFileSync(configFile, 'utf8');
      if (config.indexOf(placeholder) < 0 || config.indexOf(placeholder) !== config.lastIndexOf(placeholder))
        throw new Error(`Unable to replace auth placeholder in ${configFile}`);
      writeFileSync(
        configFile,
        config.replace(
          placeholder,
          `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`,
        ),
      );

      // ref-helper.ts getRefSpec / getRefSpecForAllHistory, git-command-manager.ts fetch.
      const tagsRefSpec = '+refs/tags/*:refs/tags/*';
      const upper = ref.toUpperCase();
      const after = (prefix: string) => ref.substring(prefix.length);
      const refSpec = (): string[] => {
        if (sha) {
          if (upper.startsWith('REFS/HEADS/')) return [`+${sha}:refs/remotes/origin/${after('refs/heads/')}`];
          if (upper.startsWith('REFS/PULL/')) return [`+${sha}:refs/remotes/pull/${after('refs/pull/')}`];
          if (upper.startsWith('REFS/TAGS/')) return [`+${sha}:${ref}`];
          return [sha];
        }
        if (!upper.startsWith('REFS/'))
          return [`+refs/heads/${ref}*:refs/remotes/origin/${ref}*`, `+refs/tags/${ref}*:refs/tags/${ref}*`];
        if (upper.startsWith('REFS/HEADS/')) return [`+${ref}:refs/remotes/origin/${after('refs/heads/')}`];
        if (upper.startsWith('REFS/PULL/')) return [`+${ref}:refs/remotes/pull/${after('refs/pull/')}`];
        return [`+${ref}:${ref}`];
      };
      const fetch = (specs: string[], fetchDepth?: number) => {
        const args = ['-c', 'protocol.version=2', 'fetch'];
        if (!specs.includes(tagsRefSpec)) args.push('--no-tags');
        args.push('--prune', '--no-recurse-submodules');
        if (fetchDepth && fetchDepth > 0) args.push(`--depth=${fetchDepth}`);
        else if (existsSync(join(dir, '.git', 'shallow'))) args.push('--unshallow');
        git([...args, 'origin', ...specs]);
      };
      if (depth <= 0) {
        const all = ['+refs/heads/*:refs/remotes/origin/*', tagsRefSpec];
        if (upper.startsWith('REFS/PULL/')) all.push(`+${sha || ref}:refs/remotes/pull/${after('refs/pull/')}`);
        fetch(all);
        // testRef: the branch may have moved since the event; then the sha is fetched on its own.
        let fetched = true;
        if (sha && !ref) fetched = git(['rev-parse', '--verify', '--quiet', `${sha}^{object}`], true).status === 0;
        else if (sha && upper.startsWith('REFS/HEADS/')) {
          const branch = after('refs/heads/');
          fetched =
            refExists(['branch', '--list', '--remote', `origin/${branch}`]) &&
            git(['rev-parse', `refs/remotes/origin/${branch}`]).stdout.trim() === sha;
        } else if (sha && upper.startsWith('REFS/TAGS/')) {
          fetched = refExists(['tag', '--list', after('refs/tags/')]) && git(['rev-parse', ref]).stdout.trim() === sha;
        }
        if (!fetched) fetch(refSpec());
      } else fetch(refSpec(), depth);

      // ref-helper.ts getCheckoutInfo.
      let target: string[];
      if (!ref) target = [sha!];
      else if (upper.startsWith('REFS/HEADS/'))
        target = ['-B', after('refs/heads/'), `refs/remotes/origin/${after('refs/heads/')}`];
      else if (upper.startsWith('REFS/PULL/')) target = [`refs/remotes/pull/${after('refs/pull/')}`];
      else if (upper.startsWith('REFS/TAGS/')) target = [ref];
      else if (upper.startsWith('REFS/')) target = [sha ?? ref];
      else if (refExists(['branch', '--list', '--remote', `origin/${ref}`]))
        target = ['-B', ref, `refs/remotes/origin/${ref}`];
      else if (refExists(['tag', '--list', ref])) target = [`refs/tags/${ref}`];
      else throw new Error(`A branch or tag with the name '${ref}' could not be found`);

      git(['sparse-checkout', 'disable']);
      git(['config', '--local', '--unset-all', 'extensions.worktreeConfig'], true);
      git(['checkout', '--progress', '--force', ...target]);
      const checkedOut = git(['log', '-1', '--format=%H']).stdout.trim();
      // persist-credentials: false → the token leaves the config once the checkout is done.
      if (c.persistCredentials === false) git(['config', '--local', '--unset-all', EXTRAHEADER_KEY], true);
      return {
        sha: githubSha,
        ref: githubRef,
        commit: checkedOut,
        env: {
          GITHUB_SHA: githubSha,
          GITHUB_REF: githubRef,
          GITHUB_EVENT_NAME: event,
          GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        },
        commands,
      };
    },
    blockFetch() {
      // upload-pack dies reading these values: with protocol v2 as it advertises its capabilities, with v0 before any ref.
      // Local git commands in origin (the GitHub stand-in's compare) ignore both.
      inOrigin(['config', 'lsrefs.unborn', 'fetch-blocked-by-test']);
      inOrigin(['config', 'uploadpack.keepAlive', 'fetch-blocked-by-test']);
    },
    unblockFetch() {
      inOrigin(['config', '--unset-all', 'lsrefs.unborn'], { allowFailure: true });
      inOrigin(['config', '--unset-all', 'uploadpack.keepAlive'], { allowFailure: true });
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
