// The whole login story as a consumer lives it, through @lr-mfa/client: against the running server, and the
// same story through the MSW handlers (the client left on its default base URL, intercepted in-process).
import {
  createClient,
  isAccountLocked,
  isCaptchaRequired,
  isInvalidOtp,
  isOtpUsedOrExpired,
  isTokenInvalidOrExpired,
  type LrMfaClient,
  lockedUntil,
} from '@lr-mfa/client';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMock, type Mock, startMockServer } from '../src/index.js';
import { createHandlers } from '../src/msw.js';
import { wrong } from './helpers.js';

interface Running {
  mock: Mock;
  client(apiKey: string, options?: { retry?: false }): LrMfaClient;
  stop(): Promise<void>;
}

// Retries wait for nothing and the wall clock stands still: the story asserts behaviour, never durations.
const noWait = { sleep: async () => {} };
const WALL_CLOCK = Date.parse('2026-03-01T09:00:00.000Z');
const now = () => WALL_CLOCK;

const ADAPTERS: { name: string; start(): Promise<Running> }[] = [
  {
    name: 'running mock server',
    async start() {
      const server = await startMockServer({ now });
      return {
        mock: server.mock,
        client: (apiKey, options) =>
          createClient({ apiKey, baseUrl: server.url, retry: options?.retry ?? noWait }),
        stop: () => server.close(),
      };
    },
  },
  {
    name: 'MSW handlers',
    async start() {
      const mock = createMock({ now });
      const msw = setupServer(...createHandlers(mock));
      msw.listen({ onUnhandledRequest: 'error' });
      return {
        mock,
        // The client's default Node transport (node:http) is intercepted too: no fetch override needed.
        client: (apiKey, options) => createClient({ apiKey, retry: options?.retry ?? noWait }),
        stop: async () => msw.close(),
      };
    },
  },
];

describe.each(ADAPTERS)('login story through @lr-mfa/client ($name)', (adapter) => {
  let running: Running;
  beforeAll(async () => {
    running = await adapter.start();
  });
  afterAll(() => running?.stop());
  beforeEach(() => running.mock.reset());

  it('wrong OTP, captcha lockout, unlock by captcha, success; the OTP cannot be replayed', async () => {
    const { mock } = running;
    const client = running.client('mock-api-key-captcha');
    const login = mock.createSecondFactorToken({ apiKey: 'mock-api-key-captcha' });
    const token = login.secondFactorAuthenticationToken;
    const { otp, channel, to } = mock.readOtp(token);
    expect([channel, to]).toEqual(['sms', '+1-555-123-4567']);
    const wrongOtp = wrong(otp);

    for (let attempt = 1; attempt <= 2; attempt++) {
      const { data, error } = await client.verifySmsOtp({
        secondFactorAuthenticationToken: token,
        otp: wrongOtp,
      });
      expect(data).toBeUndefined();
      expect(isInvalidOtp(error)).toBe(true);
      expect(error?.status).toBe(403);
    }

    // The third wrong OTP locks the account behind a captcha...
    const locked = await client.verifySmsOtp({ secondFactorAuthenticationToken: token, otp: wrongOtp });
    expect(isCaptchaRequired(locked.error)).toBe(true);
    expect(locked.error?.kind === 'api' && locked.error.ErrorCode).toBe(1132);
    // ...so even the right OTP is refused without one, and a rejected captcha does not help.
    const noCaptcha = await client.verifySmsOtp({ secondFactorAuthenticationToken: token, otp });
    expect(noCaptcha.error?.kind === 'api' && noCaptcha.error.ErrorCode).toBe(1132);
    const badCaptcha = await client.verifySmsOtp({
      secondFactorAuthenticationToken: token,
      otp,
      gRecaptchaResponse: 'invalid-captcha',
    });
    expect(badCaptcha.error?.kind === 'api' && badCaptcha.error.ErrorCode).toBe(1218);

    const { data, error, response } = await client.verifySmsOtp({
      secondFactorAuthenticationToken: token,
      otp,
      gRecaptchaResponse: 'solved-captcha-token',
      fields: 'Uid,Email,PhoneId',
    });
    expect(error).toBeUndefined();
    expect(response?.status).toBe(200);
    expect(data?.Profile).toEqual({
      Uid: login.uid,
      PhoneId: '+1-555-123-4567',
      Email: [expect.objectContaining({ Value: expect.any(String) })],
    });
    expect(data?.access_token).toMatch(/^[0-9a-f-]{36}$/);
    expect(data?.expires_in).toMatch(/\.\d{7}Z$/);
    expect(mock.webhooks()).toEqual([expect.objectContaining({ event: 'Login', uid: login.uid })]);

    const replay = await client.verifySmsOtp({ secondFactorAuthenticationToken: token, otp });
    expect(isOtpUsedOrExpired(replay.error)).toBe(true);
  });

  it('suspend lockout: locked until LoginLockedTimeout, then a new login succeeds', async () => {
    const { mock } = running;
    const client = running.client('mock-api-key');
    const token = mock.createSecondFactorToken().secondFactorAuthenticationToken;
    const { otp } = mock.readOtp(token);
    const wrongOtp = wrong(otp);
    for (let attempt = 1; attempt <= 2; attempt++) {
      await client.verifySmsOtp({ secondFactorAuthenticationToken: token, otp: wrongOtp });
    }
    const { error } = await client.verifySmsOtp({ secondFactorAuthenticationToken: token, otp: wrongOtp });
    expect(isAccountLocked(error)).toBe(true);
    const until = lockedUntil(error);
    expect(until?.getTime()).toBe(mock.now().getTime() + 15 * 60_000);

    mock.setClock(until as Date);
    // The suspension (15 minutes) outlived the second-factor token (15 minutes too): the user logs in again.
    const stale = await client.verifySmsOtp({ secondFactorAuthenticationToken: token, otp });
    expect(isTokenInvalidOrExpired(stale.error)).toBe(true);
    const again = mock.createSecondFactorToken().secondFactorAuthenticationToken;
    const { data, error: none } = await client.verifySmsOtp({
      secondFactorAuthenticationToken: again,
      otp: mock.readOtp(again).otp,
    });
    expect(none).toBeUndefined();
    expect(data?.Profile?.Uid).toBe(mock.users()[0]?.uid);
  });

  it('faults: the client retries a gateway 502, and reports a reset as a network error', async () => {
    const { mock } = running;
    const token = mock.createSecondFactorToken().secondFactorAuthenticationToken;
    const { otp } = mock.readOtp(token);

    mock.armFault('html-502');
    const retried = await running
      .client('mock-api-key')
      .verifySmsOtp({ secondFactorAuthenticationToken: token, otp });
    expect(retried.error).toBeUndefined();
    expect(retried.attempts).toBe(2);

    mock.armFault('reset');
    const reset = await running
      .client('mock-api-key', { retry: false })
      .verifySmsOtp({ secondFactorAuthenticationToken: token, otp });
    expect(reset.error?.kind).toBe('network');
    // The error is safe to log: neither the OTP, the token nor the API key shows up in it.
    const serialized = JSON.stringify(reset.error) + String(reset.error);
    for (const secret of [otp, token, 'mock-api-key']) expect(serialized).not.toContain(secret);
  });
});
