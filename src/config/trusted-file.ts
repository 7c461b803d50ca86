// Files that steer the review (context-file, prompt-file) come from someone the repository trusts: they are files of
// the repository, since whatever they hold goes to the model (a path out of it, or a link out of it, is refused). On
// a pull request the checkout is the head, written by whoever opened it, so they are read from the base commit
// instead: a pull request can propose a new threat model, but not review itself under it.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError } from '../util/errors.js';
import { gitSync as git } from '../git/run.js';
import { scanPrefix, within } from '../util/paths.js';
import { shown } from './input-values.js';

export interface TrustedFile {
  /** Relative to the repository root (absolute for a file outside it). */
  path: string;
  text: string;
  bytes: number;
  /** base: the pull request's base commit; checkout: the working tree (any other event). */
  source: 'base' | 'checkout';
  revision?: string;
  /** On a pull request: whether its head has another version of the file (which was not used). */
  changedByPullRequest: boolean;
}

/** The path relative to the repository root, or undefined for a file outside it (which no pull request wrote). */
function repoPath(file: string, repoRoot: string): string | undefined {
  return within(repoRoot, file) ? scanPrefix({ repoRoot, scanRoot: file }) : undefined;
}

function checkSize(name: string, input: string, bytes: number, maxBytes: number): void {
  if (bytes > maxBytes) {
    throw new ConfigurationError(
      `Input ${name}: ${input} is ${bytes} bytes, more than the ${maxBytes} allowed. ` +
        `Keep it to what a reviewer needs (threat model, scope, known-safe patterns).`,
    );
  }
}

export interface TrustedFileOptions {
  name: string;
  input: string;
  repoRoot: string;
  cwd: string;
  base?: string;
  maxBytes: number;
  /** The CLI: the person at the terminal names the file, which may lie anywhere. */
  anywhere?: boolean;
}

function outside(o: TrustedFileOptions, why: string): ConfigurationError {
  return new ConfigurationError(
    `Input ${o.name}: ${shown(o.input)} ${why}; it must be a file of the repository (${o.repoRoot}), ` +
      `since what it holds goes to the model as trusted instructions.`,
  );
}

/** The file in the checkout, which must stay in the repository once its links are followed. */
function readCheckout(o: TrustedFileOptions, file: string, path: string | undefined): TrustedFile {
  if (!existsSync(file) || !statSync(file).isFile())
    throw new ConfigurationError(`Input ${o.name}: ${shown(o.input)} does not exist (resolved to ${shown(file)}).`);
  const real = realpathSync(file);
  if (!o.anywhere && repoPath(real, o.repoRoot) === undefined)
    throw outside(o, `is a link out of the repository, to ${shown(real)}`);
  const bytes = statSync(real).size;
  checkSize(o.name, o.input, bytes, o.maxBytes);
  return {
    path: path ?? file,
    text: readFileSync(real, 'utf8'),
    bytes,
    source: 'checkout',
    changedByPullRequest: false,
  };
}

/** Reads a steering file from the pull request's base commit when there is one, else from the checkout. */
export function readTrustedFile(o: TrustedFileOptions): TrustedFile {
  const file = resolve(o.cwd, o.input);
  const path = repoPath(file, o.repoRoot);
  if (path === undefined && !o.anywhere) throw outside(o, 'is outside the repository');
  if (!o.base || path === undefined) return readCheckout(o, file, path);
  const short = o.base.slice(0, 12);
  if (git(o.repoRoot, ['cat-file', '-e', `${o.base}^{commit}`]) === undefined) {
    throw new ConfigurationError(
      `Input ${o.name}: the pull request's base commit ${short} is not in the checkout, ` +
        `and ${shown(o.input)} is read from there. Use actions/checkout with fetch-depth: 0.`,
    );
  }
  // `<mode> <type> <object>\t<path>`: a regular file is a blob of mode 100644 or 100755; a link's blob is its target.
  const entry = /^(\d+) (\w+) ([0-9a-f]+)\t/.exec(
    git(o.repoRoot, ['--literal-pathspecs', 'ls-tree', '--full-tree', o.base, '--', path]) ?? '',
  );
  if (!entry) {
    throw new ConfigurationError(
      `Input ${o.name}: ${shown(path)} does not exist in the pull request's base commit ${short}. ` +
        `On a pull request it is read from the base, so that the change under review cannot rewrite it; ` +
        `merge it first, or leave ${o.name} empty.`,
    );
  }
  if (entry[2] !== 'blob' || !entry[1]!.startsWith('100'))
    throw outside(o, `is not a regular file in the base commit ${short} (git mode ${entry[1]})`);
  const blob = entry[3]!;
  const bytes = Number(git(o.repoRoot, ['cat-file', '-s', blob])?.trim());
  checkSize(o.name, o.input, bytes, o.maxBytes);
  const text = git(o.repoRoot, ['cat-file', 'blob', blob]) ?? '';
  const head = git(o.repoRoot, ['rev-parse', '--verify', '--quiet', `HEAD:${path}`])?.trim();
  return { path, text, bytes, source: 'base', revision: o.base, changedByPullRequest: head !== blob };
}
