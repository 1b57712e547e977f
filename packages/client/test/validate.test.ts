// Opt-in runtime validation per operation and status: validators compiled from the bundled spec at build
// time (ajv standalone code under src/generated), wired into the client through `validateResponse`.
import { readFileSync } from 'node:fs';
import type { VerifySmsOtpResponse } from '@lr-mfa/types';
import { afterEach, describe, expect, test } from 'vitest';
import { createClient, ResponseValidationError } from '../src/index.js';
import { matchesSpec, validateResponse } from '../src/validate.js';
import { expectNoSecrets, fixture, json, SECRETS, startServer, type TestServer } from './server.js';

const seed200 = fixture<VerifySmsOtpResponse>('seed-200');
const clone = <T>(value: T): T => structuredClone(value);
const OP = 'verifySmsOtp';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('validateResponse', () => {
  test('accepts the seed 200 body and every seed error body', () => {
    expect(validateResponse(OP, 200, seed200)).toEqual([]);
    expect(matchesSpec(OP, 200, seed200)).toBe(true);
    for (const [name, status] of [
      ['seed-400-908', 400],
      ['seed-403-6003', 403],
      ['seed-404-8169', 404],
      ['seed-500-7909', 500],
    ] as const) {
      expect(validateResponse(OP, status, fixture(name))).toEqual([]);
      expect(matchesSpec(OP, status, fixture(name))).toBe(true);
    }
  });

  test('lists every JSON path that differs', () => {
    const body = clone(seed200) as unknown as Record<string, unknown> & { Profile: Record<string, unknown> };
    (body.Profile.Email as { Value: unknown }[])[0] = { Value: 42 } as never;
    body.Profile.NoOfLogins = 'ten';
    delete (body as Record<string, unknown>).access_token;
    const issues = validateResponse(OP, 200, body);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: '/access_token', message: 'is required' },
        { path: '/Profile/Email/0/Value', message: 'must be string,null' },
        { path: '/Profile/NoOfLogins', message: 'must be integer,null' },
      ]),
    );
    expect(matchesSpec(OP, 200, body)).toBe(false);
  });

  test('each status is checked against its own schema; an unlisted one against its class', () => {
    // The 200 schema does not fit an error body, nor the error schema a 200 body.
    expect(validateResponse(OP, 200, fixture('seed-403-6003'))).not.toEqual([]);
    expect(validateResponse(OP, 403, seed200)).not.toEqual([]);
    expect(validateResponse(OP, 403, { ErrorCode: '1067' })).toEqual(
      expect.arrayContaining([
        { path: '/ErrorCode', message: 'must be integer' },
        { path: '/Message', message: 'is required' },
      ]),
    );
    expect(validateResponse(OP, 418, { ErrorCode: 1, Message: 'm', Description: 'd' })).toEqual([]);
    expect(validateResponse(OP, 201, seed200)).toEqual([]);
    expect(validateResponse(OP, 200, [])).toEqual([{ path: '', message: 'must be object' }]);
  });

  test('an operation without validators is an issue, never a silent pass', () => {
    expect(validateResponse('noSuchOperation', 200, {})).toEqual([
      { path: '', message: 'no validator for operation "noSuchOperation"' },
    ]);
    expect(validateResponse('toString', 200, {})).toHaveLength(1);
  });

  test('JSON Pointer escapes ~ and / in property names', () => {
    const issues = validateResponse(OP, 403, {
      ErrorCode: 1,
      Message: 'm',
      Description: 'd',
      Data: { 'a/b~c': 1, LoginLockedTimeout: 5 },
    });
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

  test('the client asks about the operation and status that produced the body', async () => {
    server = await startServer(json(403, fixture('seed-403-6003')));
    const asked: [string, number][] = [];
    const client = createClient({
      apiKey: SECRETS.apiKey,
      baseUrl: server.url,
      validateResponse: (operationId, status, body) => {
        asked.push([operationId, status]);
        return validateResponse(operationId, status, body);
      },
    });
    await client.verifySmsOtp({ secondFactorAuthenticationToken: SECRETS.token, otp: SECRETS.otp });
    expect(asked).toEqual([['verifySmsOtp', 403]]);
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
