// From the text of Codex's final agent_message to validated findings. Never throws: an answer that is not JSON or
// breaks the schema is a failed extraction with a reason; a single bad finding is dropped with its reason.
import { z } from 'zod';
import { RULES } from './catalogue.js';
import { Answer, MAX_FINDINGS_PER_ANSWER, RawFinding } from './schema.js';
import { SEVERITIES, type Severity } from './severity.js';

export interface Rejected {
  index: number;
  reason: string;
  excerpt: string;
}

export type Extraction =
  | {
      ok: true;
      summary: string;
      findings: RawFinding[];
      rejected: Rejected[];
      notes: string[];
      /** Findings beyond the cap, not read. */ overflow: number;
    }
  | { ok: false; reason: string };

/** Notes about single findings (an unknown rule id) beyond this many are counted in one. */
const MAX_FINDING_NOTES = 20;

function excerpt(value: unknown, max = 200): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

function issues(error: z.ZodError): string {
  return error.issues
    .slice(0, 4)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

/**
 * The JSON the answer holds: the whole text, or else one fenced ```json block (for endpoints without structured
 * output).
 */
function parseJson(text: string): { ok: true; value: unknown; note?: string } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const fenced = /```(?:json)?\s*\n([\s\S]*?)\n```/.exec(text);
    if (fenced) {
      try {
        return { ok: true, value: JSON.parse(fenced[1]!), note: 'the answer wrapped its JSON in a code fence' };
      } catch {
        /* fall through */
      }
    }
    return { ok: false };
  }
}

/** The severity an item claims, for choosing which to read when there are too many; unreadable ones last. */
function claimedRank(item: unknown): number {
  const s = (item as { severity?: unknown } | null)?.severity;
  const rank = typeof s === 'string' ? SEVERITIES.indexOf(s.trim().toLowerCase() as Severity) : -1;
  return rank < 0 ? SEVERITIES.length : rank;
}

/** Indices of the items read: all of them, or the most severe (by their own claim) up to the cap, in answer order. */
function chosen(items: readonly unknown[], max = MAX_FINDINGS_PER_ANSWER): number[] {
  const all = items.map((_, i) => i);
  if (items.length <= max) return all;
  const ranks = items.map(claimedRank);
  return all
    .sort((a, b) => ranks[a]! - ranks[b]! || a - b)
    .slice(0, max)
    .sort((a, b) => a - b);
}

export function extractFindings(text: string, max = MAX_FINDINGS_PER_ANSWER): Extraction {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return { ok: false, reason: `the model's final answer is not JSON: "${excerpt(text.trim(), 160)}"` };
  }
  const answer = Answer.safeParse(parsed.value);
  if (!answer.success) {
    return { ok: false, reason: `the model's final answer breaks the findings schema (${issues(answer.error)})` };
  }
  const findings: RawFinding[] = [];
  const rejected: Rejected[] = [];
  const notes: string[] = parsed.note ? [parsed.note] : [];
  const items = answer.data.findings;
  const read = chosen(items, max);
  const overflow = items.length - read.length;
  if (overflow > 0) {
    notes.push(
      `The answer held ${items.length} findings, more than the ${max} one answer may hold: ` +
        `the ${max} most severe were read and ${overflow} were dropped unread. ` +
        `A review rarely reports more than a few dozen: the reviewed code may have steered the model.`,
    );
  }
  let unknownRules = 0;
  for (const index of read) {
    const value = items[index];
    const r = RawFinding.safeParse(value);
    if (!r.success) {
      rejected.push({ index, reason: `breaks the findings schema (${issues(r.error)})`, excerpt: excerpt(value) });
      continue;
    }
    const finding = r.data;
    if (!RULES.has(finding.ruleId)) {
      if (++unknownRules <= MAX_FINDING_NOTES)
        notes.push(`finding ${index}: unknown rule id "${excerpt(finding.ruleId, 60)}" filed under "other"`);
      finding.ruleId = 'other';
    }
    findings.push(finding);
  }
  if (unknownRules > MAX_FINDING_NOTES)
    notes.push(`${unknownRules - MAX_FINDING_NOTES} more findings had an unknown rule id and were filed under "other"`);
  return { ok: true, summary: answer.data.summary?.trim() ?? '', findings, rejected, notes, overflow };
}
