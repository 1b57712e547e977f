// Opt-in runtime validation: validators compiled from the bundled spec at build time (ajv standalone code
// committed under src/generated), wired into the client through `validateResponse`.
import { readFileSync } from 'node:fs';
import type { VerifySmsOtpResponse } from '@lr-mfa/types';
import { afterEach, describe, expect, test } from 'vitest';
import { createClient, ResponseValidationError } from '../src/index.js';
import { isApiError, isVerifySmsOtpResponse, validateResponse } from '../src/validate.js';
import { expectNoSecrets, fixture, json, SECRETS, startServer, type TestServer } from './server.js';

const seed200 = fixture<VerifySmsOtpResponse>('seed-200');
const clone = <T>(value: T): T => structuredClone(value);

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('validateResponse', () => {
  test('accepts the seed 200 body and every seed error body', () => {
    expect(validateResponse(seed200, 200)).toEqual([]);
    expect(isVerifySmsOtpResponse(seed200)).toBe(true);
    for (const [name, status] of [
      ['seed-400-908', 400],
      ['seed-403-6003', 403],
      ['seed-404-8169', 404],
      ['seed-500-7909', 500],
    ] as const) {
      expect(validateResponse(fixture(name), status)).toEqual([]);
      expect(isApiError(fixture(name))).toBe(true);
    }
  });

  test('lists every JSON path that differs', () => {
    const body = clone(seed200) as unknown as Record<string, unknown> & { Profile: Record<string, unknown> };
    (body.Profile.Email as { Value: unknown }[])[0] = { Value: 42 } as never;
    body.Profile.NoOfLogins = 'ten';
    delete (body as Record<string, unknown>).access_token;
    const issues = validateResponse(body, 200);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: '/access_token', message: 'is required' },
        { path: '/Profile/Email/0/Value', message: 'must be string,null' },
        { path: '/Profile/NoOfLogins', message: 'must be integer,null' },
      ]),
    );
    expect(isVerifySmsOtpResponse(body)).toBe(false);
  });

  test('an error status is checked against ApiError, an unknown 2xx against the 200 body', () => {
    expect(validateResponse({ ErrorCode: '1067' }, 403)).toEqual(
      expect.arrayContaining([
        { path: '/ErrorCode', message: 'must be integer' },
        { path: '/Message', message: 'is required' },
      ]),
    );
    expect(validateResponse({ ErrorCode: 1, Message: 'm', Description: 'd' }, 418)).toEqual([]);
    expect(validateResponse(seed200, 201)).toEqual([]);
    expect(validateResponse([], 200)).toEqual([{ path: '', message: 'must be object' }]);
  });

  test('JSON Pointer escapes ~ and / in property names', () => {
    const issues = validateResponse(
      { ErrorCode: 1, Message: 'm', Description: 'd', Data: { 'a/b~c': 1, LoginLockedTimeout: 5 } },
      403,
    );
    expect(issues).toEqual([{ path: '/Data/LoginLockedTimeout', message: 'must be string' }]);
  });

  test('the generated validators carry the do-not-edit header and parse nothing at runtime', () => {
    const source = readFileSync(new URL('../src/generated/validators/index.js', import.meta.url), 'utf8');
    expect(source.startsWith('// DO NOT EDIT. Generated from spec/openapi.yaml')).toBe(true);
    expect(source).not.toMatch(/\brequire\(|\bimport\b|new Ajv|compile\(/);
  });
});

describe('client with validateResponse', () => {
  test('a body that differs from the spec becomes a ResponseValidationError listing the paths', async () => {
    const body = clone(seed200) as unknown as Record<string, unknown>;
    body.access_token = SECRETS.accessToken;
    body.expires_in = 3600;
    server = await startServer(json(200, body));
    const client = createClient({ apiKey: SECRETS.apiKey, baseUrl: server.url, validateResponse });
    const { data, error } = await client.verifySmsOtp({
      secondFactorAuthenticationToken: SECRETS.token,
      otp: SECRETS.otp,
    });
    expect(data).toBeUndefined();
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({
      kind: 'response_validation',
      status: 200,
      attempts: 1,
      issues: [{ path: '/expires_in', message: 'must be string' }],
    });
    expect(error?.message).toBe('HTTP 200: differs from the spec: /expires_in must be string');
    expectNoSecrets([error]);
  });

  test('valid bodies pass through, typed', async () => {
    server = await startServer(json(200, seed200), json(403, fixture('seed-403-6003')));
    const client = createClient({ apiKey: SECRETS.apiKey, baseUrl: server.url, validateResponse });
    const ok = await client.verifySmsOtp({
      secondFactorAuthenticationToken: SECRETS.token,
      otp: SECRETS.otp,
    });
    expect(ok.data).toEqual(seed200);
    const refused = await client.verifySmsOtp({
      secondFactorAuthenticationToken: SECRETS.token,
      otp: SECRETS.otp,
    });
    expect(refused.error).toMatchObject({ kind: 'api', ErrorCode: 6003 });
  });

  test('an error body that differs from ApiError is reported as such', async () => {
    server = await startServer(json(403, { ErrorCode: 1067, Message: 'Invalid OTP Code' }));
    const client = createClient({ apiKey: SECRETS.apiKey, baseUrl: server.url, validateResponse });
    const { error } = await client.verifySmsOtp({
      secondFactorAuthenticationToken: SECRETS.token,
      otp: SECRETS.otp,
    });
    expect(error).toMatchObject({
      kind: 'response_validation',
      status: 403,
      issues: [{ path: '/Description', message: 'is required' }],
    });
  });
});
