// Findings of independent review passes, grouped by the vulnerability they describe. Passes disagree on lines (a few
// apart), rule ids, CWE and wording, so a pair is scored on where it is and on what it says; two findings of one pass
// are never one vulnerability (a pass reports each once), which keeps close neighbours apart. Pairs are merged best
// first, so the result does not depend on the order the passes are given in.
import type { Finding } from './finding.js';
import { severityRank, type Severity } from './severity.js';

export interface Variant {
  /** 1-based pass number. */
  pass: number;
  finding: Finding;
}

export interface Cluster {
  /** c1, c2, … in the order of the representatives' locations. */
  id: string;
  /** The passes that reported it, ascending. */
  passes: number[];
  votes: number;
  representative: Finding;
  /** Every pass's own report of it. */
  variants: Variant[];
}

/** Tuned on the seeded simulation in bench/consensus.ts (npm run bench prints its pair accuracy). */
export const CLUSTERING = {
  /** Lines between two ranges at which location stops counting for them. */
  lineReach: 12,
  /** Weight of location against wording; the rest is the wording's. */
  locationWeight: 0.3,
  /** Added when rule id or a CWE agree. */
  categoryBonus: 0,
  /** Of the wording's share, how much the code identifiers both name count (the rest: all content words). */
  identifierWeight: 0.7,
  /** A pair at or above this score describes one vulnerability. */
  threshold: 0.375,
};

const STOP_WORDS =
  'the and for from with into that this are was were has have its not but any all can via per when then ' +
  'than which while where who whom whose will would could should may might must been being also only ' +
  'just more most other such some same each both into onto upon over under about after before between ' +
  'through during without within along across user users input inputs value values code function file ' +
  'line lines data request response parameter parameters query string';
const STOP = new Set(STOP_WORDS.split(' '));

/** Content words of what a finding says: title and description, without stop words and short words. */
export function words(f: Pick<Finding, 'title' | 'description'>): Set<string> {
  const out = new Set<string>();
  for (const w of `${f.title} ${f.description}`.toLowerCase().split(/[^a-z0-9_$]+/))
    if (w.length >= 3 && !STOP.has(w)) out.add(w);
  return out;
}

/**
 * The code a finding names: function and variable names, dotted and snake_case paths (findUser, req.query.id,
 * JWT_SECRET, exec()). Rewordings of one vulnerability keep them; two vulnerabilities side by side rarely share them.
 */
export function identifiers(f: Pick<Finding, 'title' | 'description'>): Set<string> {
  const out = new Set<string>();
  const text = `${f.title} ${f.description}`;
  for (const m of text.matchAll(
    /[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|[A-Za-z_$][\w$]*(?=\()|\b[a-z]+[A-Z][\w$]*|\b[A-Za-z]+_[\w$]+/g,
  )) {
    const id = m[0].toLowerCase();
    out.add(id);
    // A dotted path also names its last part (req.query.id names id's source; pool.execute, execute).
    if (id.includes('.')) out.add(id.slice(id.lastIndexOf('.') + 1));
  }
  return out;
}

export interface Wording {
  words: Set<string>;
  identifiers: Set<string>;
}

export const wordingOf = (f: Pick<Finding, 'title' | 'description'>): Wording => ({
  words: words(f),
  identifiers: identifiers(f),
});

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common += 1;
  return common / (a.size + b.size - common);
}

/** Lines between two ranges; 0 when they overlap (one spanning the other included). */
export function lineGap(a: Pick<Finding, 'startLine' | 'endLine'>, b: Pick<Finding, 'startLine' | 'endLine'>): number {
  return Math.max(0, Math.max(a.startLine, b.startLine) - Math.min(a.endLine, b.endLine));
}

const canonical = (path: string) =>
  path
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/\/{2,}/g, '/');

/** How surely two findings describe one vulnerability, from 0 to about 1; 0 for different files. */
export function similarity(a: Finding, b: Finding, wa: Wording = wordingOf(a), wb: Wording = wordingOf(b)): number {
  if (canonical(a.file) !== canonical(b.file)) return 0;
  const location = Math.max(0, 1 - lineGap(a, b) / CLUSTERING.lineReach);
  if (location === 0) return 0;
  const category = a.ruleId === b.ruleId || a.cwe.some((c) => b.cwe.includes(c)) ? CLUSTERING.categoryBonus : 0;
  const named = wa.identifiers.size > 0 && wb.identifiers.size > 0;
  const text = named
    ? CLUSTERING.identifierWeight * jaccard(wa.identifiers, wb.identifiers) +
      (1 - CLUSTERING.identifierWeight) * jaccard(wa.words, wb.words)
    : jaccard(wa.words, wb.words);
  return CLUSTERING.locationWeight * location + (1 - CLUSTERING.locationWeight) * text + category;
}

function mode<T>(values: T[], better: (a: T, b: T) => boolean): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T = values[0] as T;
  for (const [v, n] of counts) {
    const bn = counts.get(best) ?? 0;
    if (n > bn || (n === bn && better(v, best))) best = v;
  }
  return best;
}

/**
 * The representative: the variant at the median start line (the lowest pass among equals), with the rule id and the
 * severity most passes gave (the more severe on a tie), and its fix or the first other pass's fix of its lines.
 */
function represent(variants: Variant[]): Finding {
  const byLine = [...variants].sort((a, b) => a.finding.startLine - b.finding.startLine || a.pass - b.pass);
  const median = byLine[Math.floor((byLine.length - 1) / 2)]!.finding;
  const severity = mode<Severity>(
    variants.map((v) => v.finding.severity),
    (a, b) => severityRank(a) < severityRank(b),
  );
  const ruleId = mode(
    variants.map((v) => v.finding.ruleId),
    (a, b) => a < b,
  );
  const cwe = [...new Set(variants.flatMap((v) => v.finding.cwe))].sort();
  // Another pass's fix serves when it edits the representative's own lines.
  const fix =
    median.fix ??
    variants
      .map((v) => v.finding)
      .find(
        (f) =>
          f.fix && f.file === median.file && f.fix.startLine <= median.endLine && f.fix.endLine >= median.startLine,
      )?.fix;
  return { ...median, severity, ruleId, cwe, ...(fix ? { fix } : {}) };
}

export function clusterFindings(passes: readonly (readonly Finding[])[]): Cluster[] {
  const items: Variant[] = passes.flatMap((fs, i) => fs.map((finding) => ({ pass: i + 1, finding })));
  const bag = items.map((v) => wordingOf(v.finding));
  const pairs: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (items[i]!.pass === items[j]!.pass) continue;
      const score = similarity(items[i]!.finding, items[j]!.finding, bag[i], bag[j]);
      if (score >= CLUSTERING.threshold) pairs.push({ i, j, score });
    }
  }
  // Best pairs first; ties in input order, so the same passes always give the same clusters.
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const group = items.map((_, i) => i);
  const members = items.map((_, i) => [i]);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (const { i, j } of pairs) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    const passesA = new Set(members[a]!.map((m) => items[m]!.pass));
    if (members[b]!.some((m) => passesA.has(items[m]!.pass))) continue;
    const [keep, gone] = a < b ? [a, b] : [b, a];
    group[gone] = keep;
    members[keep]!.push(...members[gone]!);
    members[gone] = [];
  }
  const clusters = members
    .filter((m, i) => m.length > 0 && find(i) === i)
    .map((m) => {
      const variants = m.map((k) => items[k]!).sort((a, b) => a.pass - b.pass);
      const passes = [...new Set(variants.map((v) => v.pass))].sort((a, b) => a - b);
      return { id: '', passes, votes: passes.length, representative: represent(variants), variants };
    })
    .sort((a, b) =>
      a.representative.file < b.representative.file
        ? -1
        : a.representative.file > b.representative.file
          ? 1
          : a.representative.startLine - b.representative.startLine || a.passes[0]! - b.passes[0]!,
    );
  clusters.forEach((c, i) => (c.id = `c${i + 1}`));
  return clusters;
}
