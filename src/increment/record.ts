// The record of a completed review of a pull request: which commit's tree was reviewed, with which policy, which
// lines of which file contents (git blob ids), and the findings it reported with their verdicts. The next run on the
// pull request reviews only what changed since, and carries the rest. The record travels in the action's own summary
// comment (compressed, on its marker line), so its size is bounded: past the budget its findings are left out, and
// the next run then reviews the whole change again.
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { Finding } from '../findings/finding.js';
import { CONFIDENCES, SEVERITIES } from '../findings/severity.js';

/** What decides how a review is made: a change to any of these makes the next run review the whole change. */
export interface RecordPolicy {
  passes: number;
  minAgreement: number;
  verify: boolean;
  verifyLimit: number;
  verifyDisputed: boolean;
  /** sha256 of the review task and of the trusted context, as the prompt carried them. */
  prompt: string;
  context: string;
  model: string;
  codexVersion: string;
  actionVersion: string;
}

export interface RecordFile {
  /** Repository path. */
  path: string;
  /** The git blob id of the file in the reviewed tree. */
  blob: string;
  /** The lines of the change that the review covered, as [start, end] pairs of that tree's lines. */
  ranges: [number, number][];
}

/** A finding as recorded: its lines are those of the record's tree; `reviewedAt` is the head it was reviewed at. */
export type RecordedFinding = Omit<Finding, 'head' | 'outsideChange' | 'baseline' | 'carriedFrom'> & {
  reviewedAt: string;
};

export interface ReviewRecord {
  version: 1;
  /** The pull request's head commit that was reviewed. */
  head: string;
  /** The commit whose tree was reviewed (the test merge, or the head): the record's lines are its lines. */
  commit: string;
  policy: RecordPolicy;
  files: RecordFile[];
  findings: RecordedFinding[];
  /** Findings left out to keep the record within a comment: the next run reviews the whole change. */
  findingsOmitted?: number;
}

/** The last completed review of a pull request, as main read it from the action's summary comment. */
export interface LastReview {
  /** The record as the summary comment carries it: a run that does not complete writes it back unchanged. */
  encoded?: string;
  record?: ReviewRecord;
  /** Why this run cannot build on the record and reviews the whole change. */
  fullReview?: string;
}

const sha = z.string().regex(/^[0-9a-f]{40,64}$/);
/** A repository path as the action writes one: relative, forward slashes, no `..` step. */
const repoPath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith('/') && !p.split('/').includes('..') && !p.includes('\0'), 'not a repository path');
const line = z.number().int().min(1);
const fixSchema = z.object({ startLine: line, endLine: line, replacement: z.string() });
const verificationFields = {
  verdict: z.enum(['confirmed', 'refuted', 'uncertain', 'unverified']),
  reason: z.string(),
  evidence: z.array(z.object({ file: z.string(), line: z.number().int(), note: z.string() })),
  exploit: z.string().nullable(),
  fix: z
    .object({ verdict: z.enum(['correct', 'wrong']), reason: z.string() })
    .nullable()
    .optional(),
  thread: z.string().nullable().optional(),
  problem: z.string().optional(),
};
const verificationSchema = z.object({
  ...verificationFields,
  opinions: z.array(z.object(verificationFields)).optional(),
});
const consensusSchema = z.object({
  cluster: z.string(),
  votes: z.number().int(),
  passes: z.array(z.number().int()),
  variants: z.array(
    z.object({
      pass: z.number().int(),
      file: z.string(),
      startLine: z.number().int(),
      endLine: z.number().int(),
      ruleId: z.string(),
      severity: z.enum(SEVERITIES),
      title: z.string(),
    }),
  ),
});
const findingSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  severity: z.enum(SEVERITIES),
  confidence: z.enum(CONFIDENCES),
  cwe: z.array(z.string()),
  file: repoPath,
  startLine: line,
  endLine: line,
  description: z.string(),
  recommendation: z.string(),
  fingerprint: z.string(),
  lineHash: z.string(),
  consensus: consensusSchema.optional(),
  verification: verificationSchema.optional(),
  fix: fixSchema.optional(),
  reviewedAt: sha,
});
const recordSchema = z.object({
  version: z.literal(1),
  head: sha,
  commit: sha,
  policy: z.object({
    passes: z.number().int(),
    minAgreement: z.number().int(),
    verify: z.boolean(),
    verifyLimit: z.number().int(),
    verifyDisputed: z.boolean(),
    prompt: z.string(),
    context: z.string(),
    model: z.string(),
    codexVersion: z.string(),
    actionVersion: z.string(),
  }),
  files: z.array(z.object({ path: repoPath, blob: sha, ranges: z.array(z.tuple([line, line])) })),
  findings: z.array(findingSchema),
  findingsOmitted: z.number().int().min(1).optional(),
});

/** Objects with their keys sorted, so that the same record is always the same text. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
  );
}

/**
 * The record as its marker carries it: base64 of gzip'd JSON, the same text for the same record (a re-run at the
 * same head then leaves the summary comment as it is). Within `budget` characters, or undefined.
 */
export function encodeRecord(record: ReviewRecord, budget: number): string | undefined {
  const encode = (r: ReviewRecord) => gzipSync(JSON.stringify(sortedKeys(r)), { level: 9 }).toString('base64');
  const whole = encode(record);
  if (whole.length <= budget) return whole;
  // Without its findings the next run reviews the whole change anyway; one too large even so is not written.
  const bare = record.findings.length
    ? encode({ ...record, findings: [], findingsOmitted: record.findings.length })
    : whole;
  return bare.length <= budget ? bare : undefined;
}

/** The record a marker carries, or why it cannot be read. */
export function decodeRecord(text: string): { record: ReviewRecord } | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(gunzipSync(Buffer.from(text, 'base64'), { maxOutputLength: 16 * 1024 * 1024 }).toString());
  } catch (error) {
    return { problem: `it is not compressed JSON (${(error as Error).message})` };
  }
  const parsed = recordSchema.safeParse(json);
  if (!parsed.success) return { problem: `it does not have the record's shape (${parsed.error.issues[0]?.message})` };
  return { record: parsed.data as ReviewRecord };
}

const POLICY_WORDS: Record<keyof RecordPolicy, string> = {
  passes: 'passes',
  minAgreement: 'min-agreement',
  verify: 'verify',
  verifyLimit: 'verify-limit',
  verifyDisputed: 'verify-disputed',
  prompt: 'the prompt',
  context: 'the context file',
  model: 'the model',
  codexVersion: 'the Codex version',
  actionVersion: 'the action version',
};

/** What changed between the recorded policy and this run's, in words ("passes 1 → 3"); empty when nothing did. */
export function policyChanges(was: RecordPolicy, now: RecordPolicy): string[] {
  const shown = (k: keyof RecordPolicy, v: unknown) =>
    k === 'prompt' || k === 'context' ? String(v).slice(0, 12) || 'none' : String(v) || 'default';
  return (Object.keys(POLICY_WORDS) as (keyof RecordPolicy)[])
    .filter((k) => was[k] !== now[k])
    .map((k) => `${POLICY_WORDS[k]} ${shown(k, was[k])} → ${shown(k, now[k])}`);
}
