// The one way Codex reaches the model, in both modes: a unix socket into the container, or a loopback port on the
// runner. Only `POST /v1/responses` is forwarded, to base-url, with the real bearer token added here, so Codex only
// ever holds a stand-in key. A request's body is read whole (up to MAX_BODY_BYTES) so that every thread of a scan
// sends one prompt_cache_key; answers stream back unchanged (server-sent events included), and on the way the usage
// of every response is counted. Once max-tokens is spent nothing more is sent upstream.
import { createHash } from 'node:crypto';
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer, type Server } from 'node:http';
import { chmodSync, closeSync, openSync, rmSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { basename, dirname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { ResponseUsage, TokenMeter } from './token-meter.js';

export interface ForwarderStats {
  forwarded: number;
  refused: number;
  upstreamErrors: number;
}

export interface ModelForwarder {
  /** The base URL Codex is given on the runner (loopback mode), ending in /v1. */
  url: string;
  stats: ForwarderStats;
  close(): Promise<void>;
}

export interface ForwarderOptions {
  /** Listen on this unix socket (the container's way in); otherwise on a free 127.0.0.1 port. */
  socketPath?: string;
  baseUrl: string;
  apiKey: string;
  /** On a loopback port anyone on the runner could connect: only requests bearing this key are forwarded. */
  clientKey?: string;
  meter: TokenMeter;
  /** The stage the tokens of this forwarder's requests count for. */
  stage: string;
  /** Every thread of this scan sends one prompt_cache_key derived from it, so an endpoint can cache their prefix. */
  scanId?: string;
  /** Input plus output tokens this forwarder's thread may use; past them its next request is refused. */
  threadCap?: number;
}

/**
 * A request body larger than this is refused. Codex sends a thread's whole history every turn; a full context window
 * of text is a few megabytes of JSON.
 */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** The scan's prompt_cache_key: a digest of its random id, so it names no path, repository or person. */
export function promptCacheKey(scanId: string): string {
  return `vega-${createHash('sha256').update(`vega-codex prompt cache ${scanId}`).digest('hex').slice(0, 32)}`;
}

/**
 * The body with its prompt_cache_key set to the scan's. A body that is not a JSON object (or is compressed) goes on
 * as it came: the forwarder judges who asks, not what, and the endpoint answers a malformed request itself.
 */
export function withCacheKey(body: Buffer, key: string, encoding: string | undefined): Buffer {
  if (encoding && encoding !== 'identity') return body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return body;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return body;
  return Buffer.from(JSON.stringify({ ...parsed, prompt_cache_key: key }), 'utf8');
}

// Hop-by-hop and credential headers are not forwarded.
const DROP = new Set([
  'host',
  'authorization',
  'connection',
  'keep-alive',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'upgrade',
  'transfer-encoding',
]);

function forwardHeaders(incoming: IncomingMessage['headers'], apiKey: string): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(incoming)) if (!DROP.has(k) && v !== undefined) out[k] = v;
  out.authorization = `Bearer ${apiKey}`;
  return out;
}

function refuse(res: ServerResponse, status: number, message: string, type = 'vega_model_forwarder'): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { message, type, code: null, param: null } }));
}

const FINAL_EVENTS = new Set(['response.completed', 'response.incomplete', 'response.failed']);

/** A unix socket's path ends at 107 bytes (sun_path); a runner's temp directory can be longer than that alone. */
export const MAX_SOCKET_PATH = 107;

/** Resolves once the server listens; rejects with its error (EADDRINUSE, EINVAL, …). */
function listening(server: Server, listen: (ready: () => void) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    listen(() => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Listens on a unix socket at any path length: a path too long for bind() is reached through a descriptor of its
 * directory (/proc/self/fd/N/name, a few bytes), with no chdir, which a step's other threads would feel. The
 * descriptor stays open while the server listens, since Node unlinks the socket through the same path on close.
 * Returns what to release after the server closed.
 */
async function listenOnSocket(server: Server, socketPath: string): Promise<() => void> {
  if (Buffer.byteLength(socketPath) <= MAX_SOCKET_PATH) {
    await listening(server, (ready) => server.listen(socketPath, ready));
    return () => {};
  }
  const dir = openSync(dirname(socketPath), 'r');
  try {
    await listening(server, (ready) => server.listen(`/proc/self/fd/${dir}/${basename(socketPath)}`, ready));
  } catch (error) {
    closeSync(dir);
    throw error;
  }
  return () => closeSync(dir);
}

/**
 * Watches a server-sent event stream for the usage of the response it carries. Linear in the stream, however long its
 * lines: a flooded answer arrives as one data line of many megabytes, split over hundreds of chunks. Only the data of
 * a final event (`event: response.completed`, …), or of an event whose type was not named, is kept until its line
 * ends; any other line is passed over as it streams.
 */
export function usageTap(onUsage: (u: ResponseUsage) => void): (chunk: Buffer) => void {
  // A character may be split between chunks.
  const decoder = new StringDecoder('utf8');
  let pieces: string[] = [];
  let keep: boolean | undefined;
  let event = '';
  const skipped = () => event !== '' && !FINAL_EVENTS.has(event);
  const lineEnded = (line: string) => {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.trim() === '') event = '';
    else if (line.startsWith('data:') && line.includes('"usage"')) {
      try {
        const data = JSON.parse(line.slice(5)) as { type?: string; response?: { usage?: ResponseUsage | null } };
        if (data.type && FINAL_EVENTS.has(data.type) && data.response?.usage) onUsage(data.response.usage);
      } catch {
        // Not JSON: not ours to judge; the body still goes through unchanged.
      }
    }
  };
  return (chunk) => {
    const text = decoder.write(chunk);
    let from = 0;
    for (let nl = text.indexOf('\n', from); ; nl = text.indexOf('\n', from)) {
      const piece = text.slice(from, nl < 0 ? text.length : nl);
      if (keep === undefined && pieces.length === 0 && piece.length >= 5) {
        keep = !(piece.startsWith('data:') && skipped());
      }
      if (keep !== false) pieces.push(piece);
      if (nl < 0) break;
      if (keep !== false) lineEnded(pieces.join(''));
      pieces = [];
      keep = undefined;
      from = nl + 1;
    }
  };
}

export async function startModelForwarder(o: ForwarderOptions): Promise<ModelForwarder> {
  const stats: ForwarderStats = { forwarded: 0, refused: 0, upstreamErrors: 0 };
  const server: Server = createServer(forwarding(o, stats));
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const { url, release } = await listenForCodex(server, o.socketPath);
  return {
    url,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => {
          release();
          resolve();
        });
      }),
  };
}

/** The request handler: what may go upstream goes, with the real key, and its answer streams back unchanged. */
function forwarding(o: ForwarderOptions, stats: ForwarderStats): (req: IncomingMessage, res: ServerResponse) => void {
  const upstream = new URL(`${o.baseUrl.replace(/\/+$/, '')}/responses`);
  const send = upstream.protocol === 'https:' ? httpsRequest : httpRequest;
  const key = o.scanId === undefined ? undefined : promptCacheKey(o.scanId);
  // One forwarder serves one thread: what it has used counts against the thread's cap.
  const thread = { used: 0 };
  const refused = (req: IncomingMessage, res: ServerResponse, r: Refusal) => {
    stats.refused += 1;
    req.resume();
    refuse(res, r.status, r.message, r.type);
  };
  return (req, res) => {
    const refusal = refusalFor(req, o, thread.used);
    if (refusal) return refused(req, res, refusal);
    readBody(req, (body) => {
      if (!body) return refused(req, res, tooLarge());
      const encoding = req.headers['content-encoding'];
      const sent = key ? withCacheKey(body, key, encoding) : body;
      stats.forwarded += 1;
      const headers = { ...forwardHeaders(req.headers, o.apiKey), 'content-length': sent.length };
      const out = send(upstream, { method: 'POST', headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        const events = String(up.headers['content-type'] ?? '').includes('text/event-stream');
        const tap = usageTap((u) => {
          o.meter.add(o.stage, u);
          thread.used += (u.input_tokens ?? 0) + (u.output_tokens ?? 0);
        });
        if (events) up.on('data', tap);
        up.pipe(res);
      });
      out.on('error', (err) => {
        stats.upstreamErrors += 1;
        const message = `Connection failed: vega model forwarder could not reach base-url: ${err.message}`;
        if (!res.headersSent) refuse(res, 502, message);
        else res.destroy();
      });
      out.end(sent);
      res.on('close', () => out.destroy());
    });
  };
}

const tooLarge = (): Refusal => ({
  status: 413,
  message:
    `vega model forwarder refuses a request body over ${MAX_BODY_BYTES / 1024 / 1024} MiB: ` +
    "a Codex thread's history grew too long",
});

/** The whole body, or undefined as soon as it passes MAX_BODY_BYTES (the rest is drained, not kept). */
function readBody(req: IncomingMessage, done: (body: Buffer | undefined) => void): void {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return done(undefined);
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (c: Buffer) => {
    if (size > MAX_BODY_BYTES) return;
    size += c.length;
    if (size <= MAX_BODY_BYTES) chunks.push(c);
    else done(undefined);
  });
  req.on('end', () => {
    if (size <= MAX_BODY_BYTES) done(Buffer.concat(chunks));
  });
}

interface Refusal {
  status: number;
  message: string;
  type?: string;
}

/** Why a request is not forwarded: not this scan's Codex asking for a response, or max-tokens spent. */
function refusalFor(req: IncomingMessage, o: ForwarderOptions, threadUsed: number): Refusal | undefined {
  const path = (req.url ?? '').split('?')[0];
  const foreign = o.clientKey && req.headers.authorization !== `Bearer ${o.clientKey}`;
  if (req.method !== 'POST' || path !== '/v1/responses' || foreign) {
    return {
      status: 403,
      message:
        "vega model forwarder forwards only POST /v1/responses from this scan's Codex, " + `not ${req.method} ${path}`,
    };
  }
  if (o.meter.exceeded) {
    const spent = `max-tokens ${o.meter.maxTokens} is spent (${o.meter.used()} used)`;
    return { status: 400, message: `${spent}; vega-codex-action sends no more requests`, type: 'vega_budget_exceeded' };
  }
  if (o.threadCap && threadUsed >= o.threadCap) {
    const spent = `this thread used ${threadUsed} tokens, its cap of ${o.threadCap}`;
    return {
      status: 400,
      message: `${spent}; vega-codex-action sends no more of its requests`,
      type: 'vega_thread_cap',
    };
  }
  return undefined;
}

/** Listens where Codex reaches it, the container's socket or a free loopback port; `release` after the close. */
async function listenForCodex(
  server: Server,
  socketPath: string | undefined,
): Promise<{ url: string; release: () => void }> {
  if (!socketPath) {
    await listening(server, (ready) => server.listen(0, '127.0.0.1', ready));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, release: () => {} };
  }
  rmSync(socketPath, { force: true });
  const release = await listenOnSocket(server, socketPath);
  // The container's user is not ours: it needs write permission on the socket to connect.
  chmodSync(socketPath, 0o666);
  return { url: `unix:${socketPath}`, release };
}
