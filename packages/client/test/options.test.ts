// Input validation: a bad API key fails at construction; a bad call fails before anything is sent, with a
// message naming the option. Checked against a server that must see no request at all.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createClient, InvalidOptionError, type VerifySmsOtpOptions } from '../src/index.js';
import { createRawClient } from '../src/raw.js';
import { expectNoSecrets, json, SECRETS, startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer(json(200, {}));
});
afterAll(() => server.close());

const construct = (options: unknown) => () => createClient(options as Parameters<typeof createClient>[0]);

describe('createClient', () => {
  test.each([
    ['missing', {}],
    ['empty', { apiKey: '' }],
    ['blank', { apiKey: '   ' }],
    ['not a string', { apiKey: 42 }],
  ])('throws InvalidOptionError naming apiKey when it is %s', (_what, options) => {
    expect(construct(options)).toThrowError(InvalidOptionError);
    expect(construct(options)).toThrowError('option "apiKey" must be a non-empty string');
  });

  test.each([
    [undefined, 'options', 'must be an object'],
    [{ apiKey: 'k', baseUrl: 'api.loginradius.com' }, 'baseUrl', 'must be an absolute http(s) URL'],
    [{ apiKey: 'k', baseUrl: 'ftp://x' }, 'baseUrl', 'must be an absolute http(s) URL'],
    [{ apiKey: 'k', fetch: 'fetch' }, 'fetch', 'must be a function'],
    [{ apiKey: 'k', logger: console }, 'logger', 'must be a function'],
    [{ apiKey: 'k', validateResponse: true }, 'validateResponse', 'must be a function'],
    [{ apiKey: 'k', timeoutMs: 0 }, 'timeoutMs', 'must be > 0 (ms)'],
    [{ apiKey: 'k', timeoutMs: Number.NaN }, 'timeoutMs', 'must be > 0 (ms)'],
    [{ apiKey: 'k', retry: 3 }, 'retry', 'must be an object or false'],
    [{ apiKey: 'k', headers: { 'bad header': 'x' } }, 'headers', 'must be valid HTTP headers'],
    [{ apiKey: 'k', middleware: [null] }, 'middleware', 'must be objects'],
    [{ apiKey: 'k\ud800' }, 'apiKey', 'has a lone surrogate'],
    // Unknown options are refused as the per-call ones are, even from plain JavaScript.
    [{ apiKey: 'k', timeout: 5 }, 'timeout', 'is unknown; did you mean "timeoutMs"?'],
    [{ apiKey: 'k', apikey: 'k' }, 'apikey', 'is unknown; did you mean "apiKey"?'],
    [{ apiKey: 'k', base_url: 'https://x' }, 'base_url', 'is unknown; did you mean "baseUrl"?'],
    [{ apiKey: 'k', verbose: true }, 'verbose', 'is unknown'],
  ])('rejects %j: option "%s" %s', (options, option, problem) => {
    const error = (() => {
      try {
        construct(options)();
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({ kind: 'invalid_option', option, message: `option "${option}" ${problem}` });
  });

  test('an option set to undefined takes its default (exactOptionalPropertyTypes callers pass env values)', () => {
    const client = createClient({
      apiKey: 'k',
      baseUrl: undefined,
      fetch: undefined,
      headers: undefined,
      timeoutMs: undefined,
      retry: undefined,
      logger: undefined,
      validateResponse: undefined,
      middleware: undefined,
    });
    expect(typeof client.verifySmsOtp).toBe('function');
  });

  test('the raw client also refuses a missing API key', () => {
    expect(() => createRawClient({ apiKey: '' })).toThrowError('option "apiKey" must be a non-empty string');
  });

  test('the error about an API key does not contain it', () => {
    const error = (() => {
      try {
        createClient({ apiKey: SECRETS.apiKey, baseUrl: `nope ${SECRETS.apiKey}` });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(InvalidOptionError);
    expectNoSecrets([error]);
  });
});

describe('verifySmsOtp input checks (nothing is sent)', () => {
  const valid = { secondFactorAuthenticationToken: SECRETS.token, otp: SECRETS.otp };
  const cases: [string, unknown, string, string][] = [
    ['no options', undefined, 'secondFactorAuthenticationToken', 'is required'],
    ['options not an object', 'otp', 'options', 'must be an object'],
    ['null options', null, 'options', 'must be an object'],
    ['missing token', { otp: '123456' }, 'secondFactorAuthenticationToken', 'is required'],
    [
      'empty token',
      { ...valid, secondFactorAuthenticationToken: '' },
      'secondFactorAuthenticationToken',
      'must not be empty',
    ],
    [
      'blank token',
      { ...valid, secondFactorAuthenticationToken: ' \t' },
      'secondFactorAuthenticationToken',
      'must not be empty',
    ],
    [
      'numeric token',
      { ...valid, secondFactorAuthenticationToken: 42 },
      'secondFactorAuthenticationToken',
      'must be a string',
    ],
    ['missing otp', { secondFactorAuthenticationToken: 't' }, 'otp', 'is required'],
    ['empty otp', { ...valid, otp: '' }, 'otp', 'must not be empty'],
    ['numeric otp', { ...valid, otp: 123456 }, 'otp', 'must be a string'],
    ['string boolean', { ...valid, isVoiceOtp: 'true' }, 'isVoiceOtp', 'must be a boolean'],
    ['numeric boolean', { ...valid, preventWebhook: 1 }, 'preventWebhook', 'must be a boolean'],
    [
      'header boolean',
      { ...valid, preventWebhookHeader: 'yes' },
      'preventWebhookHeader',
      'must be a boolean',
    ],
    ['null template', { ...valid, smsTemplate2fa: null }, 'smsTemplate2fa', 'must be a string'],
    ['map of numbers', { ...valid, securityAnswer: { q1: 1 } }, 'securityAnswer', 'must be a map of strings'],
    ['array map', { ...valid, securityAnswer: ['a'] }, 'securityAnswer', 'must be a map of strings'],
    ['lone surrogate', { ...valid, fields: 'Email\ud800' }, 'fields', 'has a lone surrogate'],
    [
      'unknown option',
      { ...valid, isVoiceOTP: true },
      'isVoiceOTP',
      'is unknown; did you mean "isVoiceOtp"?',
    ],
    [
      'wire name',
      { ...valid, prevent_webhook: true },
      'prevent_webhook',
      'is unknown; did you mean "preventWebhook"?',
    ],
    ['typo', { ...valid, otpCode: '1' }, 'otpCode', 'is unknown'],
    ['bad signal', { ...valid, signal: 'stop' }, 'signal', 'must be an AbortSignal'],
    ['bad timeout', { ...valid, timeoutMs: -1 }, 'timeoutMs', 'must be > 0 (ms)'],
    ['bad retry', { ...valid, retry: 'no' }, 'retry', 'must be an object or false'],
    ['bad headers', { ...valid, headers: { 'a b': 'c' } }, 'headers', 'must be valid HTTP headers'],
  ];

  test.each(cases)('%s: option "%s" is named, nothing is sent', async (_what, options, option, problem) => {
    const client = createClient({ apiKey: SECRETS.apiKey, baseUrl: server.url });
    const before = server.requests.length;
    const result = await client.verifySmsOtp(options as VerifySmsOtpOptions);
    expect(result.error).toBeInstanceOf(InvalidOptionError);
    expect(result.error).toMatchObject({ kind: 'invalid_option', option, attempts: 0 });
    expect(result.error?.message).toBe(`option "${option}" ${problem}`);
    expect(result.attempts).toBe(0);
    expect(server.requests.length).toBe(before);
    expectNoSecrets([result]);
    // The throwing style rejects with the same error.
    await expect(client.verifySmsOtpOrThrow(options as VerifySmsOtpOptions)).rejects.toThrowError(problem);
  });

  test('Infinity means no timeout; per-call options override the client', async () => {
    const client = createClient({ apiKey: SECRETS.apiKey, baseUrl: server.url, timeoutMs: 1 });
    const result = await client.verifySmsOtp({ ...valid, timeoutMs: Number.POSITIVE_INFINITY });
    expect(result.error).toBeUndefined();
    expect(result.response?.status).toBe(200);
  });
});
