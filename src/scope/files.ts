// The files a scan covers, listed without reading them: git's own list when the tree is a repository (so
// .gitignore applies), a directory walk otherwise; then vendored and generated defaults, include and exclude.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '../git/run.js';
import { inScope, matchesGlob } from '../util/glob.js';
import { bulkReason } from './bulk.js';

/** Lock files, and the backup copies editors and merges leave of them. */
const LOCK_FILES = [
  'package-lock.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'Cargo.lock',
  'go.sum',
  'poetry.lock',
  'composer.lock',
];

export interface ScopeFile {
  /** Relative to the scanned directory, forward slashes. */
  path: string;
  size: number;
}

/** Vendored, generated and lock files nobody wants reviewed by default, each with what it is. */
const DEFAULTS: { pattern: string; reason: string }[] = [
  { pattern: '.git/', reason: 'version control' },
  ...['node_modules/', 'bower_components/', 'vendor/', 'third_party/'].map((p) => ({ pattern: p, reason: 'vendored' })),
  ...['*.min.js', '*.min.css'].map((p) => ({ pattern: p, reason: 'minified' })),
  { pattern: '*.map', reason: 'source map' },
  ...LOCK_FILES.flatMap((p) => [p, `${p}.bak`, `${p}.orig`].map((q) => ({ pattern: q, reason: 'lock file' }))),
  ...['*.pb.go', '*_pb2.py', '*.generated.*'].map((p) => ({ pattern: p, reason: 'generated' })),
];

/** The default excludes' patterns (also named in the review prompt). */
export const DEFAULT_EXCLUDES = DEFAULTS.map((d) => d.pattern);

/** Why a path is left out by default, or undefined. */
export function defaultReason(path: string): string | undefined {
  return DEFAULTS.find((d) => matchesGlob(path, d.pattern))?.reason;
}

/** Why a directory is left out whole, or undefined: a directory pattern names what lies in it. */
function excludedDirectory(dir: string): string | undefined {
  return DEFAULTS.find((d) => d.pattern.endsWith('/') && matchesGlob(`${dir}/-`, d.pattern))?.reason;
}

/** A file or directory the scan leaves out without being told to, and why. */
export interface LeftOut {
  path: string;
  reason: string;
}

export interface ScopeListing {
  files: ScopeFile[];
  source: 'git' | 'walk';
  excludedByDefaults: number;
  excludedByPatterns: number;
  /** What the defaults left out, with the reason (a pruned directory is one entry). */
  leftOutByDefault: LeftOut[];
}

function gitFiles(root: string): Promise<string[] | undefined> {
  return git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).then(
    (stdout) => stdout.split('\0').filter(Boolean),
    () => undefined,
  );
}

// Synchronous on purpose: one stat after another through the thread pool is several times slower for 200,000
// files, and nothing else runs while the scope is planned.
function* walk(root: string, rel = ''): Generator<string | { path: string; pruned: string }> {
  for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      // Pruned here so a huge node_modules is never even listed.
      const pruned = excludedDirectory(path);
      if (pruned) yield { path: `${path}/`, pruned };
      else yield* walk(root, path);
    } else if (entry.isFile()) yield path;
  }
}

/** At most this many left-out paths are listed; the count covers them all. */
export const MAX_LISTED_LEFT_OUT = 1_000;

/** A file under a default-excluded directory is listed as that directory, once. */
function leftOutEntry(path: string): LeftOut | undefined {
  const reason = defaultReason(path);
  if (!reason) return undefined;
  const segments = path.split('/');
  for (let i = 1; i < segments.length; i++) {
    const dir = segments.slice(0, i).join('/');
    const pruned = excludedDirectory(dir);
    if (pruned) return { path: `${dir}/`, reason: pruned };
  }
  return { path, reason };
}

class Listing {
  readonly files: ScopeFile[] = [];
  readonly leftOut = new Map<string, string>();
  excludedByDefaults = 0;
  excludedByPatterns = 0;

  leaveOut(entry: LeftOut): void {
    this.excludedByDefaults += 1;
    if (this.leftOut.size < MAX_LISTED_LEFT_OUT) this.leftOut.set(entry.path, entry.reason);
  }

  consider(root: string, path: string, include: readonly string[], exclude: readonly string[]): void {
    const byDefault = leftOutEntry(path);
    if (byDefault) return this.leaveOut(byDefault);
    if (!inScope(path, include, exclude)) {
      this.excludedByPatterns += 1;
      return;
    }
    let size: number;
    try {
      const st = lstatSync(join(root, path));
      if (!st.isFile()) return;
      size = st.size;
    } catch {
      // Listed by git but deleted in the work tree.
      return;
    }
    const bulk = bulkReason(join(root, path), size);
    if (bulk) this.leaveOut({ path, reason: bulk });
    else this.files.push({ path, size });
  }
}

export async function listScope(
  root: string,
  include: readonly string[],
  exclude: readonly string[],
): Promise<ScopeListing> {
  const fromGit = existsSync(join(root, '.git')) ? await gitFiles(root) : undefined;
  const l = new Listing();
  if (fromGit) for (const path of fromGit) l.consider(root, path, include, exclude);
  else {
    for (const entry of walk(root)) {
      if (typeof entry === 'string') l.consider(root, entry, include, exclude);
      else l.leaveOut({ path: entry.path, reason: entry.pruned });
    }
  }
  const leftOutByDefault = [...l.leftOut].map(([path, reason]) => ({ path, reason }));
  const { files, excludedByDefaults, excludedByPatterns } = l;
  return { files, source: fromGit ? 'git' : 'walk', excludedByDefaults, excludedByPatterns, leftOutByDefault };
}
