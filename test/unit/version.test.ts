import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagedCodexVersion, probeCodexVersion } from '../../src/codex/version.js';
import { DEFAULT_IMAGE } from '../../src/config/inputs.js';
import { formatImageRef, parseImageRef } from '../../src/container/image-ref.js';
import published from '../../src/container/published-image.json' with { type: 'json' };
import { ACTION_VERSION, CODEX_VERSION } from '../../src/util/version.js';
import { CODEX_BIN, ROOT } from '../support/harness.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  devDependencies: Record<string, string>;
};

describe('versions', () => {
  it('the action, its default image and the Codex CLI it is tested with agree with package.json', () => {
    expect(ACTION_VERSION).toBe(pkg.version);
    expect(published.tag).toBe(pkg.version);
    // Unreleased, the default is the tag; a release pins its digest (release.test.ts).
    expect(DEFAULT_IMAGE).toBe(
      published.digest
        ? `ghcr.io/org/vega-codex-runner:${pkg.version}@${published.digest}`
        : `ghcr.io/org/vega-codex-runner:${pkg.version}`,
    );
    expect(CODEX_VERSION).toBe(pkg.devDependencies['@openai/codex']);
    expect(readFileSync(join(ROOT, 'docker/codex-runner/Dockerfile'), 'utf8')).toContain(
      `ARG CODEX_VERSION=${CODEX_VERSION}`,
    );
  });

  it("reads an npm-installed Codex's version without starting it, and the same as it says itself", async () => {
    expect(packagedCodexVersion(CODEX_BIN)).toBe(CODEX_VERSION);
    expect((await probeCodexVersion(CODEX_BIN, { PATH: process.env.PATH! })).version).toBe(CODEX_VERSION);
    const dir = mkdtempSync(join(tmpdir(), 'codex-wrapper-'));
    try {
      writeFileSync(join(dir, 'codex'), '#!/bin/sh\necho codex-cli 9.9.9\n', { mode: 0o755 });
      writeFileSync(join(dir, 'plain'), '', { mode: 0o644 });
      expect(packagedCodexVersion(join(dir, 'codex'))).toBeUndefined();
      expect(packagedCodexVersion(join(dir, 'plain'))).toBeUndefined();
      expect(packagedCodexVersion('codex')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('image references', () => {
  const digest = `sha256:${'0a'.repeat(32)}`;
  it.each([
    ['ghcr.io/o/vega-codex-runner:1.2.3', { name: 'ghcr.io/o/vega-codex-runner', tag: '1.2.3' }],
    [`127.0.0.1:5000/x/y:1@${digest}`, { name: '127.0.0.1:5000/x/y', tag: '1', digest }],
    [`127.0.0.1:5000/x@${digest}`, { name: '127.0.0.1:5000/x', digest }],
    ['vega-codex-runner', { name: 'vega-codex-runner' }],
  ])('%s', (ref, parsed) => {
    expect(parseImageRef(ref)).toEqual(parsed);
    expect(formatImageRef(parseImageRef(ref)!)).toBe(ref);
  });

  it.each(['', 'UPPER/case:1', 'x@sha256:short', `x@${digest}@${digest}`, 'x:bad tag', 'x/'])('refuses %j', (ref) => {
    expect(parseImageRef(ref)).toBeUndefined();
  });
});
