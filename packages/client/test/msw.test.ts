// Request interceptors see every call: the client's default is the global fetch, through openapi-fetch, so a
// team mocking the API with msw/node or nock never has its tests reach the real host.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createClient } from '../src/index.js';
import { fixture } from './server.js';

const seed200 = fixture<{ Profile: { Uid: string }; access_token: string }>('seed-200');

describe('msw/node', () => {
  const seen: string[] = [];
  const server = setupServer(
    http.put('https://api.loginradius.com/identity/v2/auth/login/2fa/sms', ({ request }) => {
      seen.push(new URL(request.url).searchParams.get('secondfactorauthenticationtoken') ?? '');
      return HttpResponse.json(seed200);
    }),
  );
  // 'error': any request msw has no handler for fails the test instead of leaving the machine.
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  test('intercepts the default client (no request leaves the process)', async () => {
    const client = createClient({ apiKey: 'msw-api-key', retry: { retries: 0 } });
    const { data, error } = await client.verifySmsOtp({
      secondFactorAuthenticationToken: 'sf-token-1',
      otp: '123456',
    });
    expect(error).toBeUndefined();
    expect(data?.Profile.Uid).toBe(seed200.Profile.Uid);
    expect(seen).toEqual(['sf-token-1']);
  });
});

describe('nock', () => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
    nock.restore();
  });

  test('intercepts the default client, query, body and all', async () => {
    const scope = nock('https://api.loginradius.com')
      .put('/identity/v2/auth/login/2fa/sms', { otp: '654321' })
      .query({ apikey: 'nock-api-key', secondfactorauthenticationtoken: 'sf-token-2' })
      .reply(200, seed200);
    const client = createClient({ apiKey: 'nock-api-key', retry: false });
    const { data, error } = await client.verifySmsOtp({
      secondFactorAuthenticationToken: 'sf-token-2',
      otp: '654321',
    });
    expect(error).toBeUndefined();
    expect(data?.access_token).toBe(seed200.access_token);
    expect(scope.isDone()).toBe(true);
  });
});
