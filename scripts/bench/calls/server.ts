// Loopback server for the call-overhead benchmark, run as a forked child so its work never shares an event
// loop with the contenders. It answers the Verify SMS OTP call (and the vendor SDK's older path for the same
// operation) with the seed's 200 body, precomputed once, and counts what it saw so the parent can prove every
// contender really made the call it claims.
//
//   fork('server.ts', [protocol, bodyFile, keyFile?, certFile?])  → message { port }
//   message 'stats' → message { stats }; disconnect → exit
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { benchedOperation } from '../lib/operation.js';

/** What the server counts; the parent checks it against the calls the runner says it made. */
export interface ServerStats {
  ok: number;
  rejected: number;
  byPath: Record<string, number>;
  connections: number;
}

const [protocol, bodyFile, keyFile, certFile] = process.argv.slice(2);
if (!protocol || !bodyFile) throw new Error('usage: server.ts <protocol> <bodyFile> [keyFile certFile]');
const body = readFileSync(bodyFile);
// The current path (every contender but the vendor SDK) and the older ones (the vendor SDK).
const operation = benchedOperation();
const PATHS = new Set([operation.path, ...operation.legacyPaths]);
const stats: ServerStats = { ok: 0, rejected: 0, byPath: {}, connections: 0 };

function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = req.url ?? '';
  const chunks: Buffer[] = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    const params = new URLSearchParams(query === -1 ? '' : url.slice(query + 1));
    const good =
      req.method === 'PUT' &&
      PATHS.has(path) &&
      (params.has('apikey') || params.has('apiKey')) &&
      (params.has('secondfactorauthenticationtoken') || params.has('secondFactorAuthenticationToken')) &&
      Buffer.concat(chunks).includes('"otp"');
    if (!good) {
      stats.rejected++;
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"ErrorCode":908,"Message":"bench server: unexpected request","Description":""}');
      return;
    }
    stats.ok++;
    stats.byPath[path] = (stats.byPath[path] ?? 0) + 1;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
}

// Long keep-alive: a contender idles while the others run their batch, and must find its connection still open.
const options = { keepAlive: true, keepAliveTimeout: 120_000, headersTimeout: 130_000, requestTimeout: 0 };
const server =
  protocol === 'https'
    ? https.createServer(
        { ...options, key: readFileSync(keyFile ?? ''), cert: readFileSync(certFile ?? '') },
        handle,
      )
    : http.createServer(options, handle);
server.keepAliveTimeout = 120_000;
server.on(protocol === 'https' ? 'secureConnection' : 'connection', () => stats.connections++);
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));

process.on('message', (message) => {
  if (message === 'stats') process.send?.({ stats });
});
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
