// Compile-time tests of ErrorCodes: generated from the spec's named error examples, its keys are exactly their
// `x-lr-error-name`s with their codes as literal types, and the hand-written helpers stay typed against it.
import { describe, expectTypeOf, test } from 'vitest';
import { ErrorCodes } from '../src/index.js';

describe('ErrorCodes', () => {
  test("has exactly the spec's error names as keys", () => {
    expectTypeOf<keyof typeof ErrorCodes>().toEqualTypeOf<
      | 'RateLimited'
      | 'ApiKeyUnauthorized'
      | 'ParameterFormat'
      | 'ApiKeyInvalid'
      | 'ApiKeyMissing'
      | 'PostBodyInvalid'
      | 'CaptchaRejected'
      | 'AccountBlocked'
      | 'InvalidOtp'
      | 'OtpAlreadyUsed'
      | 'OtpExpired'
      | 'OtpNotAccessible'
      | 'InvalidPayload'
      | 'SecondFactorTokenInvalid'
      | 'SecondFactorTokenExpired'
      | 'CaptchaLockout'
      | 'ValidationFailed'
      | 'SecurityQuestionLockout'
      | 'AccountLocked'
      | 'CaptchaInvalid'
      | 'VoiceOtpNotConfigured'
      | 'TrialExpired'
      | 'InternalError'
      | 'InvitationNotFound'
    >();
  });

  test('keeps the names and values of the hand-written map it replaced', () => {
    expectTypeOf(ErrorCodes).toMatchTypeOf<{
      readonly InvalidOtp: 1067;
      readonly OtpAlreadyUsed: 1068;
      readonly OtpExpired: 1069;
      readonly OtpNotAccessible: 1070;
      readonly SecondFactorTokenInvalid: 1103;
      readonly SecondFactorTokenExpired: 1104;
      readonly CaptchaLockout: 1132;
      readonly SecurityQuestionLockout: 1148;
      readonly AccountLocked: 1198;
      readonly CaptchaInvalid: 1218;
    }>();
    expectTypeOf(ErrorCodes.AccountLocked).toEqualTypeOf<1198>();
  });
});
