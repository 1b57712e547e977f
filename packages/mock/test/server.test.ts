// Behaviour of the running server beyond the contract: the control API, lockout recovery, webhooks, fault
// injection and the HTTP edges (CORS, 404/405, parameter casing).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockServer, type OtpMessage, startMockServer } from '../src/index.js';
import { control, ENDPOINT, startLogin, verify, wrong } from './helpers.js';

let server: MockServer;
const base = () => server.url;

beforeAll(async () => {
  server = await startMockServer({
    tenants: [
      { apiKey: 'k-suspend', lockout: { type: 'suspend', maxAttempts: 2, suspendSeconds: 60 } },
      { apiKey: 'k-captcha', lockout: { type: 'captcha', maxAttempts: 2 } },
      { apiKey: 'k-question', lockout: { type: 'securityQuestion', maxAttempts: 2 } },
    ],
  });
});
afterAll(() => server?.close());
beforeEach(() => control(base(), 'POST', '/reset'));

describe('server', () => {
  it('listens on 127.0.0.1 with the port it reports', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });
});

describe('control API', () => {
  it('lists its routes, tenants and users at /__mock', async () => {
    const index = await control<{ routes: string[]; tenants: { apiKey: string; lockout: string }[] }>(
      base(),
      'GET',
      '',
    );
    expect(index.routes.length).toBeGreaterThan(5);
    expect(index.tenants).toEqual([
      { apiKey: 'k-suspend', name: 'k-suspend', lockout: 'suspend' },
      { apiKey: 'k-captcha', name: 'k-captcha', lockout: 'captcha' },
      { apiKey: 'k-question', name: 'k-question', lockout: 'securityQuestion' },
    ]);
  });

  it('sends the OTP by SMS, or by voice call with isvoiceotp, to the user phone', async () => {
    const sms = await startLogin(base());
    const voice = await startLogin(base(), { isvoiceotp: true });
    const outbox = await control<OtpMessage[]>(base(), 'GET', '/outbox');
    expect(outbox.map((m) => [m.channel, m.otp, m.to])).toEqual([
      ['sms', sms.otp, '+1-555-123-4567'],
      ['voice', voice.otp, '+1-555-123-4567'],
    ]);
    expect(outbox[0]?.text).toContain(sms.otp);
    expect(await control(base(), 'GET', `/outbox?token=${voice.token}`)).toEqual([outbox[1]]);
    // The voice OTP verifies like any other (the tenant has voice configured by default).
    const response = await verify(base(), {
      apiKey: 'k-suspend',
      token: voice.token,
      query: { isvoiceotp: 'true' },
      body: { otp: voice.otp },
    });
    expect(response.status).toBe(200);
  });

  it('resends a new OTP that replaces the previous one', async () => {
    const { token, otp } = await startLogin(base());
    const resent = await control<OtpMessage>(base(), 'POST', `/second-factor-tokens/${token}/resend`);
    expect((await verify(base(), { apiKey: 'k-suspend', token, body: { otp } })).status).toBe(
      otp === resent.otp ? 200 : 403,
    );
    expect((await verify(base(), { apiKey: 'k-suspend', token, body: { otp: resent.otp } })).status).toBe(
      200,
    );
  });

  it('adds tenants and users; a login for the new user returns its merged profile', async () => {
    await control(base(), 'POST', '/tenants', { apiKey: 'k-new', lockout: { type: 'none' } });
    const user = await control<{ uid: string; emails: string[] }>(base(), 'POST', '/users', {
      profile: { FirstName: 'Ada', Email: [{ Type: 'Primary', Value: 'ada@example.com' }], UserName: 'ada' },
    });
    expect(user.uid).not.toBe(server.mock.users()[0]?.uid);
    const { token, otp } = await startLogin(base(), { apiKey: 'k-new', user: 'ADA@example.com' });
    const response = await verify(base(), {
      apiKey: 'k-new',
      token,
      query: { fields: 'Uid,FirstName,LastName' },
      body: { otp },
    });
    // LastName comes from the spec's example profile the user is built from.
    expect((await response.json()).Profile).toEqual({ Uid: user.uid, FirstName: 'Ada', LastName: 'Smith' });
  });

  it('reset drops logins, added tenants and clock offsets', async () => {
    const { token, otp } = await startLogin(base());
    await control(base(), 'POST', '/tenants', { apiKey: 'k-new' });
    await control(base(), 'POST', '/clock', { advanceSeconds: 3600 });
    await control(base(), 'POST', '/reset');
    expect(
      (await (await verify(base(), { apiKey: 'k-suspend', token, body: { otp } })).json()).ErrorCode,
    ).toBe(1103);
    expect((await (await verify(base(), { apiKey: 'k-new', token, body: { otp } })).json()).ErrorCode).toBe(
      901,
    );
    const { now } = await control<{ now: string }>(base(), 'GET', '/clock');
    expect(Math.abs(Date.parse(now) - Date.now())).toBeLessThan(60_000);
  });

  it('sets the clock to a date', async () => {
    const { now } = await control<{ now: string }>(base(), 'POST', '/clock', {
      set: '2030-05-01T12:00:00.000Z',
    });
    expect(now.slice(0, 16)).toBe('2030-05-01T12:00');
  });

  it('answers mistakes with 4xx and an error message', async () => {
    const cases: [string, string, unknown, number][] = [
      ['POST', '/second-factor-tokens', { user: 'nobody' }, 404],
      ['POST', '/second-factor-tokens', { apiKey: 'nope' }, 404],
      ['POST', '/second-factor-tokens', { isvoiceotp: 'yes' }, 400],
      ['GET', '/second-factor-tokens/nope/otp', undefined, 404],
      ['POST', '/clock', { advanceSeconds: -5 }, 400],
      ['POST', '/clock', { advanceSeconds: 1, advanceMs: 1 }, 400],
      ['POST', '/tenants', { apiKey: 'x', lockout: { type: 'later' } }, 400],
      ['POST', '/faults', { fault: 'explode' }, 400],
      ['DELETE', '/clock', undefined, 405],
      ['GET', '/nothing-here', undefined, 404],
    ];
    for (const [method, path, body, status] of cases) {
      const response = await fetch(`${base()}/__mock${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      expect([method, path, response.status]).toEqual([method, path, status]);
      expect(await response.json()).toEqual({ error: expect.any(String) });
    }
  });
});

describe('lockout recovery', () => {
  it('suspend: locked until LoginLockedTimeout, then a clean slate', async () => {
    const { token, otp } = await startLogin(base());
    await verify(base(), { apiKey: 'k-suspend', token, body: { otp: wrong(otp) } });
    const locked = await (
      await verify(base(), { apiKey: 'k-suspend', token, body: { otp: wrong(otp) } })
    ).json();
    expect(locked.ErrorCode).toBe(1198);
    await control(base(), 'POST', '/clock', { set: locked.Data.LoginLockedTimeout });
    const after = await verify(base(), { apiKey: 'k-suspend', token, body: { otp } });
    expect(after.status).toBe(200);
  });

  it('captcha: a solved captcha with the right OTP unlocks; a wrong OTP keeps the lock', async () => {
    const { token, otp } = await startLogin(base(), { apiKey: 'k-captcha' });
    await verify(base(), { apiKey: 'k-captcha', token, body: { otp: wrong(otp) } });
    expect(
      (await (await verify(base(), { apiKey: 'k-captcha', token, body: { otp: wrong(otp) } })).json())
        .ErrorCode,
    ).toBe(1132);
    const solvedWrongOtp = { otp: wrong(otp), 'h-captcha-response': 'solved' };
    expect(
      (await (await verify(base(), { apiKey: 'k-captcha', token, body: solvedWrongOtp })).json()).ErrorCode,
    ).toBe(1067);
    expect(
      (await (await verify(base(), { apiKey: 'k-captcha', token, body: { otp } })).json()).ErrorCode,
    ).toBe(1132);
    const qq = { otp, qq_captcha_ticket: 't', qq_captcha_randstr: 'r' };
    expect((await verify(base(), { apiKey: 'k-captcha', token, body: qq })).status).toBe(200);
    // Unlocked: the next login needs no captcha.
    const next = await startLogin(base(), { apiKey: 'k-captcha' });
    expect(
      (await verify(base(), { apiKey: 'k-captcha', token: next.token, body: { otp: next.otp } })).status,
    ).toBe(200);
  });

  it('security question: the right answer (any case) with the right OTP unlocks', async () => {
    const { token, otp } = await startLogin(base(), { apiKey: 'k-question' });
    await verify(base(), { apiKey: 'k-question', token, body: { otp: wrong(otp) } });
    await verify(base(), { apiKey: 'k-question', token, body: { otp: wrong(otp) } });
    const unknownQuestion = { otp, securityanswer: { 'first-pet': 'Rex' } };
    expect(
      (await (await verify(base(), { apiKey: 'k-question', token, body: unknownQuestion })).json()).ErrorCode,
    ).toBe(1148);
    const answered = { otp, securityanswer: { 'city-of-birth': ' springfield ' } };
    expect((await verify(base(), { apiKey: 'k-question', token, body: answered })).status).toBe(200);
  });

  it('keeps attempts and lockouts per tenant', async () => {
    const a = await startLogin(base(), { apiKey: 'k-suspend' });
    await verify(base(), { apiKey: 'k-suspend', token: a.token, body: { otp: wrong(a.otp) } });
    await verify(base(), { apiKey: 'k-suspend', token: a.token, body: { otp: wrong(a.otp) } });
    const b = await startLogin(base(), { apiKey: 'k-captcha' });
    expect((await verify(base(), { apiKey: 'k-captcha', token: b.token, body: { otp: b.otp } })).status).toBe(
      200,
    );
  });

  it('counts logins in the profile', async () => {
    const first = await startLogin(base());
    const one = await (
      await verify(base(), { apiKey: 'k-suspend', token: first.token, body: { otp: first.otp } })
    ).json();
    const second = await startLogin(base());
    const two = await (
      await verify(base(), { apiKey: 'k-suspend', token: second.token, body: { otp: second.otp } })
    ).json();
    expect(two.Profile.NoOfLogins).toBe(one.Profile.NoOfLogins + 1);
  });
});

describe('webhooks', () => {
  const login = async (query: Record<string, string>, headers: Record<string, string> = {}) => {
    const { token, otp } = await startLogin(base());
    expect((await verify(base(), { apiKey: 'k-suspend', token, query, headers, body: { otp } })).status).toBe(
      200,
    );
    return (await control<unknown[]>(base(), 'GET', '/webhooks')).length;
  };

  it('fires Login unless prevent_webhook or X-PreventWebhook says not to; the header wins', async () => {
    expect(await login({})).toBe(1);
    expect(await login({ prevent_webhook: 'true' })).toBe(1);
    expect(await login({}, { 'X-PreventWebhook': 'true' })).toBe(1);
    expect(await login({ prevent_webhook: 'true' }, { 'X-PreventWebhook': 'false' })).toBe(2);
    expect(await login({ prevent_webhook: 'false' }, { 'X-PreventWebhook': 'true' })).toBe(2);
  });
});

describe('fault injection', () => {
  it('html-502: a gateway HTML page', async () => {
    const response = await verify(base(), { apiKey: 'k-suspend', headers: { 'x-mock-fault': 'html-502' } });
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('502 Bad Gateway');
  });

  it('reset: the connection drops without a response', async () => {
    const error = await verify(base(), { apiKey: 'k-suspend', headers: { 'x-mock-fault': 'reset' } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(((error as Error).cause as { code?: string }).code).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
  });

  it('delay: the answer is held back, so a client timeout fires first', async () => {
    const url = `${base()}${ENDPOINT}?apikey=k-suspend`;
    const error = await fetch(url, {
      method: 'PUT',
      headers: { 'x-mock-fault': 'delay=10000' },
      signal: AbortSignal.timeout(100),
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('TimeoutError');
  });

  it('delay then a normal answer', async () => {
    const response = await verify(base(), {
      apiKey: 'k-suspend',
      token: 'x',
      headers: { 'x-mock-fault': 'delay=20' },
      body: { otp: '1' },
    });
    expect((await response.json()).ErrorCode).toBe(1103);
  });

  it('armed faults hit the next N endpoint requests only, never the control API', async () => {
    await control(base(), 'POST', '/faults', { fault: 'internal-error', times: 2 });
    await control(base(), 'POST', '/faults', { fault: 'html-502' });
    expect(await control(base(), 'GET', '/faults')).toEqual([
      { fault: 'internal-error', remaining: 2 },
      { fault: 'html-502', remaining: 1 },
    ]);
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await verify(base(), { apiKey: 'nope', token: 't', body: { otp: '1' } })).status);
    expect(statuses).toEqual([500, 500, 502, 403]);
    await control(base(), 'POST', '/faults', { fault: 'reset' });
    await control(base(), 'DELETE', '/faults');
    expect((await verify(base(), { apiKey: 'nope', token: 't', body: { otp: '1' } })).status).toBe(403);
  });

  it('a header fault wins over an armed one and leaves it armed', async () => {
    server.mock.armFault('html-502');
    expect(
      (await verify(base(), { apiKey: 'k-suspend', headers: { 'x-mock-fault': 'internal-error' } })).status,
    ).toBe(500);
    expect(server.mock.faults()).toEqual([{ fault: 'html-502', remaining: 1 }]);
  });

  it('rejects an unknown fault in the header', async () => {
    const response = await verify(base(), { apiKey: 'k-suspend', headers: { 'x-mock-fault': 'explode' } });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.ErrorCode).toBe(400);
    expect(body.Description).toMatch(/unknown fault/);
  });
});

describe('HTTP edges', () => {
  it('reads the API key in any casing and matches the path case-insensitively', async () => {
    const { token, otp } = await startLogin(base());
    const url = `${base()}/Identity/V2/Auth/Login/2FA/SMS?apiKey=k-suspend&SecondFactorAuthenticationToken=${token}`;
    const response = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ otp }),
    });
    expect(response.status).toBe(200);
  });

  it('answers CORS preflights and exposes Retry-After', async () => {
    const asked = 'content-type, traceparent, x-mock-fault, x-anything-else';
    const response = await fetch(`${base()}${ENDPOINT}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': asked,
      },
    });
    expect(response.status).toBe(204);
    // Whatever the browser asks to send (a tracing middleware's header included) is allowed.
    expect(response.headers.get('access-control-allow-headers')).toBe(asked);
    expect(response.headers.get('access-control-allow-methods')).toBe('PUT, OPTIONS');
    const error = await verify(base(), { apiKey: 'nope', token: 't', body: { otp: '1' } });
    expect(error.headers.get('access-control-allow-origin')).toBe('*');
    expect(error.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it('405 for another method on the endpoint, 404 elsewhere', async () => {
    const get = await fetch(`${base()}${ENDPOINT}?apikey=k-suspend`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('PUT, OPTIONS');
    expect((await fetch(`${base()}/identity/v2/auth/login`, { method: 'PUT' })).status).toBe(404);
  });
});
