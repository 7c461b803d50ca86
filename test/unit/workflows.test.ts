// The repository's workflows, Dependabot configuration and action.yml, validated with GitHub's own parser for
// workflow and action files (@actions/workflow-parser, from the Actions language services).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/harness.ts';

const errors = (r: { context: { errors: { getErrors(): { message: string }[] } } }) =>
  r.context.errors.getErrors().map((e) => e.message);
const workflows = readdirSync(join(ROOT, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f));

describe('GitHub files', () => {
  it.each(workflows)('workflow %s is valid', (name) => {
    const content = readFileSync(join(ROOT, '.github/workflows', name), 'utf8');
    expect(errors(parseWorkflow({ name, content }, new NoOperationTraceWriter()))).toEqual([]);
  });

  it('action.yml is a valid node24 action', () => {
    const content = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    expect(errors(parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter()))).toEqual([]);
  });

  it('the validator rejects what GitHub rejects', () => {
    expect(
      errors(
        parseWorkflow(
          { name: 'x.yml', content: 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n' },
          new NoOperationTraceWriter(),
        ),
      ),
    ).not.toEqual([]);
    expect(
      errors(
        parseAction(
          { name: 'action.yml', content: 'name: x\ndescription: y\nruns:\n  using: node99\n  main: a.js\n' },
          new NoOperationTraceWriter(),
        ),
      ),
    ).not.toEqual([]);
  });

  it('the release job pins every action by commit and runs only scripts that exist', () => {
    const release = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { uses?: string; run?: string }[] }>;
    };
    const steps = Object.values(release.jobs).flatMap((j) => j.steps);
    const uses = steps.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThan(5);
    expect(uses.filter((u) => !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(u))).toEqual([]);
    const scripts = steps.flatMap((s) => [...(s.run ?? '').matchAll(/scripts\/release\/[\w.-]+/g)].map((m) => m[0]));
    expect(new Set(scripts)).toEqual(
      new Set(readdirSync(join(ROOT, 'scripts/release')).map((f) => `scripts/release/${f}`)),
    );
  });

  it('Dependabot watches npm, the runner image and the workflows', () => {
    const config = parse(readFileSync(join(ROOT, '.github/dependabot.yml'), 'utf8')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => `${u['package-ecosystem']} ${u.directory}`)).toEqual([
      'npm /',
      'docker /docker/codex-runner',
      'github-actions /',
    ]);
  });
});
