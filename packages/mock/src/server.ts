// node:http adapter: turns IncomingMessage into a MockRequest and the engine's outcome into a response (or a
// dropped connection). Binds 127.0.0.1 only: the mock is for the developer's own machine and CI.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createMock, type Mock } from './engine/mock.js';
import type { MockOptions } from './engine/options.js';

export interface MockServerOptions extends MockOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one, see `url`. */
  port?: number;
  /** Serve an existing engine (its options win; the other MockOptions are then ignored). */
  mock?: Mock;
}

export interface MockServer {
  /** `http://127.0.0.1:<port>`: the base URL to give the client. */
  url: string;
  port: number;
  /** The engine behind the server, for controlling it from code instead of the control API. */
  mock: Mock;
  /** Stops listening and drops open connections, including requests held by an injected delay. */
  close(): Promise<void>;
}

export const HOST = '127.0.0.1';

/**
 * Starts the mock on 127.0.0.1 (port 0 by default: a free one) and resolves once it listens.
 * `await server.close()` when done; `server.mock` controls it from code.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, mock: given, ...mockOptions } = options;
  const mock = given ?? createMock(mockOptions);
  const inFlight = new Set<AbortController>();

  const server = createServer((req, res) => {
    const abort = new AbortController();
    inFlight.add(abort);
    res.on('close', () => {
      inFlight.delete(abort);
      abort.abort();
    });
    serve(mock, req, res, abort.signal).catch((error: unknown) => {
      // An engine bug must not take the server down; answer 500 without echoing the request.
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(
          JSON.stringify({ error: `lr-mfa-mock internal error: ${(error as Error)?.name ?? 'Error'}` }),
        );
      } else {
        res.destroy();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${HOST}:${actualPort}`,
    port: actualPort,
    mock,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        for (const abort of inFlight) abort.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections?.();
      });
      return closing;
    },
  };
}

async function serve(
  mock: Mock,
  req: IncomingMessage,
  res: ServerResponse,
  signal: AbortSignal,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const outcome = await mock.handle({
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    headers: req.headers,
    body: Buffer.concat(chunks).toString('utf8'),
    signal,
  });
  if (signal.aborted) return;
  if (outcome.type === 'reset') {
    resetConnection(req.socket);
    return;
  }
  const body = Buffer.from(outcome.body, 'utf8');
  res.writeHead(outcome.status, { ...outcome.headers, 'content-length': String(body.length) });
  res.end(body);
}

/** A TCP RST where the runtime can send one (Node ≥ 18.3), so clients see ECONNRESET, not a clean close. */
function resetConnection(socket: Socket): void {
  const withReset = socket as Socket & { resetAndDestroy?: () => Socket };
  if (typeof withReset.resetAndDestroy === 'function') withReset.resetAndDestroy();
  else socket.destroy();
}
