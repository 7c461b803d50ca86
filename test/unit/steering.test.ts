import { describe, expect, it } from 'vitest';
import { steeringChanges } from '../../src/scope/steering.js';

const z = (...f: string[]) => f.join('\0') + '\0';

describe('steeringChanges', () => {
  it("keeps agent instructions, skills and assistant config at any depth, and the action's own inputs", () => {
    const out = steeringChanges(
      z(
        'A',
        'AGENTS.md',
        'M',
        'app/AGENTS.override.md',
        'A',
        '.agents/skills/x/SKILL.md',
        'A',
        'svc/.codex/config.toml',
        'M',
        'CLAUDE.md',
        'A',
        '.cursorrules',
        'A',
        '.github/copilot-instructions.md',
        'R100',
        'old.md',
        '.github/security-review.md',
        'D',
        '.ai/skills/y.md',
        'M',
        'src/app.js',
        'M',
        'docs/agents.md',
        'M',
        'prompts/review.md',
      ),
      { contextFile: '.github/security-review.md', promptFile: 'prompts/review.md' },
    );
    expect(out).toEqual([
      { path: 'AGENTS.md', status: 'added', kind: 'assistant' },
      { path: 'app/AGENTS.override.md', status: 'modified', kind: 'assistant' },
      { path: '.agents/skills/x/SKILL.md', status: 'added', kind: 'assistant' },
      { path: 'svc/.codex/config.toml', status: 'added', kind: 'assistant' },
      { path: 'CLAUDE.md', status: 'modified', kind: 'assistant' },
      { path: '.cursorrules', status: 'added', kind: 'assistant' },
      { path: '.github/copilot-instructions.md', status: 'added', kind: 'assistant' },
      { path: '.github/security-review.md', status: 'renamed', kind: 'context-file' },
      { path: '.ai/skills/y.md', status: 'deleted', kind: 'assistant' },
      { path: 'prompts/review.md', status: 'modified', kind: 'prompt-file' },
    ]);
  });
});
