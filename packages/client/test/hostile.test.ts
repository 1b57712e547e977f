// A hostile or broken peer on a loopback server: it echoes secrets where the client does not expect them
// (headers, reason phrases, re-encoded bodies, members of any type) and answers as much as it likes. Nothing
// the caller gets or the logger sees may carry a secret, and no answer may cost more than the client allows.
import { gzipSync } from 'node:zlib';
import type { Middleware } from 'openapi-fetch';
import { afterEach, describe, expect, test } from 'vitest';
import {
  createClient,
  DEFAULT_MAX_RESPONSE_BYTES,
  InvalidOptionError,
  type LogEvent,
  ResponseTooLargeError,
  type RetryOptions,
} from '../src/index.js';
import {
  expectNoSecrets,
  fixture,
  type Handler,
  json,
  SECRETS,
  startServer,
  type TestServer,
} from './server.js';

const CALL = {
  secondFactorAuthenticationToken: SECRETS.token,
  otp: SECRETS.otp,
  gRecaptchaResponse: SECRETS.captcha,
  securityAnswer: { q1: SECRETS.answer },
};
/** The secrets the client was given (what a server can echo back by value). */
const GIVEN = [SECRETS.apiKey, SECRETS.token, SECRETS.captcha, SECRETS.answer];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function call(
  handler: Handler,
  options: { retry?: RetryOptions | false; maxResponseBytes?: number; middleware?: Middleware[] } = {},
) {
  server = await startServer(handler);
  const events: LogEvent[] = [];
  const client = createClient({
    apiKey: SECRETS.apiKey,
    baseUrl: server.url,
    logger: (event) => events.push(event),
    retry: options.retry ?? false,
    maxResponseBytes: options.maxResponseBytes,
    middleware: options.middleware,
  });
  const result = await client.verifySmsOtp(CALL);
  const headers = [...(result.response?.headers ?? [])];
  return { result, events, headers };
}

describe('response headers and the reason phrase are masked', () => {
  /** Echoes the secrets it received in headers a proxy or a debug build might set. */
  const echoing =
    (status: number, body: string, contentType: string): Handler =>
    (_req, res) => {
      res.writeHead(status, `Done for ${SECRETS.token}`, [
        ['content-type', contentType],
        ['content-length', String(Buffer.byteLength(body))],
        ['x-request-id', `req-${SECRETS.token}`],
        ['cf-ray', `${encodeURIComponent(SECRETS.apiKey)}-FRA`],
        ['location', `/next?apikey=${SECRETS.apiKey}&secondfactorauthenticationtoken=x`],
        ['set-cookie', `refresh_token=${SECRETS.refreshToken}; Path=/; HttpOnly`],
        ['set-cookie', `session=${SECRETS.captcha}; Path=/`],
        ['x-debug', `otp=${SECRETS.otp}`],
      ]);
      res.end(body);
    };

  test('on a success: response.headers, statusText, requestId and log events', async () => {
    const { result, events, headers } = await call(
      echoing(200, '{"Profile":{"Uid":"u-1"}}', 'application/json'),
    );
    expect(result.data).toEqual({ Profile: { Uid: 'u-1' } });
    expect(result.response?.statusText).toBe('Done for ***');
    expect(result.response?.requestId).toBe('req-***');
    expect(result.response?.headers.get('location')).toBe(
      '/next?apikey=***&secondfactorauthenticationtoken=***',
    );
    expect(result.response?.headers.getSetCookie()).toEqual([
      'refresh_token=***; Path=/; HttpOnly',
      'session=***; Path=/',
    ]);
    expect(events.find((e) => e.type === 'response')).toMatchObject({ requestId: 'req-***' });
    expectNoSecrets([result.response, headers, events], [...GIVEN, SECRETS.otp, SECRETS.refreshToken]);
  });

  test('on a failure: error.message, contentType, requestId, the response and log events', async () => {
    const { result, events, headers } = await call(
      echoing(502, '<h1>Bad Gateway</h1>', `text/html; charset=utf-8; echo=${SECRETS.token}`),
    );
    expect(result.error).toMatchObject({ kind: 'non_json', status: 502, requestId: 'req-***' });
    expect(result.error?.message).toBe('HTTP 502: not JSON (text/html; charset=utf-8; echo=***)');
    expect(result.error?.contentType).toBe('text/html; charset=utf-8; echo=***');
    expect(result.response?.headers.get('cf-ray')).toBe('***-FRA');
    expectNoSecrets([result.error, result.response, headers, events], [...GIVEN, SECRETS.refreshToken]);
  });
});

/** Every character of `text` percent-encoded, hex in `hexCase`. */
const encodeAll = (text: string, hexCase: 'upper' | 'lower') =>
  [...new TextEncoder().encode(text)]
    .map((b) => `%${b.toString(16).padStart(2, '0')}`)
    .map((form) => (hexCase === 'upper' ? form.toUpperCase() : form))
    .join('');

describe('every encoding of a secret is masked', () => {
  const { token, apiKey, answer } = SECRETS;
  // Valid encodings a server or a proxy may produce, beyond encodeURIComponent's: `-` encoded, lower-case
  // hex, every character encoded, encodings mixed with JSON escapes, `+` for a space.
  const forms = [
    token.replaceAll('-', '%2D'),
    token.replaceAll('-', '%2d'),
    encodeAll(token, 'lower'),
    encodeAll(apiKey, 'upper'),
    `${encodeAll(apiKey.slice(0, 5), 'lower')}${apiKey.slice(5)}`,
    token.replace('-', '\\u002D').replace('S', '%53'),
    encodeURIComponent(answer).replace('%20', '+').replace('-', '%2d'),
  ];

  test('in an API error message and body', async () => {
    const body = JSON.stringify({ ErrorCode: 1067, Message: 'Invalid OTP', Description: forms.join(' ') });
    const { result } = await call((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' }).end(body);
    });
    const masked = forms.map(() => '***').join(' ');
    expect(result.error?.message).toBe(`LoginRadius error 1067 (HTTP 400): Invalid OTP: ${masked}`);
    expect(result.error).toMatchObject({ body: { Description: masked } });
  });

  test('in the excerpt of a body that is not JSON', async () => {
    const { result } = await call((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`upstream: ${forms.join(' ')}`);
    });
    expect(result.error?.bodyExcerpt).toBe(`upstream: ${forms.map(() => '***').join(' ')}`);
  });
});

describe('a secret-named member is masked whatever its type', () => {
  test('arrays, numbers, objects and literals in a JSON error body', async () => {
    const body = `{"access_token":["${SECRETS.accessToken}",{"t":"x"}],"refresh_token":12345678901,"otp":true,"Uid":"u-1"}`;
    const { result } = await call((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' }).end(body);
    });
    expect(result.error).toMatchObject({ kind: 'unexpected_body', status: 400 });
    expect(result.error?.bodyExcerpt).toBe(
      '{"access_token":"***","refresh_token":"***","otp":"***","Uid":"u-1"}',
    );
  });

  test('nested and cut values in a truncated body', async () => {
    const body = `{"Uid":"u-1","access_token":{"a":{"b":"${SECRETS.accessToken}"},"c":[1]},"refresh_token":[98765432,"${SECRETS.refreshToken.slice(0, 8)}`;
    const { result } = await call((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    expect(result.error).toMatchObject({ kind: 'malformed_json', status: 200 });
    expect(result.error?.bodyExcerpt).toBe('{"Uid":"u-1","access_token":"***","refresh_token":"***"');
  });
});

describe('what a response can cost is bounded', () => {
  /**
   * A 64 MiB body of `status` without Content-Length, written as fast as the client reads it. `written()` is
   * how much was; `closed()` resolves when the connection is.
   */
  function flood(status: number) {
    const total = 64 * 1024 * 1024;
    let written = 0;
    let closed: Promise<void> = Promise.resolve();
    const handler: Handler = (_req, res) => {
      closed = new Promise((resolve) => res.on('close', resolve));
      res.writeHead(status, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (written < total && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    };
    return { handler, total, written: () => written, closed: () => closed };
  }

  test('a body past maxResponseBytes: a ResponseTooLargeError, reading stops and the connection is closed', async () => {
    const endless = flood(200);
    const { result, events } = await call(endless.handler, { maxResponseBytes: 1024 * 1024 });
    expect(result.error).toBeInstanceOf(ResponseTooLargeError);
    expect(result.error).toMatchObject({
      name: 'ResponseTooLargeError',
      kind: 'unexpected_body',
      status: 200,
      maxResponseBytes: 1024 * 1024,
      attempts: 1,
    });
    expect(result.error?.message).toBe('HTTP 200: body over maxResponseBytes (1048576); connection closed');
    await endless.closed();
    expect(endless.written()).toBeLessThan(endless.total);
    expect(events.map((e) => e.type)).toEqual(['request', 'error']);
  });

  test('an error body past maxResponseBytes without Content-Length is cut the same way', async () => {
    const endless = flood(503);
    const { result } = await call(endless.handler, { maxResponseBytes: 1024 * 1024 });
    expect(result.error).toBeInstanceOf(ResponseTooLargeError);
    expect(result.error).toMatchObject({ status: 503, maxResponseBytes: 1024 * 1024, attempts: 1 });
    await endless.closed();
    expect(endless.written()).toBeLessThan(endless.total);
  });

  test('with middleware, a success body is bounded before any middleware can read it', async () => {
    const read: string[] = [];
    const reading: Middleware = {
      onResponse: async ({ response }) => void read.push(await response.clone().text()),
    };
    const endless = flood(200);
    const { result } = await call(endless.handler, { maxResponseBytes: 1024 * 1024, middleware: [reading] });
    expect(result.error).toBeInstanceOf(ResponseTooLargeError);
    await endless.closed();
    expect(endless.written()).toBeLessThan(endless.total);
    expect(read).toEqual([]);
    // Within the limit, middleware and the caller both get the whole body.
    const body = JSON.stringify(fixture('seed-200'));
    const small = await call(json(200, body), { middleware: [reading] });
    expect(small.result.data).toEqual(fixture('seed-200'));
    expect(read).toEqual([body]);
    // Middleware registered later with `use` is covered too.
    await server?.close();
    server = await startServer(flood(200).handler);
    const later = createClient({
      apiKey: SECRETS.apiKey,
      baseUrl: server.url,
      maxResponseBytes: 1024 * 1024,
    });
    later.use(reading);
    expect((await later.verifySmsOtp(CALL)).error).toBeInstanceOf(ResponseTooLargeError);
    expect(read).toEqual([body]);
  });

  test('past the limit, the body of a fetch that ignores the abort signal is cancelled, not left unread', async () => {
    let cancelled = false;
    const chunk = new Uint8Array(64 * 1024);
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(chunk),
      cancel: () => {
        cancelled = true;
      },
    });
    // A fetch of its own that never looks at the signal it is given (no network: nothing is dialled).
    const ignoring = async () =>
      new Response(endless, { status: 200, headers: { 'content-type': 'application/json' } });
    const client = createClient({
      apiKey: SECRETS.apiKey,
      baseUrl: 'http://127.0.0.1:9',
      fetch: ignoring,
      maxResponseBytes: 1024 * 1024,
    });
    expect((await client.verifySmsOtp(CALL)).error).toBeInstanceOf(ResponseTooLargeError);
    expect(cancelled).toBe(true);
  });

  test('a Content-Length past the default limit (4 MiB) fails before the body is read', async () => {
    const declared = 5 * 1024 * 1024;
    const { result } = await call((_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json', 'content-length': declared });
      res.write('{"ErrorCode":1067,"Description":"');
    });
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(4 * 1024 * 1024);
    expect(result.error).toBeInstanceOf(ResponseTooLargeError);
    expect(result.error).toMatchObject({ status: 403, maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES });
  });

  test('the limit counts the bytes of the body: the limit itself passes, one byte less fails', async () => {
    const body = JSON.stringify(fixture('seed-200'));
    const bytes = Buffer.byteLength(body);
    const exact = await call(json(200, body), { maxResponseBytes: bytes });
    expect(exact.result.error).toBeUndefined();
    expect((await call(json(200, body), { maxResponseBytes: bytes - 1 })).result.error).toBeInstanceOf(
      ResponseTooLargeError,
    );
  });

  test("an API error's message quotes its text bounded; the whole body stays on the error, masked", async () => {
    const description = `${SECRETS.token} ${'x'.repeat(1024 * 1024)}`;
    const { result } = await call(
      json(403, { ErrorCode: 1067, Message: 'Invalid OTP', Description: description }),
    );
    expect(result.error?.kind).toBe('api');
    expect(result.error?.message.length).toBeLessThanOrEqual(600);
    expect(result.error?.message).toMatch(/^LoginRadius error 1067 \(HTTP 403\): Invalid OTP: \*\*\* x+…$/);
    expect(result.error).toMatchObject({ body: { Description: `*** ${'x'.repeat(1024 * 1024)}` } });
  });

  test('the limit counts decoded bytes: a small gzip body that inflates past it fails', async () => {
    const inflated = `{"Description":"${' '.repeat(2 * 1024 * 1024)}"}`;
    const gzipped = gzipSync(inflated);
    const { result } = await call(
      (_req, res) => {
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          'content-length': gzipped.length,
        });
        res.end(gzipped);
      },
      { maxResponseBytes: 1024 * 1024 },
    );
    expect(gzipped.length).toBeLessThan(1024 * 1024);
    expect(result.error).toBeInstanceOf(ResponseTooLargeError);
  });

  test('maxResponseBytes must be a positive number', () => {
    for (const maxResponseBytes of [0, -1, Number.NaN, '1' as never])
      expect(() => createClient({ apiKey: SECRETS.apiKey, maxResponseBytes })).toThrowError(
        InvalidOptionError,
      );
  });
});
