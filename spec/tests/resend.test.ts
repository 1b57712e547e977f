// Resend SMS OTP: the sibling of Verify SMS OTP, described from the vendor's current reference page, its older
// docs and its SDKs (sources in spec/README.md).
import { beforeAll, describe, expect, it } from 'vitest';
import { deref, fixture, type Json, responseMedia, schemaValidators, useBundle } from './helpers.js';

const bundle = useBundle();
let doc: Json;
let validators: ReturnType<typeof schemaValidators>;
beforeAll(() => {
  doc = bundle.doc;
  validators = schemaValidators(doc);
});

const PATH = '/identity/v2/auth/login/2fa/sms/resend';
const operation = () => doc.paths[PATH].get;
const media = (status: string) => responseMedia(doc, status, PATH, 'get');

describe('Resend SMS OTP', () => {
  it('is GET on the current path with the vendor summary, reusing the verify parameters', () => {
    const op = operation();
    expect(Object.keys(doc.paths[PATH])).toEqual(['get']);
    expect(op.operationId).toBe('resendSmsOtp');
    expect(op.summary).toBe('Resend SMS OTP');
    expect(op.description).toContain('GET /identity/v2/auth/login/2fa/resend');
    expect(op.parameters).toEqual([
      { $ref: '#/components/parameters/SecondFactorAuthenticationToken' },
      { $ref: '#/components/parameters/SmsTemplate2fa' },
      { $ref: '#/components/parameters/IsVoiceOtp' },
    ]);
    expect(op.requestBody).toBeUndefined();
    expect(deref(doc, op.parameters[0])['x-lr-secret']).toBe(true);
  });

  it('never replays an attempt that may have sent an SMS', () => {
    expect(operation()['x-lr-retry']).toEqual({
      statuses: [429],
      network: false,
      timeout: false,
      idempotent: false,
    });
  });

  it("answers the vendor's SmsResponseData, its examples verbatim", async () => {
    const { schema, examples } = media('200');
    expect(schema).toEqual({ $ref: '#/components/schemas/SmsResponseData' });
    expect(examples.vendorExample).toEqual(await fixture('vendor-docs-resend-current.json'));
    expect(examples.legacyDocsExample).toEqual(await fixture('vendor-docs-resend-legacy.json'));
    const validate = validators.validator(schema);
    for (const [name, value] of Object.entries(examples)) expect(validate(value), name).toBe(true);
    expect(validate({ AccountSid: 7 })).toBe(false);
  });

  it('shares the error bodies of Verify SMS OTP; every error example is an ApiError', () => {
    const statuses = Object.keys(operation().responses);
    expect(statuses).toEqual(['200', '400', '403', '429', '500']);
    for (const status of statuses.filter((s) => s !== '200')) {
      const { schema, examples } = media(status);
      expect(schema, status).toEqual({ $ref: '#/components/schemas/ApiError' });
      const validate = validators.validator(schema);
      for (const [name, value] of Object.entries(examples))
        expect(validate(value), `${status} ${name}`).toBe(true);
    }
    const forbidden = media('403');
    expect(Object.values(forbidden.examples).map((e: Json) => e.ErrorCode)).toEqual([901]);
    expect(forbidden.description).toMatch(/\| 901 \|/);
    // The token errors are not on the vendor's page for this call: said, not invented.
    expect(forbidden.description).toMatch(/does not document/);
  });
});

describe('schema names', () => {
  it('never take a name client generators derive from an operation (<Operation>Response, …Data, …Error)', () => {
    const schemas = Object.keys(doc.components.schemas);
    const derived = Object.values(doc.paths).flatMap((item: Json) =>
      Object.values(item).flatMap((op: Json) => {
        const base = op.operationId.charAt(0).toUpperCase() + op.operationId.slice(1);
        return ['Response', 'Responses', 'Data', 'Error', 'Errors'].map((suffix) => `${base}${suffix}`);
      }),
    );
    expect(derived.length).toBeGreaterThan(5);
    expect(schemas.filter((name) => derived.some((d) => d.toLowerCase() === name.toLowerCase()))).toEqual([]);
  });
});
