// Compile-time tests of the generated types: these fail `vitest` (typecheck mode) if the spec or the
// generator stops producing the shapes users rely on.
import { describe, expectTypeOf, test } from 'vitest';
import type {
  ApiError,
  ForbiddenApiError,
  Identity,
  Profile,
  paths,
  VerifySmsOtpHeaders,
  VerifySmsOtpQuery,
  VerifySmsOtpRequestBody,
  VerifySmsOtpResponse,
} from '../src/index.js';

describe('friendly aliases', () => {
  test('the 200 body carries the profile and the tokens', () => {
    expectTypeOf<VerifySmsOtpResponse['Profile']>().toEqualTypeOf<Profile>();
    expectTypeOf<VerifySmsOtpResponse['access_token']>().toEqualTypeOf<string>();
    // expires_in is a date-time string, not seconds.
    expectTypeOf<VerifySmsOtpResponse['expires_in']>().toEqualTypeOf<string>();
  });

  test('nested profile fields are typed, nullable where the API sends null', () => {
    type EmailEntry = NonNullable<Profile['Email']>[number];
    expectTypeOf<EmailEntry['Value']>().toMatchTypeOf<string | null | undefined>();
    expectTypeOf<NonNullable<EmailEntry['Value']>>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Profile['Identities']>[number]>().toEqualTypeOf<Identity>();
    expectTypeOf<Profile['PhoneId']>().toMatchTypeOf<string | null | undefined>();
    // @ts-expect-error a misspelt field does not exist on the profile
    type _Typo = Profile['EmailAdress'];
  });

  test('otp is the one required body field', () => {
    expectTypeOf<VerifySmsOtpRequestBody['otp']>().toEqualTypeOf<string>();
    expectTypeOf<{ otp: '123456' }>().toMatchTypeOf<VerifySmsOtpRequestBody>();
    expectTypeOf<{ securityanswer: { q1: 'a' } }>().not.toMatchTypeOf<VerifySmsOtpRequestBody>();
  });

  test('query and header parameters', () => {
    expectTypeOf<VerifySmsOtpQuery['secondfactorauthenticationtoken']>().toEqualTypeOf<string>();
    expectTypeOf<VerifySmsOtpQuery['isvoiceotp']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<VerifySmsOtpHeaders['X-PreventWebhook']>().toEqualTypeOf<boolean | undefined>();
    // @ts-expect-error unknown query parameter
    type _Unknown = VerifySmsOtpQuery['smstemplate'];
  });

  test('errors carry a numeric ErrorCode', () => {
    expectTypeOf<ApiError['ErrorCode']>().toEqualTypeOf<number>();
    expectTypeOf<ApiError['Message']>().toMatchTypeOf<string | null | undefined>();
  });

  test("the suspend lockout's unlock time is declared on the 403 body only", () => {
    type LockoutData = NonNullable<ForbiddenApiError['Data']>;
    expectTypeOf<LockoutData['LoginLockedTimeout']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<ApiError['Data']>['LoginLockedTimeout']>().toEqualTypeOf<unknown>();
    expectTypeOf<ForbiddenApiError>().toMatchTypeOf<ApiError>();
  });
});

describe('raw openapi-typescript output', () => {
  test('paths has the operation with its responses', () => {
    type Op = paths['/identity/v2/auth/login/2fa/sms']['put'];
    expectTypeOf<Op['responses'][200]['content']['application/json']>().toEqualTypeOf<VerifySmsOtpResponse>();
    expectTypeOf<Op['responses'][403]['content']['application/json']>().toEqualTypeOf<ForbiddenApiError>();
    expectTypeOf<Op['responses'][429]['content']['application/json']>().toEqualTypeOf<ApiError>();
  });
});
