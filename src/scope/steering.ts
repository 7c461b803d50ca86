// Files written for AI assistants rather than for the program: agent instructions, skills, assistant config. Codex
// is kept from taking them as instructions (see codex/command.ts); a pull request that adds or changes one is still
// worth a person's look, because it may be trying to steer this reviewer or the next one.
import { execFile } from 'node:child_process';
import { matchesGlob } from '../util/glob.js';

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

const STATUS: Record<string, SteeringChange['status']> = { A: 'added', M: 'modified', R: 'renamed', C: 'copied', T: 'type-changed', D: 'deleted' };

/** Parses `git diff --name-status -z` and keeps the steering files; `own` are the action's own trusted inputs. */
export function steeringChanges(nameStatusZ: string, own: { contextFile?: string; promptFile?: string }): SteeringChange[] {
  const fields = nameStatusZ.split('\0').filter((f) => f !== '');
  const out: SteeringChange[] = [];
  for (let i = 0; i < fields.length; ) {
    const letter = fields[i++]![0]!;
    if (letter === 'R' || letter === 'C') i += 1;
    const path = fields[i++]!;
    const kind = path === own.contextFile ? 'context-file' : path === own.promptFile ? 'prompt-file' : STEERING_PATTERNS.some((p) => matchesGlob(path, p)) ? 'assistant' : undefined;
    if (kind) out.push({ path, status: STATUS[letter] ?? 'modified', kind });
  }
  return out;
}

/** The steering files the change since `base` touches, anywhere in the repository (not only the reviewed part). */
export function findSteeringChanges(repoRoot: string, base: string, own: { contextFile?: string; promptFile?: string }): Promise<SteeringChange[]> {
  return new Promise((resolve, reject) =>
    execFile('git', ['-C', repoRoot, 'diff', '--no-color', '--no-ext-diff', '--find-renames', '--name-status', '-z', `${base}...HEAD`], { maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? reject(new Error(String(stderr).trim() || err.message)) : resolve(steeringChanges(stdout, own)),
    ),
  );
}
