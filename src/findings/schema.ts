// The contract for Codex's final answer: a JSON Schema passed with --output-schema (OpenAI strict structured output:
// every object closed, every property required), and the zod validation we apply ourselves, since Codex forwards the
// schema but never checks the answer.
import { z } from 'zod';
import { RULE_IDS, canonicalRuleId } from './catalogue.js';
import { CONFIDENCES, SEVERITIES } from './severity.js';

export const MAX_TITLE = 200;
export const MAX_TEXT = 8000;
/**
 * Findings read from one answer. A review reports tens; an answer of thousands comes from a model that was misled
 * (or told to flood), and reading all of it would bound neither memory nor what is published. The most severe are
 * read; the rest are counted as dropped, with a warning.
 */
export const MAX_FINDINGS_PER_ANSWER = 5000;

export const outputSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['summary', 'findings'],
  properties: {
    summary: { type: 'string', description: 'Two or three sentences: what was reviewed and the overall result.' },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'ruleId',
          'title',
          'severity',
          'confidence',
          'cwe',
          'file',
          'startLine',
          'endLine',
          'description',
          'recommendation',
          'fix',
        ],
        properties: {
          ruleId: { type: 'string', enum: RULE_IDS, description: 'Category of the vulnerability.' },
          title: { type: 'string', description: 'One line naming the flaw and where it is.' },
          severity: { type: 'string', enum: [...SEVERITIES] },
          confidence: { type: 'string', enum: [...CONFIDENCES] },
          cwe: { type: 'array', items: { type: 'string' }, description: 'CWE ids such as "CWE-89".' },
          file: {
            type: 'string',
            description: 'Path of the file relative to the directory under review, forward slashes.',
          },
          startLine: { type: 'integer', description: 'First line of the vulnerable code, 1-based.' },
          endLine: { type: 'integer', description: 'Last line of the vulnerable code, 1-based, at least startLine.' },
          description: {
            type: 'string',
            description: 'How untrusted input reaches the flaw and what an attacker gains.',
          },
          recommendation: { type: 'string', description: 'The concrete fix.' },
          fix: {
            description:
              'The fix as code, when it is small and certain: ' +
              'the new text of lines startLine..endLine of the same file (they must overlap the finding), ' +
              'keeping everything else those lines do. Otherwise null.',
            anyOf: [
              { type: 'null' },
              {
                type: 'object',
                additionalProperties: false,
                required: ['startLine', 'endLine', 'replacement'],
                properties: {
                  startLine: { type: 'integer', description: 'First line to replace, 1-based.' },
                  endLine: { type: 'integer', description: 'Last line to replace, 1-based, at least startLine.' },
                  replacement: { type: 'string', description: 'The new text of those lines, with their indentation.' },
                },
              },
            ],
          },
        },
      },
    },
  },
} as const;

const lower = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v);
const text = (max: number) =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'must not be empty'))
    .transform((s) => (s.length > max ? `${s.slice(0, max - 1)}…` : s));

/** One finding as the model wrote it, validated and lightly normalised (case, whitespace, rule and CWE spelling). */
export const RawFinding = z.object({
  ruleId: z.string().transform(canonicalRuleId),
  title: text(MAX_TITLE),
  severity: z.preprocess(lower, z.enum(SEVERITIES)),
  confidence: z.preprocess(lower, z.enum(CONFIDENCES)),
  cwe: z
    .array(z.union([z.string(), z.number()]))
    .transform((list) => [...new Set(list.map(normaliseCwe).filter((c): c is string => c !== undefined))]),
  file: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'must not be empty')),
  startLine: z.number().int(),
  endLine: z.number().int(),
  description: text(MAX_TEXT),
  recommendation: text(MAX_TEXT),
  // Optional here: an answer without it is still a review; the fix is checked against the file when placed.
  fix: z
    .object({ startLine: z.number().int(), endLine: z.number().int(), replacement: z.string() })
    .nullable()
    .optional(),
});
export type RawFinding = z.infer<typeof RawFinding>;

export const Answer = z.object({
  summary: z.string().optional(),
  findings: z.array(z.unknown()),
});

function normaliseCwe(v: string | number): string | undefined {
  const m = /^(?:cwe)?[-_ ]?(\d{1,5})$/i.exec(String(v).trim());
  return m ? `CWE-${Number(m[1])}` : undefined;
}
