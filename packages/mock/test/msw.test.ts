// What is specific to the MSW adapter: origins, network errors and the control API through the handlers.
import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, createMock } from '../src/msw.js';
import { control, startLogin, verify } from './helpers.js';

const mock = createMock();
const custom = createMock({ tenants: [{ apiKey: 'staging-key' }] });
const msw = setupServer(
  ...createHandlers(mock),
  ...createHandlers(custom, { baseUrl: 'http://staging.test/' }),
);

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  mock.reset();
  custom.reset();
});
afterAll(() => msw.close());

describe('MSW handlers', () => {
  it('answer on the spec server origin by default, control API included', async () => {
    const { token, otp } = await startLogin('https://api.loginradius.com');
    const response = await verify('https://api.loginradius.com', {
      apiKey: 'mock-api-key',
      token,
      body: { otp },
    });
    expect(response.status).toBe(200);
    expect(mock.webhooks()).toHaveLength(1);
  });

  it('serve each engine on its own origin', async () => {
    const { token, otp } = await startLogin('http://staging.test', { apiKey: 'staging-key' });
    expect(custom.outbox()).toHaveLength(1);
    expect(mock.outbox()).toHaveLength(0);
    expect(
      (await verify('http://staging.test', { apiKey: 'staging-key', token, body: { otp } })).status,
    ).toBe(200);
  });

  it('strip a base URL path prefix', async () => {
    const prefixed = createMock();
    const handlers = createHandlers(prefixed, { baseUrl: 'https://gateway.test/loginradius/' });
    const token = prefixed.createSecondFactorToken().secondFactorAuthenticationToken;
    const { otp } = prefixed.readOtp(token);
    const url = `https://gateway.test/loginradius/identity/v2/auth/login/2fa/sms?apikey=mock-api-key&secondfactorauthenticationtoken=${token}`;
    const request = new Request(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ otp }),
    });
    expect((await getResponse(handlers, request))?.status).toBe(200);
    const control = await getResponse(handlers, new Request('https://gateway.test/loginradius/__mock/clock'));
    expect(await control?.json()).toEqual({ now: expect.any(String) });
  });

  it('turn the reset fault into a network error', async () => {
    await control('https://api.loginradius.com', 'POST', '/faults', { fault: 'reset' });
    const error = await verify('https://api.loginradius.com', { apiKey: 'mock-api-key' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
  });

  it('leave other origins unhandled', async () => {
    const request = new Request(
      'https://example.invalid/identity/v2/auth/login/2fa/sms?apikey=mock-api-key',
      {
        method: 'PUT',
      },
    );
    expect(await getResponse(createHandlers(mock), request)).toBeUndefined();
    const own = new Request('https://api.loginradius.com/identity/v2/auth/login/2fa/sms', { method: 'PUT' });
    expect((await getResponse(createHandlers(mock), own))?.status).toBe(400);
  });
});
