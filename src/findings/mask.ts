// What a scan masks before anything is written: the api-key, every value that looks like a secret in what the scan
// found and recorded (src/util/secrets.ts), and the value of each hard-coded-secret finding. A fix that would publish
// a secret is withheld: a masked fix would commit a broken value.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DroppedFix, Finding } from './finding.js';
import { storedLines } from './fix.js';
import type { Redactor } from '../util/redact.js';
import { hardcodedSecretValues, learn } from '../util/secrets.js';

/** Lines of context a unified diff carries around a change (v16-fixes.patch). */
const PATCH_CONTEXT = 3;

/** Every string in plain data (a finding, a report), in order. */
export function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* stringsIn(v);
}

/** A file's lines as the review read them, or none when it cannot be read. */
function fileLines(repoRoot: string): (file: string) => string[] {
  const files = new Map<string, string[]>();
  return (file) => {
    let lines = files.get(file);
    if (!lines) {
      try {
        lines = storedLines(readFileSync(join(repoRoot, file), 'utf8'));
      } catch {
        lines = [];
      }
      files.set(file, lines);
    }
    return lines;
  };
}

/** The code a finding points at and, for its fix, the lines the patch shows around it. */
function codeOf(f: Finding, lines: string[]): string[] {
  const own = lines.slice(f.startLine - 1, f.endLine);
  return f.fix
    ? [...own, ...lines.slice(Math.max(0, f.fix.startLine - 1 - PATCH_CONTEXT), f.fix.endLine + PATCH_CONTEXT)]
    : own;
}

/**
 * Teaches the scan's redactor the secrets in the findings, the code they point at, and every recorded thread
 * (`recorded`: the events files, whose copies go into the artifact).
 */
export async function learnFindings(
  redactor: Redactor,
  repoRoot: string,
  findings: readonly Finding[],
  recorded: readonly string[],
): Promise<void> {
  const linesOf = fileLines(repoRoot);
  const texts: string[] = [];
  for (const f of findings) {
    const text = [
      ...stringsIn({
        title: f.title,
        description: f.description,
        recommendation: f.recommendation,
        fix: f.fix?.replacement,
        verification: f.verification,
        variants: f.consensus?.variants,
      }),
    ];
    const code = codeOf(f, linesOf(f.file));
    texts.push(...text, code.join('\n'));
    if (f.ruleId === 'hardcoded-secret')
      for (const v of hardcodedSecretValues({ text, lines: linesOf(f.file).slice(f.startLine - 1, f.endLine) }))
        redactor.addFound(v);
  }
  for (const file of recorded) {
    try {
      texts.push(readFileSync(file, 'utf8'));
    } catch {
      // A thread that wrote nothing has nothing to mask.
    }
  }
  await learn(redactor, texts);
}

export interface SecretFixes {
  /** The findings, without the fixes whose new text would publish a secret. */
  findings: Finding[];
  /** Those fixes, with the reason. */
  withheld: DroppedFix[];
  /** Findings whose fix stays a suggestion but whose patch lines (replaced or around) hold a secret. */
  outOfPatch: Set<Finding>;
}

export const WITHHELD_FIX =
  'fix withheld: its code carries a value that looks like a secret, ' +
  'which a suggestion or patch would publish again (masking it would commit a broken value)';
export const SECRET_IN_PATCH =
  'its lines, or the lines around them, carry a value that looks like a secret, which the patch would publish again';

/** Sorts out the fixes that would publish a secret. */
export function secretFixes(findings: readonly Finding[], redactor: Redactor, repoRoot: string): SecretFixes {
  const linesOf = fileLines(repoRoot);
  const withheld: DroppedFix[] = [];
  const outOfPatch = new Set<Finding>();
  const kept = findings.map((f) => {
    if (!f.fix) return f;
    if (redactor.finds(f.fix.replacement)) {
      withheld.push({ file: f.file, startLine: f.startLine, title: f.title, reason: WITHHELD_FIX });
      return withoutFix(f);
    }
    const lines = linesOf(f.file).slice(
      Math.max(0, f.fix.startLine - 1 - PATCH_CONTEXT),
      f.fix.endLine + PATCH_CONTEXT,
    );
    if (redactor.finds(lines.join('\n'))) outOfPatch.add(f);
    return f;
  });
  return { findings: kept, withheld, outOfPatch };
}

function withoutFix(f: Finding): Finding {
  const { fix: _fix, head, ...rest } = f;
  if (!head) return { ...rest, ...(head === null ? { head } : {}) };
  const { fix: _headFix, ...place } = head;
  return { ...rest, head: place };
}
