// The code scanning category of a scan (runAutomationDetails.id). Code scanning keeps one latest analysis per tool,
// category and ref, and shows every alert missing from it as fixed. So the category says what an analysis covers:
// two analyses share one only when either may stand in for the other on the same ref.
import { createHash } from 'node:crypto';

const CATEGORY_ROOT = 'vega-codex';

export interface CategoryInput {
  /** The sarif-category input; when set, it is used as given. */
  explicit?: string;
  /** The scanned directory relative to the repository root, forward slashes; '' for the root. */
  scanLabel: string;
  shard?: { index: number; total: number };
  scope: { mode: string; base?: string };
  /**
   * The analysis belongs to a pull request (its upload goes to refs/pull/N/…). Code scanning compares it with the
   * base branch's analysis of the same category and it never closes the base branch's alerts, so a review of only
   * the changes keeps the full scan's category, as CodeQL's diff-informed pull-request analyses do.
   */
  pullRequest: boolean;
  include: readonly string[];
  exclude: readonly string[];
}

/** The category, ending with '/' (code scanning reads everything before the last '/' as the category). */
export function sarifCategory(input: CategoryInput): string {
  const explicit = input.explicit?.trim();
  if (explicit) return explicit.endsWith('/') ? explicit : `${explicit}/`;
  const parts = [CATEGORY_ROOT];
  if (input.scanLabel) parts.push(input.scanLabel);
  const partial = partialSegment(input);
  if (partial) parts.push(partial);
  // Each shard is its own analysis; together they cover the tree once.
  if (input.shard) parts.push(`shard-${input.shard.index}-of-${input.shard.total}`);
  return `${parts.join('/')}/`;
}

/**
 * What makes this analysis cover less than the full scan, as one segment: its kinds and a short hash of what they
 * are. Same settings, same segment on every run; never a commit, which would make a new category per run and leave
 * the old ones behind as stale configurations.
 */
function partialSegment(input: CategoryInput): string | undefined {
  const kinds: string[] = [];
  const identity: Record<string, unknown> = {};
  // A diff on a branch: uploaded under the full category, it would replace the full scan and close every alert
  // outside the changes.
  if (input.scope.mode === 'diff' && !input.pullRequest) {
    kinds.push('diff');
    identity.diff = baseKind(input.scope.base ?? '');
  }
  // Filters are part of the category on every event, so that a pull request and its base branch scanned with the
  // same patterns still share one and can be compared.
  const include = patterns(input.include);
  const exclude = patterns(input.exclude);
  if (include.length || exclude.length) {
    kinds.push('filtered');
    identity.include = include;
    identity.exclude = exclude;
  }
  if (kinds.length === 0) return undefined;
  const hash = createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 8);
  return `${kinds.join('-')}-${hash}`;
}

/** A commit (a push's `before`, a fixed sha) counts as "a commit"; a branch, tag or HEAD~1 by its name. */
function baseKind(base: string): string {
  const b = base.trim();
  return /^[0-9a-f]{7,64}$/i.test(b) ? 'commit' : b;
}

/** Order and repetition do not change what a pattern list selects. */
function patterns(list: readonly string[]): string[] {
  return [...new Set(list.map((p) => p.trim()).filter(Boolean))].sort();
}
