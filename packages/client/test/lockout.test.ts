// The suspend lockout (403, 1198) through a real loopback server: `isAccountLocked` and `lockedUntil` read the
// unlock time the spec declares on the 403 body only, and stay null-safe on whatever else the server sends.
import type { ForbiddenApiError } from '@lr-mfa/types';
import { afterEach, describe, expect, test } from 'vitest';
import {
  ApiResponseError,
  type ClientError,
  createClient,
  isAccountLocked,
  lockedUntil,
  ResponseValidationError,
} from '../src/index.js';
import { validateResponse } from '../src/validate.js';
import { json, SECRETS, startServer, type TestServer } from './server.js';

/** The vendor's documented 1198 body. */
const LOCKED: ForbiddenApiError = {
  Description: 'Your account has been locked, please try again after sometime.',
  ErrorCode: 1198,
  Message: 'Your account has been locked',
  IsProviderError: false,
  ProviderErrorResponse: null,
  Data: { LoginLockedTimeout: '2018-10-11T21:40:44.875Z' },
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The error of one verifySmsOtp call answered with `status` and `body`. */
async function errorFor(status: number, body: unknown, validate = false): Promise<ClientError | undefined> {
  server = await startServer(json(status, body));
  const client = createClient({
    apiKey: SECRETS.apiKey,
    baseUrl: server.url,
    ...(validate ? { validateResponse } : {}),
  });
  const { error } = await client.verifySmsOtp({
    secondFactorAuthenticationToken: SECRETS.token,
    otp: SECRETS.otp,
  });
  return error;
}

describe('a suspend lockout (403, 1198)', () => {
  test('is recognised, and lockedUntil is the unlock time of Data.LoginLockedTimeout', async () => {
    const error = await errorFor(403, LOCKED);
    expect(error).toBeInstanceOf(ApiResponseError);
    expect(isAccountLocked(error)).toBe(true);
    if (!isAccountLocked(error)) throw new Error('expected a lockout');
    // Narrowed to the 403 body: the unlock time is typed, no cast needed.
    expect(error.body.Data?.LoginLockedTimeout).toBe('2018-10-11T21:40:44.875Z');
    expect(lockedUntil(error)).toEqual(new Date('2018-10-11T21:40:44.875Z'));
  });

  test('passes response validation against the 403 schema', async () => {
    const error = await errorFor(403, LOCKED, true);
    expect(error?.kind).toBe('api');
    expect(lockedUntil(error)).toEqual(new Date('2018-10-11T21:40:44.875Z'));
  });

  test.each([
    ['Data null', { ...LOCKED, Data: null }],
    ['no Data', { ...LOCKED, Data: undefined }],
    ['Data without the field', { ...LOCKED, Data: {} }],
    ['a number', { ...LOCKED, Data: { LoginLockedTimeout: 1539294044875 } }],
    ['an empty string', { ...LOCKED, Data: { LoginLockedTimeout: '' } }],
    ['not a date', { ...LOCKED, Data: { LoginLockedTimeout: 'after sometime' } }],
  ])('with %s: still locked, lockedUntil undefined', async (_label, body) => {
    const error = await errorFor(403, body);
    expect(isAccountLocked(error)).toBe(true);
    expect(lockedUntil(error)).toBeUndefined();
  });

  test('a non-string unlock time is refused by response validation (the 403 schema declares a string)', async () => {
    const error = await errorFor(403, { ...LOCKED, Data: { LoginLockedTimeout: 1539294044875 } }, true);
    expect(error).toBeInstanceOf(ResponseValidationError);
    if (!(error instanceof ResponseValidationError)) throw new Error('expected a validation error');
    expect(error.issues).toEqual([{ path: '/Data/LoginLockedTimeout', message: 'must be string' }]);
  });
});

describe('not a suspend lockout', () => {
  test('1198 under another status: the unlock time is not read from a body that does not declare it', async () => {
    const error = await errorFor(400, LOCKED);
    expect(error).toBeInstanceOf(ApiResponseError);
    expect(isAccountLocked(error)).toBe(false);
    expect(lockedUntil(error)).toBeUndefined();
  });

  test('another 403 code carrying the field', async () => {
    const error = await errorFor(403, { ...LOCKED, ErrorCode: 1067, Message: 'Invalid OTP Code' });
    expect(isAccountLocked(error)).toBe(false);
    expect(lockedUntil(error)).toBeUndefined();
  });

  test('values that are no API error at all', () => {
    for (const value of [undefined, null, new Error('x'), LOCKED, { status: 403, body: LOCKED }])
      expect(lockedUntil(value)).toBeUndefined();
  });
});
