// Request inputs are judged by the validators compiled from the spec (ajv standalone code), over the real
// HTTP server: the spec's `pattern`, `minLength` and `maxLength` (in code points), a nested object whose
// members are typed by `additionalProperties`, a boolean header, and the answers stay the vendor's (908 naming
// the parameter, 1134 naming the field), never echoing the value sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { verify } from './helpers.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server?.close());

const apiKey = 'mock-api-key';

/** The vendor error of a refused Verify call: its code and the first `Errors` entry. */
async function refusal(call: Parameters<typeof verify>[1]) {
  const response = await verify(server.url, { apiKey, token: 'unknown-token', ...call });
  expect(response.status).toBe(400);
  const body = (await response.json()) as {
    ErrorCode: number;
    Description: string;
    Errors: { FieldName: string; ErrorMessage: string }[];
  };
  expect(body.Description).toBe(body.Errors[0]?.ErrorMessage);
  return { code: body.ErrorCode, ...body.Errors[0] };
}

describe('request inputs checked by the compiled validators', () => {
  it("a query parameter against its pattern: `fields` takes the vendor's field-list syntax only", async () => {
    expect(await refusal({ query: { fields: 'Uid,(Email' }, body: { otp: '1' } })).toEqual({
      code: 908,
      FieldName: 'fields',
      ErrorMessage: 'The fields parameter is not formatted correctly.',
    });
    // A valid list passes the checks and reaches the token lookup (1103: unknown token).
    const passed = await verify(server.url, {
      apiKey,
      token: 'unknown-token',
      query: { fields: 'Uid,Email(Value,Type)' },
      body: { otp: '1' },
    });
    expect((await passed.json()).ErrorCode).toBe(1103);
  });

  it('a body field against minLength and maxLength, counted in code points', async () => {
    expect(await refusal({ body: { otp: '' } })).toEqual({
      code: 1134,
      FieldName: 'otp',
      ErrorMessage: 'The otp field must not be empty.',
    });
    const secret = '9'.repeat(161);
    const tooLong = await refusal({ body: { otp: secret } });
    expect(tooLong).toEqual({
      code: 1134,
      FieldName: 'otp',
      ErrorMessage: 'The otp field must be at most 160 characters long.',
    });
    // 160 astral characters are 320 UTF-16 units but 160 code points: within maxLength.
    const astral = await verify(server.url, {
      apiKey,
      token: 'unknown-token',
      body: { otp: '😀'.repeat(160) },
    });
    expect((await astral.json()).ErrorCode).toBe(1103);
  });

  it('a nested object: each member of securityanswer typed by additionalProperties, named by its path', async () => {
    expect(await refusal({ body: { otp: '1', securityanswer: { q1: 'blue', q2: 7 } } })).toEqual({
      code: 1134,
      FieldName: 'securityanswer',
      ErrorMessage: 'The securityanswer.q2 field must be of type string.',
    });
    expect(await refusal({ body: { otp: '1', securityanswer: ['blue'] } })).toEqual({
      code: 1134,
      FieldName: 'securityanswer',
      ErrorMessage: 'The securityanswer field must be of type object.',
    });
    const answered = await verify(server.url, {
      apiKey,
      token: 'unknown-token',
      body: { otp: '1', securityanswer: { q1: 'blue' } },
    });
    expect((await answered.json()).ErrorCode).toBe(1103);
  });

  it('a header read as its boolean type, any case; anything else is refused naming the header', async () => {
    expect(await refusal({ headers: { 'X-PreventWebhook': 'perhaps' }, body: { otp: '1' } })).toEqual({
      code: 908,
      FieldName: 'X-PreventWebhook',
      ErrorMessage: 'The X-PreventWebhook parameter must be of type boolean.',
    });
    const accepted = await verify(server.url, {
      apiKey,
      token: 'unknown-token',
      headers: { 'X-PreventWebhook': 'TRUE' },
      body: { otp: '1' },
    });
    expect((await accepted.json()).ErrorCode).toBe(1103);
  });

  it('names every bad parameter in Errors, and never echoes a value sent', async () => {
    const response = await verify(server.url, {
      apiKey,
      token: 'unknown-token',
      query: { fields: 'a,,b', isvoiceotp: 'sometimes' },
      body: { otp: '1' },
    });
    const text = await response.text();
    expect(JSON.parse(text).Errors.map((e: { FieldName: string }) => e.FieldName)).toEqual([
      'fields',
      'isvoiceotp',
    ]);
    expect(text).not.toContain('sometimes');
    expect(text).not.toContain('a,,b');
  });
});
