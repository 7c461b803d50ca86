// A scripted stand-in for the OpenAI Responses API (`POST /v1/responses`, server-sent events), the way the Codex CLI
// calls it. It checks every request as the real endpoint would (method, path, bearer token, body shape, the
// structured-output schema) and answers 400 to anything else, so a stand-in that accepts anything cannot hide a bug.
// Like a caching endpoint, it reports as cached the part of each request's prompt that an earlier request under the
// same prompt_cache_key began with.
// Only Node built-ins are imported: `node` can run this file directly (the demo does).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './listen.ts';

export interface RecordedRequest {
  /** Among the requests the script answers (reviews, not verifications): 0, 1, … */
  index: number;
  /**
   * Codex's thread (the `thread-id` header Codex 0.169.0 sends with each request; without one, the prompt_cache_key),
   * and this request's place in it.
   */
  thread: string;
  threadIndex: number;
  /**
   * Set by the server: the prompt's length in characters, and how much of it an earlier request under its
   * prompt_cache_key began with.
   */
  promptChars?: number;
  cachedChars?: number;
  /** Set by the server: the cached input tokens it reported in its answer's usage. */
  cachedTokens?: number;
  /** A verification thread's request (its prompt starts with the verification task). */
  verification: boolean;
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown> | undefined;
}

/** What the server does with one request. */
export type Reply =
  | { kind: 'sse'; events: Record<string, unknown>[]; silent?: boolean }
  | { kind: 'status'; status: number; body: unknown }
  /** The server goes away: this connection and every other one is dropped and nothing listens any more. */
  | { kind: 'shutdown' };

export type Script = (request: RecordedRequest) => Reply;

export interface FakeResponsesOptions {
  token: string;
  script: Script;
  /** Reject requests whose body lacks `text.format` of type json_schema (Codex sends it with --output-schema). */
  expectOutputSchema?: boolean;
  /** Listen on a unix socket instead of 127.0.0.1. */
  socketPath?: string;
  /** Answers verification threads; without it each is answered "uncertain" at once, as a model that cannot tell. */
  verifier?: Script;
  /** Wait this long before each answer, as a real endpoint does before its first token. Without it, answers are instant. */
  firstTokenMs?: number;
}

/** The fixed start of the action's verification prompt (src/verify/verification.ts; a unit test keeps them equal). */
export const VERIFY_PREFIX = 'You are verifying one finding of a security review';

/** The finding a verification request names, read back from its prompt. */
export function verifiedFinding(
  request: RecordedRequest,
): { title: string; file: string; startLine: number; endLine: number } | undefined {
  const text = JSON.stringify(request.body?.input ?? '');
  const m = /- title: (.*?)\\n- file: (.*?)\\n- lines: (\d+)-(\d+)/.exec(text);
  return m ? { title: m[1]!, file: m[2]!, startLine: Number(m[3]), endLine: Number(m[4]) } : undefined;
}

/** A verdict as the verifier's answer. */
export function verdict(
  v: 'confirmed' | 'refuted' | 'uncertain',
  reason: string,
  evidence: { file: string; line: number; note: string }[] = [],
  exploit: string | null = null,
  fix: { verdict: 'correct' | 'wrong'; reason: string } | null = null,
): Reply {
  return finalMessage(JSON.stringify({ verdict: v, reason, evidence, exploit, fix }));
}

/** The fix a verification request proposes, read back from its prompt. */
export function proposedFix(request: RecordedRequest): string | undefined {
  // The prompt, as JSON text: its line breaks are the two characters \n.
  const m = /<<<FIX\\n(.*?)\\nFIX>>>/.exec(JSON.stringify(request.body?.input ?? ''));
  return m ? (JSON.parse(`"${m[1]}"`) as string) : undefined;
}

export interface FakeResponses {
  /** Base URL for a model provider, ending in /v1. */
  url: string;
  requests: RecordedRequest[];
  /** Requests the server rejected because they broke the protocol: tests assert this stays empty. */
  violations: string[];
  close(): Promise<void>;
}

let usageCounter = 0;

/** A response's usage; the server reports how much of the input its cache held (withCachedTokens). */
export function usage(input = 100, output = 20): Record<string, unknown> {
  return {
    input_tokens: input,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: output,
    output_tokens_details: { reasoning_tokens: Math.floor(output / 4) },
    total_tokens: input + output,
  };
}

function responseId(): string {
  usageCounter += 1;
  return `resp_${usageCounter}`;
}

/** One model answer that asks Codex to run a shell command through its `exec_command` tool. */
export function toolCall(cmd: string, callId = `call_${Math.random().toString(36).slice(2, 10)}`): Reply {
  const id = responseId();
  return {
    kind: 'sse',
    events: [
      { type: 'response.created', response: { id } },
      {
        type: 'response.output_item.done',
        item: {
          type: 'function_call',
          id: `fc_${callId}`,
          call_id: callId,
          name: 'exec_command',
          arguments: JSON.stringify({ cmd }),
        },
      },
      { type: 'response.completed', response: { id, usage: usage() } },
    ],
  };
}

/** One model answer that ends the turn with an assistant message. */
export function finalMessage(text: string, opts: { cut?: boolean; reasoning?: string } = {}): Reply {
  const id = responseId();
  const events: Record<string, unknown>[] = [{ type: 'response.created', response: { id } }];
  if (opts.reasoning) {
    events.push({
      type: 'response.output_item.done',
      item: { type: 'reasoning', id: `rs_${id}`, summary: [{ type: 'summary_text', text: opts.reasoning }] },
    });
  }
  events.push({
    type: 'response.output_item.done',
    item: { type: 'message', role: 'assistant', id: `msg_${id}`, content: [{ type: 'output_text', text }] },
  });
  if (!opts.cut) events.push({ type: 'response.completed', response: { id, usage: usage(150, 40) } });
  return { kind: 'sse', events };
}

/** A stream that starts and then says nothing more. */
export function silentStream(): Reply {
  return { kind: 'sse', events: [{ type: 'response.created', response: { id: responseId() } }], silent: true };
}

export function httpError(status: number, message: string, type = 'server_error'): Reply {
  return { kind: 'status', status, body: { error: { message, type, code: null, param: null } } };
}

/** The outputs of the tool calls Codex sends back in a request, oldest first. */
export function toolOutputs(request: RecordedRequest): string[] {
  const input = Array.isArray(request.body?.input) ? (request.body.input as Record<string, unknown>[]) : [];
  const out: string[] = [];
  for (const item of input) {
    if (typeof item.type !== 'string' || !item.type.endsWith('_call_output')) continue;
    const output = item.output;
    if (typeof output === 'string') out.push(output);
    else if (Array.isArray(output)) {
      out.push(
        output
          .map((p) => (p && typeof p === 'object' && 'text' in p ? String((p as { text: unknown }).text) : ''))
          .join(''),
      );
    }
  }
  return out;
}

/** Replies in order: the n-th request gets the n-th reply (the last one repeats). */
export function sequence(...replies: Reply[]): Script {
  return (request) => replies[Math.min(request.index, replies.length - 1)]!;
}

/** Codex names each request's thread in a header; a request made by hand may only have its prompt_cache_key. */
function threadOf(req: IncomingMessage, body: Record<string, unknown> | undefined): string {
  const header = req.headers['thread-id'];
  if (typeof header === 'string' && header !== '') return header;
  return typeof body?.prompt_cache_key === 'string' ? body.prompt_cache_key : '';
}

/**
 * What a prompt cache keys on: everything the model reads, in the order it reads it. An input item's `id` is not
 * part of it: Codex gives every item of every thread a fresh one, and the model never reads them.
 */
export function promptOf(body: Record<string, unknown>): string {
  const input = Array.isArray(body.input) ? (body.input as unknown[]) : [];
  const read = input.map((item) => {
    if (!item || typeof item !== 'object') return item;
    const { id: _id, ...rest } = item as Record<string, unknown>;
    return rest;
  });
  return JSON.stringify([body.instructions ?? null, body.tools ?? null, read]);
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The earlier prompts under each prompt_cache_key, and the longest prefix a new one shares with any of them. */
function promptCache(): { measure(body: Record<string, unknown>): { promptChars: number; cachedChars: number } } {
  const byKey = new Map<string, string[]>();
  return {
    measure(body) {
      const prompt = promptOf(body);
      const key = typeof body.prompt_cache_key === 'string' ? body.prompt_cache_key : '';
      const earlier = byKey.get(key) ?? [];
      byKey.set(key, [...earlier, prompt]);
      const cachedChars = Math.max(0, ...earlier.map((e) => commonPrefix(e, prompt)));
      return { promptChars: prompt.length, cachedChars };
    },
  };
}

/**
 * The reply, its usage reporting (and `request` recording) as cached the share of the scripted input tokens that the request's cached prefix
 * is of its prompt (counted in characters), as a prompt cache bills it.
 */
function withCachedTokens(reply: Reply, request: RecordedRequest): Reply {
  if (reply.kind !== 'sse') return reply;
  const share = request.promptChars ? (request.cachedChars ?? 0) / request.promptChars : 0;
  const events = reply.events.map((e) => {
    const response = e.response as { usage?: Record<string, unknown> } | undefined;
    const input = response?.usage?.input_tokens;
    if (e.type !== 'response.completed' || typeof input !== 'number') return e;
    request.cachedTokens = Math.floor(input * share);
    const usage = { ...response!.usage, input_tokens_details: { cached_tokens: request.cachedTokens } };
    return { ...e, response: { ...response, usage } };
  });
  return { ...reply, events };
}

function checkRequest(req: IncomingMessage, body: unknown, opts: FakeResponsesOptions): string | undefined {
  if (req.method !== 'POST') return `method ${req.method} is not allowed (only POST /v1/responses)`;
  if (req.url?.split('?')[0] !== '/v1/responses') return `path ${req.url} is not /v1/responses`;
  if (req.headers.upgrade) return 'WebSocket upgrade attempted';
  if (req.headers.authorization !== `Bearer ${opts.token}`) return 'missing or wrong bearer token';
  if (!String(req.headers['content-type'] ?? '').includes('application/json')) return 'content-type is not JSON';
  if (!body || typeof body !== 'object') return 'body is not a JSON object';
  const b = body as Record<string, unknown>;
  if (typeof b.model !== 'string' || b.model === '') return 'body.model missing';
  if (b.stream !== true) return 'body.stream must be true';
  if (!Array.isArray(b.input)) return 'body.input must be an array';
  if (opts.expectOutputSchema) {
    const format = (b.text as { format?: Record<string, unknown> } | undefined)?.format;
    if (!format || format.type !== 'json_schema' || format.strict !== true || typeof format.schema !== 'object') {
      return 'body.text.format must be a strict json_schema (structured output)';
    }
    const problem = strictSchemaProblem(format.schema, '$');
    if (problem) return `output schema breaks OpenAI strict mode: ${problem}`;
  }
  return undefined;
}

/** OpenAI strict structured outputs: every object closes additionalProperties and requires all its properties. */
function strictSchemaProblem(schema: unknown, at: string): string | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const s = schema as Record<string, unknown>;
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('object')) {
    if (s.additionalProperties !== false) return `${at}: additionalProperties must be false`;
    const props = Object.keys((s.properties as object | undefined) ?? {});
    const required = new Set((s.required as string[] | undefined) ?? []);
    const missing = props.filter((p) => !required.has(p));
    if (missing.length) return `${at}: properties not in required: ${missing.join(', ')}`;
    for (const [k, v] of Object.entries((s.properties as Record<string, unknown> | undefined) ?? {})) {
      const p = strictSchemaProblem(v, `${at}.${k}`);
      if (p) return p;
    }
  }
  if (s.items) return strictSchemaProblem(s.items, `${at}[]`);
  return undefined;
}

export async function startFakeResponses(opts: FakeResponsesOptions): Promise<FakeResponses> {
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const openStreams = new Set<ServerResponse>();
  const pending = new Set<NodeJS.Timeout>();
  const cache = promptCache();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Record<string, unknown> | undefined;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        body = undefined;
      }
      const violation = checkRequest(req, body, opts);
      if (violation) {
        violations.push(violation);
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ error: { message: violation, type: 'invalid_request_error', code: null, param: null } }),
        );
        return;
      }
      const thread = threadOf(req, body);
      const verification = JSON.stringify(body?.input ?? '').includes(VERIFY_PREFIX);
      const threadIndex = requests.filter((r) => r.thread === thread).length;
      const index = requests.filter((r) => !r.verification).length;
      const recorded: RecordedRequest = {
        index,
        thread,
        threadIndex,
        ...cache.measure(body!),
        verification,
        method: req.method!,
        path: req.url!,
        headers: req.headers,
        body,
      };
      requests.push(recorded);
      const reply = verification
        ? (opts.verifier ?? (() => verdict('uncertain', 'The scripted model has no verdict for this finding.')))(
            recorded,
          )
        : opts.script(recorded);
      const cached = withCachedTokens(reply, recorded);
      if (!opts.firstTokenMs) return answer(res, cached);
      const timer = setTimeout(() => {
        pending.delete(timer);
        answer(res, cached);
      }, opts.firstTokenMs);
      pending.add(timer);
    });
  });

  function answer(res: ServerResponse, reply: Reply): void {
    if (reply.kind === 'shutdown') {
      server.close();
      server.closeAllConnections();
      return;
    }
    if (reply.kind === 'status') {
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    for (const event of reply.events) res.write(`event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`);
    if (reply.silent) {
      openStreams.add(res);
      res.on('close', () => openStreams.delete(res));
      return;
    }
    // A cut reply simply ends without response.completed, as a proxy that drops a stream does.
    res.end();
  }
  const listening = await listenOnLoopback(server, opts.socketPath);
  const url = opts.socketPath ? 'http://localhost/v1' : `http://127.0.0.1:${listening.port}/v1`;

  return {
    url,
    requests,
    violations,
    close: () => {
      for (const t of pending) clearTimeout(t);
      for (const r of openStreams) r.destroy();
      return listening.close();
    },
  };
}

/** A review reads before it answers: `command` runs first, then the script, whose request indices start after it. */
export function readingFirst(script: Script, command = 'cat src/server.js'): Script {
  return (request) => (request.index === 0 ? toolCall(command) : script({ ...request, index: request.index - 1 }));
}

/** The same reply, its response reporting this usage instead (as a model endpoint with long prompts would). */
export function withUsage(reply: Reply, input: number, output = 0): Reply {
  if (reply.kind !== 'sse') return reply;
  const events = reply.events.map((e) =>
    e.type === 'response.completed'
      ? { ...e, response: { ...(e.response as object), usage: usage(input, output) } }
      : e,
  );
  return { ...reply, events };
}
