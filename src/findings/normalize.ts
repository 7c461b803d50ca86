// Places each finding in the repository: a repo-relative path with forward slashes to a regular file inside the
// scanned tree, lines clamped to the file, duplicates merged, fingerprints attached. Whatever is dropped or changed
// is said, with the reason, for the report.
import { isUtf8 } from 'node:buffer';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { DEFAULT_EXCLUDES } from '../scope/files.js';
import { inScope, matchesGlob } from '../util/glob.js';
import type { RawFinding } from './schema.js';
import { findingHash, lineHashes } from './fingerprint.js';
import { severityRank } from './severity.js';
import { checkFix } from './fix.js';
import type { DroppedFinding, DroppedFix, Finding } from './finding.js';
import { within } from '../util/paths.js';

export interface PlaceContext {
  /** Absolute directory Codex reviewed. */
  scanRoot: string;
  /** Absolute repository root; SARIF paths are relative to it. */
  repoRoot: string;
  include: readonly string[];
  exclude: readonly string[];
  /** Files larger than this are not read for line counts and hashes; their findings are dropped. */
  maxFileBytes?: number;
  /** A shard's files (relative to scanRoot): findings elsewhere belong to another shard. */
  onlyFiles?: { paths: ReadonlySet<string>; label: string };
}

export interface Placement {
  findings: Finding[];
  dropped: DroppedFinding[];
  /** Fixes that failed their checks; their findings are kept. */
  droppedFixes: DroppedFix[];
  adjustments: string[];
}

interface FileInfo {
  lines: string[];
  hashes?: string[];
  utf8: boolean;
}

const toPosix = (p: string) => p.split(sep).join('/');

function realOrUndefined(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

export function placeFindings(raw: readonly RawFinding[], ctx: PlaceContext): Placement {
  const scanRoot = realOrUndefined(ctx.scanRoot) ?? resolve(ctx.scanRoot);
  const repoRoot = realOrUndefined(ctx.repoRoot) ?? resolve(ctx.repoRoot);
  const maxBytes = ctx.maxFileBytes ?? 20 * 1024 * 1024;
  const files = new Map<string, FileInfo | string>();
  const dropped: DroppedFinding[] = [];
  const droppedFixes: DroppedFix[] = [];
  const adjustments: string[] = [];
  const byLocation = new Map<string, Finding>();

  const readInfo = (abs: string): FileInfo | string => {
    let info = files.get(abs);
    if (info === undefined) {
      const size = statSync(abs).size;
      const bytes = size > maxBytes ? undefined : readFileSync(abs);
      info = bytes ? { lines: bytes.toString('utf8').split(/\r\n|\r|\n/), utf8: isUtf8(bytes) } : `file is larger than ${maxBytes} bytes`;
      files.set(abs, info);
    }
    return info;
  };

  for (const f of raw) {
    const summary = { ruleId: f.ruleId, file: f.file, startLine: f.startLine, title: f.title };
    const where = locate(f.file, scanRoot, repoRoot);
    if ('reason' in where) {
      dropped.push({ ...summary, reason: where.reason });
      continue;
    }
    const located = where.path;
    const scanRelative = toPosix(relative(scanRoot, located));
    if (DEFAULT_EXCLUDES.some((p) => matchesGlob(scanRelative, p))) {
      dropped.push({ ...summary, reason: 'vendored, generated or lock file' });
      continue;
    }
    if (!inScope(scanRelative, ctx.include, ctx.exclude)) {
      dropped.push({ ...summary, reason: 'file is outside include/exclude scope' });
      continue;
    }
    if (ctx.onlyFiles && !ctx.onlyFiles.paths.has(scanRelative)) {
      dropped.push({ ...summary, reason: `file belongs to another shard than ${ctx.onlyFiles.label}` });
      continue;
    }
    const info = readInfo(located);
    if (typeof info === 'string') {
      dropped.push({ ...summary, reason: info });
      continue;
    }
    const file = toPosix(relative(repoRoot, located));
    // A file ending in a newline splits into one empty string too many.
    const lineCount = info.lines.length > 1 && info.lines[info.lines.length - 1] === '' ? info.lines.length - 1 : info.lines.length;
    let { startLine, endLine } = f;
    if (startLine > lineCount) {
      dropped.push({ ...summary, reason: `line ${startLine} is past the end of ${file} (${lineCount} lines)` });
      continue;
    }
    if (startLine < 1) {
      adjustments.push(`${file}: start line ${startLine} raised to 1`);
      startLine = 1;
    }
    if (endLine < startLine) {
      adjustments.push(`${file}:${startLine}: end line ${endLine} raised to the start line`);
      endLine = startLine;
    }
    if (endLine > lineCount) {
      adjustments.push(`${file}:${startLine}: end line ${endLine} lowered to ${lineCount}, the last line`);
      endLine = lineCount;
    }
    info.hashes ??= lineHashes(info.lines.join('\n'));
    const finding: Finding = {
      ruleId: f.ruleId,
      title: f.title,
      severity: f.severity,
      confidence: f.confidence,
      cwe: f.cwe,
      file,
      startLine,
      endLine,
      description: f.description,
      recommendation: f.recommendation,
      fingerprint: findingHash(f.ruleId, file, info.lines.slice(startLine - 1, endLine).join('\n')),
      lineHash: info.hashes[startLine - 1]!,
    };
    if (f.fix) {
      const checked = checkFix(f.fix, { file, lines: info.lines.slice(0, lineCount), startLine, endLine, utf8: info.utf8 });
      if (checked.ok) finding.fix = checked.fix;
      else droppedFixes.push({ file, startLine, title: f.title, reason: checked.reason });
    }
    const key = `${finding.ruleId}\0${file}\0${startLine}\0${endLine}`;
    const earlier = byLocation.get(key);
    if (earlier) {
      const keepNew = severityRank(finding.severity) < severityRank(earlier.severity);
      const loser = keepNew ? earlier : finding;
      dropped.push({ ruleId: loser.ruleId, file, startLine, title: loser.title, reason: `duplicate of another ${finding.ruleId} finding at ${file}:${startLine}` });
      if (keepNew) byLocation.set(key, finding);
      continue;
    }
    byLocation.set(key, finding);
  }

  // The same code flagged twice by one rule at different places (copy-pasted code) keeps distinct fingerprints.
  const findings = [...byLocation.values()];
  const seen = new Map<string, number>();
  for (const f of findings) {
    const n = (seen.get(f.fingerprint) ?? 0) + 1;
    seen.set(f.fingerprint, n);
    f.fingerprint = `${f.fingerprint}:${n}`;
  }
  return { findings, dropped, droppedFixes, adjustments };
}

/** The real path of a finding's file, or why it cannot be used. */
function locate(file: string, scanRoot: string, repoRoot: string): { path: string } | { reason: string } {
  const cleaned = file.replace(/\\/g, '/').replace(/^file:\/\//, '');
  const candidates = isAbsolute(cleaned) ? [cleaned] : [resolve(scanRoot, cleaned), resolve(repoRoot, cleaned)];
  let outside = false;
  for (const candidate of candidates) {
    const real = realOrUndefined(candidate);
    if (!real) continue;
    // Only regular files are reviewed: a link's target is reviewed under its own path, if it is in the tree at all.
    if (real !== candidate && within(scanRoot, candidate)) return { reason: 'path is a symbolic link, or goes through one' };
    if (!within(scanRoot, real)) {
      outside = true;
      continue;
    }
    try {
      if (!statSync(real).isFile()) return { reason: 'path is not a regular file' };
    } catch {
      continue;
    }
    return { path: real };
  }
  return { reason: outside ? 'file is outside the scanned tree' : 'file does not exist' };
}
