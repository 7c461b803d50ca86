import { describe, expect, it } from 'vitest';
import {
  buildDockerRunArgs,
  DEFAULT_LIMITS,
  PLACEHOLDER_KEY,
  type SandboxOptions,
} from '../../src/container/docker-run.js';
import { LABEL } from '../../src/container/labels.js';
import { isStale } from '../../src/container/lifecycle.js';

const opts: SandboxOptions = {
  image: 'vega-codex-runner:1',
  name: 'vega-codex-abc',
  identity: {
    scanId: 'abc',
    repository: 'o/r',
    runId: '7',
    job: 'scan',
    createdAt: '2026-01-01T00:00:00.000Z',
    deadline: '2026-01-01T01:00:00.000Z',
    actionVersion: '1.0.0',
  },
  workspace: '/src',
  vegaDir: '/tmp/w/vega',
  codexHome: '/tmp/w/home',
  network: 'model-only',
  limits: DEFAULT_LIMITS,
  apiKeyEnv: 'VEGA_CODEX_API_KEY',
  codexArgs: ['exec', '--json'],
};

const pairs = (args: string[], flag: string) => args.flatMap((a, i) => (args[i - 1] === flag ? [a] : []));

describe('buildDockerRunArgs', () => {
  const args = buildDockerRunArgs(opts);

  it('hardens the container', () => {
    expect(args.slice(0, 4)).toEqual(['run', '--rm', '--name', 'vega-codex-abc']);
    expect(pairs(args, '--user')).toEqual(['1001:1001']);
    expect(pairs(args, '--cap-drop')).toEqual(['ALL']);
    expect(pairs(args, '--security-opt')).toEqual(['no-new-privileges']);
    expect(args).toContain('--read-only');
    expect(pairs(args, '--pids-limit')).toEqual(['512']);
    expect(pairs(args, '--memory')).toEqual(['4g']);
    expect(pairs(args, '--cpus')).toEqual(['2']);
    expect(pairs(args, '--network')).toEqual(['none']);
    expect(pairs(args, '--tmpfs').every((t) => t.includes('nosuid'))).toBe(true);
  });

  it("mounts the source read-only and only Codex's home writable", () => {
    expect(pairs(args, '--mount')).toEqual([
      'type=bind,source=/src,target=/workspace,readonly',
      'type=bind,source=/tmp/w/vega,target=/vega,readonly',
      'type=bind,source=/tmp/w/home,target=/home/codex/.codex',
    ]);
  });

  it('labels the container with its scan', () => {
    const labels = Object.fromEntries(pairs(args, '--label').map((l) => l.split(/=(.*)/s).slice(0, 2)));
    expect(labels).toEqual({
      [LABEL.scanId]: 'abc',
      [LABEL.repository]: 'o/r',
      [LABEL.runId]: '7',
      [LABEL.job]: 'scan',
      [LABEL.createdAt]: '2026-01-01T00:00:00.000Z',
      [LABEL.deadline]: '2026-01-01T01:00:00.000Z',
      [LABEL.actionVersion]: '1.0.0',
    });
  });

  it('gives Codex a placeholder key, never a real one, and ends with the image and codex arguments', () => {
    expect(pairs(args, '--env')).toContain(`VEGA_CODEX_API_KEY=${PLACEHOLDER_KEY}`);
    expect(args.slice(-3)).toEqual(['vega-codex-runner:1', 'exec', '--json']);
  });

  it('uses the bridge network only when asked', () => {
    expect(pairs(buildDockerRunArgs({ ...opts, network: 'bridge' }), '--network')).toEqual(['bridge']);
  });
});

describe('isStale', () => {
  const now = new Date('2026-01-01T00:30:00Z');
  it('removes stopped containers and running ones past their deadline, never a live or starting scan', () => {
    const c = {
      id: 'x',
      name: 'n',
      scanId: 's',
      createdAt: '2026-01-01T00:29:30.000Z',
      deadline: '2026-01-01T01:00:00.000Z',
    };
    expect(isStale({ ...c, state: 'running' }, now)).toBe(false);
    expect(isStale({ ...c, state: 'exited' }, now)).toBe(true);
    expect(isStale({ ...c, state: 'dead' }, now)).toBe(true);
    expect(isStale({ ...c, state: 'created' }, now)).toBe(false);
    expect(isStale({ ...c, state: 'created', createdAt: '2026-01-01T00:00:00.000Z' }, now)).toBe(true);
    expect(isStale({ ...c, state: 'removing' }, now)).toBe(false);
    expect(isStale({ ...c, state: 'running', deadline: '2026-01-01T00:00:00.000Z' }, now)).toBe(true);
    expect(isStale({ ...c, state: 'running', deadline: 'garbage' }, now)).toBe(true);
  });
});
