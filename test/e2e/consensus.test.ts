// Findings you can trust: three independent review passes of the example app, with the real Codex against the
// scripted model, each reporting the true findings a little differently and false positives on the app's safe
// look-alikes; every cluster is then verified in its own thread, which answers per finding. What is kept, what is
// dropped and why, the votes and verdicts, and that the threads really ran side by side.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  finalMessage,
  silentStream,
  toolCall,
  verdict,
  verifiedFinding,
  type RecordedRequest,
  type Script,
} from '../support/fake-responses.ts';
import { containerRunner } from '../support/docker.ts';
import { scanWith, settingsFor, type ScanRun } from '../support/harness.ts';
import { sarifProblems } from '../support/sarif-check.ts';
import { replayScan } from '../../src/scan/pipeline.js';
import { silentLog } from '../../src/util/log.js';
import type { LaunchSettings } from '../../src/config/settings.js';

const runs: ScanRun[] = [];
afterEach(async () => {
  for (const r of runs.splice(0)) {
    expect(r.leftovers()).toEqual([]);
    await r.cleanup();
  }
});

const finding = (
  ruleId: string,
  file: string,
  line: number,
  title: string,
  description: string,
  severity = 'high',
  cwe = ['CWE-89'],
) => ({
  ruleId,
  title,
  severity,
  confidence: 'high',
  cwe,
  file,
  startLine: line,
  endLine: line,
  description,
  recommendation: 'Fix it.',
});

const SQLI = (line: number, title = 'SQL injection in findUser through the id parameter') =>
  finding(
    'sql-injection',
    'src/db.js',
    line,
    title,
    'findUser concatenates id from GET /user into a SQL string run by client.query.',
    'critical',
  );
const CMDI = (rule: string, line: number) =>
  finding(
    rule,
    'src/tools.js',
    line,
    'ping runs a shell with the host parameter',
    'GET /ping passes host to child_process.exec in a shell command line.',
    'high',
    ['CWE-78'],
  );
const PATH = (line: number) =>
  finding(
    'path-traversal',
    'src/files.js',
    line,
    'readUpload joins an unchecked name onto UPLOADS',
    'GET /download passes name to path.join, so ../ escapes the uploads directory.',
    'high',
    ['CWE-22'],
  );
const SECRET = finding(
  'hardcoded-secret',
  'src/config.js',
  3,
  'Database password in the default DATABASE_URL',
  'config.js ships a default connection string with a password.',
  'medium',
  ['CWE-798'],
);
// False positives on safe look-alikes: a parameterised query, and a path built from constants.
const SAFE_QUERY = finding(
  'sql-injection',
  'src/db.js',
  14,
  'findUserSafely might pass id into its statement',
  'findUserSafely hands id to client.query together with a statement text.',
  'critical',
);
const SAFE_PATH = finding(
  'path-traversal',
  'src/files.js',
  4,
  'UPLOADS directory derived with path.join',
  'The UPLOADS constant is computed with path.join from __dirname.',
  'medium',
  ['CWE-22'],
);
// Reported by one pass each, and confirmed by the first verifier: disputed, so verified a second time.
const IDOR = finding(
  'broken-access-control',
  'src/server.js',
  9,
  'GET /user returns any account without authentication',
  'The /user route hands any id to findUser and returns the row, with no session or ownership check.',
  'high',
  ['CWE-639'],
);
const LISTEN = finding(
  'insecure-configuration',
  'src/server.js',
  22,
  'The server listens on every interface',
  'server.listen(config.port) binds all interfaces instead of loopback.',
  'low',
  ['CWE-1327'],
);

/** What each pass answers: the same vulnerabilities, reported with other lines, rules and words. */
const ANSWERS = [
  [SQLI(8), CMDI('command-injection', 5), PATH(7), SECRET, SAFE_QUERY, SAFE_PATH],
  [
    SQLI(9, 'User id concatenated into a raw SQL query in findUser'),
    CMDI('command-injection', 5),
    PATH(8),
    SAFE_QUERY,
    IDOR,
  ],
  [SQLI(8), CMDI('code-injection', 6), LISTEN],
];

/** The verifier's verdict on each reported location; opinion 2 is a second verification of the same finding. */
function judgeOf(f: { file: string; startLine: number }, opinion = 1): ReturnType<typeof verdict> {
  const at = `${f.file}:${f.startLine}`;
  if (at === 'src/server.js:9')
    return verdict('confirmed', 'Any caller can read any account: /user has no authentication.', [
      { file: 'src/server.js', line: 10, note: 'id from the query string, no session check' },
    ]);
  // The first verifier is wrong here; the second one reads the code better.
  if (at === 'src/server.js:22')
    return opinion === 1
      ? verdict('confirmed', 'Listening on all interfaces exposes the service.')
      : verdict(
          'refuted',
          'Binding every interface is how a service in a container is reached; nothing here is exploitable.',
        );
  if (/db\.js:(8|9)$/.test(at))
    return verdict(
      'confirmed',
      'id flows unmodified from the query string into the SQL text.',
      [
        { file: 'src/server.js', line: 9, note: 'id read from the query string' },
        { file: 'src/db.js', line: 8, note: 'concatenated into SQL' },
        { file: 'nowhere/else.js', line: 1, note: 'a step the verifier made up' },
      ],
      "GET /user?id=' OR '1'='1",
    );
  if (/tools\.js:(5|6)$/.test(at))
    return verdict('confirmed', 'host reaches exec() inside a shell command line.', [
      { file: 'src/tools.js', line: 5, note: 'exec with host' },
    ]);
  if (/db\.js:14$/.test(at))
    return verdict('refuted', 'The statement is parameterised ($1): id is sent as a bind value, never as SQL.');
  if (/files\.js:4$/.test(at)) return verdict('refuted', 'UPLOADS is built from constants only; no input reaches it.');
  return verdict('uncertain', 'Could not tell whether the value is reachable.');
}

/** Which verification of its finding a request belongs to: 1, or 2 for the second thread that names it. */
function opinionCounter(): (r: RecordedRequest) => number {
  const threads = new Map<string, string[]>();
  return (r) => {
    const f = verifiedFinding(r)!;
    const seen = threads.get(`${f.file}:${f.startLine}`) ?? [];
    if (!seen.includes(r.thread)) seen.push(r.thread);
    threads.set(`${f.file}:${f.startLine}`, seen);
    return seen.indexOf(r.thread) + 1;
  };
}

function consensusScript(): { review: Script; verifier: Script; order: string[] } {
  const order: string[] = [];
  const opinionOf = opinionCounter();
  const review: Script = (r: RecordedRequest) => {
    if (!order.includes(r.thread)) order.push(r.thread);
    const pass = order.indexOf(r.thread);
    if (r.threadIndex === 0) return toolCall('grep -rnE "SELECT|exec\\(|path\\.join|postgres://" src');
    return finalMessage(JSON.stringify({ summary: `pass ${pass + 1}`, findings: ANSWERS[pass % ANSWERS.length] }));
  };
  const verifier: Script = (r) => {
    const f = verifiedFinding(r)!;
    const opinion = opinionOf(r);
    return r.threadIndex === 0 ? toolCall(`sed -n '1,20p' ${f.file}`) : judgeOf(f, opinion);
  };
  return { review, verifier, order };
}

async function consensusScan(runner?: LaunchSettings): Promise<ScanRun> {
  const { review, verifier } = consensusScript();
  const run = await scanWith(review, {
    verifier,
    settings: {
      passes: 3,
      minAgreement: 2,
      verify: true,
      verifyConcurrency: 4,
      failOn: 'none',
      ...(runner ? { runner } : {}),
    },
  });
  runs.push(run);
  return run;
}

const summaryOf = (run: ScanRun) => {
  const { report } = run.outcome;
  return {
    kept: report.findings.items
      .map((f) => `${f.ruleId} ${f.file}:${f.startLine} votes ${f.consensus!.votes} ${f.verification!.verdict}`)
      .sort(),
    dropped: report.consensus!.dropped.map((d) => `${d.ruleId} ${d.file}:${d.startLine} ${d.why}`).sort(),
  };
};

const overlapping = (spans: { startedAt: string | null; finishedAt: string | null }[]) =>
  spans.some((a, i) =>
    spans.some(
      (b, j) =>
        i !== j &&
        Date.parse(a.startedAt!) < Date.parse(b.finishedAt!) &&
        Date.parse(b.startedAt!) < Date.parse(a.finishedAt!),
    ),
  );

describe('passes, clusters and verification', () => {
  it('keeps what is confirmed or agreed on, drops what is refuted or outvoted, and says why everywhere', async () => {
    const run = await consensusScan();
    const { report } = run.outcome;
    expect(run.server.violations).toEqual([]);
    expect(report.status).toBe('completed');
    expect(summaryOf(run)).toEqual({
      kept: [
        'broken-access-control src/server.js:9 votes 1 confirmed',
        'command-injection src/tools.js:5 votes 3 confirmed',
        'path-traversal src/files.js:7 votes 2 uncertain',
        'sql-injection src/db.js:8 votes 3 confirmed',
      ],
      dropped: [
        'hardcoded-secret src/config.js:3 too few votes',
        'insecure-configuration src/server.js:22 refuted',
        'path-traversal src/files.js:4 refuted',
        'sql-injection src/db.js:14 refuted',
      ],
    });
    // Every variant stays in the report; the representative's rule is the one most passes gave.
    const cmd = report.findings.items.find((f) => f.file === 'src/tools.js')!;
    expect(cmd.consensus!.variants.map((v) => `${v.ruleId}:${v.startLine}`).sort()).toEqual([
      'code-injection:6',
      'command-injection:5',
      'command-injection:5',
    ]);
    expect(report.verification!.dropped.map((d) => d.reason)).toEqual([
      'The statement is parameterised ($1): id is sent as a bind value, never as SQL.',
      'UPLOADS is built from constants only; no input reaches it.',
      'A first verification confirmed it, but few passes reported it and a second, independent verification refuted it: Binding every interface is how a service in a container is reached; nothing here is exploitable.',
    ]);
    expect(report.consensus!.policy.rule).toContain('at least 2 of 3 passes');
    expect(report.consensus!.policy.rule).toContain('verified a second time');

    // Each cluster verified once, in a thread of its own that named only that finding; the two that one pass reported
    // and the first verifier confirmed (disputed), once more in another fresh thread.
    const verifications = run.server.requests.filter((r) => r.verification);
    const named = verifications
      .filter((r) => r.threadIndex === 0)
      .map((r) => `${verifiedFinding(r)!.file}:${verifiedFinding(r)!.startLine}`);
    expect(named.sort()).toEqual([
      'src/config.js:3',
      'src/db.js:14',
      'src/db.js:8',
      'src/files.js:4',
      'src/files.js:7',
      'src/server.js:22',
      'src/server.js:22',
      'src/server.js:9',
      'src/server.js:9',
      'src/tools.js:5',
    ]);
    expect(new Set(verifications.map((r) => r.thread)).size).toBe(10);
    expect(report.verification!).toMatchObject({
      verified: 8,
      secondOpinions: 2,
      byVerdict: { confirmed: 3, refuted: 3, uncertain: 2, unverified: 0 },
    });
    const idor = report.findings.items.find((f) => f.file === 'src/server.js')!;
    expect(idor.verification!.opinions!.map((o) => o.verdict)).toEqual(['confirmed', 'confirmed']);
    expect(readFileSync(report.files.events.replace('v16-events.jsonl', 'v16-threads.json'), 'utf8')).toContain(
      '"opinion": 2',
    );
    // The three passes, and the verifications, ran side by side.
    expect(overlapping(report.passes)).toBe(true);
    expect(
      report.passes.every((a) => report.passes.every((b) => Date.parse(a.startedAt!) < Date.parse(b.finishedAt!))),
    ).toBe(true);
    expect(overlapping(report.verification!.threads)).toBe(true);
    expect(report.tokens!.byStage.review!.responses).toBe(6);
    expect(report.tokens!.byStage.verification!.responses).toBe(20);

    // SARIF: votes and verdicts as properties, the verified data flow as a code flow in files that exist.
    const sarif = JSON.parse(readFileSync(report.files.sarif, 'utf8'));
    expect(sarifProblems(report.files.sarif)).toEqual([]);
    const sqli = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId.startsWith('sql-injection'));
    expect(sqli.properties).toMatchObject({
      votes: 3,
      passes: [1, 2, 3],
      verification: 'confirmed',
      exploit: "GET /user?id=' OR '1'='1",
    });
    expect(
      sqli.codeFlows[0].threadFlows[0].locations.map(
        (l: { location: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } } }) =>
          `${l.location.physicalLocation.artifactLocation.uri}:${l.location.physicalLocation.region.startLine}`,
      ),
    ).toEqual(['src/server.js:9', 'src/db.js:8']);
    expect(sqli.message.text).toContain('Reported by 3 of the review passes (#1, #2, #3). Verification: confirmed.');
    expect(sarif.runs[0].results).toHaveLength(4);
    const twice = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId.startsWith('broken-access-control'));
    // Which pass number reported it depends on which thread reached the model first.
    expect(twice.properties).toMatchObject({ votes: 1, verification: 'confirmed', verifications: 2 });
    expect(twice.properties.passes).toHaveLength(1);
    expect(twice.message.text).toMatch(
      /Reported by 1 of the review passes \(#[123]\)\. Verification: confirmed twice\./,
    );

    // Replay recomputes clusters, verdicts and the report from the recorded threads, without a model.
    const replayed = await replayScan(
      settingsFor(run.dir, 'http://127.0.0.1:9/v1', {
        outputDir: join(run.dir, 'replay'),
        sarifFile: join(run.dir, 'replay', 'r.sarif'),
      }),
      report.files.events,
      silentLog,
    );
    expect(summaryOf({ ...run, outcome: replayed })).toEqual(summaryOf(run));
  });

  it('a verification that hangs is uncertain, never confirmed; past verify-limit clusters stay unverified with a warning', async () => {
    const { review } = consensusScript();
    const verifier: Script = (r) => {
      const f = verifiedFinding(r)!;
      // The verification of the SQL injection never answers.
      if (f.file === 'src/db.js' && f.startLine === 8) return silentStream();
      return r.threadIndex === 0 ? toolCall(`sed -n '1,20p' ${f.file}`) : judgeOf(f);
    };
    const run = await scanWith(review, {
      verifier,
      settings: {
        passes: 3,
        minAgreement: 2,
        verify: true,
        verifyLimit: 3,
        // Long enough for a verification that reads a file and answers on a loaded runner; the hung one waits it out.
        verifyTimeoutMinutes: 0.15,
        streamIdleTimeoutMs: 600_000,
        failOn: 'none',
      },
    });
    runs.push(run);
    const { report } = run.outcome;
    expect(report.status).toBe('completed');
    // Most severe first: the two critical SQL clusters and then the command injection are verified; five are not.
    expect(report.verification!.threads.map((t) => `${t.cluster} ${t.verdict}`).length).toBe(3);
    const sqli = report.findings.items.find((f) => f.file === 'src/db.js' && f.startLine === 8)!;
    expect(sqli.verification).toMatchObject({ verdict: 'uncertain' });
    // The finding says there is no verdict; why is in the report's warnings (and the log), not in the finding.
    expect(sqli.verification).toMatchObject({
      reason: 'the verification did not finish',
      problem: expect.stringContaining('Codex did not finish within the time limit'),
    });
    expect(report.warnings).toContainEqual(
      expect.stringMatching(
        /^1 verifications gave no verdict, so their findings count as uncertain: c\d+: The verification did not finish: Codex did not finish within the time limit/,
      ),
    );
    expect(report.verification!.byVerdict).toEqual({ confirmed: 1, refuted: 1, uncertain: 1, unverified: 5 });
    expect(report.warnings).toContain(
      '5 of 8 clusters were not verified (verify-limit 3); they are kept only with min-agreement votes.',
    );
    expect(summaryOf(run).kept).toEqual([
      'command-injection src/tools.js:5 votes 3 confirmed',
      'path-traversal src/files.js:7 votes 2 unverified',
      'sql-injection src/db.js:8 votes 3 uncertain',
    ]);
  });

  it('with verify-disputed false, one confirmation keeps what a single pass reported', async () => {
    const { review, verifier } = consensusScript();
    const run = await scanWith(review, {
      verifier,
      settings: {
        passes: 3,
        minAgreement: 2,
        verify: true,
        verifyDisputed: false,
        verifyConcurrency: 4,
        failOn: 'none',
      },
    });
    runs.push(run);
    const { report } = run.outcome;
    expect(summaryOf(run).kept).toContain('insecure-configuration src/server.js:22 votes 1 confirmed');
    expect(report.verification).toMatchObject({ verified: 8, secondOpinions: 0 });
    expect(report.consensus!.policy.rule).not.toContain('second time');
  });

  it('container mode runs the same stages to the same judgement', async () => {
    const run = await consensusScan(containerRunner());
    expect(run.outcome.report.codex.mode).toBe('container');
    expect(run.outcome.report.status).toBe('completed');
    expect(summaryOf(run)).toEqual({
      kept: [
        'broken-access-control src/server.js:9 votes 1 confirmed',
        'command-injection src/tools.js:5 votes 3 confirmed',
        'path-traversal src/files.js:7 votes 2 uncertain',
        'sql-injection src/db.js:8 votes 3 confirmed',
      ],
      dropped: [
        'hardcoded-secret src/config.js:3 too few votes',
        'insecure-configuration src/server.js:22 refuted',
        'path-traversal src/files.js:4 refuted',
        'sql-injection src/db.js:14 refuted',
      ],
    });
    expect(overlapping(run.outcome.report.passes)).toBe(true);
  });
});
