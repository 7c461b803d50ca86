// From the text of Codex's final agent_message to validated findings. Never throws: an answer that is not JSON or
// breaks the schema is a failed extraction with a reason; a single bad finding is dropped with its reason.
import { z } from 'zod';
import { RULES } from './catalogue.js';
import { Answer, RawFinding } from './schema.js';

export interface Rejected {
  index: number;
  reason: string;
  excerpt: string;
}

export type Extraction =
  | { ok: true; summary: string; findings: RawFinding[]; rejected: Rejected[]; notes: string[] }
  | { ok: false; reason: string };

function excerpt(value: unknown, max = 200): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

function issues(error: z.ZodError): string {
  return error.issues
    .slice(0, 4)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

/** The JSON the answer holds: the whole text, or else one fenced ```json block (for endpoints without structured output). */
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

export function extractFindings(text: string): Extraction {
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
  answer.data.findings.forEach((value, index) => {
    const r = RawFinding.safeParse(value);
    if (!r.success) {
      rejected.push({ index, reason: `breaks the findings schema (${issues(r.error)})`, excerpt: excerpt(value) });
      return;
    }
    const finding = r.data;
    if (!RULES.has(finding.ruleId)) {
      notes.push(`finding ${index}: unknown rule id "${excerpt(finding.ruleId, 60)}" filed under "other"`);
      finding.ruleId = 'other';
    }
    findings.push(finding);
  });
  return { ok: true, summary: answer.data.summary?.trim() ?? '', findings, rejected, notes };
}
