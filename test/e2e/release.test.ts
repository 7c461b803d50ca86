// The release, dry: the scripts the release workflow runs, against a registry on 127.0.0.1 instead of GHCR. Build
// and push the runner image from a base pinned by digest, pin the pushed digest, verify it, and scan with it; then
// show what the pin is for: a tag moved to other content cannot swap the image, and a digest the registry lost
// fails the pull with a clear message.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireImage } from '../../src/container/image.js';
import { finalMessage, readingFirst, sequence } from '../support/fake-responses.ts';
import { BASE_IMAGE, containerRunner, dockerSync, HOST_CA_BUNDLE, startRegistry } from '../support/docker.ts';
import { ROOT, scanWith } from '../support/harness.ts';
import { CODEX_VERSION } from '../../src/util/version.js';

const script = (name: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(name.endsWith('.ts') ? process.execPath : 'bash', [join(ROOT, 'scripts/release', name), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();

const pull = (image: string) => acquireImage({ image, policy: 'pull', codexVersion: CODEX_VERSION, log: () => {} });

describe('release dry run', () => {
  // Pushing the 900 MB image through a real registry and pulling it back takes about a minute on two busy cores.
  it('builds, pushes, pins and verifies; the pinned image scans; a moved tag cannot swap it; a lost digest fails clearly', async () => {
    const registry = await startRegistry();
    const name = `${registry.host}/vega-codex-runner`;
    const dir = mkdtempSync(join(tmpdir(), 'release-'));
    const refs: string[] = [];
    let digest = '';
    try {
      // The base, pinned by digest the way the workflow pins debian:bookworm-slim.
      const baseTag = `${registry.host}/debian:bookworm`;
      dockerSync('tag', BASE_IMAGE, baseTag);
      refs.push(baseTag);
      execFileSync('docker', ['push', '--quiet', baseTag], { stdio: 'ignore' });
      const base = script('resolve-base.sh', [baseTag]);
      expect(base).toMatch(new RegExp(`^${registry.host}/debian@sha256:[0-9a-f]{64}$`));
      expect(() =>
        script('publish-image.sh', [name, '9.9.9'], { BASE_IMAGE: baseTag, PLATFORMS: 'linux/amd64' }),
      ).toThrow(/BASE_IMAGE must be pinned by digest/);

      digest = script('publish-image.sh', [name, '9.9.9'], {
        BASE_IMAGE: base,
        PLATFORMS: 'linux/amd64',
        EXTRA_CA_FILE: HOST_CA_BUNDLE,
      });
      refs.push(`${name}:9.9.9`);
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      const pinnedRef = `${name}:9.9.9@${digest}`;
      const labels = JSON.parse(
        execFileSync('docker', ['image', 'inspect', '--format', '{{json .Config.Labels}}', `${name}:9.9.9`], {
          encoding: 'utf8',
        }),
      );
      expect(labels).toMatchObject({
        'org.opencontainers.image.version': '9.9.9',
        'org.opencontainers.image.base.name': base,
        'dev.vega.codex.version': CODEX_VERSION,
      });

      // The pin goes into the action's default image reference (a copy here, not the checkout).
      const published = join(dir, 'published-image.json');
      copyFileSync(join(ROOT, 'src/container/published-image.json'), published);
      expect(script('pin-image.ts', [name, '9.9.9', digest, published])).toContain(`pinned ${pinnedRef}`);
      expect(JSON.parse(readFileSync(published, 'utf8'))).toEqual({ name, tag: '9.9.9', digest });
      expect(() => script('pin-image.ts', [name, '9.9.9', 'sha256:short', published])).toThrow(
        /digest sha256:short is not sha256:<64 hex>/,
      );
      expect(script('verify-image.sh', [pinnedRef])).toBe(`verified ${name}@${digest}`);

      // The pinned reference, pulled afresh, runs a scan.
      dockerSync('rmi', `${name}:9.9.9`);
      const run = await scanWith(
        readingFirst(sequence(finalMessage(JSON.stringify({ summary: 'Reviewed.', findings: [] })))),
        { settings: { runner: containerRunner({ image: pinnedRef, policy: 'pull' }) } },
      );
      try {
        expect(run.outcome.report.status).toBe('completed');
        expect(run.outcome.report.container).toMatchObject({
          requested: pinnedRef,
          digest: `${name}@${digest}`,
          verified: true,
          obtainedBy: 'pull',
        });
      } finally {
        await run.cleanup();
      }

      // Someone re-pushes the tag with other content: the tag follows, the pin does not.
      writeFileSync(join(dir, 'Dockerfile'), `FROM ${pinnedRef}\nLABEL dev.vega.codex.tampered=yes\n`);
      refs.push(
        execFileSync('docker', ['build', '--quiet', '-t', `${name}:9.9.9`, dir], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }).trim(),
      );
      execFileSync('docker', ['push', '--quiet', `${name}:9.9.9`], { stdio: 'ignore' });
      const byTag = await pull(`${name}:9.9.9`);
      expect(byTag.digest).not.toBe(`${name}@${digest}`);
      expect(byTag.verified).toBe(false);
      const byPin = await pull(pinnedRef);
      expect(byPin).toMatchObject({ digest: `${name}@${digest}`, verified: true });

      // A registry whose tag holds other content and that does not have the pinned digest (never had it, or lost
      // it): the pull fails and says why.
      const other = await startRegistry();
      try {
        const moved = `${other.host}/vega-codex-runner:9.9.9`;
        const tiny = join(dir, 'tiny');
        mkdirSync(tiny);
        writeFileSync(join(tiny, 'Dockerfile'), 'FROM scratch\nCOPY Dockerfile /other\n');
        execFileSync('docker', ['build', '--quiet', '-t', moved, tiny], { stdio: 'ignore' });
        refs.push(moved);
        execFileSync('docker', ['push', '--quiet', moved], { stdio: 'ignore' });
        const lost = `${moved}@${digest}`;
        const escaped = lost.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        await expect(pull(lost)).rejects.toThrow(
          new RegExp(
            `^Could not pull ${escaped}: .*manifest unknown.*The reference pins ${digest}: a registry that lost it`,
          ),
        );
      } finally {
        await other.stop();
      }
    } finally {
      // Whatever the test tagged or pulled, including what an early failure left.
      for (const ref of [...refs, ...(digest ? [`${name}@${digest}`] : [])])
        spawnSync('docker', ['rmi', '-f', ref], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
      await registry.stop();
    }
  }, 300_000);
});

describe('release tags', () => {
  it('commit the pin and dist/, tag vX.Y.Z and move v1 to it, locally without PUSH', () => {
    const repo = mkdtempSync(join(tmpdir(), 'release-tags-'));
    const git = (...a: string[]) =>
      execFileSync('git', ['-C', repo, ...a], {
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.invalid',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.invalid',
        },
      }).trim();
    const tag = (version: string) =>
      execFileSync('bash', [join(ROOT, 'scripts/release/tag-release.sh'), version], {
        cwd: repo,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim();
    try {
      git('init', '-q', '-b', 'main');
      mkdirSync(join(repo, 'src/container'), { recursive: true });
      mkdirSync(join(repo, 'dist'));
      writeFileSync(join(repo, 'src/container/published-image.json'), 'unpinned\n');
      writeFileSync(join(repo, 'dist/index.js'), 'old\n');
      git('add', '.');
      git('commit', '-qm', 'work');
      for (const [version, content] of [
        ['1.2.3', 'pinned 1'],
        ['1.2.4', 'pinned 2'],
      ] as const) {
        writeFileSync(join(repo, 'src/container/published-image.json'), `${content}\n`);
        writeFileSync(join(repo, 'dist/index.js'), `${content} bundle\n`);
        writeFileSync(join(repo, 'dist/1.index.js'), 'a new chunk\n');
        expect(tag(version)).toMatch(new RegExp(`^tagged [0-9a-f]+ as v${version.replace(/\./g, '\\.')} and v1$`));
        const head = git('rev-parse', 'HEAD');
        expect(git('rev-parse', `v${version}^{commit}`)).toBe(head);
        expect(git('rev-parse', 'v1^{commit}')).toBe(head);
        expect(git('show', `v${version}:src/container/published-image.json`)).toBe(content);
        expect(git('status', '--porcelain')).toBe('');
      }
      expect(git('rev-parse', 'v1.2.3^{commit}')).not.toBe(git('rev-parse', 'v1^{commit}'));
      expect(() => tag('one')).toThrow();
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
