// What the client puts on the wire and what it hands back, against a real loopback server, through the
// default global fetch and through a fetch passed in (every request goes through openapi-fetch either way).
import type { ApiError, VerifySmsOtpResponse } from '@lr-mfa/types';
import { afterEach, describe, expect, test } from 'vitest';
import { ApiResponseError, createClient, type Fetch, type LogEvent } from '../src/index.js';
import { fixture, json, SECRETS, startServer, type TestServer } from './server.js';

const seed200 = fixture<VerifySmsOtpResponse>('seed-200');
const PATH = '/identity/v2/auth/login/2fa/sms';
// The default (the global fetch) and a fetch passed in, which openapi-fetch calls with a Request.
const TRANSPORTS: [string, Fetch | undefined][] = [
  ['global fetch', undefined],
  ['a fetch passed in', (input, init) => fetch(input, init)],
];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Every query parameter, the header and every body field, with values that need encoding. */
const everything = {
  secondFactorAuthenticationToken: SECRETS.token,
  smsTemplate2fa: 'SMS Template & Co/2fa?#',
  fields: 'Email,UserName,a(b,c),a/b,*',
  preventWebhook: true,
  isVoiceOtp: false,
  rbaBrowserEmailTemplate: 'browser-email ✓',
  rbaCityEmailTemplate: 'city+email',
  rbaCountryEmailTemplate: 'country=email',
  rbaIpEmailTemplate: 'ip%email',
  rbaDeviceEmailTemplate: 'device "email"',
  rbaOtpSmsTemplate: 'otp\nsms',
  rbaBrowserSmsTemplate: 'browser-sms 😀',
  rbaCitySmsTemplate: 'city;sms',
  rbaCountrySmsTemplate: 'country,sms',
  rbaIpSmsTemplate: "ip'sms",
  rbaDeviceSmsTemplate: 'device<sms>',
  preventWebhookHeader: false,
  otp: SECRETS.otp,
  securityAnswer: { 'question-1': SECRETS.answer, q2: 'second answer' },
  gRecaptchaResponse: SECRETS.captcha,
  hCaptchaResponse: 'h-captcha token',
  qqCaptchaTicket: 'qq ticket',
  qqCaptchaRandstr: 'qq randstr',
} as const;

describe.each(TRANSPORTS)('request and response (%s)', (_name, transport) => {
  test('sends exactly the method, path, query, headers and JSON body of the spec', async () => {
    server = await startServer(json(200, seed200));
    const client = createClient({
      apiKey: SECRETS.apiKey,
      baseUrl: `${server.url}/`,
      fetch: transport,
      headers: { 'X-Tenant-Trace': 'abc' },
    });
    const { data, error } = await client.verifySmsOtp({ ...everything, headers: { 'x-call': 'yes' } });
    expect(error).toBeUndefined();
    expect(data).toEqual(seed200);

    const [request] = server.requests;
    expect(server.requests).toHaveLength(1);
    expect(request?.method).toBe('PUT');
    expect(request?.path).toBe(PATH);
    // Parameters in spec order, the API key first; values percent-encoded (spaces as %20, not +).
    expect([...(request?.query.keys() ?? [])]).toEqual([
      'apikey',
      'secondfactorauthenticationtoken',
      'smstemplate2fa',
      'fields',
      'prevent_webhook',
      'isvoiceotp',
      'rbabrowseremailtemplate',
      'rbacityemailtemplate',
      'rbacountryemailtemplate',
      'rbaipemailtemplate',
      'rbadeviceemailtemplate',
      'rbaotpsmstemplate',
      'rbabrowsersmstemplate',
      'rbacitysmstemplate',
      'rbacountrysmstemplate',
      'rbaipsmstemplate',
      'rbadevicesmstemplate',
    ]);
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      apikey: SECRETS.apiKey,
      secondfactorauthenticationtoken: SECRETS.token,
      smstemplate2fa: 'SMS Template & Co/2fa?#',
      fields: 'Email,UserName,a(b,c),a/b,*',
      prevent_webhook: 'true',
      isvoiceotp: 'false',
      rbabrowseremailtemplate: 'browser-email ✓',
      rbacityemailtemplate: 'city+email',
      rbacountryemailtemplate: 'country=email',
      rbaipemailtemplate: 'ip%email',
      rbadeviceemailtemplate: 'device "email"',
      rbaotpsmstemplate: 'otp\nsms',
      rbabrowsersmstemplate: 'browser-sms 😀',
      rbacitysmstemplate: 'city;sms',
      rbacountrysmstemplate: 'country,sms',
      rbaipsmstemplate: "ip'sms",
      rbadevicesmstemplate: 'device<sms>',
    });
    expect(request?.url).toContain('smstemplate2fa=SMS%20Template%20%26%20Co%2F2fa%3F%23');
    expect(request?.url).toContain('rbacityemailtemplate=city%2Bemail');
    expect(request?.headers).toMatchObject({
      'content-type': 'application/json',
      accept: 'application/json',
      'x-preventwebhook': 'false',
      'x-tenant-trace': 'abc',
      'x-call': 'yes',
    });
    expect(JSON.parse(request?.body ?? '')).toEqual({
      otp: SECRETS.otp,
      securityanswer: { 'question-1': SECRETS.answer, q2: 'second answer' },
      'g-recaptcha-response': SECRETS.captcha,
      'h-captcha-response': 'h-captcha token',
      qq_captcha_ticket: 'qq ticket',
      qq_captcha_randstr: 'qq randstr',
    });
  });

  test('sends only what is given: the minimal call has the token, the key and {"otp"}', async () => {
    server = await startServer(json(200, seed200));
    const client = createClient({ apiKey: SECRETS.apiKey, baseUrl: server.url, fetch: transport });
    const { data, response, attempts } = await client.verifySmsOtp({
      secondFactorAuthenticationToken: SECRETS.token,
      otp: SECRETS.otp,
    });
    expect(data?.Profile.Email?.[0]?.Value).toBe('john.doe@example.com');
    expect(attempts).toBe(1);
    expect(response?.status).toBe(200);
    expect(response?.url).toBe(`${server.url}${PATH}?apikey=***&secondfactorauthenticationtoken=***`);
    const [request] = server.requests;
    expect(request?.url).toBe(
      `${PATH}?apikey=${SECRETS.apiKey}&secondfactorauthenticationtoken=${SECRETS.token}`,
    );
    expect(request?.body).toBe(`{"otp":"${SECRETS.otp}"}`);
    expect(request?.headers['x-preventwebhook']).toBeUndefined();
  });

  test('a success body in pieces, a BOM first and a character split between two, reads as text() reads it', async () => {
    const text = JSON.stringify({ ...seed200, Profile: { ...seed200.Profile, FirstName: 'Zoë 😀' } });
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const split = bytes.indexOf('😀') + 2;
    server = await startServer((_req, res) => {
      // No Content-Length: chunked, the second piece sent once the first is out.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(bytes.subarray(0, split), () => res.end(bytes.subarray(split)));
    });
    const client = createClient({ apiKey: SECRETS.apiKey, baseUrl: server.url, fetch: transport });
    const { data, error } = await client.verifySmsOtp({
      secondFactorAuthenticationToken: SECRETS.token,
      otp: '1',
    });
    expect(error).toBeUndefined();
    expect(data).toEqual(JSON.parse(text));
    expect(data?.Profile.FirstName).toBe('Zoë 😀');
  });

  test('a base URL with a path prefix keeps it', async () => {
    server = await startServer(json(200, seed200));
    const client = createClient({ apiKey: 'k-1234', baseUrl: `${server.url}/proxy/lr//`, fetch: transport });
    await client.verifySmsOtp({ secondFactorAuthenticationToken: 't-1234', otp: '1234' });
    expect(server.requests[0]?.path).toBe(`/proxy/lr${PATH}`);
  });

  test.each([
    ['seed-400-908', 400],
    ['seed-403-6003', 403],
    ['seed-404-8169', 404],
    ['seed-500-7909', 500],
  ])('the seed error body %s comes back typed with its status %i', async (name, status) => {
    const body = fixture<ApiError>(name);
    server = await startServer(json(status, body, { 'x-request-id': `req-${status}` }));
    const client = createClient({ apiKey: SECRETS.apiKey, baseUrl: server.url, fetch: transport });
    const { data, error, response, attempts } = await client.verifySmsOtp({
      secondFactorAuthenticationToken: SECRETS.token,
      otp: SECRETS.otp,
    });
    expect(data).toBeUndefined();
    expect(error).toBeInstanceOf(ApiResponseError);
    if (error?.kind !== 'api') throw new Error('expected an API error');
    expect(error.status).toBe(status);
    expect(error.ErrorCode).toBe(body.ErrorCode);
    expect(error.body).toEqual(body);
    expect(error.requestId).toBe(`req-${status}`);
    expect(error.message).toBe(
      `LoginRadius error ${body.ErrorCode} (HTTP ${status}): ${body.Message}: ${body.Description}`,
    );
    expect(response?.status).toBe(status);
    expect(response?.requestId).toBe(`req-${status}`);
    // None of the seed's errors is retried: the OTP may already have been consumed.
    expect(attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  test('the logger gets redacted request and response events with timings and the request id', async () => {
    server = await startServer(json(200, seed200, { 'x-request-id': 'req-42' }));
    const events: LogEvent[] = [];
    const client = createClient({
      apiKey: SECRETS.apiKey,
      baseUrl: server.url,
      fetch: transport,
      logger: (event) => {
        events.push(event);
        throw new Error('a failing logger changes nothing');
      },
    });
    const { data } = await client.verifySmsOtp({
      secondFactorAuthenticationToken: SECRETS.token,
      otp: SECRETS.otp,
    });
    expect(data).toEqual(seed200);
    const url = `${server.url}${PATH}?apikey=***&secondfactorauthenticationtoken=***`;
    expect(events).toEqual([
      { type: 'request', operation: 'verifySmsOtp', attempt: 1, method: 'PUT', url },
      {
        type: 'response',
        operation: 'verifySmsOtp',
        attempt: 1,
        method: 'PUT',
        url,
        status: 200,
        durationMs: expect.any(Number),
        requestId: 'req-42',
      },
    ]);
    const [, response] = events;
    expect(response?.type === 'response' && response.durationMs).toBeGreaterThanOrEqual(0);
  });

  test('the throwing style resolves with the 200 body and rejects with the typed error', async () => {
    server = await startServer(json(200, seed200), json(403, fixture('seed-403-6003')));
    const client = createClient({ apiKey: SECRETS.apiKey, baseUrl: server.url, fetch: transport });
    const call = { secondFactorAuthenticationToken: SECRETS.token, otp: SECRETS.otp };
    await expect(client.verifySmsOtpOrThrow(call)).resolves.toEqual(seed200);
    const rejection = await client.verifySmsOtpOrThrow(call).catch((error: unknown) => error);
    expect(rejection).toBeInstanceOf(ApiResponseError);
    expect(rejection).toMatchObject({ kind: 'api', status: 403, ErrorCode: 6003, attempts: 1 });
  });
});
