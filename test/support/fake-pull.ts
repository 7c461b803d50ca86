// The pull-request part of the GitHub stand-in: files, review comments, reviews and issue comments of one pull
// request, paginated as GitHub paginates (30 a page unless per_page says up to 100, `Link` headers), and enforcing
// what GitHub enforces beyond the request schema: a review comment lies inside a hunk of the pull request's diff on
// the side it names, on a changed path, at a commit of the pull request; nobody edits or deletes another user's
// comment; a body stays under 65,536 characters.
import { execFileSync } from 'node:child_process';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface PullFile {
  filename: string;
  status: string;
  /** GitHub's patch: the hunks of `git diff base...head` for the file, no header; absent for binary files. */
  patch?: string;
}

export interface ReviewComment {
  id: number;
  user: { login: string; type: 'User' | 'Bot' };
  body: string;
  path: string;
  line: number;
  start_line: number | null;
  side: string;
  commit_id: string;
  pull_request_review_id: number | null;
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface IssueComment {
  id: number;
  user: { login: string; type: 'User' | 'Bot' };
  body: string;
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** What GitHub would have rejected: a bug in the action. */
  violation?: string;
}

const MAX_BODY = 65536;

/** The pull request between two commits of a real repository, with the patches GitHub would show. */
export function pullFilesFromGit(root: string, base: string, head: string): PullFile[] {
  const git = (...a: string[]) => execFileSync('git', ['-C', root, ...a], { encoding: 'utf8' });
  const out: PullFile[] = [];
  const fields = git('diff', '--name-status', '--find-renames', '-z', `${base}...${head}`).split('\0').filter(Boolean);
  const STATUS: Record<string, string> = {
    A: 'added',
    M: 'modified',
    D: 'removed',
    R: 'renamed',
    C: 'copied',
    T: 'changed',
  };
  for (let i = 0; i < fields.length;) {
    const letter = fields[i++]![0]!;
    if (letter === 'R' || letter === 'C') i++;
    const filename = fields[i++]!;
    const diff = git('diff', '--find-renames', `${base}...${head}`, '--', filename);
    const at = diff.indexOf('\n@@');
    out.push({
      filename,
      status: STATUS[letter] ?? 'modified',
      ...(at >= 0 ? { patch: diff.slice(at + 1).replace(/\n$/, '') } : {}),
    });
  }
  return out;
}

/** New-side (RIGHT) and old-side (LEFT) line ranges of a patch's hunks. */
function hunks(patch: string): { left: [number, number][]; right: [number, number][] } {
  const left: [number, number][] = [];
  const right: [number, number][] = [];
  for (const m of patch.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)) {
    const [ol, oc, nl, nc] = [
      Number(m[1]),
      m[2] === undefined ? 1 : Number(m[2]),
      Number(m[3]),
      m[4] === undefined ? 1 : Number(m[4]),
    ];
    if (oc > 0) left.push([ol, ol + oc - 1]);
    if (nc > 0) right.push([nl, nl + nc - 1]);
  }
  return { left, right };
}

export class FakePull {
  readonly comments: ReviewComment[] = [];
  readonly issueComments: IssueComment[] = [];
  readonly reviews: Json[] = [];
  /** Every commit the pull request's head has been; comments may be made at any of them. */
  readonly commits: string[] = [];
  files: PullFile[] = [];
  private nextId = 9000;

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly number: number,
  ) {}

  /** A push to the pull request: a new head and the diff GitHub now shows. */
  setHead(sha: string, files: PullFile[]): void {
    this.commits.push(sha);
    this.files = files;
  }

  get head(): string {
    return this.commits.at(-1) ?? '';
  }

  /** A comment by someone else, as a reviewer (or an attacker) would write it. */
  addOthersReviewComment(login: string, c: Pick<ReviewComment, 'body' | 'path' | 'line'>): ReviewComment {
    const comment = this.reviewComment(
      { login, type: 'User' },
      { ...c, start_line: null, side: 'RIGHT', commit_id: this.head },
      null,
    );
    this.comments.push(comment);
    return comment;
  }

  addOthersIssueComment(login: string, body: string): IssueComment {
    const c = this.issueComment({ login, type: 'User' }, body);
    this.issueComments.push(c);
    return c;
  }

  private url(kind: string, id: number): string {
    return `https://github.com/${this.owner}/${this.repo}/pull/${this.number}#${kind}${id}`;
  }

  private reviewComment(user: ReviewComment['user'], c: Json, review: number | null): ReviewComment {
    const id = this.nextId++;
    const now = new Date().toISOString();
    return {
      id,
      user,
      body: c.body,
      path: c.path,
      line: c.line,
      start_line: c.start_line ?? null,
      side: c.side ?? 'RIGHT',
      commit_id: c.commit_id,
      pull_request_review_id: review,
      html_url: this.url('discussion_r', id),
      created_at: now,
      updated_at: now,
    };
  }

  private issueComment(user: IssueComment['user'], body: string): IssueComment {
    const id = this.nextId++;
    const now = new Date().toISOString();
    return { id, user, body, html_url: this.url('issuecomment-', id), created_at: now, updated_at: now };
  }

  /** Why GitHub would refuse a review comment at this place, or undefined. */
  private placeProblem(c: Json, commit: string | undefined): string | undefined {
    if (!commit || !this.commits.includes(commit))
      return `commit_id ${commit} is not a commit of pull request #${this.number}`;
    const file = this.files.find((f) => f.filename === c.path);
    if (!file) return `path ${c.path} is not changed by the pull request`;
    if (!file.patch) return `path ${c.path} has no diff to comment on`;
    if (typeof c.line !== 'number') return 'line is required (position is not used by this action)';
    const side = c.side ?? 'RIGHT';
    if (side !== 'RIGHT' && side !== 'LEFT') return `side must be LEFT or RIGHT, not ${side}`;
    const ranges = hunks(file.patch)[side === 'RIGHT' ? 'right' : 'left'];
    const hunk = ranges.find(([a, b]) => a <= c.line && c.line <= b);
    if (!hunk) return `pull_request_review_thread.line must be part of the diff (${c.path}:${c.line})`;
    if (c.start_line !== undefined) {
      if ((c.start_side ?? side) !== side) return 'start_side differs from side';
      if (!(c.start_line < c.line)) return 'start_line must precede line';
      if (c.start_line < hunk[0])
        return `pull_request_review_thread.start_line must be part of the same hunk as the line (${c.path}:${c.start_line}-${c.line})`;
    }
    return undefined;
  }

  /** Answers a request for `template` (the OpenAPI path) as the token's user `me`. */
  handle(
    method: string,
    template: string,
    params: string[],
    query: URLSearchParams,
    body: Json,
    me: ReviewComment['user'],
    readOnly: boolean,
  ): Answer {
    const write = method !== 'get';
    if (write && readOnly)
      return {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/pulls/comments',
          status: '403',
        },
      };
    // The path's third parameter: the pull request's (or issue's) number, or a comment's id.
    const n = Number(params[2]);
    if (/\{(pull|issue)_number\}/.test(template) && n !== this.number)
      return { status: 404, body: { message: 'Not Found' }, violation: `${method} ${template}: no pull request #${n}` };
    if (typeof body.body === 'string' && body.body.length > MAX_BODY)
      return {
        status: 422,
        body: { message: 'Validation Failed' },
        violation: `${template}: body is longer than ${MAX_BODY} characters`,
      };
    switch (`${method} ${template}`) {
      case 'get /repos/{owner}/{repo}/pulls/{pull_number}/files':
        return this.page(
          this.files.map((f) => ({
            sha: 'f'.repeat(40),
            filename: f.filename,
            status: f.status,
            additions: 1,
            deletions: 0,
            changes: 1,
            blob_url: '',
            raw_url: '',
            contents_url: '',
            ...(f.patch ? { patch: f.patch } : {}),
          })),
          query,
          template,
        );
      case 'get /repos/{owner}/{repo}/pulls/{pull_number}/comments':
        return this.page(this.comments, query, template);
      case 'get /repos/{owner}/{repo}/issues/{issue_number}/comments':
        return this.page(this.issueComments, query, template);
      case 'post /repos/{owner}/{repo}/pulls/{pull_number}/reviews':
        return this.createReview(body, me);
      case 'post /repos/{owner}/{repo}/pulls/{pull_number}/comments': {
        const problem = this.placeProblem(body, body.commit_id);
        if (problem)
          return { status: 422, body: { message: 'Validation Failed', errors: [problem] }, violation: problem };
        const c = this.reviewComment(me, body, null);
        this.comments.push(c);
        return { status: 201, body: c };
      }
      case 'post /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const c = this.issueComment(me, body.body);
        this.issueComments.push(c);
        return { status: 201, body: c };
      }
      case 'patch /repos/{owner}/{repo}/pulls/comments/{comment_id}':
      case 'delete /repos/{owner}/{repo}/pulls/comments/{comment_id}':
        return this.change(this.comments, n, method, body, me);
      case 'patch /repos/{owner}/{repo}/issues/comments/{comment_id}':
      case 'delete /repos/{owner}/{repo}/issues/comments/{comment_id}':
        return this.change(this.issueComments, n, method, body, me);
    }
    return { status: 404, body: { message: 'Not Found' }, violation: `unexpected ${method} ${template}` };
  }

  private createReview(body: Json, me: ReviewComment['user']): Answer {
    const commit = body.commit_id ?? this.head;
    if ((body.event === 'COMMENT' || body.event === 'REQUEST_CHANGES') && !body.body)
      return { status: 422, body: { message: 'Validation Failed' }, violation: 'a COMMENT review needs a body' };
    const comments = (body.comments ?? []) as Json[];
    // One bad comment fails the whole review, as on GitHub.
    for (const c of comments) {
      const problem = this.placeProblem(c, commit);
      if (problem)
        return { status: 422, body: { message: 'Unprocessable Entity', errors: [problem] }, violation: problem };
      if (typeof c.body === 'string' && c.body.length > MAX_BODY)
        return {
          status: 422,
          body: { message: 'Validation Failed' },
          violation: `review comment body longer than ${MAX_BODY}`,
        };
    }
    const id = this.nextId++;
    const review = {
      id,
      user: me,
      body: body.body ?? '',
      state: body.event === 'COMMENT' ? 'COMMENTED' : 'PENDING',
      commit_id: commit,
      html_url: this.url('pullrequestreview-', id),
    };
    this.reviews.push(review);
    for (const c of comments) this.comments.push(this.reviewComment(me, { ...c, commit_id: commit }, id));
    return { status: 200, body: review };
  }

  private change<T extends { id: number; user: { login: string }; body: string; updated_at: string }>(
    list: T[],
    id: number,
    method: string,
    body: Json,
    me: { login: string },
  ): Answer {
    const i = list.findIndex((c) => c.id === id);
    // Deleting what is gone happens when two runs race, and GitHub answers 404; editing it is a bug.
    if (i < 0)
      return {
        status: 404,
        body: { message: 'Not Found' },
        ...(method === 'delete' ? {} : { violation: `${method} of comment ${id}, which does not exist` }),
      };
    if (list[i]!.user.login !== me.login)
      return {
        status: 403,
        body: { message: 'Resource not accessible by integration' },
        violation: `${method} of comment ${id} by ${list[i]!.user.login}, not by ${me.login}`,
      };
    if (method === 'delete') {
      list.splice(i, 1);
      return { status: 204 };
    }
    list[i]!.body = body.body;
    list[i]!.updated_at = new Date().toISOString();
    return { status: 200, body: list[i] };
  }

  /** GitHub's pagination: `per_page` (30 by default, at most 100), `page`, and a Link header to the next and last. */
  private page(items: unknown[], query: URLSearchParams, template: string): Answer {
    const perPage = Number(query.get('per_page') ?? 30);
    // GitHub reads a page below 1 as the first one.
    const page = Math.max(1, Math.trunc(Number(query.get('page') ?? 1)) || 1);
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100)
      return {
        status: 422,
        body: { message: 'per_page must be 1-100' },
        violation: `${template}: per_page ${perPage}`,
      };
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const path = template
      .replace('{owner}', this.owner)
      .replace('{repo}', this.repo)
      .replace(/\{(pull|issue)_number\}/, String(this.number));
    const link = (p: number, rel: string) => `<${this.base}${path}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
    const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : [];
    return { status: 200, body: slice, headers: links.length ? { link: links.join(', ') } : {} };
  }

  /** The stand-in's own URL, for Link headers. */
  base = '';
  /** With 2 or more: creating writes wait until that many arrived (two runs racing). */
  racers = 0;
}
