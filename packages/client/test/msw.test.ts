// Request interceptors must see the Node transport: a team mocking the API with msw/node must never have
// its tests reach the real host. msw patches `http.request`; the transport looks it up at call time.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createClient } from '../src/node.js';
import seed200 from './fixtures/seed-200.json' with { type: 'json' };

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

test('the default Node transport is intercepted by msw/node (no request leaves the process)', async () => {
  const client = createClient({ apiKey: 'msw-api-key', retry: { retries: 0 } });
  const { data, error } = await client.verifySmsOtp({
    secondFactorAuthenticationToken: 'sf-token-1',
    otp: '123456',
  });
  expect(error).toBeUndefined();
  expect(data?.Profile.Uid).toBe(seed200.Profile.Uid);
  expect(seen).toEqual(['sf-token-1']);
});
