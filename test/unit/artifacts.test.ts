// The scan's artifact holds the files as they are on disk, byte for byte, except where a secret had to go: a patch
// in it must apply as the one beside the report does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { uploadScanArtifact } from '../../src/github/artifacts.js';
import { Redactor } from '../../src/util/redact.js';
import { startFakeArtifacts, type FakeArtifacts } from '../support/fake-artifacts.ts';
import { unzip } from '../support/unzip.ts';

const SECRET = 'sk-test-0123456789abcdef';
let dir: string;
let service: FakeArtifacts;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'artifact-copy-'));
  service = await startFakeArtifacts();
  for (const [k, v] of Object.entries(service.env)) vi.stubEnv(k, v);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await service.close();
  rmSync(dir, { recursive: true, force: true });
});

async function upload(files: Record<string, Buffer>): Promise<Map<string, Buffer>> {
  const paths = Object.entries(files).map(([name, data]) => {
    writeFileSync(join(dir, name), data);
    return join(dir, name);
  });
  const redactor = new Redactor();
  redactor.add(SECRET);
  // The artifact client logs every request.
  const quiet = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await uploadScanArtifact({ name: 'scan', files: paths, stagingDir: join(dir, 'staging') }, redactor);
  } finally {
    quiet.mockRestore();
  }
  expect(service.violations).toEqual([]);
  return unzip(service.artifacts[0]!.data);
}

describe('the artifact copy', () => {
  it('is byte-identical to each file that holds no secret', async () => {
    const files = {
      'v16-fixes.patch': Buffer.from('--- a/win.js\n+++ b/win.js\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+B\r\n'),
      'no-final-break.txt': Buffer.from('one\ntwo'),
      'latin1.patch': Buffer.from('--- a/x.c\n+++ b/x.c\n@@ -1,2 +1,2 @@\n caf\xe9\n-a\n+b\n', 'latin1'),
      'lone-cr.txt': Buffer.from('a\rb\r\n\n'),
      'empty.txt': Buffer.alloc(0),
      // Longer than a read chunk, and no line break for a long way.
      'long.txt': Buffer.concat([Buffer.alloc(200_000, 0xe9), Buffer.from('\r\n'), Buffer.alloc(100_000, 0x61)]),
    };
    const copies = await upload(files);
    expect([...copies.keys()].sort()).toEqual(Object.keys(files).sort());
    for (const [name, data] of Object.entries(files)) expect(copies.get(name)!.equals(data), name).toBe(true);
  });

  it('replaces a secret and keeps every other byte, also where a secret spans two read chunks', async () => {
    // The second secret starts 10 bytes before the end of the first 64 KiB chunk.
    const before = Buffer.concat([
      Buffer.from('caf\xe9 ', 'latin1'),
      Buffer.from(`${SECRET}\r\n`),
      Buffer.alloc(65_495, 0x78),
      Buffer.from(`${SECRET} ${Buffer.from(SECRET).toString('base64')}`),
    ]);
    const after = Buffer.concat([
      Buffer.from('caf\xe9 ', 'latin1'),
      Buffer.from('***\r\n'),
      Buffer.alloc(65_495, 0x78),
      Buffer.from('*** ***'),
    ]);
    const copies = await upload({ 'v16-events.jsonl': before });
    expect(copies.get('v16-events.jsonl')!.equals(after)).toBe(true);
  });
});
