// Hostile and broken test input never gets a 5xx from the mock, never corrupts its state, and is answered the way a
// client can read: prototype-named security answers, clocks and lifetimes past any date, deeply nested profiles,
// oversized bodies from a peer in another process, and wrong OTPs sent with a spent second-factor token.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { startLogin, verify, wrong } from './helpers.js';

let server: MockServer;
const base = () => server.url;

beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server?.close());
beforeEach(() => server.control('POST', '/reset'));

const errorCode = async (response: Response) => ((await response.json()) as { ErrorCode: number }).ErrorCode;

describe('security answers named like Object.prototype members', () => {
  const apiKey = 'mock-api-key-security-question';

  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])(
    '%s is a wrong answer (1148), not a 500',
    async (name) => {
      const { token, otp } = await startLogin(base(), { apiKey, freshUser: true });
      for (let i = 0; i < 3; i++) await verify(base(), { apiKey, token, body: { otp: wrong(otp) } });
      // Raw JSON, so that `__proto__` arrives as a member name as a peer would send it.
      const hostile = await verify(base(), {
        apiKey,
        token,
        body: `{"otp":"${otp}","securityanswer":{"${name}":"x"}}`,
      });
      expect(hostile.status).toBe(403);
      expect(await errorCode(hostile)).toBe(1148);
      const answered = await verify(base(), {
        apiKey,
        token,
        body: { otp, securityanswer: { 'city-of-birth': 'Springfield' } },
      });
      expect(answered.status).toBe(200);
    },
  );
});

describe('wrong OTPs sent with a spent second-factor token', () => {
  it('answer 1103, as Resend does, and count for nothing toward the next login', async () => {
    const apiKey = 'mock-api-key';
    const { secondFactorAuthenticationToken: token, uid } = server.mock.createSecondFactorToken({
      freshUser: true,
    });
    const { otp } = server.mock.readOtp(token);
    expect((await verify(base(), { apiKey, token, body: { otp } })).status).toBe(200);
    for (let i = 0; i < 4; i++) {
      const spent = await verify(base(), { apiKey, token, body: { otp: wrong(otp) } });
      expect(spent.status).toBe(403);
      expect(await errorCode(spent)).toBe(1103);
    }
    // The OTP that completed the login is still recognised as used.
    expect(await errorCode(await verify(base(), { apiKey, token, body: { otp } }))).toBe(1068);
    const next = await startLogin(base(), { user: uid });
    expect((await verify(base(), { apiKey, token: next.token, body: { otp: next.otp } })).status).toBe(200);
  });
});
