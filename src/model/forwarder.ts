// The one way Codex reaches the model, in both modes: a unix socket into the container, or a loopback port on the
// runner. Only `POST /v1/responses` is forwarded, to base-url, with the real bearer token added here, so Codex only
// ever holds a stand-in key. Bodies stream through unchanged (server-sent events included); on the way, the usage
// of every response is counted, and once max-tokens is spent nothing more is sent upstream.
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer, type Server } from 'node:http';
import { chmodSync, rmSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
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
}

// Hop-by-hop and credential headers are not forwarded.
const DROP = new Set(['host', 'authorization', 'connection', 'keep-alive', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'upgrade', 'transfer-encoding']);

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

/** Watches a server-sent event stream for the usage of the response it carries. */
export function usageTap(onUsage: (u: ResponseUsage) => void): (chunk: Buffer) => void {
  let partial = '';
  // A character may be split between chunks.
  const decoder = new StringDecoder('utf8');
  return (chunk) => {
    const lines = (partial + decoder.write(chunk)).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('data:') || !line.includes('"usage"')) continue;
      try {
        const event = JSON.parse(line.slice(5)) as { type?: string; response?: { usage?: ResponseUsage | null } };
        if (event.type && FINAL_EVENTS.has(event.type) && event.response?.usage) onUsage(event.response.usage);
      } catch {
        // Not JSON: not ours to judge; the body still goes through unchanged.
      }
    }
  };
}

export async function startModelForwarder(o: ForwarderOptions): Promise<ModelForwarder> {
  const upstream = new URL(`${o.baseUrl.replace(/\/+$/, '')}/responses`);
  const send = upstream.protocol === 'https:' ? httpsRequest : httpRequest;
  const stats: ForwarderStats = { forwarded: 0, refused: 0, upstreamErrors: 0 };
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== '/v1/responses' || (o.clientKey && req.headers.authorization !== `Bearer ${o.clientKey}`)) {
      stats.refused += 1;
      req.resume();
      refuse(res, 403, `vega model forwarder forwards only POST /v1/responses from this scan's Codex, not ${req.method} ${path}`);
      return;
    }
    if (o.meter.exceeded) {
      stats.refused += 1;
      req.resume();
      refuse(res, 400, `max-tokens ${o.meter.maxTokens} is spent (${o.meter.used()} used); vega-codex-action sends no more requests`, 'vega_budget_exceeded');
      return;
    }
    stats.forwarded += 1;
    const out = send(upstream, { method: 'POST', headers: forwardHeaders(req.headers, o.apiKey) }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      if (String(up.headers['content-type'] ?? '').includes('text/event-stream')) up.on('data', usageTap((u) => o.meter.add(o.stage, u)));
      up.pipe(res);
    });
    out.on('error', (err) => {
      stats.upstreamErrors += 1;
      if (!res.headersSent) refuse(res, 502, `Connection failed: vega model forwarder could not reach base-url: ${err.message}`);
      else res.destroy();
    });
    req.pipe(out);
    res.on('close', () => out.destroy());
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  if (o.socketPath) rmSync(o.socketPath, { force: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    if (o.socketPath) server.listen(o.socketPath, resolve);
    else server.listen(0, '127.0.0.1', resolve);
  });
  // The container's user is not ours: it needs write permission on the socket to connect.
  if (o.socketPath) chmodSync(o.socketPath, 0o666);
  const url = o.socketPath ? `unix:${o.socketPath}` : `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return {
    url,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
