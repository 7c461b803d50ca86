// What a push leaves to review, from the record of the last review and how each file moved since: the lines of the
// change that no review covered yet (new or edited since, or newly part of the change), and the lines of every earlier
// finding whose code or surroundings changed, which is reviewed again. The other findings are carried, at the lines
// their code has now. Pure: the stage gives it the change, the record and the diff of the two reviewed trees.
import type { Finding } from '../findings/finding.js';
import type { LineRange } from '../scope/diff.js';
import { changedNear, translateLine, translateRange, translatesWhole, type LineMap } from '../scope/line-map.js';
import type { RecordedFinding, RecordFile, ReviewRecord } from './record.js';

/** A change this many lines from a finding may change what the finding is: it is reviewed again. */
export const NEAR_FINDING = 3;

/** One file of the change now: its changed lines and its blob in the reviewed tree (repository path as key). */
export type ChangeNow = ReadonlyMap<string, { ranges: readonly LineRange[]; blob: string }>;

export interface Narrowed {
  /** Repository path → the lines to review now; files with none are left out. */
  review: Map<string, LineRange[]>;
  /** Earlier findings on code that did not change, at its lines now, with the head they were reviewed at. */
  carried: Finding[];
  /** Earlier findings whose lines or surroundings changed: their lines now are in `review`, if any are left. */
  again: RecordedFinding[];
}

/** Sorted ranges of a set of lines. */
function rangesOf(lines: Iterable<number>): LineRange[] {
  const out: LineRange[] = [];
  for (const l of [...new Set(lines)].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && l === last.end + 1) last.end = l;
    else out.push({ start: l, end: l });
  }
  return out;
}

function* linesOf(ranges: readonly LineRange[]): Generator<number> {
  for (const r of ranges) for (let l = r.start; l <= r.end; l++) yield l;
}

/** The lines of the file now that the record's review covered, with the same content. */
function coveredNow(
  recorded: ReadonlyMap<string, RecordFile>,
  moved: LineMap,
  path: string,
  blob: string,
): Set<number> {
  const was = recorded.get(path);
  if (!was) return new Set();
  const hunks = was.blob === blob ? undefined : moved.get(path);
  if (hunks === 'absent') return new Set();
  const covered = new Set<number>();
  for (const [start, end] of was.ranges)
    for (let l = start; l <= end; l++) {
      const now = hunks ? translateLine(hunks, l) : l;
      if (now !== undefined) covered.add(now);
    }
  return covered;
}

/** Whether an earlier finding still stands where it was: none of its lines, nor those near them, nor its evidence moved. */
function unchanged(f: RecordedFinding, moved: LineMap): boolean {
  const hunks = moved.get(f.file);
  if (hunks === 'absent') return false;
  if (hunks && changedNear(hunks, f.startLine, f.endLine, NEAR_FINDING)) return false;
  return (f.verification?.evidence ?? []).every((e) => {
    const h = moved.get(e.file);
    return h !== 'absent' && (!h || translateLine(h, e.line) !== undefined);
  });
}

/** A finding that stands, at its lines now; a fix whose lines are not all there, in one piece, is not offered. */
function carry(f: RecordedFinding, moved: LineMap): Finding {
  const { reviewedAt, ...finding } = f;
  const hunks = moved.get(f.file);
  const at = (file: string, line: number) => {
    const h = moved.get(file);
    return (h && h !== 'absent' && translateLine(h, line)) || line;
  };
  const out: Finding = { ...finding, carriedFrom: reviewedAt };
  if (hunks && hunks !== 'absent') {
    out.startLine = at(f.file, f.startLine);
    out.endLine = at(f.file, f.endLine);
    const fix = f.fix && translatesWhole(moved, f.file, { start: f.fix.startLine, end: f.fix.endLine });
    if (f.fix && fix) out.fix = { ...f.fix, startLine: fix.start, endLine: fix.end };
    else delete out.fix;
  }
  if (f.verification) {
    const evidence = f.verification.evidence.map((e) => ({ ...e, line: at(e.file, e.line) }));
    out.verification = { ...f.verification, evidence };
  }
  return out;
}

export function narrow(change: ChangeNow, record: ReviewRecord, moved: LineMap): Narrowed {
  const review = new Map<string, Set<number>>();
  const recorded = new Map(record.files.map((f) => [f.path, f]));
  for (const [path, now] of change) {
    const covered = coveredNow(recorded, moved, path, now.blob);
    const left = [...linesOf(now.ranges)].filter((l) => !covered.has(l));
    if (left.length) review.set(path, new Set(left));
  }
  const carried: Finding[] = [];
  const again: RecordedFinding[] = [];
  for (const f of record.findings) {
    if (unchanged(f, moved)) {
      carried.push(carry(f, moved));
      continue;
    }
    again.push(f);
    const now = change.has(f.file) && translateRange(moved, f.file, { start: f.startLine, end: f.endLine });
    if (!now) continue;
    const lines = review.get(f.file) ?? new Set<number>();
    for (const l of linesOf([now])) lines.add(l);
    review.set(f.file, lines);
  }
  return { review: new Map([...review].map(([p, lines]) => [p, rangesOf(lines)])), carried, again };
}
