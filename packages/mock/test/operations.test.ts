// Every operation of the spec is served: Resend SMS OTP's stateful handler, the vendor SDKs' older paths,
// vendor-shaped refusals of unknown routes, and the spec-driven default (input checks, examples by `Prefer`).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InputValidators } from '../src/core/input-checks.js';
import { answerFromExamples, type OperationRequest, validateInputs } from '../src/core/operations.js';
import type { SpecOperation } from '../src/core/spec-types.js';
import { type MockServer, startMockServer, VENDOR_SDK_ALIASES } from '../src/index.js';
import { control, ENDPOINT, startLogin, verify } from './helpers.js';

const RESEND = '/identity/v2/auth/login/2fa/sms/resend';
let server: MockServer;
const base = () => server.url;

beforeAll(async () => {
  server = await startMockServer({
    tenants: [{ apiKey: 'k' }, { apiKey: 'k-no-voice', voiceOtp: false }, { apiKey: 'k-other' }],
  });
});
afterAll(() => server?.close());
beforeEach(() => control(base(), 'POST', '/reset'));

function resend(query: Record<string, string>): Promise<Response> {
  return fetch(`${base()}${RESEND}?${new URLSearchParams(query)}`);
}

describe('Resend SMS OTP', () => {
  it('sends a new OTP into the outbox; the previous one stops working, the new one logs in', async () => {
    const { token, otp: first } = await startLogin(base(), { apiKey: 'k' });
    const response = await resend({ apikey: 'k', secondfactorauthenticationtoken: token });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.Sid).toMatch(/^SM\d{32}$/);
    const outbox = await control<{ otp: string }[]>(base(), 'GET', `/outbox?token=${token}`);
    expect(outbox).toHaveLength(2);
    const second = outbox[1]?.otp as string;
    const { otp: read } = await control<{ otp: string }>(base(), 'GET', `/second-factor-tokens/${token}/otp`);
    expect(read).toBe(second);
    if (first !== second) {
      const old = await verify(base(), { apiKey: 'k', token, body: { otp: first } });
      expect((await old.json()).ErrorCode).toBe(1067);
    }
    expect((await verify(base(), { apiKey: 'k', token, body: { otp: second } })).status).toBe(200);
  });

  it('by voice call with isvoiceotp=true, with the template recorded', async () => {
    const { token } = await startLogin(base(), { apiKey: 'k' });
    const response = await resend({
      apikey: 'k',
      secondfactorauthenticationtoken: token,
      isvoiceotp: 'true',
      smstemplate2fa: 'tpl',
    });
    expect(response.status).toBe(200);
    const { channel, template } = await control<{ channel: string; template: string }>(
      base(),
      'GET',
      `/second-factor-tokens/${token}/otp`,
    );
    expect({ channel, template }).toEqual({ channel: 'voice', template: 'tpl' });
  });

  it("answers the vendor's errors", async () => {
    const { token } = await startLogin(base(), { apiKey: 'k' });
    const code = async (query: Record<string, string>) => (await (await resend(query)).json()).ErrorCode;
    expect(await code({ secondfactorauthenticationtoken: token })).toBe(922);
    expect(await code({ apikey: 'nope', secondfactorauthenticationtoken: token })).toBe(901);
    expect(await code({ apikey: 'k' })).toBe(908);
    expect(await code({ apikey: 'k', secondfactorauthenticationtoken: token, isvoiceotp: 'maybe' })).toBe(
      908,
    );
    expect(await code({ apikey: 'k', secondfactorauthenticationtoken: 'unknown' })).toBe(1103);
    expect(await code({ apikey: 'k-other', secondfactorauthenticationtoken: token })).toBe(1103);
    const voiceless = await startLogin(base(), { apiKey: 'k-no-voice' });
    expect(
      await code({
        apikey: 'k-no-voice',
        secondfactorauthenticationtoken: voiceless.token,
        isvoiceotp: 'true',
      }),
    ).toBe(1281);
    await control(base(), 'POST', '/clock', { advanceSeconds: 901 });
    expect(await code({ apikey: 'k', secondfactorauthenticationtoken: token })).toBe(1104);
  });

  it('refuses the token of a completed login', async () => {
    const { token, otp } = await startLogin(base(), { apiKey: 'k' });
    expect((await verify(base(), { apiKey: 'k', token, body: { otp } })).status).toBe(200);
    const response = await resend({ apikey: 'k', secondfactorauthenticationtoken: token });
    expect((await response.json()).ErrorCode).toBe(1103);
  });
});

describe("the vendor SDKs' older paths", () => {
  it('serve Verify SMS OTP and Resend SMS OTP (documented aliases)', async () => {
    expect(VENDOR_SDK_ALIASES.map((a) => `${a.method} ${a.path}`)).toEqual([
      'PUT /identity/v2/auth/login/2fa/verification/otp',
      'GET /identity/v2/auth/login/2fa/resend',
    ]);
    const { token, otp } = await startLogin(base(), { apiKey: 'k' });
    const again = await fetch(
      `${base()}/identity/v2/auth/login/2fa/resend?apiKey=k&secondFactorAuthenticationToken=${token}`,
    );
    expect(again.status).toBe(200);
    const { otp: latest } = await control<{ otp: string }>(
      base(),
      'GET',
      `/second-factor-tokens/${token}/otp`,
    );
    const wrong = await fetch(
      `${base()}/identity/v2/auth/login/2fa/verification/otp?apiKey=k&secondFactorAuthenticationToken=${token}`,
      { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ otp: 'x' }) },
    );
    expect((await wrong.json()).ErrorCode).toBe(1067);
    const right = await fetch(
      `${base()}/identity/v2/auth/login/2fa/verification/otp?apiKey=k&secondFactorAuthenticationToken=${token}`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ otp: latest }),
      },
    );
    expect(right.status).toBe(200);
    expect(otp).toMatch(/^\d{6}$/);
  });

  it('can be turned off', async () => {
    const plain = await startMockServer({ aliases: [] });
    try {
      const response = await fetch(
        `${plain.url}/identity/v2/auth/login/2fa/verification/otp?apikey=mock-api-key`,
        {
          method: 'PUT',
        },
      );
      expect(response.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('unknown routes', () => {
  it('answer 404 / 405 in the vendor error shape, with an ErrorCode, never a success-looking body', async () => {
    const missing = await fetch(`${base()}/identity/v2/auth/login`, { method: 'PUT' });
    expect(missing.status).toBe(404);
    const body = await missing.json();
    expect(body).toMatchObject({ ErrorCode: 404, Message: 'Not Found', IsProviderError: false });
    expect(typeof body.Description).toBe('string');
    const wrongMethod = await fetch(`${base()}${ENDPOINT}?apikey=k`);
    expect(wrongMethod.status).toBe(405);
    expect((await wrongMethod.json()).ErrorCode).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('PUT, OPTIONS');
  });

  it('a malformed request target answers 400, not 500', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '//[', method: 'GET' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(400);
    const encoded = await fetch(`${base()}/identity/%E0%A4%A/x`);
    expect(encoded.status).toBe(404);
  });
});

// An operation without a stateful handler, described as the generator would (its inputs' validators compiled
// by ajv as the generator compiles them, here at test time): the spec-driven default.
const ajv = new Ajv2020();
const checks: InputValidators = {
  kind: ajv.compile({ type: 'string', enum: ['a', 'b'] }),
  limit: ajv.compile({ type: 'integer', minimum: 1 }),
  name: ajv.compile({ type: 'string', maxLength: 5 }),
  tags: ajv.compile({ type: 'array', items: { type: 'string' } }),
};
const catalogue: SpecOperation = {
  id: 'listThings',
  method: 'POST',
  path: '/things/{kind}',
  legacyPaths: [],
  pattern: '^/things/([^/]+)$',
  pathParams: ['kind'],
  inputs: [
    { wire: 'kind', in: 'path', required: true, type: 'string', check: 'kind' },
    { wire: 'limit', in: 'query', required: false, type: 'integer', check: 'limit' },
    { wire: 'name', in: 'body', required: true, check: 'name' },
    { wire: 'tags', in: 'body', required: false, check: 'tags' },
  ],
  body: { required: true, contentType: 'application/json', whole: false },
  responses: [
    {
      status: '200',
      contentType: 'application/json',
      examples: [
        { name: 'one', value: { n: 1 } },
        { name: 'two', value: { n: 2 } },
      ],
    },
    {
      status: '404',
      contentType: 'application/json',
      examples: [{ name: 'gone', value: { ErrorCode: 8169 } }],
    },
  ],
};

function request(over: { kind?: string; query?: Record<string, string[]>; body?: string; type?: string }) {
  return {
    queryAll: (name: string) => over.query?.[name.toLowerCase()] ?? [],
    header: (name: string) => (name === 'content-type' ? (over.type ?? 'application/json') : undefined),
    pathParams: { kind: over.kind ?? 'a' },
    body: over.body ?? '{"name":"x"}',
  };
}

const errorOf = (result: ReturnType<typeof validateInputs>) =>
  'error' in result ? JSON.parse(result.error.body) : undefined;
const validate = (req: OperationRequest) => validateInputs(catalogue, req, checks);

describe('the spec-driven default', () => {
  it('validates path, query and body inputs against their schemas, naming the input', () => {
    expect('values' in validate(request({ query: { limit: ['3'] } }))).toBe(true);
    expect(errorOf(validate(request({ kind: 'c' })))).toMatchObject({
      ErrorCode: 908,
      Errors: [{ FieldName: 'kind', ErrorMessage: 'The kind parameter must be one of "a", "b".' }],
    });
    expect(errorOf(validate(request({ query: { limit: ['0'] } })))?.Errors[0].FieldName).toBe('limit');
    expect(errorOf(validate(request({ body: '{"name":null}' })))).toMatchObject({
      ErrorCode: 1134,
      Errors: [{ FieldName: 'name', ErrorMessage: 'The name field must be of type string.' }],
    });
    expect(errorOf(validate(request({ body: '{"name":"x","tags":[1]}' })))?.Errors[0]).toEqual({
      FieldName: 'tags',
      ErrorMessage: 'The tags[0] field must be of type string.',
    });
    expect(errorOf(validate(request({ body: '{}' })))?.Errors[0].ErrorMessage).toBe(
      'The name field is required.',
    );
    expect(errorOf(validate(request({ type: 'text/plain' })))?.ErrorCode).toBe(965);
    expect(errorOf(validate(request({ body: '[1]' })))?.ErrorCode).toBe(965);
    expect(errorOf(validate(request({ body: '' })))?.ErrorCode).toBe(965);
  });

  it('answers the first success example, or the one Prefer names (example= or code=)', () => {
    const answer = (prefer?: string) => {
      const r = answerFromExamples(catalogue, prefer);
      return { status: r.status, body: JSON.parse(r.body) };
    };
    expect(answer()).toEqual({ status: 200, body: { n: 1 } });
    expect(answer('example=two')).toEqual({ status: 200, body: { n: 2 } });
    expect(answer('code=404')).toEqual({ status: 404, body: { ErrorCode: 8169 } });
    expect(answer('example=gone')).toEqual({ status: 404, body: { ErrorCode: 8169 } });
    const unknown = answer('example=nope');
    expect(unknown.status).toBe(400);
    expect(unknown.body.Description).toContain('one (200), two (200), gone (404)');
    expect(answer('code=418').status).toBe(400);
  });
});
