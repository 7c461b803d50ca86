// A pull request cannot steer the reviewer. The real pinned Codex reviews a head commit that adds AGENTS files,
// skills, project config and hooks, each with a marker; none may reach the model, no command they name may run, and
// the review's findings must be those of the same review without the attack. The second part removes each pinned
// setting in turn and shows that the attack then gets through: the pins, not luck, are what stop it.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCodexArgs, codexEnvironment } from '../../src/codex/command.js';
import { writeReviewerInstructions } from '../../src/codex/reviewer-instructions.js';
import type { Finding } from '../../src/findings/finding.js';
import type { LaunchSettings } from '../../src/config/settings.js';
import { containerRunner } from '../support/docker.ts';
import {
  finalMessage,
  readingFirst,
  sequence,
  startFakeResponses,
  toolCall,
  type RecordedRequest,
} from '../support/fake-responses.ts';
import { CODEX_BIN, scanWith, TOKEN } from '../support/harness.ts';
import { runStep } from '../support/actions-runner.ts';
import {
  BASE_CONTEXT,
  CONTEXT_FILE,
  hostileRepo,
  markersSent,
  SCANNED,
  type HostileRepo,
} from '../support/hostile-repo.ts';
import { reviewScript } from '../support/scripted-review.ts';

const where = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.file}:${f.startLine}`);

describe.each<[string, () => LaunchSettings | undefined]>([
  ['direct', () => undefined],
  ['container', () => containerRunner()],
])('a hostile pull request, %s mode', (mode, runner) => {
  let clean: HostileRepo;
  let hostile: HostileRepo;
  beforeAll(async () => {
    clean = await hostileRepo({ attack: false });
    hostile = await hostileRepo();
  });
  afterAll(async () => {
    await clean.close();
    await hostile.close();
  });

  it('reaches neither the model nor the runner, and the review finds what it finds without it', async () => {
    const scan = async (r: HostileRepo) => {
      // A self-hosted runner's own ~/.codex and ~/.agents/skills must stay out of the review too.
      const home = process.env.HOME;
      process.env.HOME = r.runnerHome;
      try {
        return await scanWith(reviewScript(), {
          settings: { scanRoot: r.scanRoot, repoRoot: r.repo, ...(runner() ? { runner: runner() } : {}) },
        });
      } finally {
        process.env.HOME = home;
      }
    };
    const without = await scan(clean);
    const attacked = await scan(hostile);
    try {
      expect(attacked.server.violations).toEqual([]);
      expect(attacked.outcome.report.status).toBe('completed');
      expect(attacked.outcome.report.codex.mode).toBe(mode);
      expect(markersSent(attacked.server.requests)).toEqual([]);
      expect(hostile.markFiles(attacked.outcome.codexHome!)).toEqual([]);
      expect(hostile.providerConnections()).toBe(0);
      expect(where(attacked.outcome.findings)).toEqual(where(without.outcome.findings));
      expect(attacked.outcome.findings.length).toBe(4);
      // The files are still there for the review to read, as data, if it chooses to.
      expect(attacked.server.requests.length).toBe(without.server.requests.length);
    } finally {
      await without.cleanup();
      await attacked.cleanup();
    }
  });
});

interface Run {
  markers: string[];
  marks: string[];
  requests: RecordedRequest[];
}

/** codex exec with the action's own command line less the named settings, in the hostile repository. */
async function codexWithout(
  repo: HostileRepo,
  drop: string[],
  opts: { trustedByDefault?: boolean; runnerHome?: boolean } = {},
): Promise<Run> {
  const server = await startFakeResponses({
    token: TOKEN,
    script: sequence(toolCall('ls -la'), finalMessage(JSON.stringify({ summary: 'Reviewed.', findings: [] }))),
  });
  const scratch = join(repo.root, `run-${Math.random().toString(36).slice(2)}`);
  const codexHome = join(scratch, 'codex-home');
  const home = opts.runnerHome ? repo.runnerHome : join(scratch, 'home');
  mkdirSync(codexHome, { recursive: true });
  mkdirSync(home, { recursive: true });
  // What a runner's own config, or a later Codex default, might say: this project is trusted.
  if (opts.trustedByDefault)
    writeFileSync(join(codexHome, 'config.toml'), `[projects.${JSON.stringify(repo.repo)}]\ntrust_level = "trusted"\n`);
  const schema = join(scratch, 'schema.json');
  writeFileSync(
    schema,
    JSON.stringify({
      type: 'object',
      properties: { summary: { type: 'string' }, findings: { type: 'array', items: { type: 'string' } } },
      required: ['summary', 'findings'],
      additionalProperties: false,
    }),
  );
  const full = buildCodexArgs({
    workdir: repo.scanRoot,
    prompt: 'Review the code.',
    outputSchemaFile: schema,
    instructionsFile: writeReviewerInstructions(scratch),
    baseUrl: server.url,
    sandbox: 'read-only',
    requestMaxRetries: 0,
    streamMaxRetries: 0,
    streamIdleTimeoutMs: 5000,
    projectDirs: [repo.scanRoot, repo.repo],
  });
  const args = full.filter(
    (a, i) =>
      !drop.some((d) => a.startsWith(`${d}=`) || a === d || full[i + 1]?.startsWith(`${d}=`) || full[i + 1] === d),
  );
  expect(full.length - args.length).toBe(drop.length * 2);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(CODEX_BIN, args, {
      env: codexEnvironment(process.env, { codexHome, home }, TOKEN),
      cwd: repo.scanRoot,
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  // A notify program or a hook runs after Codex's turn, possibly in the background.
  await new Promise((r) => setTimeout(r, 300));
  await server.close();
  return { markers: markersSent(server.requests), marks: repo.markFiles(codexHome), requests: server.requests };
}

describe('each pinned setting is what stops its part of the attack', () => {
  let repo: HostileRepo;
  beforeAll(async () => {
    repo = await hostileRepo();
  });
  afterAll(async () => {
    await repo.close();
  });

  it('with every setting in place, nothing gets through even when the project would be trusted', async () => {
    const run = await codexWithout(repo, [], { trustedByDefault: true, runnerHome: true });
    expect(run.requests.length).toBe(2);
    expect(run.markers).toEqual([]);
    expect(run.marks).toEqual([]);
  });

  it('project_doc_max_bytes keeps out AGENTS.override.md at the root and AGENTS.md in the reviewed directory', async () => {
    // An explicitly untrusted project loads no AGENTS files either; Codex's default does, unless this setting stops it.
    expect((await codexWithout(repo, ['projects'])).markers).toEqual([]);
    const run = await codexWithout(repo, ['projects', 'project_doc_max_bytes']);
    expect(run.markers).toEqual(expect.arrayContaining(['STEER_ROOT_OVERRIDE', 'STEER_NESTED_AGENTS']));
  });

  it('skills.include_instructions keeps out the skills of .agents/skills and .codex/skills', async () => {
    const run = await codexWithout(repo, ['skills.include_instructions']);
    expect(run.markers).toEqual(
      expect.arrayContaining([
        'STEER_AGENTS_SKILL_DESCRIPTION',
        'STEER_CODEX_SKILL_DESCRIPTION',
        'STEER_NESTED_SKILL_DESCRIPTION',
      ]),
    );
    expect(run.markers.filter((m) => m.startsWith('STEER_RUNNER'))).toEqual([]);
  });

  it("the scan's own HOME keeps out the runner user's ~/.agents/skills", async () => {
    const run = await codexWithout(repo, ['skills.include_instructions'], { runnerHome: true });
    expect(run.markers).toContain('STEER_RUNNER_SKILL_DESCRIPTION');
  });

  it('the untrusted pin keeps out project config when the project would otherwise be trusted', async () => {
    // Without the reviewer's own instructions file too, which would otherwise win over the config's `instructions`.
    const run = await codexWithout(repo, ['projects', 'model_instructions_file'], { trustedByDefault: true });
    // The reviewed directory's config wins over the root's, key by key; its MCP server starts on the runner.
    expect(run.markers).toEqual(
      expect.arrayContaining(['STEER_NESTED_CONFIG_DEVELOPER_INSTRUCTIONS', 'STEER_NESTED_CONFIG_INSTRUCTIONS']),
    );
    expect(run.marks).toContain('mcp-NESTED_CONFIG');
  });
});

describe('the trusted context of a pull request comes from its base', () => {
  const pullRequest = (r: HostileRepo) => ({
    name: 'pull_request',
    payload: {
      pull_request: { number: 7, base: { sha: r.base }, head: { sha: r.head, repo: { full_name: 'octo-org/shop' } } },
    },
  });
  const step = (r: HostileRepo, url: string) =>
    runStep({
      workspace: r.repo,
      event: pullRequest(r),
      inputs: {
        'api-key': TOKEN,
        'base-url': url,
        'codex-bin': CODEX_BIN,
        path: SCANNED,
        'context-file': CONTEXT_FILE,
        'fail-on': 'none',
      },
    });

  it('uses the base version of a context file the pull request rewrites, and flags every steering file it changes', async () => {
    const repo = await hostileRepo({ baseContext: BASE_CONTEXT });
    // The review reads the one changed source file; the steering files it leaves alone, as a model may.
    const server = await startFakeResponses({
      token: TOKEN,
      script: readingFirst(reviewScript(), 'cat src/version.js'),
      expectOutputSchema: true,
    });
    try {
      const result = await step(repo, server.url);
      expect(result.code).toBe(0);
      expect(server.violations).toEqual([]);
      const prompt = JSON.stringify(server.requests[0]!.body!.input);
      expect(prompt).toContain(BASE_CONTEXT.trim().replace(/"/g, '\\"'));
      expect(markersSent(server.requests)).toEqual([]);
      const report = JSON.parse(readFileSync(result.outputs['report-file']!, 'utf8'));
      expect(report.scan.context).toMatchObject({
        file: CONTEXT_FILE,
        readFrom: 'base',
        revision: repo.base,
        changedByPullRequest: true,
      });
      const steering = report.steering.changed.map((c: { path: string; kind: string }) => `${c.kind} ${c.path}`);
      expect(steering).toEqual(
        expect.arrayContaining([
          'context-file .github/security-review.md',
          'assistant AGENTS.md',
          'assistant AGENTS.override.md',
          'assistant .agents/skills/approved/SKILL.md',
          'assistant .codex/config.toml',
          'assistant .codex/hooks.json',
          'assistant app/AGENTS.md',
          'assistant app/.agents/skills/local/SKILL.md',
        ]),
      );
      expect(steering).not.toContain('assistant app/src/version.js');
      expect(result.summary).toContain('the base version was used');
      expect(result.summary).toContain('Review-steering files changed by this pull request');
      expect(
        result.commands
          .filter((c) => c.name === 'warning')
          .map((c) => c.line)
          .join('\n'),
      ).toContain('the review used the version of the base commit');
    } finally {
      await server.close();
      await repo.close();
    }
  });

  it('fails clearly when the context file is too large, or not in the base at all', async () => {
    const large = await hostileRepo({ baseContext: 'x'.repeat(40 * 1024) });
    const added = await hostileRepo();
    const server = await startFakeResponses({ token: TOKEN, script: reviewScript(), expectOutputSchema: true });
    try {
      const tooLarge = await step(large, server.url);
      expect(tooLarge.code).toBe(1);
      expect(tooLarge.commands.find((c) => c.name === 'error')!.line).toBe(
        `::error::Input context-file: ${CONTEXT_FILE} is 40960 bytes, more than the 32768 allowed. Keep it to what a reviewer needs (threat model, scope, known-safe patterns).`,
      );
      const notInBase = await step(added, server.url);
      expect(notInBase.code).toBe(1);
      expect(notInBase.commands.find((c) => c.name === 'error')!.line).toContain(
        `Input context-file: ${CONTEXT_FILE} does not exist in the pull request's base commit ${added.base.slice(0, 12)}`,
      );
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
      await large.close();
      await added.close();
    }
  });
});
