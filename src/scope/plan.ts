// What this scan reviews, when it is not simply "the whole tree": one shard of the files in scope, the changes of a
// pull request, or a shard of those changes. Codex gets the list as a file it reads, so a scope of any size fits.
import { lstatSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../util/errors.js';
import { git } from '../git/run.js';
import type { ScanTarget } from './target.js';
import { inScope, matchesGlob } from '../util/glob.js';
import { planDiff, relativeTo, type ChangedFile, type DiffPlan, type LineRange } from './diff.js';
import { DEFAULT_EXCLUDES, listScope, type LeftOut, type ScopeFile } from './files.js';
import { changeRange, type PullRequestCheckout } from './pull-request.js';
import { filesOfShard } from './shard.js';

/** Codex is asked about at most this many changed files; the rest are listed as left out. */
export const MAX_DIFF_FILES = 5000;
/** Changed files larger than this are not reviewed (generated or data files, mostly). */
export const MAX_DIFF_FILE_BYTES = 2 * 1024 * 1024;

export interface ScopePlan {
  /** For the prompt and the report: "shard 2/4", "changes since 1a2b3c4", … */
  label: string;
  shard?: string;
  /** Files Codex is asked to review, relative to the scanned directory. */
  paths: Set<string>;
  files: ScopeFile[];
  /** Diff scope: the changed lines of each file. */
  changed?: Map<string, LineRange[]>;
  bytes: number;
  /** What could not be put in scope, and why (deleted, binary, too large, over the limit). */
  leftOut: { path: string; reason: string }[];
  /** The list file's lines: a path, or a path, a tab and its changed ranges. */
  lines: string[];
  listing: {
    source: string;
    files: number;
    excludedByDefaults: number;
    excludedByPatterns: number;
    /** A tree's listing (not a diff's): what the defaults left out, with the reason. */
    leftOutByDefault?: LeftOut[];
  };
}

const fmt = (r: LineRange[]) => r.map((x) => `${x.start}-${x.end}`).join(',');

/** Why a changed entry cannot be reviewed, or undefined when it can: only regular files reach Codex. */
function notReviewable(f: ChangedFile, scanRoot: string): string | undefined {
  if (f.kind === 'symlink') return 'symbolic link';
  if (f.kind === 'submodule') return 'submodule';
  if (f.kind !== 'file') return 'not a regular file';
  if (f.binary) return 'binary';
  if (f.ranges.length === 0) return `${f.status} without changed lines`;
  let st;
  try {
    st = lstatSync(join(scanRoot, f.path));
  } catch {
    return 'not in the checkout';
  }
  if (!st.isFile()) return st.isSymbolicLink() ? 'symbolic link' : 'not a regular file';
  if (st.size > MAX_DIFF_FILE_BYTES) return `larger than ${MAX_DIFF_FILE_BYTES} bytes`;
  return undefined;
}

/** GitHub's comparison covers the repository; the scan covers its directory. */
function narrowed(plan: DiffPlan, prefix: string): DiffPlan {
  const inside = (p: string) => !prefix || p.startsWith(`${prefix}/`);
  const strip = relativeTo(prefix);
  return {
    range: plan.range,
    files: plan.files
      .filter((f) => inside(f.path))
      .map((f) => ({ ...f, path: strip(f.path), previousPath: f.previousPath && strip(f.previousPath) })),
    deleted: plan.deleted.filter(inside).map(strip),
  };
}

async function changeOf(
  target: ScanTarget,
  base: string,
  pr: PullRequestCheckout | undefined,
  prefix: string,
): Promise<DiffPlan> {
  if (pr?.github) return narrowed(pr.github.plan, prefix);
  if (pr) return planDiff(target.repoRoot, prefix, changeRange(pr));
  try {
    await git(target.repoRoot, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  } catch {
    throw new ConfigurationError(
      `The diff base ${base} is not in this checkout. ` +
        `Fetch it (actions/checkout with fetch-depth: 0, or fetch the branch), or set scope: full.`,
    );
  }
  return planDiff(target.repoRoot, prefix, { from: base });
}

async function diffFiles(target: ScanTarget, base: string, pr: PullRequestCheckout | undefined) {
  const prefix = target.prefix;
  const plan = await changeOf(target, base, pr, prefix);
  const files: ScopeFile[] = [];
  const changed = new Map<string, LineRange[]>();
  const leftOut = plan.deleted.map((path) => ({ path, reason: 'deleted' }));
  let excludedByDefaults = 0;
  let excludedByPatterns = 0;
  for (const f of plan.files) {
    if (DEFAULT_EXCLUDES.some((p) => matchesGlob(f.path, p))) excludedByDefaults += 1;
    else if (!inScope(f.path, target.include, target.exclude)) excludedByPatterns += 1;
    else {
      const why = notReviewable(f, target.scanRoot);
      if (why) leftOut.push({ path: f.path, reason: why });
      else {
        files.push({ path: f.path, size: lstatSync(join(target.scanRoot, f.path)).size });
        changed.set(f.path, f.ranges);
      }
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  for (const f of files.splice(MAX_DIFF_FILES))
    leftOut.push({ path: f.path, reason: `beyond the first ${MAX_DIFF_FILES} changed files` });
  const source = pr?.github ? `GitHub's comparison ${plan.range}` : `git diff ${plan.range}`;
  return {
    files,
    changed,
    leftOut,
    listing: { source, files: plan.files.length + plan.deleted.length, excludedByDefaults, excludedByPatterns },
  };
}

export async function planScope(target: ScanTarget): Promise<ScopePlan | undefined> {
  const diffBase = target.scope.mode === 'diff' ? target.scope.base : undefined;
  if (!target.shard && !diffBase) return undefined;
  let files: ScopeFile[];
  let changed: Map<string, LineRange[]> | undefined;
  let leftOut: ScopePlan['leftOut'] = [];
  let listing: ScopePlan['listing'];
  if (diffBase) {
    const pr = target.scope.mode === 'diff' ? target.scope.pullRequest : undefined;
    ({ files, changed, leftOut, listing } = await diffFiles(target, diffBase, pr));
  } else {
    const l = await listScope(target.scanRoot, target.include, target.exclude);
    files = l.files;
    listing = {
      source: l.source,
      files: l.files.length,
      excludedByDefaults: l.excludedByDefaults,
      excludedByPatterns: l.excludedByPatterns,
      leftOutByDefault: l.leftOutByDefault,
    };
  }
  const shard = target.shard ? `${target.shard.index}/${target.shard.total}` : undefined;
  const mine = target.shard ? filesOfShard(files, target.shard) : files;
  const pull = target.scope.mode === 'diff' ? target.scope.pullRequest : undefined;
  const change = pull ? `pull request #${pull.number}` : diffBase && `changes since ${diffBase.slice(0, 12)}`;
  const labels = [shard && `shard ${shard}`, change].filter(Boolean);
  return {
    label: labels.join(' of the '),
    shard,
    paths: new Set(mine.map((f) => f.path)),
    files: mine,
    changed,
    bytes: mine.reduce((s, f) => s + f.size, 0),
    leftOut,
    lines: mine.map((f) => (changed ? `${f.path}\t${fmt(changed.get(f.path)!)}` : f.path)),
    listing,
  };
}

export function writeScopeList(plan: ScopePlan, file: string): void {
  writeFileSync(file, plan.lines.join('\n') + (plan.lines.length ? '\n' : ''));
}

/**
 * The files this scan is to review (the plan's, or every file of the tree that include and exclude let in), and
 * what the defaults left out of the tree, with the reason.
 */
export async function filesInScope(
  target: ScanTarget,
  plan: ScopePlan | undefined,
): Promise<{ files: ScopeFile[]; leftOutByDefault: { count: number; items: LeftOut[] } }> {
  const leftOut = (l: { excludedByDefaults: number; leftOutByDefault?: LeftOut[] }) => ({
    count: l.excludedByDefaults,
    items: l.leftOutByDefault ?? [],
  });
  if (plan) return { files: plan.files, leftOutByDefault: leftOut(plan.listing) };
  const l = await listScope(target.scanRoot, target.include, target.exclude);
  return { files: l.files, leftOutByDefault: leftOut(l) };
}

/** Why the scope holds no file Codex could review (so it is not started), or undefined when it holds some. */
export function emptyScopeReason(
  target: ScanTarget,
  plan: ScopePlan | undefined,
  files: readonly ScopeFile[],
): string | undefined {
  if (files.length > 0) return undefined;
  if (plan) {
    const leftOut = plan.leftOut.length
      ? `; left out: ${[...new Set(plan.leftOut.map((l) => l.reason))].join(', ')} (${plan.leftOut.length} files)`
      : '';
    if (plan.shard) return `${plan.label} has no files${leftOut}.`;
    return `the change holds no file to review${leftOut}.`;
  }
  return target.include.length
    ? `no file in ${target.scanRoot} matches include (${target.include.join(', ')}).`
    : `${target.scanRoot} holds no file to review.`;
}

/** The part of a change's plan that `review` names (paths relative to the scanned directory, with their lines). */
export function partOfPlan(plan: ScopePlan, review: ReadonlyMap<string, LineRange[]>, label: string): ScopePlan {
  const files = plan.files.filter((f) => review.has(f.path));
  const changed = new Map(files.map((f) => [f.path, review.get(f.path)!]));
  return {
    ...plan,
    label,
    paths: new Set(files.map((f) => f.path)),
    files,
    changed,
    bytes: files.reduce((s, f) => s + f.size, 0),
    lines: files.map((f) => `${f.path}\t${fmt(changed.get(f.path)!)}`),
  };
}
