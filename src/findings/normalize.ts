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

/** What one placement shares across its findings: the resolved roots, the files read, what it noted. */
interface PlacementRun {
  ctx: PlaceContext;
  /** Real paths: a finding's path is compared with them after its links are resolved. */
  scanRoot: string;
  repoRoot: string;
  readFile: (abs: string) => FileInfo | string;
  droppedFixes: DroppedFix[];
  adjustments: string[];
}

/** A finding's place in a file that was read: its repository path and its lines, clamped to the file. */
interface Spot {
  file: string;
  info: FileInfo;
  lineCount: number;
  startLine: number;
  endLine: number;
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
  const run: PlacementRun = {
    ctx,
    scanRoot: realOrUndefined(ctx.scanRoot) ?? resolve(ctx.scanRoot),
    repoRoot: realOrUndefined(ctx.repoRoot) ?? resolve(ctx.repoRoot),
    readFile: cachedFileReader(ctx.maxFileBytes ?? 20 * 1024 * 1024),
    droppedFixes: [],
    adjustments: [],
  };
  const dropped: DroppedFinding[] = [];
  const byLocation = new Map<string, Finding>();
  for (const f of raw) {
    const placed = placeOne(f, run);
    if ('reason' in placed) dropped.push(placed);
    else keepMostSevere(placed, byLocation, dropped);
  }
  const findings = [...byLocation.values()];
  numberFingerprints(findings);
  return { findings, dropped, droppedFixes: run.droppedFixes, adjustments: run.adjustments };
}

/** Reads each file once; a file over the size limit is the reason its findings are dropped. */
function cachedFileReader(maxBytes: number): (abs: string) => FileInfo | string {
  const files = new Map<string, FileInfo | string>();
  return (abs) => {
    let info = files.get(abs);
    if (info === undefined) {
      const bytes = statSync(abs).size > maxBytes ? undefined : readFileSync(abs);
      info = bytes
        ? { lines: bytes.toString('utf8').split(/\r\n|\r|\n/), utf8: isUtf8(bytes) }
        : `file is larger than ${maxBytes} bytes`;
      files.set(abs, info);
    }
    return info;
  };
}

/** The finding placed in its file, or why it was dropped. */
function placeOne(f: RawFinding, run: PlacementRun): Finding | DroppedFinding {
  const drop = (reason: string): DroppedFinding => ({
    ruleId: f.ruleId,
    file: f.file,
    startLine: f.startLine,
    title: f.title,
    reason,
  });
  const where = locate(f.file, run.scanRoot, run.repoRoot);
  if ('reason' in where) return drop(where.reason);
  const outOfScope = scopeProblem(toPosix(relative(run.scanRoot, where.path)), run.ctx);
  if (outOfScope) return drop(outOfScope);
  const info = run.readFile(where.path);
  if (typeof info === 'string') return drop(info);
  const file = toPosix(relative(run.repoRoot, where.path));
  const lineCount = countLines(info.lines);
  const span = clampSpan(f, { file, lineCount }, run.adjustments);
  if (typeof span === 'string') return drop(span);
  return buildFinding(f, { file, info, lineCount, ...span }, run.droppedFixes);
}

/** Why a file (relative to the scanned tree) is not this scan's to report on, if it is not. */
function scopeProblem(scanRelative: string, ctx: PlaceContext): string | undefined {
  if (DEFAULT_EXCLUDES.some((p) => matchesGlob(scanRelative, p))) return 'vendored, generated or lock file';
  if (!inScope(scanRelative, ctx.include, ctx.exclude)) return 'file is outside include/exclude scope';
  if (ctx.onlyFiles && !ctx.onlyFiles.paths.has(scanRelative)) {
    return `file belongs to another shard than ${ctx.onlyFiles.label}`;
  }
  return undefined;
}

/** A file ending in a newline splits into one empty string too many. */
function countLines(lines: readonly string[]): number {
  return lines.length > 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
}

/** The finding's lines inside the file, each change noted; a start past the end cannot be placed at all. */
function clampSpan(
  f: RawFinding,
  target: { file: string; lineCount: number },
  adjustments: string[],
): { startLine: number; endLine: number } | string {
  const { file, lineCount } = target;
  let { startLine, endLine } = f;
  if (startLine > lineCount) return `line ${startLine} is past the end of ${file} (${lineCount} lines)`;
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
  return { startLine, endLine };
}

/** The placed finding with its fingerprints, and its fix when the fix passes its checks. */
function buildFinding(f: RawFinding, spot: Spot, droppedFixes: DroppedFix[]): Finding {
  const { file, info, startLine, endLine } = spot;
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
    const lines = info.lines.slice(0, spot.lineCount);
    const checked = checkFix(f.fix, { file, lines, startLine, endLine, utf8: info.utf8 });
    if (checked.ok) finding.fix = checked.fix;
    else droppedFixes.push({ file, startLine, title: f.title, reason: checked.reason });
  }
  return finding;
}

/** One finding per rule and span: the more severe stays (the first on a tie), the other is reported as a duplicate. */
function keepMostSevere(finding: Finding, byLocation: Map<string, Finding>, dropped: DroppedFinding[]): void {
  const { ruleId, file, startLine, endLine } = finding;
  const key = `${ruleId}\0${file}\0${startLine}\0${endLine}`;
  const earlier = byLocation.get(key);
  if (!earlier) {
    byLocation.set(key, finding);
    return;
  }
  const keepNew = severityRank(finding.severity) < severityRank(earlier.severity);
  const loser = keepNew ? earlier : finding;
  const reason = `duplicate of another ${ruleId} finding at ${file}:${startLine}`;
  dropped.push({ ruleId: loser.ruleId, file, startLine, title: loser.title, reason });
  if (keepNew) byLocation.set(key, finding);
}

/** The same code flagged twice by one rule at different places (copy-pasted code) keeps distinct fingerprints. */
function numberFingerprints(findings: Finding[]): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const n = (seen.get(f.fingerprint) ?? 0) + 1;
    seen.set(f.fingerprint, n);
    f.fingerprint = `${f.fingerprint}:${n}`;
  }
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
    if (real !== candidate && within(scanRoot, candidate)) {
      return { reason: 'path is a symbolic link, or goes through one' };
    }
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
