// Compile-time tests of the lockout helpers: the narrowed error reads the unlock time through the 403 type.
import { describe, expectTypeOf, test } from 'vitest';
import {
  type AccountLockedError,
  type ApiError,
  createClient,
  type ForbiddenApiError,
  isAccountLocked,
  lockedUntil,
} from '../src/index.js';

const client = createClient({ apiKey: 'k' });

describe('isAccountLocked and lockedUntil', () => {
  test('narrow an error to the 403 body, whose Data declares LoginLockedTimeout', async () => {
    const { error } = await client.verifySmsOtp({ secondFactorAuthenticationToken: 't', otp: '1' });
    if (isAccountLocked(error)) {
      expectTypeOf(error).toEqualTypeOf<AccountLockedError>();
      expectTypeOf(error.status).toEqualTypeOf<403>();
      expectTypeOf(error.body).toMatchTypeOf<ForbiddenApiError>();
      expectTypeOf(error.body.Data?.LoginLockedTimeout).toEqualTypeOf<string | undefined>();
    }
    expectTypeOf(lockedUntil(error)).toEqualTypeOf<Date | undefined>();
  });

  test('the generic ApiError does not declare the unlock time', () => {
    const data = {} as NonNullable<ApiError['Data']>;
    expectTypeOf(data.LoginLockedTimeout).toEqualTypeOf<unknown>();
  });
});
