// The scan pipeline end to end: the real codex binary, the scripted Responses API, files on disk.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  finalMessage,
  httpError,
  readingFirst,
  sequence,
  silentStream,
  toolCall,
  toolOutputs,
  type Script,
} from '../support/fake-responses.ts';
import { scanWith, TOKEN, type ScanRun } from '../support/harness.ts';
import { sarifProblems } from '../support/sarif-check.ts';
import { reviewScript, SEARCH_COMMAND } from '../support/scripted-review.ts';

let current: ScanRun | undefined;
afterEach(async () => {
  if (!current) return;
  expect(current.leftovers()).toEqual([]);
  await current.cleanup();
  current = undefined;
});

async function scan(script: Script, opts: Parameters<typeof scanWith>[1] = {}): Promise<ScanRun> {
  current = await scanWith(script, opts);
  return current;
}

const answer = (findings: unknown[], summary = 'Reviewed.') => JSON.stringify({ summary, findings });
const sqli = {
  ruleId: 'sql-injection',
  title: 'SQL built from the id parameter',
  severity: 'critical',
  confidence: 'high',
  cwe: ['CWE-89'],
  file: 'src/db.js',
  startLine: 8,
  endLine: 9,
  description: 'id is concatenated into SQL.',
  recommendation: 'Bind it.',
};

function sarifOf(run: ScanRun) {
  return JSON.parse(readFileSync(run.outcome.report.files.sarif, 'utf8'));
}

describe('a scan that completes', () => {
  it('turns an answer after one read into findings, SARIF, report and events', async () => {
    const run = await scan(readingFirst(sequence(finalMessage(answer([sqli]))), 'cat src/db.js'));
    const { report } = run.outcome;
    expect(report.status).toBe('completed');
    expect(report.conclusion).toBe('failure'); // one critical, fail-on high
    expect(report.exit).toEqual({ code: 0, signal: null, timedOut: false, cancelled: false });
    expect(report.thread.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(report.codex.version).toBe('0.169.0');
    expect(report.usage.input_tokens).toBe(250);
    expect(report.usage.output_tokens).toBe(60);
    expect(report.coverage).toMatchObject({ filesRead: 1, read: [{ path: 'src/db.js', how: 'whole' }] });
    expect(report.findings.items).toEqual([
      expect.objectContaining({
        ruleId: 'sql-injection',
        file: 'src/db.js',
        startLine: 8,
        endLine: 9,
        severity: 'critical',
      }),
    ]);
    expect(report.events.byType).toMatchObject({
      'thread.started': 1,
      'turn.started': 1,
      'item.completed:agent_message': 1,
      'turn.completed': 1,
    });
    expect(report.events.problemCount).toBe(0);
    expect(run.server.violations).toEqual([]);
    expect(run.server.requests).toHaveLength(2);

    // The events file holds every line Codex printed, verbatim.
    const events = readFileSync(report.files.events, 'utf8');
    expect(events.trim().split('\n')).toHaveLength(report.events.lines);
    expect(events).toContain('"type":"turn.completed"');
    expect(sarifProblems(report.files.sarif)).toEqual([]);
    expect(sarifOf(run).runs[0].results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'src/db.js' },
      region: { startLine: 8, endLine: 9 },
    });
  });

  it('lets Codex run commands that read the files, and reports what they showed', async () => {
    const run = await scan(reviewScript(), { settings: { failOn: 'none' } });
    const { report } = run.outcome;
    expect(report.conclusion).toBe('success');
    expect(report.commands.items.map((c) => c.command)).toEqual([
      `/bin/bash -lc 'ls -R . | head -50'`,
      expect.stringContaining('grep -rnE'),
    ]);
    expect(report.commands.items.every((c) => c.exitCode === 0)).toBe(true);
    // The model saw the real file contents through Codex's tool output.
    const outputs = toolOutputs(run.server.requests[2]!).join('\n');
    expect(outputs).toContain(
      `src/db.js:8:  const query = "SELECT id, name, email FROM users WHERE id = '" + id + "'";`,
    );
    expect(report.findings.items.map((f) => `${f.severity} ${f.ruleId} ${f.file}:${f.startLine}`)).toEqual([
      'critical sql-injection src/db.js:8',
      'high path-traversal src/files.js:7',
      'high command-injection src/tools.js:5',
      'medium hardcoded-secret src/config.js:3',
    ]);
    expect(report.findings.bySeverity).toEqual({ critical: 1, high: 2, medium: 1, low: 0 });
    expect(sarifProblems(report.files.sarif)).toEqual([]);
    expect(SEARCH_COMMAND).toContain('grep');
  });

  it('keeps every secret away from the commands the model runs', async () => {
    process.env.GITHUB_TOKEN = 'ghs_runner_token_value_123';
    process.env.ACTIONS_RUNTIME_TOKEN = 'runtime_token_value_456';
    try {
      const probe =
        'env; for p in /proc/[0-9]*; do tr "\\0" "\\n" < $p/environ 2>/dev/null; done; cat /proc/$PPID/cmdline | tr "\\0" " "';
      const run = await scan((r) => (r.index === 0 ? toolCall(probe) : finalMessage(answer([]))));
      const seen = toolOutputs(run.server.requests[1]!).join('\n');
      expect(seen).toContain('CODEX_THREAD_ID='); // the probe ran and printed an environment
      for (const secret of [TOKEN, 'ghs_runner_token_value_123', 'runtime_token_value_456', 'VEGA_CODEX_API_KEY'])
        expect(seen).not.toContain(secret);
      expect(readFileSync(run.outcome.report.files.report, 'utf8')).not.toContain(TOKEN);
      expect(readFileSync(run.outcome.report.files.events, 'utf8')).not.toContain(TOKEN);
    } finally {
      delete process.env.GITHUB_TOKEN;
      delete process.env.ACTIONS_RUNTIME_TOKEN;
    }
  });

  it('drops findings that cannot be placed and findings that break the schema, saying why', async () => {
    const findings = [
      sqli,
      { ...sqli, file: '/etc/passwd' },
      { ...sqli, file: 'src/db.js', startLine: 900, endLine: 901 },
      { ...sqli, severity: 'apocalyptic' },
      sqli,
    ];
    const run = await scan(readingFirst(sequence(finalMessage(answer(findings))), 'cat src/db.js'));
    const { report } = run.outcome;
    expect(report.status).toBe('completed');
    expect(report.findings.total).toBe(1);
    expect(report.dropped.map((d) => d.reason)).toEqual([
      'file is outside the scanned tree',
      'line 900 is past the end of src/db.js (18 lines)',
      'duplicate of another sql-injection finding at src/db.js:8',
    ]);
    expect(report.rejected).toEqual([
      expect.objectContaining({ index: 3, reason: expect.stringContaining('severity') }),
    ]);
    expect(report.warnings.join('\n')).toContain('1 findings broke the schema');
  });
});

describe('a scan that cannot be trusted fails, keeps its files and says why', () => {
  async function failed(script: Script, opts: Parameters<typeof scanWith>[1] = {}) {
    const run = await scan(script, opts);
    const { report } = run.outcome;
    expect(report.conclusion).not.toBe('success');
    expect(report.failure).not.toBeNull();
    expect(report.findings.total).toBe(0);
    // Whatever happened, SARIF and report are on disk and valid.
    expect(sarifProblems(report.files.sarif, { multitool: false })).toEqual([]);
    expect(sarifOf(run).runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(JSON.parse(readFileSync(report.files.report, 'utf8')).status).toBe(report.status);
    return run;
  }

  it('a final answer that is not JSON', async () => {
    const run = await failed(sequence(finalMessage('Everything looks fine to me!')));
    expect(run.outcome.report.failure!.reason).toBe(
      `Codex finished, but the model's final answer is not JSON: "Everything looks fine to me!".`,
    );
    expect(run.outcome.report.exit.code).toBe(0);
  });

  it('an answer without the findings list', async () => {
    const run = await failed(sequence(finalMessage(JSON.stringify({ summary: 'x', issues: [] }))));
    expect(run.outcome.report.failure!.reason).toContain('breaks the findings schema (findings:');
  });

  it('HTTP 500 from the model endpoint', async () => {
    const run = await failed(sequence(httpError(500, 'upstream exploded')));
    const { report } = run.outcome;
    expect(report.exit.code).toBe(1);
    expect(report.failure!.reason).toMatch(/^Codex's turn failed: /);
    expect(report.failure!.hint).toContain('server errors');
    expect(report.events.byType['turn.failed']).toBe(1);
  });

  it('HTTP 401: the key was refused', async () => {
    const run = await failed(sequence(httpError(401, 'Incorrect API key provided', 'invalid_request_error')));
    expect(run.outcome.report.failure!.reason).toContain('401');
    expect(run.outcome.report.failure!.hint).toContain('api-key');
    expect(run.server.requests).toHaveLength(1);
  });

  it('HTTP 429: rate limited', async () => {
    const run = await failed(sequence(httpError(429, 'Rate limit reached', 'rate_limit_exceeded')));
    expect(run.outcome.report.failure!.reason).toContain('429');
    expect(run.outcome.report.failure!.hint).toContain('rate limiting');
  });

  it('a stream cut short after a message: the partial answer is not trusted', async () => {
    const run = await failed(sequence(finalMessage(answer([sqli]), { cut: true })));
    const { report } = run.outcome;
    expect(report.events.byType['item.completed:agent_message']).toBe(1);
    expect(report.failure!.reason).toContain('stream');
    expect(report.failure!.hint).toContain('stream stopped');
  });

  it('a stream that goes silent', async () => {
    const run = await failed(sequence(silentStream()), { settings: { streamIdleTimeoutMs: 1500 } });
    expect(run.outcome.report.failure!.reason).toContain('idle timeout');
  });

  it('the model server is down: no endless reconnecting', async () => {
    const run = await failed(sequence(finalMessage(answer([]))), { serverDown: true });
    const { report } = run.outcome;
    expect(report.failure!.reason).toContain('Connection failed');
    expect(report.failure!.hint).toContain('could not connect to base-url');
    expect(report.timing.codexMs!).toBeLessThan(30_000);
  });

  it('Codex runs past timeout-minutes: its whole process group is stopped', async () => {
    const run = await failed(sequence(silentStream()), {
      settings: { timeoutMinutes: 0.05, streamIdleTimeoutMs: 600_000 },
    });
    const { report } = run.outcome;
    expect(report.status).toBe('timed_out');
    expect(report.conclusion).toBe('timed_out');
    expect(report.exit.timedOut).toBe(true);
    expect(report.events.byType['thread.started']).toBe(1);
  });

  it('the scan is cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1500);
    const run = await failed(sequence(silentStream()), {
      settings: { streamIdleTimeoutMs: 600_000 },
      signal: controller.signal,
    });
    expect(run.outcome.report.status).toBe('cancelled');
  });

  it('codex-bin points nowhere: the seed\'s "fails to start" checklist', async () => {
    const run = await failed(sequence(finalMessage(answer([]))), {
      settings: { runner: { mode: 'direct', bin: '/nonexistent/codex', source: 'codex-bin' } },
    });
    const { report } = run.outcome;
    expect(report.failure!.reason).toBe(
      'Codex failed to start: "/nonexistent/codex" (from codex-bin): no such file or command',
    );
    expect(report.failure!.hint).toContain('VEGA_V16_CODEX_BIN');
    expect(run.server.requests).toHaveLength(0);
  });

  describe('a Codex binary that misbehaves', () => {
    let binDir: string;
    afterEach(() => rmSync(binDir, { recursive: true, force: true }));
    const wrapper = (body: string) => {
      binDir = mkdtempSync(join(tmpdir(), 'fake-codex-'));
      const bin = join(binDir, 'codex');
      writeFileSync(bin, `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "codex-cli 0.169.0"; exit 0; fi\n${body}\n`);
      chmodSync(bin, 0o755);
      return { runner: { mode: 'direct' as const, bin, source: 'VEGA_V16_CODEX_BIN' as const } };
    };

    it('crashes mid-stream: partial events and bad lines are kept, the scan fails', async () => {
      const settings = wrapper(`echo '{"type":"thread.started","thread_id":"t-crash"}'
echo '{"type":"turn.started"}'
printf 'garbage \\377 line\\n'
echo '{"type":"item.completed","item":{"id":"item_0","type":"agent_message","text":"{}"}}'
echo 'panicked at codex-rs/core: index out of bounds' >&2
kill -SEGV $$`);
      const run = await failed(sequence(finalMessage(answer([]))), { settings });
      const { report } = run.outcome;
      expect(report.exit.signal).toBe('SIGSEGV');
      expect(report.failure!.reason).toBe('Codex exited with signal SIGSEGV before completing its turn.');
      expect(report.failure!.hint).toContain('panicked at codex-rs/core');
      expect(report.thread.id).toBe('t-crash');
      expect(report.events.problems).toEqual([{ line: 3, reason: 'not valid UTF-8' }]);
      const events = readFileSync(report.files.events);
      expect(events.includes(Buffer.from([0x67, 0x61, 0x72, 0x62, 0x61, 0x67, 0x65, 0x20, 0xff]))).toBe(true);
      expect(events.toString('latin1').split('\n').filter(Boolean)).toHaveLength(4);
    });

    it('hangs and ignores SIGTERM: killed with its children at the time limit', async () => {
      const settings = wrapper(`trap '' TERM
echo '{"type":"thread.started","thread_id":"t-hang"}'
sleep 600 &
wait`);
      const run = await failed(sequence(finalMessage(answer([]))), { settings: { ...settings, timeoutMinutes: 0.03 } });
      expect(run.outcome.report.status).toBe('timed_out');
      expect(run.outcome.report.timing.codexMs!).toBeLessThan(15_000);
    });
  });
});

describe('a review that did not happen is incomplete, never green', () => {
  it('names exactly the files the review read, whole or in part, in total and per directory', async () => {
    const run = await scan(readingFirst(reviewScript(), 'cat package.json && sed -n 1,20p src/server.js | head -5'), {
      settings: { failOn: 'none' },
    });
    const { report } = run.outcome;
    expect(report.status).toBe('completed');
    // ls -R reads nothing; the search printed lines of four files; cat and sed read two more.
    expect(report.coverage!.read).toEqual([
      { path: 'package.json', how: 'whole' },
      { path: 'src/config.js', how: 'part' },
      { path: 'src/db.js', how: 'part' },
      { path: 'src/files.js', how: 'part' },
      { path: 'src/server.js', how: 'part' },
      { path: 'src/tools.js', how: 'part' },
    ]);
    expect(report.coverage).toMatchObject({
      filesInScope: 8,
      filesRead: 6,
      percent: 75,
      byDirectory: [
        { directory: '.', filesInScope: 2, filesRead: 1 },
        { directory: 'public', filesInScope: 1, filesRead: 0 },
        { directory: 'src', filesInScope: 5, filesRead: 5 },
      ],
    });
    expect(sarifOf(run).runs[0].properties).toMatchObject({
      status: 'completed',
      coverage: { filesInScope: 8, filesRead: 6, percent: 75 },
    });
  });

  it('an answer that declines, having read nothing, ends incomplete even with fail-on none', async () => {
    const run = await scan(
      sequence(finalMessage(JSON.stringify({ summary: "I'm sorry, but I can't help with that.", findings: [] }))),
      { settings: { failOn: 'none' } },
    );
    const { report } = run.outcome;
    expect(report.status).toBe('incomplete');
    expect(report.conclusion).toBe('failure');
    expect(report.failure!.reason).toBe(
      `Codex declined to review and read none of the 8 files in scope: "I'm sorry, but I can't help with that."`,
    );
    expect(sarifOf(run).runs[0].invocations[0].executionSuccessful).toBe(false);
  });

  it('findings without reading anything are not a review either', async () => {
    const run = await scan(sequence(finalMessage(answer([sqli]))), { settings: { failOn: 'none' } });
    expect(run.outcome.report.status).toBe('incomplete');
    expect(run.outcome.report.failure!.reason).toBe(
      'Codex answered without reading any of the 8 files in scope, so no review happened.',
    );
  });

  it('min-coverage above what was read ends incomplete, and what was read is still reported', async () => {
    const run = await scan(readingFirst(sequence(finalMessage(answer([sqli]))), 'cat src/db.js'), {
      settings: { failOn: 'none', minCoverage: 50 },
    });
    const { report } = run.outcome;
    expect(report.status).toBe('incomplete');
    expect(report.failure!.reason).toBe('The review read 1 of 8 files in scope (12.5 %), under min-coverage 50 %.');
    expect(report.findings.total).toBe(1);
  });
});
