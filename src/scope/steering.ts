// Files written for AI assistants rather than for the program: agent instructions, skills, assistant config. Codex
// is kept from taking them as instructions (see codex/command.ts); a pull request that adds or changes one is still
// worth a person's look, because it may be trying to steer this reviewer or the next one.
import { git } from '../git/run.js';
import { matchesGlob } from '../util/glob.js';
import type { DiffPlan } from './diff.js';

/** Paths relative to the repository root. A pattern without a slash matches at any depth. */
export const STEERING_PATTERNS = [
  'AGENTS*.md',
  '.agents/',
  '.codex/',
  'CLAUDE.md',
  'CLAUDE.local.md',
  '.claude/',
  'GEMINI.md',
  '.gemini/',
  '.cursorrules',
  '.cursor/',
  '.windsurfrules',
  '.clinerules',
  '.aider.conf.yml',
  '.ai/',
  '.github/copilot-instructions.md',
  '.github/instructions/',
  '.github/prompts/',
  '.github/chatmodes/',
];

export interface SteeringChange {
  path: string;
  status: 'added' | 'modified' | 'renamed' | 'copied' | 'type-changed' | 'deleted';
  /** Why it counts: an assistant's file, or a file this action itself reads as trusted input. */
  kind: 'assistant' | 'context-file' | 'prompt-file';
}

const STATUS: Record<string, SteeringChange['status']> = {
  A: 'added',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
  D: 'deleted',
};

type Own = { contextFile?: string; promptFile?: string };

function steeringKind(path: string, own: Own): SteeringChange['kind'] | undefined {
  if (path === own.contextFile) return 'context-file';
  if (path === own.promptFile) return 'prompt-file';
  return STEERING_PATTERNS.some((p) => matchesGlob(path, p)) ? 'assistant' : undefined;
}

/** Parses `git diff --name-status -z` and keeps the steering files; `own` are the action's own trusted inputs. */
export function steeringChanges(nameStatusZ: string, own: Own): SteeringChange[] {
  const fields = nameStatusZ.split('\0').filter((f) => f !== '');
  const out: SteeringChange[] = [];
  for (let i = 0; i < fields.length;) {
    const letter = fields[i++]![0]!;
    if (letter === 'R' || letter === 'C') i += 1;
    const path = fields[i++]!;
    const kind = steeringKind(path, own);
    if (kind) out.push({ path, status: STATUS[letter] ?? 'modified', kind });
  }
  return out;
}

/** The same from a change GitHub described (repository paths). */
export function steeringFromPlan(plan: DiffPlan, own: Own): SteeringChange[] {
  const out: SteeringChange[] = [];
  for (const f of plan.files) {
    const kind = steeringKind(f.path, own);
    if (kind) out.push({ path: f.path, status: f.status, kind });
  }
  for (const path of plan.deleted) {
    const kind = steeringKind(path, own);
    if (kind) out.push({ path, status: 'deleted', kind });
  }
  return out;
}

/** The steering files a change touches, anywhere in the repository (not only the reviewed part). */
export async function findSteeringChanges(
  repoRoot: string,
  range: { from: string; to?: string },
  own: Own,
): Promise<SteeringChange[]> {
  const revs = range.to ? [range.from, range.to] : [`${range.from}...HEAD`];
  const out = await git(repoRoot, [
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--find-renames',
    '--name-status',
    '-z',
    ...revs,
  ]);
  return steeringChanges(out, own);
}
