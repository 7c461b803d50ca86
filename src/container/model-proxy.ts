// Serves the model endpoint to the container through a unix socket. Only `POST /v1/responses` is forwarded, to
// base-url, with the real bearer token added here; the container only ever holds a placeholder. Request and
// response bodies stream through unchanged (server-sent events included).
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer, type Server } from 'node:http';
import { chmodSync, rmSync } from 'node:fs';
import type { Socket } from 'node:net';

export interface ModelProxy {
  socketPath: string;
  /** Requests forwarded / refused, for the report. */
  stats: { forwarded: number; refused: number; upstreamErrors: number };
  close(): Promise<void>;
}

// Hop-by-hop and credential headers are not forwarded.
const DROP = new Set(['host', 'authorization', 'connection', 'keep-alive', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'upgrade', 'transfer-encoding']);

function forwardHeaders(incoming: IncomingMessage['headers'], apiKey: string): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(incoming)) if (!DROP.has(k) && v !== undefined) out[k] = v;
  out.authorization = `Bearer ${apiKey}`;
  return out;
}

function refuse(res: import('node:http').ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { message, type: 'vega_model_proxy', code: null, param: null } }));
}

export async function startModelProxy(o: { socketPath: string; baseUrl: string; apiKey: string }): Promise<ModelProxy> {
  const upstream = new URL(`${o.baseUrl.replace(/\/+$/, '')}/responses`);
  const send = upstream.protocol === 'https:' ? httpsRequest : httpRequest;
  const stats = { forwarded: 0, refused: 0, upstreamErrors: 0 };
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== '/v1/responses') {
      stats.refused += 1;
      req.resume();
      refuse(res, 403, `vega model proxy forwards only POST /v1/responses, not ${req.method} ${path}`);
      return;
    }
    stats.forwarded += 1;
    const out = send(upstream, { method: 'POST', headers: forwardHeaders(req.headers, o.apiKey) }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    out.on('error', (err) => {
      stats.upstreamErrors += 1;
      if (!res.headersSent) refuse(res, 502, `vega model proxy could not reach base-url: ${err.message}`);
      else res.destroy();
    });
    req.pipe(out);
    res.on('close', () => out.destroy());
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  rmSync(o.socketPath, { force: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.socketPath, resolve);
  });
  // The container's user is not ours: it needs write permission on the socket to connect.
  chmodSync(o.socketPath, 0o666);
  return {
    socketPath: o.socketPath,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
