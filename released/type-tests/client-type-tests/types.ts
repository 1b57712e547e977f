// Compile-time tests of the public API (vitest typecheck mode, and `pnpm typecheck` compiles them too).
import type { Middleware } from 'openapi-fetch';
import { describe, expectTypeOf, test } from 'vitest';
import {
  type ApiError,
  type ApiResponseError,
  createClient,
  isInvalidOtp,
  isRateLimited,
  type LrMfaError,
  type NetworkFailure,
  type ResponseInfo,
  type VerifySmsOtpError,
  type VerifySmsOtpInputs,
  type VerifySmsOtpOptions,
  type VerifySmsOtpResponse,
} from '@lr-mfa/client';
import { createRawClient } from '@lr-mfa/client/raw';
import { isVerifySmsOtpResponse, type ValidationIssue, validateResponse } from '@lr-mfa/client/validate';

const client = createClient({ apiKey: 'k' });
const call = { secondFactorAuthenticationToken: 't', otp: '123456' };

describe('verifySmsOtp options', () => {
  test('otp and the second-factor token are required', () => {
    // @ts-expect-error otp is missing
    client.verifySmsOtp({ secondFactorAuthenticationToken: 't' });
    // @ts-expect-error the token is missing
    client.verifySmsOtp({ otp: '123456' });
    client.verifySmsOtp(call);
  });

  test('a misspelt or unknown option fails to compile', () => {
    // @ts-expect-error isVoiceOTP is not isVoiceOtp
    client.verifySmsOtp({ ...call, isVoiceOTP: true });
    // @ts-expect-error wire names are not options
    client.verifySmsOtp({ ...call, prevent_webhook: true });
  });

  test('values have the spec types', () => {
    // @ts-expect-error the OTP is a string
    client.verifySmsOtp({ ...call, otp: 123456 });
    // @ts-expect-error booleans are booleans
    client.verifySmsOtp({ ...call, isVoiceOtp: 'true' });
    expectTypeOf<VerifySmsOtpOptions['preventWebhook']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<VerifySmsOtpOptions['preventWebhookHeader']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<VerifySmsOtpOptions['securityAnswer']>().toEqualTypeOf<Record<string, string> | undefined>();
    expectTypeOf<VerifySmsOtpOptions['fields']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<VerifySmsOtpOptions['signal']>().toEqualTypeOf<AbortSignal | undefined>();
  });

  test('every query parameter, the header and every body field has a camelCase option', () => {
    expectTypeOf<keyof VerifySmsOtpInputs>().toEqualTypeOf<
      | 'secondFactorAuthenticationToken'
      | 'smsTemplate2fa'
      | 'fields'
      | 'preventWebhook'
      | 'isVoiceOtp'
      | 'rbaBrowserEmailTemplate'
      | 'rbaCityEmailTemplate'
      | 'rbaCountryEmailTemplate'
      | 'rbaIpEmailTemplate'
      | 'rbaDeviceEmailTemplate'
      | 'rbaOtpSmsTemplate'
      | 'rbaBrowserSmsTemplate'
      | 'rbaCitySmsTemplate'
      | 'rbaCountrySmsTemplate'
      | 'rbaIpSmsTemplate'
      | 'rbaDeviceSmsTemplate'
      | 'preventWebhookHeader'
      | 'otp'
      | 'securityAnswer'
      | 'gRecaptchaResponse'
      | 'hCaptchaResponse'
      | 'qqCaptchaTicket'
      | 'qqCaptchaRandstr'
    >();
  });

  test('createClient requires the API key and checks option types', () => {
    // @ts-expect-error apiKey is required
    createClient({});
    // @ts-expect-error timeoutMs is a number
    createClient({ apiKey: 'k', timeoutMs: '10s' });
    createClient({
      apiKey: 'k',
      retry: false,
      logger: (event) => expectTypeOf(event.attempt).toEqualTypeOf<number>(),
    });
  });
});

describe('results', () => {
  test('data is the typed 200 body; data.Profile.Email[number].Value is a string', async () => {
    const result = await client.verifySmsOtp(call);
    if (!result.error) {
      expectTypeOf(result.data).toEqualTypeOf<VerifySmsOtpResponse>();
      const email = result.data.Profile.Email?.[0];
      expectTypeOf(email?.Value).toEqualTypeOf<string | null | undefined>();
      type Entry = NonNullable<VerifySmsOtpResponse['Profile']['Email']>[number];
      expectTypeOf<NonNullable<Entry['Value']>>().toEqualTypeOf<string>();
      expectTypeOf(result.data.access_token).toEqualTypeOf<string>();
      expectTypeOf(result.response).toEqualTypeOf<ResponseInfo>();
    } else {
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
      expectTypeOf(result.error).toEqualTypeOf<VerifySmsOtpError>();
      expectTypeOf(result.response).toEqualTypeOf<ResponseInfo | undefined>();
    }
    expectTypeOf(result.attempts).toEqualTypeOf<number>();
  });

  test('errors narrow by kind; error.ErrorCode is a number on API errors', async () => {
    const { error } = await client.verifySmsOtp(call);
    if (!error) return;
    expectTypeOf(error).toMatchTypeOf<LrMfaError>();
    // @ts-expect-error only API errors carry an ErrorCode
    error.ErrorCode;
    switch (error.kind) {
      case 'api':
        expectTypeOf(error.ErrorCode).toEqualTypeOf<number>();
        expectTypeOf(error.status).toEqualTypeOf<number>();
        expectTypeOf(error.body).toEqualTypeOf<ApiError>();
        break;
      case 'timeout':
        expectTypeOf(error.timeoutMs).toEqualTypeOf<number>();
        expectTypeOf(error.status).toEqualTypeOf<number | undefined>();
        break;
      case 'network':
        expectTypeOf(error.reason).toEqualTypeOf<NetworkFailure>();
        break;
      case 'response_validation':
        expectTypeOf(error.issues).toEqualTypeOf<readonly ValidationIssue[]>();
        break;
      case 'invalid_option':
        expectTypeOf(error.option).toEqualTypeOf<string>();
        break;
      case 'non_json':
      case 'empty_response':
      case 'malformed_json':
      case 'unexpected_body':
        expectTypeOf(error.status).toEqualTypeOf<number>();
        expectTypeOf(error.bodyExcerpt).toEqualTypeOf<string | undefined>();
        break;
      case 'aborted':
        expectTypeOf(error.cause).toEqualTypeOf<unknown>();
        break;
      default:
        expectTypeOf(error).toEqualTypeOf<never>();
    }
  });

  test('helpers are type guards usable on unknown (catch blocks)', () => {
    const thrown: unknown = undefined;
    if (isInvalidOtp(thrown)) expectTypeOf(thrown).toEqualTypeOf<ApiResponseError>();
    if (isRateLimited(thrown)) expectTypeOf(thrown.retryAfterMs).toEqualTypeOf<number | undefined>();
  });

  test('the throwing style resolves with the 200 body', () => {
    expectTypeOf(client.verifySmsOtpOrThrow(call)).toEqualTypeOf<Promise<VerifySmsOtpResponse>>();
  });
});

describe('middleware, raw client and validation', () => {
  test('openapi-fetch middleware is accepted as is', () => {
    const middleware: Middleware = { onRequest: ({ request }) => request };
    createClient({ apiKey: 'k', middleware: [middleware] }).use(middleware);
  });

  test('the raw client is typed by the spec paths', async () => {
    const raw = createRawClient({ apiKey: 'k' });
    const { data, error } = await raw.PUT('/identity/v2/auth/login/2fa/sms', {
      params: { query: { secondfactorauthenticationtoken: 't' } },
      body: { otp: '1' },
    });
    // openapi-fetch maps the body type (readOnly/writeOnly handling), so it is structurally the same.
    if (data) {
      expectTypeOf(data).toMatchTypeOf<VerifySmsOtpResponse>();
      expectTypeOf(data.Profile.Email?.[0]?.Value).toEqualTypeOf<string | null | undefined>();
    }
    if (error) expectTypeOf(error.ErrorCode).toEqualTypeOf<number>();
    // @ts-expect-error not a path of the spec
    raw.GET('/identity/v2/auth/nope');
  });

  test('validators narrow and list issues', () => {
    const body: unknown = {};
    if (isVerifySmsOtpResponse(body)) expectTypeOf(body).toEqualTypeOf<VerifySmsOtpResponse>();
    expectTypeOf(validateResponse).returns.toEqualTypeOf<ValidationIssue[]>();
    createClient({ apiKey: 'k', validateResponse });
  });
});
