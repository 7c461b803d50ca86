// What to write on a pull request so that its comments converge on the findings at its head: pure, from the
// findings, where each may be commented on, and the action's own earlier comments. Run twice on the same input, the
// second plan is empty; every write is keyed by a finding's marker. A run comments on at most MAX_REVIEW_COMMENTS
// findings, the most severe first: a review of thousands of comments buries the ones that matter, and an answer
// may be that long.
import type { Finding } from '../../findings/finding.js';
import { compareFindings } from '../../sarif/sarif.js';
import { contentOf, findingBody, findingContent, withoutSuggestion, type StatusNote } from './bodies.js';
import type { Anchor } from './diff-lines.js';
import type { CommentState, FindingMarker } from './markers.js';

export interface OwnComment {
  id: number;
  marker: FindingMarker;
  body: string;
  url: string;
}

export interface ConvergeInput {
  key: string;
  head: string;
  /** Every finding the scan kept; those without an anchor lie outside the diff and get no new comment. */
  findings: { finding: Finding; anchor?: Anchor }[];
  own: OwnComment[];
  /** Whether a comment on this path whose finding is gone may be marked so: the scan completed and covered it. */
  resolvable: (path: string) => boolean;
  /** Findings verification refuted at this head: fingerprint, rule, path, line and the verifier's reason. */
  refuted: { fingerprint: string; ruleId: string; file: string; startLine: number; reason: string }[];
}

export interface CommentPlan {
  create: { finding: Finding; anchor: Anchor; body: string }[];
  edit: { id: number; body: string; state: CommentState }[];
  /** Later copies of one finding's comment (two runs raced): removed, the oldest stays. */
  duplicates: number[];
  /** Fingerprint → the comment that already stands for it. */
  matched: Map<string, OwnComment>;
  /** Findings on changed lines left without a comment: the limit's worth of findings before them have one. */
  overLimit: Finding[];
}

/** The most findings a pull request's comments speak for in one run; the rest are listed in the summary comment. */
export const MAX_REVIEW_COMMENTS = 50;

/** A finding moved by a few lines (a rebase, another pass's wording of it) is still the same finding. */
export const NEAR_LINES = 5;

type Located = { ruleId: string; path: string; line: number };
const near = (a: Located, b: Located) =>
  a.ruleId === b.ruleId && a.path === b.path && Math.abs(a.line - b.line) <= NEAR_LINES;

/** The oldest comment of each fingerprint, and the ids of the later copies. */
export function canonical(own: readonly OwnComment[]): { comments: OwnComment[]; duplicates: number[] } {
  const seen = new Set<string>();
  const comments: OwnComment[] = [];
  const duplicates: number[] = [];
  for (const c of [...own].sort((a, b) => a.id - b.id)) {
    if (seen.has(c.marker.fingerprint)) duplicates.push(c.id);
    else {
      seen.add(c.marker.fingerprint);
      comments.push(c);
    }
  }
  return { comments, duplicates };
}

function markerOf(f: Finding, key: string, state: CommentState, sha: string): FindingMarker {
  return { key, fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.file, line: f.startLine, state, sha };
}

/**
 * Each finding's earlier comment: the one with its fingerprint, else (once every fingerprint has claimed its own) the
 * nearest comment of its rule a few lines away. The most severe finding claims first.
 */
function claimComments(
  findings: readonly Finding[],
  comments: readonly OwnComment[],
): { matched: Map<Finding, OwnComment>; free: Set<OwnComment> } {
  const free = new Set(comments);
  const matched = new Map<Finding, OwnComment>();
  const take = (f: Finding, c: OwnComment | undefined) => {
    if (!c) return;
    matched.set(f, c);
    free.delete(c);
  };
  for (const f of findings)
    take(
      f,
      [...free].find((c) => c.marker.fingerprint === f.fingerprint),
    );
  for (const f of findings) {
    if (matched.has(f)) continue;
    const here = { ruleId: f.ruleId, path: f.file, line: f.startLine };
    take(
      f,
      [...free]
        .filter((c) => near(c.marker, here))
        .sort((a, b) => Math.abs(a.marker.line - f.startLine) - Math.abs(b.marker.line - f.startLine))[0],
    );
  }
  return { matched, free };
}

export function planComments(input: ConvergeInput, limit = MAX_REVIEW_COMMENTS): CommentPlan {
  const { comments, duplicates } = canonical(input.own);
  const plan: CommentPlan = { create: [], edit: [], duplicates, matched: new Map(), overLimit: [] };
  const placed = [...input.findings].sort((a, b) => compareFindings(a.finding, b.finding));
  const { matched, free } = claimComments(
    placed.map((p) => p.finding),
    comments,
  );
  // A finding that has a comment keeps it, past the limit too: it is neither posted again nor marked fixed.
  let spoken = 0;
  for (const { finding: f, anchor } of placed) {
    const comment = matched.get(f);
    if (comment) {
      spoken++;
      plan.matched.set(f.fingerprint, comment);
      if (comment.marker.state !== 'open') {
        const note: StatusNote = { kind: 'again', sha: input.head, since: comment.marker.sha };
        plan.edit.push({
          id: comment.id,
          state: 'open',
          body: findingBody(findingContent(f, false), markerOf(f, input.key, 'open', input.head), note),
        });
      }
    } else if (anchor && spoken < limit) {
      spoken++;
      plan.create.push({
        finding: f,
        anchor,
        body: findingBody(findingContent(f, anchor.suggestion), markerOf(f, input.key, 'open', input.head)),
      });
    } else if (anchor) plan.overLimit.push(f);
  }

  for (const c of free) {
    if (c.marker.state !== 'open' || !input.resolvable(c.marker.path)) continue;
    const refuted =
      input.refuted.find((r) => r.fingerprint === c.marker.fingerprint) ??
      input.refuted.find((r) => near(c.marker, { ruleId: r.ruleId, path: r.file, line: r.startLine }));
    const state: CommentState = refuted ? 'dropped' : 'fixed';
    const note: StatusNote = refuted
      ? { kind: 'dropped', sha: input.head, reason: refuted.reason }
      : { kind: 'fixed', sha: input.head };
    plan.edit.push({
      id: c.id,
      state,
      body: findingBody(withoutSuggestion(contentOf(c.body)), { ...c.marker, state, sha: input.head }, note),
    });
  }
  return plan;
}
