// node:http adapter: turns IncomingMessage into a MockRequest and the engine's outcome into a response (or a
// dropped connection). Binds 127.0.0.1 only: the mock is for the developer's own machine and CI. Bounded: a body
// over the limit is refused before it is buffered, slow headers and bodies time out, connections are capped.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { routeError } from '../core/errors.js';
import { withApiCors } from '../core/http.js';
import { CONTROL_PREFIX } from '../domain/control.js';
import { CONTROL_TOKEN_HEADER } from '../domain/control-guard.js';
import { createMock, type Mock, type MockEngineOptions } from '../domain/mock.js';

export interface MockServerOptions extends MockEngineOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one, see `url`. */
  port?: number;
  /** Serve an existing engine (its options win; the other MockOptions are then ignored). */
  mock?: Mock;
  /** Largest request body accepted, in bytes; a larger one answers 413 before it is read. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Time allowed to receive the request headers. Default 10 000 ms. */
  headersTimeoutMs?: number;
  /** Time allowed to receive the whole request. Default 30 000 ms. */
  requestTimeoutMs?: number;
  /** Connections open at once; more are dropped as they arrive. Default 256. */
  maxConnections?: number;
}

export const SERVER_DEFAULTS = {
  maxBodyBytes: (1024 * 1024) as number,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  maxConnections: 256,
} as const;

export interface MockServer {
  /** `http://127.0.0.1:<port>`: the base URL to give the client. */
  url: string;
  port: number;
  /** The engine behind the server, for controlling it from code instead of the control API. */
  mock: Mock;
  /**
   * Calls the control API over HTTP (`control('GET', '/outbox')`), with the control token when the mock has one;
   * resolves with the JSON answer and rejects on a 4xx.
   */
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** Stops listening and drops open connections, including requests held by an injected delay. */
  close(): Promise<void>;
}

export const HOST = '127.0.0.1';

/**
 * Starts the mock on 127.0.0.1 (port 0 by default: a free one) and resolves once it listens.
 * `await server.close()` when done; `server.mock` controls it from code.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const {
    port = 0,
    mock: given,
    maxBodyBytes = SERVER_DEFAULTS.maxBodyBytes,
    headersTimeoutMs = SERVER_DEFAULTS.headersTimeoutMs,
    requestTimeoutMs = SERVER_DEFAULTS.requestTimeoutMs,
    maxConnections = SERVER_DEFAULTS.maxConnections,
    ...mockOptions
  } = options;
  for (const [name, value] of Object.entries({
    maxBodyBytes,
    headersTimeoutMs,
    requestTimeoutMs,
    maxConnections,
  })) {
    if (!Number.isSafeInteger(value) || value < 1) throw new TypeError(`${name} must be a positive integer`);
  }
  const mock = given ?? createMock(mockOptions);
  const live: LiveState = { inFlight: new Set(), hosts: [], maxBodyBytes };
  const server = createServer(
    {
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      // How often the two timeouts above are checked (Node's default, 30 s, would stretch them).
      connectionsCheckingInterval: Math.min(1000, headersTimeoutMs),
    },
    (req, res) => onRequest(mock, req, res, live),
  );
  server.maxConnections = maxConnections;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  live.hosts = [`${HOST}:${actualPort}`, `localhost:${actualPort}`];
  const url = `http://${HOST}:${actualPort}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    port: actualPort,
    mock,
    control: controlOverHttp(url, mock),
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        for (const abort of live.inFlight) abort.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections?.();
      });
      return closing;
    },
  };
}

/** What the request listener shares with the server: requests in flight and the Host names it answers to. */
interface LiveState {
  inFlight: Set<AbortController>;
  /** Set once the server listens, when its port is known. */
  hosts: string[];
  maxBodyBytes: number;
}

function onRequest(mock: Mock, req: IncomingMessage, res: ServerResponse, live: LiveState): void {
  const abort = new AbortController();
  live.inFlight.add(abort);
  res.on('close', () => {
    live.inFlight.delete(abort);
    // Only a request cut short needs its work (an injected delay) cancelled; aborting creates an error object.
    if (!res.writableFinished) abort.abort();
  });
  serve(mock, req, res, { signal: abort.signal, hosts: live.hosts, maxBodyBytes: live.maxBodyBytes }).catch(
    (error: unknown) => {
      // An engine bug must not take the server down; answer 500 without echoing the request.
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(
          JSON.stringify({ error: `lr-mfa-mock internal error: ${(error as Error)?.name ?? 'Error'}` }),
        );
      } else {
        res.destroy();
      }
    },
  );
}

/** `server.control(…)`: the control API over HTTP, with the mock's control token when it has one. */
function controlOverHttp(url: string, mock: Mock): MockServer['control'] {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}${CONTROL_PREFIX}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(mock.controlToken !== undefined ? { [CONTROL_TOKEN_HEADER]: mock.controlToken } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status} ${json.error ?? ''}`);
    return json;
  };
}

interface ServeContext {
  signal: AbortSignal;
  hosts: readonly string[];
  maxBodyBytes: number;
}

async function serve(
  mock: Mock,
  req: IncomingMessage,
  res: ServerResponse,
  context: ServeContext,
): Promise<void> {
  const body = await readBody(req, context.maxBodyBytes);
  if (body === undefined) {
    refuseBody(req, res, context.maxBodyBytes);
    return;
  }
  const outcome = await mock.handle({
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    headers: req.headers,
    body,
    signal: context.signal,
    controlHosts: context.hosts,
  });
  if (context.signal.aborted) return;
  if (outcome.type === 'reset') {
    resetConnection(req.socket);
    return;
  }
  send(res, outcome.status, outcome.headers, outcome.body);
}

/** How much of a refused upload is read and dropped before its 413 (past that the connection is cut). */
const DRAIN = { bytes: 16 * 1024 * 1024, ms: 5_000 };

/**
 * Answers 413 to a body over the limit, none of it buffered, once the rest of the upload has been read and
 * dropped (as body-parser does): a socket closed with unread bytes makes the kernel send a RST, which discards
 * the 413 before a client that is still uploading reads it. An upload past DRAIN is cut without an answer.
 */
function refuseBody(req: IncomingMessage, res: ServerResponse, maxBodyBytes: number): void {
  const refusal = withApiCors(
    routeError(413, 'Payload Too Large', `The request body is larger than ${maxBodyBytes} bytes.`),
  );
  if (refusal.type !== 'response') return;
  let dropped = 0;
  const cut = () => req.socket.destroy();
  const timer = setTimeout(cut, DRAIN.ms);
  req.socket.once('close', () => clearTimeout(timer));
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DRAIN.bytes) cut();
  });
  req.once('end', () => {
    clearTimeout(timer);
    send(res, refusal.status, { ...refusal.headers, connection: 'close' }, refusal.body);
  });
  req.resume();
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, text: string): void {
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, { ...headers, 'content-length': String(body.length) });
  res.end(body);
}

/** The body as text, or undefined once it is known to exceed `limit` (from Content-Length or while reading). */
export function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      // Stop reading without destroying the socket, so the 413 can still be written.
      req.off('data', onData);
      req.pause();
      chunks.length = 0;
      resolve(undefined);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
    // A client gone before the end of its body: nothing to answer (no-op once 'end' has resolved).
    req.once('close', () => reject(new Error('request aborted')));
  });
}

/** A TCP RST where the runtime can send one (Node ≥ 18.3), so clients see ECONNRESET, not a clean close. */
function resetConnection(socket: Socket): void {
  const withReset = socket as Socket & { resetAndDestroy?: () => Socket };
  if (typeof withReset.resetAndDestroy === 'function') withReset.resetAndDestroy();
  else socket.destroy();
}
