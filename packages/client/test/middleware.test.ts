// openapi-fetch middleware runs in openapi-fetch itself (client.use/eject are its own), on every attempt;
// the raw client (`@lr-mfa/client/raw`) is plain openapi-fetch with the API key added.
import type { VerifySmsOtpResponse } from '@lr-mfa/types';
import type { Middleware } from 'openapi-fetch';
import { afterEach, describe, expect, test } from 'vitest';
import { createClient, type Fetch } from '../src/index.js';
import { createRawClient } from '../src/raw.js';
import { fixture, json, raw, SECRETS, startServer, type TestServer } from './server.js';

const seed200 = fixture<VerifySmsOtpResponse>('seed-200');
const call = { secondFactorAuthenticationToken: SECRETS.token, otp: SECRETS.otp, isVoiceOtp: true };
// The default (the global fetch) and a fetch passed in, which openapi-fetch calls with a Request.
const TRANSPORTS: [string, Fetch | undefined][] = [
  ['global fetch', undefined],
  ['a fetch passed in', (input, init) => fetch(input, init)],
];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe.each(TRANSPORTS)('middleware (%s)', (_name, transport) => {
  test('onRequest and onResponse run on every attempt with openapi-fetch parameters', async () => {
    server = await startServer(raw(503, ''), json(200, seed200));
    const seen: string[] = [];
    const ids = new Set<string>();
    const tracing: Middleware = {
      onRequest({ request, schemaPath, params, id }) {
        ids.add(id);
        seen.push(`request ${request.method} ${schemaPath} ${JSON.stringify(params.query)}`);
        request.headers.set('x-trace', `trace-${seen.length}`);
        return request;
      },
      onResponse({ response, id }) {
        seen.push(`response ${response.status} ${ids.has(id)}`);
      },
    };
    const client = createClient({
      apiKey: SECRETS.apiKey,
      baseUrl: server.url,
      fetch: transport,
      middleware: [tracing],
      retry: { sleep: async () => {} },
    });
    const { data, attempts } = await client.verifySmsOtp(call);
    expect(data).toEqual(seed200);
    expect(attempts).toBe(2);
    // openapi-fetch's own params: what the client passed it, the API key first.
    const query = JSON.stringify({
      apikey: SECRETS.apiKey,
      secondfactorauthenticationtoken: SECRETS.token,
      isvoiceotp: true,
    });
    expect(seen).toEqual([
      `request PUT /identity/v2/auth/login/2fa/sms ${query}`,
      'response 503 true',
      `request PUT /identity/v2/auth/login/2fa/sms ${query}`,
      'response 200 true',
    ]);
    expect(ids.size).toBe(2);
    expect(server.requests.map((r) => r.headers['x-trace'])).toEqual(['trace-1', 'trace-3']);
    expect(server.requests[1]?.body).toBe(`{"otp":"${SECRETS.otp}"}`);
  });

  test('a Request returned by onRequest replaces it; a Response returned short-circuits the network', async () => {
    server = await startServer(json(200, seed200));
    const rewrite: Middleware = {
      onRequest: ({ request }) => new Request(request.url.replace('/sms?', '/sms?extra=1&'), request),
    };
    const client = createClient({
      apiKey: SECRETS.apiKey,
      baseUrl: server.url,
      fetch: transport,
      middleware: [rewrite],
    });
    await client.verifySmsOtp(call);
    expect(server.requests[0]?.query.get('extra')).toBe('1');

    const cached: Middleware = { onRequest: () => Response.json(seed200) };
    client.use(cached);
    const { data } = await client.verifySmsOtp(call);
    expect(data).toEqual(seed200);
    expect(server.requests).toHaveLength(1);

    client.eject(cached, rewrite);
    await client.verifySmsOtp(call);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.query.get('extra')).toBeNull();
  });

  test('onResponse can replace the response; onError can recover from a network failure', async () => {
    server = await startServer(json(403, fixture('seed-403-6003')));
    const replace: Middleware = { onResponse: () => Response.json(seed200) };
    const client = createClient({
      apiKey: SECRETS.apiKey,
      baseUrl: server.url,
      fetch: transport,
      middleware: [replace],
    });
    expect((await client.verifySmsOtp(call)).data).toEqual(seed200);

    const failing: Fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const recover: Middleware = {
      onError: ({ error }) => Response.json({ ...seed200, recovered: String(error) }),
    };
    const offline = createClient({
      apiKey: SECRETS.apiKey,
      fetch: failing,
      middleware: [recover],
      retry: false,
    });
    const { data } = await offline.verifySmsOtp(call);
    expect(data).toMatchObject({ recovered: 'TypeError: fetch failed' });
  });

  test('an onError returning an Error replaces the failure, which stays a typed NetworkError', async () => {
    const failing: Fetch = async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
      });
    };
    const wrap: Middleware = { onError: ({ error }) => new Error(`wrapped: ${(error as Error).message}`) };
    const client = createClient({ apiKey: SECRETS.apiKey, fetch: failing, middleware: [wrap], retry: false });
    const { error } = await client.verifySmsOtp(call);
    expect(error).toMatchObject({ kind: 'network', reason: 'network' });
    expect(error?.message).toContain('wrapped: fetch failed');
  });
});

test('an onRequest returning neither a Request nor a Response fails as openapi-fetch fails it', async () => {
  const server = await startServer(json(200, seed200));
  try {
    const bad = { onRequest: () => 'not a request' } as unknown as Middleware;
    const client = createClient({
      apiKey: SECRETS.apiKey,
      baseUrl: server.url,
      middleware: [bad],
      retry: false,
    });
    const { error } = await client.verifySmsOtp(call);
    expect(error?.message).toContain('onRequest: must return new Request() or Response()');
    expect(server.requests).toHaveLength(0);
  } finally {
    await server.close();
  }
});

describe('raw client', () => {
  test('is openapi-fetch with the API key in the query, for any path of the spec', async () => {
    server = await startServer(json(200, seed200));
    {
      const client = createRawClient({
        apiKey: SECRETS.apiKey,
        baseUrl: server.url,
        headers: { 'x-app': 'raw' },
      });
      const { data, error, response } = await client.PUT('/identity/v2/auth/login/2fa/sms', {
        params: { query: { secondfactorauthenticationtoken: SECRETS.token, isvoiceotp: true } },
        body: { otp: SECRETS.otp },
      });
      expect(error).toBeUndefined();
      expect(response.status).toBe(200);
      expect(data?.Profile.Email?.[0]?.Value).toBe('john.doe@example.com');
    }
    for (const request of server.requests) {
      expect(request.url).toBe(
        `/identity/v2/auth/login/2fa/sms?apikey=${SECRETS.apiKey}&secondfactorauthenticationtoken=${SECRETS.token}&isvoiceotp=true`,
      );
      expect(request.headers['x-app']).toBe('raw');
      expect(JSON.parse(request.body)).toEqual({ otp: SECRETS.otp });
    }
  });

  test('returns the typed error body and passes middleware through', async () => {
    server = await startServer(json(403, fixture('seed-403-6003')));
    const statuses: number[] = [];
    const client = createRawClient({
      apiKey: SECRETS.apiKey,
      baseUrl: server.url,
      middleware: [{ onResponse: ({ response }) => void statuses.push(response.status) }],
    });
    const { data, error } = await client.PUT('/identity/v2/auth/login/2fa/sms', {
      params: { query: { secondfactorauthenticationtoken: SECRETS.token } },
      body: { otp: SECRETS.otp },
    });
    expect(data).toBeUndefined();
    expect(error?.ErrorCode).toBe(6003);
    expect(statuses).toEqual([403]);
  });
});
