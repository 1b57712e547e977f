// Contract test: every kind of response the mock can produce validates against the schema the bundled spec
// documents for its status (ajv, JSON Schema 2020-12), and together they cover every error code the mock has.
// The same suite runs through both adapters, the node:http server and the MSW handlers, proving they agree.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMock, ERROR_CODES, type Mock, type MockOptions, startMockServer } from '../src/index.js';
import { createHandlers } from '../src/msw.js';
import { control, startLogin, verify, wrong } from './helpers.js';
import { bundleSpec, type ResponseContract, responseContracts } from './spec.js';

const FROZEN_WALL_CLOCK = Date.parse('2026-01-01T00:00:00.000Z');
const OPTIONS: MockOptions = {
  now: () => FROZEN_WALL_CLOCK,
  tenants: [
    { apiKey: 'k-suspend', lockout: { type: 'suspend', maxAttempts: 2, suspendSeconds: 600 } },
    { apiKey: 'k-captcha', lockout: { type: 'captcha', maxAttempts: 2 } },
    { apiKey: 'k-question', lockout: { type: 'securityQuestion', maxAttempts: 2 } },
    { apiKey: 'k-no-voice', voiceOtp: false },
    { apiKey: 'k-limited', rateLimit: { requests: 1, windowSeconds: 60 } },
    { apiKey: 'k-short', secondFactorTokenTtlSeconds: 600, otpTtlSeconds: 30 },
  ],
};

interface Running {
  base: string;
  mock: Mock;
  stop(): Promise<void>;
}

const ADAPTERS: { name: string; start(): Promise<Running> }[] = [
  {
    name: 'node:http server',
    async start() {
      const server = await startMockServer(OPTIONS);
      return { base: server.url, mock: server.mock, stop: () => server.close() };
    },
  },
  {
    name: 'MSW handlers',
    async start() {
      const mock = createMock(OPTIONS);
      const msw = setupServer(...createHandlers(mock));
      // Nothing may reach the network: every request must be answered by the handlers.
      msw.listen({ onUnhandledRequest: 'error' });
      return { base: 'https://api.loginradius.com', mock, stop: async () => msw.close() };
    },
  },
];

let contracts: Map<number, ResponseContract>;

beforeAll(async () => {
  contracts = responseContracts(await bundleSpec()).get('verifySmsOtp') as Map<number, ResponseContract>;
});

/** Checks the response against the spec and returns its JSON body. */
async function conforms(response: Response, status: number): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const contract = contracts.get(status);
  expect(contract, `the spec documents no ${status} response`).toBeDefined();
  const body = await response.json();
  const valid = contract?.body(body);
  expect(contract?.body.errors ?? [], `body of ${status}`).toEqual([]);
  expect(valid).toBe(true);
  for (const [name, validate] of contract?.headers ?? []) {
    const value = response.headers.get(name);
    if (value !== null) expect(validate(value), `header ${name}`).toBe(true);
  }
  return body;
}

describe.each(ADAPTERS)('$name', (adapter) => {
  let running: Running;
  const seenCodes = new Set<number>();
  const base = () => running.base;

  beforeAll(async () => {
    running = await adapter.start();
  });
  afterAll(() => running?.stop());

  async function error(response: Response, status: number, code: number): Promise<Record<string, unknown>> {
    const body = await conforms(response, status);
    expect(body.ErrorCode).toBe(code);
    seenCodes.add(code);
    return body;
  }

  describe('200', () => {
    it('the full profile, fresh tokens and a 7-digit expires_in', async () => {
      const { token, otp } = await startLogin(base(), { apiKey: 'k-suspend' });
      const body = await conforms(await verify(base(), { apiKey: 'k-suspend', token, body: { otp } }), 200);
      expect(body.expires_in).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
      expect(body.access_token).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(body.refresh_token).not.toBe(body.access_token);
      expect((body.Profile as { Uid: string }).Uid).toBe(running.mock.users()[0]?.uid);
    });

    it('a profile projected by fields', async () => {
      const { token, otp } = await startLogin(base(), { apiKey: 'k-suspend' });
      const response = await verify(base(), {
        apiKey: 'k-suspend',
        token,
        query: { fields: 'Email,username,Country/Name,Identities(Provider)' },
        body: { otp },
      });
      const body = await conforms(response, 200);
      const profile = body.Profile as Record<string, unknown>;
      expect(Object.keys(profile).sort()).toEqual(['Country', 'Email', 'Identities', 'UserName']);
      expect(profile.Country).toEqual({ Name: 'United States' });
      for (const identity of profile.Identities as object[])
        expect(Object.keys(identity)).toEqual(['Provider']);
    });
  });

  describe('400', () => {
    it('922 without an API key', async () => {
      await error(await verify(base(), { token: 't', body: { otp: '1' } }), 400, 922);
    });

    it('908 without the second-factor token, naming it in Errors', async () => {
      const body = await error(await verify(base(), { apiKey: 'k-suspend', body: { otp: '1' } }), 400, 908);
      expect(body.Errors).toEqual([
        expect.objectContaining({ FieldName: 'secondfactorauthenticationtoken' }),
      ]);
    });

    it('908 for a boolean parameter that is not true/false', async () => {
      const response = await verify(base(), {
        apiKey: 'k-suspend',
        token: 't',
        query: { isvoiceotp: 'yes' },
        headers: { 'X-PreventWebhook': 'maybe' },
        body: { otp: '1' },
      });
      const body = await error(response, 400, 908);
      expect((body.Errors as { FieldName: string }[]).map((e) => e.FieldName)).toEqual([
        'isvoiceotp',
        'X-PreventWebhook',
      ]);
    });

    it('908 for a malformed fields projection', async () => {
      const response = await verify(base(), {
        apiKey: 'k-suspend',
        token: 't',
        query: { fields: 'Email,Country(Name' },
        body: { otp: '1' },
      });
      await error(response, 400, 908);
    });

    it('965 for a body that is not JSON', async () => {
      await error(await verify(base(), { apiKey: 'k-suspend', token: 't', body: '{"otp": ' }), 400, 965);
    });

    it('965 for a JSON array body and for a non-JSON content type', async () => {
      await error(await verify(base(), { apiKey: 'k-suspend', token: 't', body: '[]' }), 400, 965);
      const response = await verify(base(), {
        apiKey: 'k-suspend',
        token: 't',
        headers: { 'content-type': 'text/plain' },
        body: { otp: '1' },
      });
      await error(response, 400, 965);
    });

    it('965 for a JSON body sent without a content type, as the spec requires application/json', async () => {
      // A byte body gets no Content-Type from fetch.
      const response = await fetch(
        `${base()}/identity/v2/auth/login/2fa/sms?apikey=k-suspend&secondfactorauthenticationtoken=t`,
        {
          method: 'PUT',
          body: new TextEncoder().encode(JSON.stringify({ otp: '1' })),
        },
      );
      await error(response, 400, 965);
    });

    it('1134 for null in a string field, as the spec types it string', async () => {
      for (const body of [
        { otp: null },
        { otp: '1', 'g-recaptcha-response': null },
        { otp: '1', securityanswer: null },
      ]) {
        await error(await verify(base(), { apiKey: 'k-suspend', token: 't', body }), 400, 1134);
      }
    });

    it('1134 with Errors[] for a missing otp and a mistyped captcha', async () => {
      const response = await verify(base(), {
        apiKey: 'k-suspend',
        token: 't',
        body: { 'g-recaptcha-response': 5 },
      });
      const body = await error(response, 400, 1134);
      expect(body.Errors).toEqual([
        { FieldName: 'otp', ErrorMessage: 'The otp field is required.' },
        {
          FieldName: 'g-recaptcha-response',
          ErrorMessage: 'The g-recaptcha-response field must be of type string.',
        },
      ]);
    });

    it('1134 for an otp sent as a number', async () => {
      await error(
        await verify(base(), { apiKey: 'k-suspend', token: 't', body: { otp: 123456 } }),
        400,
        1134,
      );
    });
  });

  describe('403', () => {
    it('901 for an unknown API key', async () => {
      await error(await verify(base(), { apiKey: 'nope', token: 't', body: { otp: '1' } }), 403, 901);
    });

    it('1103 for an unknown token, and for a token of another tenant', async () => {
      await error(
        await verify(base(), { apiKey: 'k-suspend', token: 'made-up', body: { otp: '1' } }),
        403,
        1103,
      );
      const { token, otp } = await startLogin(base(), { apiKey: 'k-captcha' });
      await error(await verify(base(), { apiKey: 'k-suspend', token, body: { otp } }), 403, 1103);
    });

    it('1104 once the token has expired', async () => {
      const { token, otp } = await startLogin(base(), { apiKey: 'k-suspend' });
      await control(base(), 'POST', '/clock', { advanceSeconds: 901 });
      await error(await verify(base(), { apiKey: 'k-suspend', token, body: { otp } }), 403, 1104);
    });

    it('1067 for a wrong OTP', async () => {
      const { token, otp } = await startLogin(base(), { apiKey: 'k-suspend' });
      await error(await verify(base(), { apiKey: 'k-suspend', token, body: { otp: wrong(otp) } }), 403, 1067);
    });

    it('1068 for an OTP that already completed the login', async () => {
      const { token, otp } = await startLogin(base(), { apiKey: 'k-suspend' });
      await conforms(await verify(base(), { apiKey: 'k-suspend', token, body: { otp } }), 200);
      await error(await verify(base(), { apiKey: 'k-suspend', token, body: { otp } }), 403, 1068);
    });

    it('1069 for an OTP past its lifetime', async () => {
      const { token, otp } = await startLogin(base(), { apiKey: 'k-short' });
      await control(base(), 'POST', '/clock', { advanceSeconds: 31 });
      await error(await verify(base(), { apiKey: 'k-short', token, body: { otp } }), 403, 1069);
    });

    it('1198 with Data.LoginLockedTimeout under the suspend lockout', async () => {
      const { token, otp } = await startLogin(base(), { apiKey: 'k-suspend' });
      await error(await verify(base(), { apiKey: 'k-suspend', token, body: { otp: wrong(otp) } }), 403, 1067);
      const { now } = await control<{ now: string }>(base(), 'GET', '/clock');
      const body = await error(
        await verify(base(), { apiKey: 'k-suspend', token, body: { otp: wrong(otp) } }),
        403,
        1198,
      );
      // The wall clock is frozen for this server, so the unlock time is exact: locking time + suspendSeconds.
      expect(body.Data).toEqual({ LoginLockedTimeout: new Date(Date.parse(now) + 600_000).toISOString() });
      // It conformed to the 403 schema, which declares the unlock time (a string); the generic error schema of
      // the other statuses does not.
      const untyped = { ...body, Data: { LoginLockedTimeout: 600 } };
      expect(contracts.get(403)?.body(untyped)).toBe(false);
      expect(contracts.get(400)?.body(untyped)).toBe(true);
      // Locked: even the right OTP is refused until then.
      await error(await verify(base(), { apiKey: 'k-suspend', token, body: { otp } }), 403, 1198);
    });

    it('1132 under the captcha lockout and 1218 for a rejected captcha', async () => {
      const { token, otp } = await startLogin(base(), { apiKey: 'k-captcha' });
      await error(await verify(base(), { apiKey: 'k-captcha', token, body: { otp: wrong(otp) } }), 403, 1067);
      await error(await verify(base(), { apiKey: 'k-captcha', token, body: { otp: wrong(otp) } }), 403, 1132);
      await error(await verify(base(), { apiKey: 'k-captcha', token, body: { otp } }), 403, 1132);
      const rejected = { otp, 'g-recaptcha-response': 'invalid-captcha' };
      await error(await verify(base(), { apiKey: 'k-captcha', token, body: rejected }), 403, 1218);
    });

    it('1148 under the security-question lockout', async () => {
      const { token, otp } = await startLogin(base(), { apiKey: 'k-question' });
      await error(
        await verify(base(), { apiKey: 'k-question', token, body: { otp: wrong(otp) } }),
        403,
        1067,
      );
      await error(
        await verify(base(), { apiKey: 'k-question', token, body: { otp: wrong(otp) } }),
        403,
        1148,
      );
      const wrongAnswer = { otp, securityanswer: { 'city-of-birth': 'Shelbyville' } };
      await error(await verify(base(), { apiKey: 'k-question', token, body: wrongAnswer }), 403, 1148);
    });

    it('1281 for a voice OTP on a tenant without voice', async () => {
      const { token, otp } = await startLogin(base(), { apiKey: 'k-no-voice' });
      const response = await verify(base(), {
        apiKey: 'k-no-voice',
        token,
        query: { isvoiceotp: 'true' },
        body: { otp },
      });
      await error(response, 403, 1281);
    });
  });

  describe('429', () => {
    it('over the tenant quota, with Retry-After', async () => {
      const { token, otp } = await startLogin(base(), { apiKey: 'k-limited' });
      await error(await verify(base(), { apiKey: 'k-limited', token, body: { otp: wrong(otp) } }), 403, 1067);
      const response = await verify(base(), { apiKey: 'k-limited', token, body: { otp } });
      const retryAfter = response.headers.get('retry-after');
      await error(response, 429, 429);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    });

    it('as an injected fault', async () => {
      const response = await verify(base(), {
        apiKey: 'k-suspend',
        headers: { 'x-mock-fault': 'rate-limit=7' },
        body: {},
      });
      expect(response.headers.get('retry-after')).toBe('7');
      await error(response, 429, 429);
    });
  });

  describe('500', () => {
    it('7909 as an injected fault', async () => {
      await error(
        await verify(base(), { apiKey: 'k-suspend', headers: { 'x-mock-fault': 'internal-error' } }),
        500,
        7909,
      );
    });
  });

  it('exercised every error code the mock answers with, each one the spec documents', () => {
    // The spec documents more codes than the mock produces (920, 982, 991, 1070, 1090, 6003, 8169 have no
    // situation in it); these are the ones its handlers and faults answer with.
    const answered = [
      429, 901, 908, 922, 965, 1067, 1068, 1069, 1103, 1104, 1132, 1134, 1148, 1198, 1218, 1281, 7909,
    ];
    expect([...seenCodes].sort((a, b) => a - b)).toEqual(answered);
    expect(answered.filter((code) => !(ERROR_CODES as readonly number[]).includes(code))).toEqual([]);
  });
});

describe('validators', () => {
  it('are not vacuous: they reject bodies the spec forbids', () => {
    const forbidden = contracts.get(403);
    const ok = contracts.get(200);
    expect(forbidden?.body({ ErrorCode: 1067, Message: 'Invalid OTP Code', Description: 'x' })).toBe(true);
    expect(forbidden?.body({ Message: 'no code', Description: 'x' })).toBe(false);
    expect(forbidden?.body({ ErrorCode: '1067', Message: 'm', Description: 'd' })).toBe(false);
    expect(ok?.body({ access_token: 'a', expires_in: 3600 })).toBe(false);
    expect(contracts.get(429)?.headers.has('retry-after')).toBe(true);
  });
});
