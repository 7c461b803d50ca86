// The demo's scripted model: the review the tests use plus one false positive a real model makes on the example's
// safe look-alike (the parameterised query in findUserSafely), and verifiers that read the finding's code before they
// answer, judge it from what they read, and give their reason. Every answer reports the usage a real endpoint would:
// the request's tokens, the part of it an earlier request under the same prompt_cache_key already sent (cached), and
// the answer's tokens. Only Node built-ins and the test stand-in: `node` runs it directly.
import {
  finalMessage,
  promptOf,
  proposedFix,
  toolCall,
  toolOutputs,
  verdict,
  verifiedFinding,
  type RecordedRequest,
  type Reply,
  type Script,
} from '../test/support/fake-responses.ts';
import { SEARCH_COMMAND, findingsFrom } from '../test/support/scripted-review.ts';
import { encode } from 'gpt-tokenizer/encoding/o200k_base';

/** What a model misreads: a query that names id next to its SQL text looks injectable at a glance. */
const LOOK_ALIKE = {
  match: /client\.query\('SELECT[^']*\$1', \[id\]\)/,
  finding: {
    ruleId: 'sql-injection',
    title: 'findUserSafely passes id into its SQL statement',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-89'],
    description: 'findUserSafely hands the id argument to client.query together with the SELECT statement.',
    recommendation: 'Check that id cannot change the statement.',
  },
};

/** The review: list, search, then the true findings and the look-alike at the lines the search printed. */
export function demoReview(): Script {
  return (request) => {
    if (request.threadIndex === 0) return toolCall('ls -R . | head -50');
    if (request.threadIndex === 1) return toolCall(SEARCH_COMMAND);
    const outputs = toolOutputs(request);
    const lookAlikes = outputs
      .flatMap((o) => o.split('\n'))
      .map((l) => /^(?:\.\/)?([^\s:]+):(\d+):(.*)$/.exec(l))
      .filter((m) => m && LOOK_ALIKE.match.test(m[3]!))
      .map((m) => ({
        ...LOOK_ALIKE.finding,
        file: m![1]!,
        startLine: Number(m![2]),
        endLine: Number(m![2]),
        fix: null,
      }));
    const findings = [...findingsFrom(outputs), ...lookAlikes];
    return finalMessage(
      JSON.stringify({
        summary: `Followed each query parameter into its helper; ${findings.length} issues.`,
        findings,
      }),
      { reasoning: 'Following the query parameters into the helpers.' },
    );
  };
}

interface Read {
  /** The finding's file, its flagged line's text, the enclosing function and where that function is called. */
  file: string;
  line: number;
  text: string;
  fn: string | undefined;
  callers: { file: string; line: number; text: string }[];
}

const CONTEXT_LINES = 8;
const firstLine = (line: number) => Math.max(1, line - CONTEXT_LINES);

/** What the verifier learnt from its two commands: the code around the finding, and a search for its callers. */
function readBack(request: RecordedRequest): Read {
  const f = verifiedFinding(request)!;
  // Codex puts a header (chunk id, wall time, exit code) before each command's output.
  const [code = '', search = ''] = toolOutputs(request).map((o) =>
    o.slice(o.indexOf('Output:\n') + 'Output:\n'.length),
  );
  const lines = code.split('\n');
  const at = f.startLine - firstLine(f.startLine);
  const fn = lines
    .slice(0, at + 1)
    .reverse()
    .map((l) => /function (\w+)\(/.exec(l)?.[1])
    .find(Boolean);
  const callers = search
    .split('\n')
    .map((l) => /^(?:\.\/)?([^\s:]+):(\d+):(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m && !/function |module\.exports/.test(m[3]!))
    .map((m) => ({ file: m[1]!, line: Number(m[2]), text: m[3]!.trim() }));
  return { file: f.file, line: f.startLine, text: lines[at] ?? '', fn, callers };
}

/** The verdict a careful reader gives on what it read. */
function judge(r: Read, request: RecordedRequest): Reply {
  const at = (line: number, note: string) => ({ file: r.file, line, note });
  const route = r.callers.find((c) => /searchParams/.test(c.text));
  const source = route && {
    file: route.file,
    line: route.line,
    note: `${route.text.match(/get\('(\w+)'\)/)?.[1]} from the query string`,
  };
  const fix = proposedFix(request)
    ? {
        verdict: 'correct' as const,
        reason: 'The new query sends id as bind parameter $1; nothing else in findUser changes.',
      }
    : null;
  if (/\$1', \[id\]\)/.test(r.text))
    return verdict(
      'refuted',
      `The statement is parameterised: id travels as bind value $1, never as SQL text${route ? '' : ', and no route calls ' + r.fn}.`,
      [at(r.line, 'id passed as a bind parameter')],
    );
  if (source && /\+ id \+/.test(r.text))
    return verdict(
      'confirmed',
      'id goes from GET /user unmodified into the SQL text that client.query runs.',
      [source, at(r.line, 'concatenated into SQL'), at(r.line + 1, 'executed')],
      "GET /user?id=' OR '1'='1",
      fix,
    );
  if (source && /exec\('ping -c 1 ' \+ host/.test(r.text))
    return verdict(
      'confirmed',
      'host from GET /ping reaches child_process.exec inside a shell command line.',
      [source, at(r.line, 'shell command built from host')],
      'GET /ping?host=127.0.0.1;id',
    );
  if (source && /path\.join\(UPLOADS, name\)/.test(r.text))
    return verdict(
      'confirmed',
      'name from GET /download is joined onto UPLOADS without a check, so ../ leaves the directory.',
      [source, at(r.line, 'path built from name'), at(r.line + 1, 'file read')],
      'GET /download?name=..%2F..%2F..%2Fetc%2Fpasswd',
    );
  if (/postgres:\/\/\w+:[^@]+@/.test(r.text))
    return verdict(
      'confirmed',
      'A real-looking database password ships in the source as the fallback for DATABASE_URL.',
      [at(r.line, 'password in the default connection string')],
    );
  return verdict('uncertain', 'The code read does not show whether the value is reachable.');
}

/** A verifier reads the finding's code, then searches for the callers of the function it is in, then answers. */
export function demoVerifier(): Script {
  return (request) => {
    const f = verifiedFinding(request)!;
    if (request.threadIndex === 0)
      return toolCall(`sed -n '${firstLine(f.startLine)},${f.endLine + CONTEXT_LINES}p' ${f.file}`);
    const read = readBack(request);
    if (request.threadIndex === 1 && read.fn) return toolCall(`grep -rn "${read.fn}(" src`);
    return judge(read, request);
  };
}

/** Tokens of a text in the o200k encoding, as the benchmark counts them (bench/tokens.ts). */
export const tokensOf = (text: string) => encode(text).length;

export interface Usage {
  input: number;
  cached: number;
  output: number;
}

/**
 * Replies priced as an endpoint bills them: `price(script)` answers as the script does, with the request's own input
 * and output tokens as its usage; the stand-in's prompt cache (one per prompt_cache_key) then fills in what was
 * cached. `usages()` lists every priced request's, in order.
 */
export function meter(): { price: (script: Script) => Script; usages: () => Usage[] } {
  const priced: { request: RecordedRequest; input: number; output: number }[] = [];
  const price =
    (script: Script): Script =>
    (request) => {
      const reply = script(request);
      if (reply.kind !== 'sse') return reply;
      const answer = reply.events
        .filter((e) => e.type === 'response.output_item.done')
        .map((e) => JSON.stringify(e.item));
      const input = tokensOf(promptOf(request.body ?? {}));
      const output = tokensOf(answer.join(''));
      priced.push({ request, input, output });
      const reported = {
        input_tokens: input,
        input_tokens_details: { cached_tokens: 0 },
        output_tokens: output,
        output_tokens_details: { reasoning_tokens: 0 },
        total_tokens: input + output,
      };
      const events = reply.events.map((e) =>
        e.type === 'response.completed' ? { ...e, response: { ...(e.response as object), usage: reported } } : e,
      );
      return { ...reply, events };
    };
  const usages = () => priced.map((p) => ({ input: p.input, cached: p.request.cachedTokens ?? 0, output: p.output }));
  return { price, usages };
}
