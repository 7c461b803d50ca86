// Files that steer the review (context-file, prompt-file) come from someone the repository trusts. On a pull request
// the checkout is the head, written by whoever opened it, so they are read from the base commit instead: a pull
// request can propose a new threat model, but not review itself under it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';

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

function git(repoRoot: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', repoRoot, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** The path relative to the repository root, or undefined for a file outside it (which no pull request wrote). */
function repoPath(file: string, repoRoot: string): string | undefined {
  const rel = relative(repoRoot, file).split('\\').join('/');
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel;
}

function checkSize(name: string, input: string, bytes: number, maxBytes: number): void {
  if (bytes > maxBytes) {
    throw new ConfigurationError(`Input ${name}: ${input} is ${bytes} bytes, more than the ${maxBytes} allowed. Keep it to what a reviewer needs (threat model, scope, known-safe patterns).`);
  }
}

/** Reads a steering file from the pull request's base commit when there is one, else from the checkout. */
export function readTrustedFile(o: { name: string; input: string; repoRoot: string; cwd: string; base?: string; maxBytes: number }): TrustedFile {
  const file = resolve(o.cwd, o.input);
  const path = repoPath(file, o.repoRoot);
  if (!o.base || path === undefined) {
    if (!existsSync(file) || !statSync(file).isFile()) throw new ConfigurationError(`Input ${o.name}: ${o.input} does not exist (resolved to ${file}).`);
    const bytes = statSync(file).size;
    checkSize(o.name, o.input, bytes, o.maxBytes);
    return { path: path ?? file, text: readFileSync(file, 'utf8'), bytes, source: 'checkout', changedByPullRequest: false };
  }
  const short = o.base.slice(0, 12);
  if (git(o.repoRoot, ['cat-file', '-e', `${o.base}^{commit}`]) === undefined) {
    throw new ConfigurationError(`Input ${o.name}: the pull request's base commit ${short} is not in the checkout, and ${o.input} is read from there. Use actions/checkout with fetch-depth: 0.`);
  }
  const blob = git(o.repoRoot, ['rev-parse', '--verify', '--quiet', `${o.base}:${path}`])?.trim();
  if (!blob) {
    throw new ConfigurationError(
      `Input ${o.name}: ${path} does not exist in the pull request's base commit ${short}. On a pull request it is read from the base, so that the change under review cannot rewrite it; merge it first, or leave ${o.name} empty.`,
    );
  }
  const bytes = Number(git(o.repoRoot, ['cat-file', '-s', blob])?.trim());
  checkSize(o.name, o.input, bytes, o.maxBytes);
  const text = git(o.repoRoot, ['cat-file', 'blob', blob]) ?? '';
  const head = git(o.repoRoot, ['rev-parse', '--verify', '--quiet', `HEAD:${path}`])?.trim();
  return { path, text, bytes, source: 'base', revision: o.base, changedByPullRequest: head !== blob };
}
