// Every failure kind against a loopback server that misbehaves on purpose, through the global fetch and
// a fetch passed in. Each test asserts the outcome, the number of attempts, and that no secret shows up in what
// the caller gets (message, String(), JSON.stringify, util.inspect) or in what the logger saw.
import dns from 'node:dns';
import type { VerifySmsOtpResponse } from '@lr-mfa/types';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  AbortError,
  ApiResponseError,
  createClient,
  EmptyResponseError,
  type Fetch,
  type LogEvent,
  MalformedJsonError,
  NetworkError,
  NonJsonResponseError,
  type RetryOptions,
  TimeoutError,
  UnexpectedBodyError,
  type VerifySmsOtpOptions,
} from '../src/index.js';
import {
  closedPort,
  expectNoSecrets,
  fixture,
  garbageStatusLine,
  type Handler,
  hang,
  json,
  raw,
  resetBeforeResponse,
  resetMidBody,
  SECRETS,
  stallBody,
  startServer,
  type TestServer,
} from './server.js';

const seed200 = fixture<VerifySmsOtpResponse>('seed-200');
// The default (the global fetch) and a fetch passed in, which openapi-fetch calls with a Request.
const TRANSPORTS: [string, Fetch | undefined][] = [
  ['global fetch', undefined],
  ['a fetch passed in', (input, init) => fetch(input, init)],
];
const CALL = {
  secondFactorAuthenticationToken: SECRETS.token,
  otp: SECRETS.otp,
  gRecaptchaResponse: SECRETS.captcha,
  securityAnswer: { q1: SECRETS.answer },
};
/** An error page from a proxy that echoes the request, secrets included. */
const HTML_502 = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>
<h1>502 Bad Gateway</h1><p>upstream failed: PUT /identity/v2/auth/login/2fa/sms?apikey=${SECRETS.apiKey}&amp;secondfactorauthenticationtoken=${SECRETS.token}</p>
<pre>{"otp":"${SECRETS.otp}","g-recaptcha-response":"${SECRETS.captcha}"} ${SECRETS.answer}</pre></body></html>`;
/** A 200 body cut inside the refresh token. */
const TRUNCATED = `{"Profile":{"Uid":"u-1","Email":[{"Type":"Primary","Value":"a@b.c"}]},"access_token":"${SECRETS.accessToken}","refresh_token":"${SECRETS.refreshToken.slice(0, 8)}`;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe.each(TRANSPORTS)('failure kinds (%s)', (_name, transport) => {
  /** Runs one call against a server answering with `handlers`; records log events and retry waits. */
  async function call(
    handlers: Handler[],
    options: {
      retry?: RetryOptions | false;
      timeoutMs?: number;
      baseUrl?: string;
      call?: Partial<VerifySmsOtpOptions>;
    } = {},
  ) {
    server = await startServer(...handlers);
    const events: LogEvent[] = [];
    const waits: number[] = [];
    const client = createClient({
      apiKey: SECRETS.apiKey,
      baseUrl: options.baseUrl ?? server.url,
      fetch: transport,
      timeoutMs: options.timeoutMs ?? 5000,
      logger: (event) => events.push(event),
      // Retries are observed, never waited for.
      retry:
        options.retry === false
          ? false
          : {
              sleep: async (ms) => {
                waits.push(ms);
              },
              ...options.retry,
            },
    });
    const result = await client.verifySmsOtp({ ...CALL, ...options.call });
    // Nothing the caller or the logger got may carry a secret (successful data aside: it is the payload).
    expectNoSecrets([result.error, { ...result, data: undefined }, events]);
    return { result, events, waits, requests: server.requests };
  }

  // The request must reach the server before the timeout, also on a loaded machine (CI runs every package's
  // tests at once, in the process that also serves them): 500 ms leaves it room.
  // The request must reach the server within the timeout for the count to mean anything: leave a loaded machine
  // (turbo runs several suites at once on 2 cores) room, as the slow-body test does.
  test('slow headers: a TimeoutError after timeoutMs, not retried by default', async () => {
    const { result, events } = await call([hang], { timeoutMs: 1000 });
    expect(result.error).toBeInstanceOf(TimeoutError);
    expect(result.error).toMatchObject({ kind: 'timeout', timeoutMs: 1000, attempts: 1 });
    expect(result.error?.status).toBeUndefined();
    expect(result.error?.message).toBe('response not received within 1000 ms');
    expect(result.attempts).toBe(1);
    expect(events.map((e) => e.type)).toEqual(['request', 'error']);
    expect(server?.requests).toHaveLength(1);
  });

  test('slow headers are not resent even with retryOnTimeout: the OTP may have been consumed', async () => {
    const { result, requests } = await call([hang, json(200, seed200)], {
      timeoutMs: 1000,
      retry: { retryOnTimeout: true },
    });
    expect(result.error).toBeInstanceOf(TimeoutError);
    expect(result.error).toMatchObject({ kind: 'timeout', outcomeUnknown: true, attempts: 1 });
    expect(requests).toHaveLength(1);
  });

  test('slow body: a TimeoutError carrying the status, never retried (the OTP was consumed)', async () => {
    // The headers must arrive within the timeout for the stall to be in the body: leave a loaded machine room.
    const { result, requests } = await call([stallBody(200, '{"Profile":{'), json(200, seed200)], {
      timeoutMs: 1000,
      retry: { retryOnTimeout: true },
    });
    expect(result.error).toBeInstanceOf(TimeoutError);
    expect(result.error).toMatchObject({ kind: 'timeout', status: 200, attempts: 1 });
    expect(result.error?.message).toBe('response body not received within 1000 ms');
    expect(requests).toHaveLength(1);
  });

  test('reset mid-body of a 200: a NetworkError (reset) with the status, not retried', async () => {
    const { result, requests } = await call([
      resetMidBody(200, '{"Profile":{"Uid":"u-1"'),
      json(200, seed200),
    ]);
    expect(result.error).toBeInstanceOf(NetworkError);
    expect(result.error).toMatchObject({ kind: 'network', reason: 'reset', status: 200, attempts: 1 });
    expect(requests).toHaveLength(1);
  });

  test('reset mid-body of a 503 follows the status: retried, then the 200', async () => {
    const { result, waits } = await call([resetMidBody(503, '{"ErrorCode":'), json(200, seed200)]);
    expect(result.error).toBeUndefined();
    expect(result.attempts).toBe(2);
    expect(waits).toHaveLength(1);
  });

  // The server answered (the login happened, the OTP is spent), but the answer was lost on the way back: a
  // replay would get 1068 "OTP already used" and the caller would blame the user. Verify is not idempotent
  // (spec: x-lr-retry idempotent: false), so a failure once the request may have arrived is never resent.
  test.each([
    ['reset after the request arrived', resetBeforeResponse, 'reset'],
    ['a garbage status line', garbageStatusLine, 'network'],
  ] as const)('%s: a NetworkError whose outcome is unknown, never resent', async (_name, handler, reason) => {
    const { result, requests, events } = await call([handler, json(200, seed200)]);
    expect(result.error).toBeInstanceOf(NetworkError);
    expect(result.error).toMatchObject({ kind: 'network', reason, outcomeUnknown: true, attempts: 1 });
    expect(result.error?.status).toBeUndefined();
    expect(result.error?.message).toMatch(/; it may have reached the server: outcome unknown$/);
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(requests).toHaveLength(1);
    expect(events.map((e) => e.type)).toEqual(['request', 'error']);
  });

  test('a lost answer is resent only when shouldRetry says so (it sees outcomeUnknown)', async () => {
    const seen: unknown[] = [];
    const { result, requests } = await call([resetBeforeResponse, json(200, seed200)], {
      retry: { shouldRetry: (error) => seen.push(error.kind === 'network' && error.outcomeUnknown) > 0 },
    });
    expect(seen).toEqual([true]);
    expect(result.data).toEqual(seed200);
    expect(requests).toHaveLength(2);
  });

  test('HTML 502 from a proxy: a NonJsonResponseError with a redacted excerpt, retried', async () => {
    const { result, requests } = await call([raw(502, HTML_502, { 'content-type': 'text/html' })]);
    const { error } = result;
    expect(error).toBeInstanceOf(NonJsonResponseError);
    expect(error).toMatchObject({ kind: 'non_json', status: 502, contentType: 'text/html', attempts: 3 });
    expect(error?.message).toBe('HTTP 502: not JSON (text/html)');
    expect(error?.bodyExcerpt).toMatch(/^<!DOCTYPE html><html><head><title>502 Bad Gateway<\/title>/);
    expect(error?.bodyExcerpt?.length).toBeLessThanOrEqual(161);
    expect(requests).toHaveLength(3);
  });

  test('the excerpt masks secrets by name and by value', async () => {
    const { result } = await call([
      raw(400, HTML_502.replace(/^.*?<p>/s, '<p>'), { 'content-type': 'text/html' }),
    ]);
    const masked =
      '<p>upstream failed: PUT /identity/v2/auth/login/2fa/sms?apikey=***&amp;secondfactorauthenticationtoken=***</p> <pre>{"otp":"***","g-recaptcha-response":"***"} ***</pre></body></html>';
    // Masked first, then cut to 160 characters.
    expect(result.error?.bodyExcerpt).toBe(`${masked.slice(0, 160)}…`);
  });

  test('empty 500: an EmptyResponseError, not retried', async () => {
    const { result, requests } = await call([raw(500, '')]);
    expect(result.error).toBeInstanceOf(EmptyResponseError);
    expect(result.error).toMatchObject({ kind: 'empty_response', status: 500, attempts: 1 });
    expect(result.error?.message).toBe('HTTP 500: empty body');
    expect(requests).toHaveLength(1);
  });

  test('truncated JSON in a 200: a MalformedJsonError whose excerpt masks the tokens', async () => {
    const { result, requests } = await call([raw(200, TRUNCATED, { 'content-type': 'application/json' })]);
    const { error } = result;
    expect(error).toBeInstanceOf(MalformedJsonError);
    expect(error).toMatchObject({ kind: 'malformed_json', status: 200, attempts: 1 });
    expect(error?.bodyExcerpt).toContain('"access_token":"***"');
    expect(error?.bodyExcerpt).toContain('"refresh_token":"***"');
    expect(JSON.stringify(error)).not.toContain(SECRETS.refreshToken.slice(0, 8));
    expect(requests).toHaveLength(1);
  });

  test.each([['[1,2,3]'], ['"a string"'], ['null'], ['42'], ['true']])(
    'a 2xx body that is not an object (%s): an UnexpectedBodyError',
    async (body) => {
      const { result } = await call([raw(200, body, { 'content-type': 'application/json' })]);
      expect(result.error).toBeInstanceOf(UnexpectedBodyError);
      expect(result.error).toMatchObject({
        kind: 'unexpected_body',
        status: 200,
        bodyExcerpt: body,
        attempts: 1,
      });
      expect(result.error?.message).toBe('HTTP 200: not a JSON object');
    },
  );

  test('an error status whose JSON has no ErrorCode: an UnexpectedBodyError', async () => {
    const { result } = await call([json(403, { error: 'forbidden', otp: SECRETS.otp })]);
    expect(result.error).toBeInstanceOf(UnexpectedBodyError);
    expect(result.error).toMatchObject({ status: 403, bodyExcerpt: '{"error":"forbidden","otp":"***"}' });
    expect(result.error?.message).toBe('HTTP 403: no ErrorCode');
  });

  test('a 200 carrying an ErrorCode and no token is an API error', async () => {
    const { result } = await call([json(200, fixture('seed-400-908'))]);
    expect(result.error).toBeInstanceOf(ApiResponseError);
    expect(result.error).toMatchObject({ kind: 'api', status: 200, ErrorCode: 908 });
  });

  test('an API error echoing secrets is masked in the message and the body', async () => {
    const body = {
      ErrorCode: 1067,
      Message: 'Invalid OTP Code',
      Description: `OTP ${SECRETS.otp} is wrong for ${SECRETS.token}`,
    };
    const { result } = await call([json(403, body)]);
    expect(result.error?.message).toBe(
      'LoginRadius error 1067 (HTTP 403): Invalid OTP Code: OTP *** is wrong for ***',
    );
    expect(result.error).toMatchObject({ body: { Description: 'OTP *** is wrong for ***' } });
  });

  test('connection refused: a NetworkError (refused), retried', async () => {
    const port = await closedPort();
    const { result } = await call([], { baseUrl: `http://127.0.0.1:${port}` });
    expect(result.error).toBeInstanceOf(NetworkError);
    expect(result.error).toMatchObject({
      kind: 'network',
      reason: 'refused',
      code: 'ECONNREFUSED',
      outcomeUnknown: false,
      attempts: 3,
    });
    expect(result.error?.message).toMatch(
      new RegExp(
        `^PUT http://127\\.0\\.0\\.1:${port}/identity/v2/auth/login/2fa/sms\\?apikey=\\*\\*\\*&secondfactorauthenticationtoken=\\*\\*\\* failed \\(refused ECONNREFUSED\\): `,
      ),
    );
    expect((result.error?.cause as Error | undefined)?.message).toContain('ECONNREFUSED');
  });

  test('DNS failure (.invalid never resolves): a NetworkError (dns)', async () => {
    // The resolver answers ENOTFOUND as getaddrinfo would, without a query leaving the machine: both
    // transports (node:http and undici's fetch) resolve through dns.lookup, so the client's real error
    // mapping runs on a real lookup failure.
    const realLookup = dns.lookup;
    const looked: string[] = [];
    const lookup = vi.spyOn(dns, 'lookup').mockImplementation(((hostname: string, ...rest: unknown[]) => {
      if (!hostname.endsWith('.invalid'))
        return (realLookup as (...args: unknown[]) => void)(hostname, ...rest);
      const callback = rest.at(-1) as (error: NodeJS.ErrnoException) => void;
      const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
      Object.assign(error, { code: 'ENOTFOUND', errno: -3008, syscall: 'getaddrinfo', hostname });
      process.nextTick(callback, error);
    }) as typeof dns.lookup);
    const { result } = await call([], {
      baseUrl: 'http://lr-mfa-client-test.invalid',
      retry: { retries: 1 },
    }).finally(() => {
      looked.push(...lookup.mock.calls.map(([host]) => host));
      lookup.mockRestore();
    });
    expect(looked).toContain('lr-mfa-client-test.invalid');
    expect(result.error).toBeInstanceOf(NetworkError);
    expect(result.error).toMatchObject({ kind: 'network', reason: 'dns', attempts: 2 });
    expect(result.error?.kind === 'network' && result.error.code).toMatch(/^(ENOTFOUND|EAI_AGAIN)$/);
  });

  test('caller abort while waiting for the response: an AbortError, not retried', async () => {
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    const pending = call([hang], { call: { signal: controller.signal } });
    // Abort once the server holds the request (however long a loaded machine takes to get it there).
    while (!server?.requests.length) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(reason);
    const { result, requests } = await pending;
    expect(result.error).toBeInstanceOf(AbortError);
    expect(result.error).toMatchObject({ kind: 'aborted', attempts: 1 });
    expect(result.error?.message).toBe('aborted by the caller while waiting for the response');
    expect(result.error?.cause).toBe(reason);
    expect(requests).toHaveLength(1);
  });

  test('caller abort before the call: nothing is sent', async () => {
    const { result, requests, events } = await call([json(200, seed200)], {
      call: { signal: AbortSignal.abort() },
    });
    expect(result.error).toBeInstanceOf(AbortError);
    expect(result.attempts).toBe(0);
    expect(requests).toHaveLength(0);
    expect(events).toEqual([]);
  });

  test('caller abort while waiting to retry: an AbortError after the failed attempt', async () => {
    const controller = new AbortController();
    server = await startServer(raw(503, ''));
    const client = createClient({
      apiKey: SECRETS.apiKey,
      baseUrl: server.url,
      fetch: transport,
      retry: {
        // The wait is where the caller gives up.
        sleep: async () => controller.abort(),
      },
    });
    const result = await client.verifySmsOtp({ ...CALL, signal: controller.signal });
    expect(result.error).toBeInstanceOf(AbortError);
    expect(result.error?.message).toBe('aborted by the caller while waiting to retry');
    expect(result.attempts).toBe(1);
    expect(result.response?.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  test('429 with Retry-After: waits at least that long (observed, not waited), then succeeds', async () => {
    const tooMany = json(
      429,
      { ErrorCode: 429, Message: 'Too many request in particular time frame', Description: 'x' },
      { 'retry-after': '3' },
    );
    const { result, waits, events } = await call([tooMany, json(200, seed200)]);
    expect(result.error).toBeUndefined();
    expect(result.attempts).toBe(2);
    expect(waits).toEqual([3000]);
    const retry = events.find((e) => e.type === 'retry');
    expect(retry).toMatchObject({
      type: 'retry',
      attempt: 1,
      delayMs: 3000,
      error: { kind: 'api', status: 429, retryAfterMs: 3000 },
    });
  });

  test('429 whose Retry-After exceeds maxRetryAfterMs: returned at once for the caller to schedule', async () => {
    const tooMany = json(
      429,
      { ErrorCode: 429, Message: 'Too many', Description: 'x' },
      { 'retry-after': '120' },
    );
    const { result, waits } = await call([tooMany, json(200, seed200)]);
    expect(result.error).toMatchObject({ kind: 'api', status: 429, retryAfterMs: 120_000, attempts: 1 });
    expect(waits).toEqual([]);
  });

  test('503 then 200: retried once with backoff, then the data', async () => {
    const { result, waits, events } = await call([raw(503, 'Service Unavailable'), json(200, seed200)]);
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual(seed200);
    expect(result.attempts).toBe(2);
    // First retry: equal jitter over a 200 ms ceiling.
    expect(waits[0]).toBeGreaterThanOrEqual(100);
    expect(waits[0]).toBeLessThanOrEqual(200);
    expect(events.map((e) => e.type)).toEqual(['request', 'error', 'retry', 'request', 'response']);
  });

  test('503 every time: the last error after retries + 1 attempts, with growing backoff', async () => {
    const { result, waits } = await call([raw(503, '')], {
      retry: { retries: 3, minDelayMs: 100, maxDelayMs: 300 },
    });
    expect(result.error).toMatchObject({ kind: 'empty_response', status: 503, attempts: 4 });
    expect(waits).toHaveLength(3);
    const [first = 0, second = 0, third = 0] = waits;
    expect(first).toBeGreaterThanOrEqual(50);
    expect(first).toBeLessThanOrEqual(100);
    expect(second).toBeGreaterThanOrEqual(100);
    expect(second).toBeLessThanOrEqual(200);
    expect(third).toBeGreaterThanOrEqual(150);
    expect(third).toBeLessThanOrEqual(300);
  });

  test('an API error on 403 or 500 is never retried by default', async () => {
    for (const status of [403, 500]) {
      const { result, requests } = await call([json(status, fixture('seed-500-7909'))]);
      expect(result.error).toMatchObject({ kind: 'api', status, attempts: 1 });
      expect(requests).toHaveLength(1);
      await server?.close();
    }
  });

  test('retry: false makes one attempt even on 503', async () => {
    const { result, requests } = await call([raw(503, '')], { retry: false });
    expect(result.attempts).toBe(1);
    expect(requests).toHaveLength(1);
  });

  test('shouldRetry replaces the decision', async () => {
    const seen: [string, number][] = [];
    const { result, requests } = await call([json(500, fixture('seed-500-7909')), json(200, seed200)], {
      retry: {
        shouldRetry: (error, attempt) => {
          seen.push([error.kind, attempt]);
          return error.kind === 'api' && error.ErrorCode === 7909;
        },
      },
    });
    expect(result.error).toBeUndefined();
    expect(seen).toEqual([['api', 1]]);
    expect(requests).toHaveLength(2);
  });
});
