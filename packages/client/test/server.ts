// A real loopback HTTP server for the tests, which can misbehave on purpose. It listens on 127.0.0.1 port 0,
// records every request it receives, and closes every connection (even hung ones) on close().
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { inspect } from 'node:util';
import { expect } from 'vitest';

export interface Recorded {
  method: string;
  /** Path and query exactly as received. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** Remote port: equal ports across requests mean a reused (keep-alive) connection. */
  remotePort: number;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, recorded: Recorded) => void;

export interface TestServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

/** Starts a server answering the n-th request with `handlers[n]` (the last one repeats). */
export async function startServer(...handlers: Handler[]): Promise<TestServer> {
  const requests: Recorded[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '';
      const parsed = new URL(url, 'http://127.0.0.1');
      const recorded: Recorded = {
        method: req.method ?? '',
        url,
        path: parsed.pathname,
        query: parsed.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        remotePort: req.socket.remotePort ?? 0,
      };
      requests.push(recorded);
      const handler = handlers[Math.min(requests.length, handlers.length) - 1];
      handler?.(req, res, recorded);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  };

export const raw =
  (status: number, text: string, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, headers);
    res.end(text);
  };

/** Never answers. */
export const hang: Handler = () => {};

/** Sends the headers and the first bytes of the body, then stalls. */
export const stallBody =
  (status: number, first: string, total = 4096): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': total });
    res.write(first);
  };

/** Sends the headers and part of the declared body, then drops the connection. */
export const resetMidBody =
  (status: number, first: string): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': first.length + 5000 });
    res.write(first, () => setImmediate(() => res.socket?.destroy()));
  };

/** Answers something that is not HTTP once the request has arrived, then closes the connection. */
export const garbageStatusLine: Handler = (req) => {
  req.socket.end('SPDY/9 200 OK\r\n\r\n{}');
};

/** Drops the connection without answering (the request has arrived: handlers run after its body). */
export const resetBeforeResponse: Handler = (req) => {
  req.socket.destroy();
};

/** The vendor's bodies the spec is checked against (`seed-*`, one copy, beside the spec's tests), else ours. */
const FIXTURES = (name: string) =>
  name.startsWith('seed-') ? `../../../spec/tests/fixtures/${name}.json` : `./fixtures/${name}.json`;

export const fixture = <T = unknown>(name: string): T =>
  JSON.parse(readFileSync(new URL(FIXTURES(name), import.meta.url), 'utf8')) as T;

/** Secrets the tests send or have the server return; none may show up in what callers or loggers see. */
export const SECRETS = {
  apiKey: 'ak-SECRET-0b6f1e9c',
  token: 'tok-SECRET-4d7a2c81',
  otp: '493817',
  captcha: 'cap-SECRET-77aa',
  answer: 'ans-SECRET-blue whale',
  accessToken: 'acc-SECRET-5e2b',
  refreshToken: 'ref-SECRET-81fc',
} as const;

/** Every rendering of `value` a caller or a log pipeline could produce. */
export function renderings(value: unknown): string[] {
  const out = [JSON.stringify(value) ?? '', inspect(value, { depth: 20, showHidden: true }), String(value)];
  if (value instanceof Error) out.push(value.message, value.stack ?? '');
  return out;
}

/** Asserts no secret appears in any rendering of any of `values`. */
export function expectNoSecrets(
  values: unknown[],
  secrets: readonly string[] = Object.values(SECRETS),
): void {
  const text = values.flatMap(renderings).join('\n');
  for (const secret of secrets) {
    expect(text, `secret ${JSON.stringify(secret)} leaked`).not.toContain(secret);
    expect(text).not.toContain(encodeURIComponent(secret));
  }
}
