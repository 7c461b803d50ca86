// A scripted model that reviews examples/vulnerable-app the way a real one would: it asks Codex to list and search
// the files, then reports findings at the lines Codex's own commands printed. Used by the demo and the tests.
import { finalMessage, toolCall, toolOutputs, type Script } from './fake-responses.ts';

interface Pattern {
  match: RegExp;
  finding: {
    ruleId: string;
    title: string;
    severity: string;
    confidence: string;
    cwe: string[];
    description: string;
    recommendation: string;
  };
  /** The fix the model proposes, from the line the search printed. */
  fix?: (line: number) => { startLine: number; endLine: number; replacement: string };
}

/** The SQL injection's fix: the concatenated query and its call become one parameterised call. */
export const SQL_FIX = "  const result = await client.query('SELECT id, name, email FROM users WHERE id = $1', [id]);";

const PATTERNS: Pattern[] = [
  {
    match: /SELECT .* \+ id/,
    finding: {
      ruleId: 'sql-injection',
      title: 'SQL query built from the id query parameter',
      severity: 'critical',
      confidence: 'high',
      cwe: ['CWE-89'],
      description:
        'GET /user passes the id parameter to findUser, which concatenates it into a SQL string executed by client.query.',
      recommendation: 'Use a parameterised query, as findUserSafely does.',
    },
    fix: (line) => ({ startLine: line, endLine: line + 1, replacement: SQL_FIX }),
  },
  {
    match: /exec\('ping/,
    finding: {
      ruleId: 'command-injection',
      title: 'Shell command built from the host query parameter',
      severity: 'high',
      confidence: 'high',
      cwe: ['CWE-78'],
      description: 'GET /ping passes the host parameter to child_process.exec inside a shell command line.',
      recommendation: 'Use execFile("ping", ["-c", "1", host]) and validate host as a hostname.',
    },
  },
  {
    match: /path\.join\(UPLOADS, name\)/,
    finding: {
      ruleId: 'path-traversal',
      title: 'File read with a user-supplied name',
      severity: 'high',
      confidence: 'medium',
      cwe: ['CWE-22'],
      description: 'GET /download joins the name parameter onto the uploads directory; "../" sequences escape it.',
      recommendation: 'Resolve the path and check that it stays inside UPLOADS, or look files up by id.',
    },
  },
  {
    match: /postgres:\/\/admin:/,
    finding: {
      ruleId: 'hardcoded-secret',
      title: 'Database password in the default connection string',
      severity: 'medium',
      confidence: 'high',
      cwe: ['CWE-798'],
      description: 'config.js ships a default DATABASE_URL with a real-looking password.',
      recommendation: 'Remove the default, require DATABASE_URL, and rotate the password.',
    },
  },
];

/** The `grep -n` lines (`path:line:text`) in the outputs Codex sent back. */
function grepHits(outputs: string[]): { file: string; line: number; text: string }[] {
  const hits: { file: string; line: number; text: string }[] = [];
  for (const out of outputs) {
    for (const l of out.split('\n')) {
      const m = /^(?:\.\/)?([^\s:]+):(\d+):(.*)$/.exec(l);
      if (m) hits.push({ file: m[1]!, line: Number(m[2]), text: m[3]! });
    }
  }
  return hits;
}

export const SEARCH_COMMAND = `grep -rnE "SELECT|exec\\(|path\\.join|postgres://" src`;

type FixOf = NonNullable<Pattern['fix']>;

/** `fixes`: a fix by rule id, over the patterns' own (a test's broken fix, say). */
export function findingsFrom(outputs: string[], fixes: Record<string, FixOf> = {}): Record<string, unknown>[] {
  const findings: Record<string, unknown>[] = [];
  for (const hit of grepHits(outputs)) {
    const p = PATTERNS.find((x) => x.match.test(hit.text));
    const fix = p && (fixes[p.finding.ruleId] ?? p.fix);
    if (p)
      findings.push({
        ...p.finding,
        file: hit.file,
        startLine: hit.line,
        endLine: hit.line,
        fix: fix?.(hit.line) ?? null,
      });
  }
  return findings;
}

export function reviewScript(fixes: Record<string, FixOf> = {}): Script {
  return (request) => {
    if (request.threadIndex === 0) return toolCall('ls -R . | head -50');
    if (request.threadIndex === 1) return toolCall(SEARCH_COMMAND);
    const findings = findingsFrom(toolOutputs(request), fixes);
    return finalMessage(
      JSON.stringify({
        summary: `Reviewed the HTTP handlers and their helpers; ${findings.length} exploitable issues.`,
        findings,
      }),
      { reasoning: 'Following the query parameters into the helpers.' },
    );
  };
}

/**
 * The same review for one shard: the model reads the scope list the prompt names, searches only those files, and
 * reports what the search printed.
 */
export function shardReviewScript(): Script {
  return (request) => {
    const prompt = JSON.stringify(request.body?.input ?? '');
    const list =
      /files listed, one path per line relative to the current directory, in (\S+?)\. Read that list first/.exec(
        prompt,
      )?.[1];
    if (!list) return finalMessage(JSON.stringify({ summary: 'no scope list in the prompt', findings: [] }));
    if (request.threadIndex === 0)
      return toolCall(
        `head -n 40 $(cat ${list}) /dev/null; grep -nE "SELECT|exec\\(|path\\.join|postgres://" $(cat ${list}) /dev/null || true`,
      );
    const findings = findingsFrom(toolOutputs(request));
    return finalMessage(JSON.stringify({ summary: `shard review: ${findings.length} findings`, findings }));
  };
}
