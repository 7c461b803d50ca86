// The files a scan covers, listed without reading them: git's own list when the tree is a repository (so
// .gitignore applies), a directory walk otherwise; then vendored and generated defaults, include and exclude.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '../git/run.js';
import { inScope, matchesGlob } from '../util/glob.js';

export interface ScopeFile {
  /** Relative to the scanned directory, forward slashes. */
  path: string;
  size: number;
}

/** Vendored, generated and lock files nobody wants reviewed by default. */
export const DEFAULT_EXCLUDES = [
  '.git/',
  'node_modules/',
  'bower_components/',
  'vendor/',
  'third_party/',
  '*.min.js',
  '*.min.css',
  '*.map',
  'package-lock.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'Cargo.lock',
  'go.sum',
  '*.pb.go',
  '*_pb2.py',
  '*.generated.*',
];

export interface ScopeListing {
  files: ScopeFile[];
  source: 'git' | 'walk';
  excludedByDefaults: number;
  excludedByPatterns: number;
}

function gitFiles(root: string): Promise<string[] | undefined> {
  return git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).then(
    (stdout) => stdout.split('\0').filter(Boolean),
    () => undefined,
  );
}

// Synchronous on purpose: one stat after another through the thread pool is several times slower for 200,000
// files, and nothing else runs while the scope is planned.
function* walk(root: string, rel = ''): Generator<string> {
  for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      // Pruned here so a huge node_modules is never even listed.
      if (DEFAULT_EXCLUDES.some((p) => p.endsWith('/') && matchesGlob(`${path}/`, p))) continue;
      yield* walk(root, path);
    } else if (entry.isFile()) yield path;
  }
}

export async function listScope(
  root: string,
  include: readonly string[],
  exclude: readonly string[],
): Promise<ScopeListing> {
  const fromGit = existsSync(join(root, '.git')) ? await gitFiles(root) : undefined;
  const out: ScopeFile[] = [];
  let excludedByDefaults = 0;
  let excludedByPatterns = 0;
  const consider = (path: string) => {
    if (DEFAULT_EXCLUDES.some((p) => matchesGlob(path, p))) {
      excludedByDefaults += 1;
      return;
    }
    if (!inScope(path, include, exclude)) {
      excludedByPatterns += 1;
      return;
    }
    try {
      const st = lstatSync(join(root, path));
      if (st.isFile()) out.push({ path, size: st.size });
    } catch {
      // Listed by git but deleted in the work tree.
    }
  };
  if (fromGit) for (const path of fromGit) consider(path);
  else for (const path of walk(root)) consider(path);
  return { files: out, source: fromGit ? 'git' : 'walk', excludedByDefaults, excludedByPatterns };
}
