// Validates real and synthetic bodies against the bundled schemas with an independent JSON Schema 2020-12
// validator (ajv), so the spec is checked by something other than the linter that shaped it.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  admittedTypes,
  declaredProperties,
  deref,
  fixture,
  itemsSchema,
  type Json,
  responseMedia,
  schemaValidators,
  useBundle,
} from './helpers.js';

const bundle = useBundle();
let doc: Json;
let validators: ReturnType<typeof schemaValidators>;
beforeAll(() => {
  doc = bundle.doc;
  validators = schemaValidators(doc);
});

const seedErrors: Array<[status: string, file: string, example: string]> = [
  ['400', 'seed-400-908.json', 'error908'],
  ['403', 'seed-403-6003.json', 'error6003'],
  ['404', 'seed-404-8169.json', 'error8169'],
  ['500', 'seed-500-7909.json', 'error7909'],
];

/** Validates `value` against a response's schema; returns ajv's errors (empty when valid). */
function responseErrors(status: string, value: Json) {
  const validate = validators.validator(responseMedia(doc, status).schema);
  return validate(value) ? [] : (validate.errors ?? []);
}

const clone = <T>(value: T): T => structuredClone(value);

/**
 * A body where every property the schema marks nullable is null. With `nested`, objects and arrays are kept
 * (one element each) and the nulls go one level deeper, so nested schemas are exercised too.
 */
function nullHeavy(schema: Json, nested: boolean, depth = 0): Json {
  const body: Record<string, Json> = {};
  for (const [name, property] of declaredProperties(doc, schema)) {
    const types = admittedTypes(doc, property) ?? new Set<string>();
    const items = itemsSchema(doc, property);
    const hasProperties = declaredProperties(doc, property).size > 0;
    if (nested && depth < 4 && types.has('array') && items && declaredProperties(doc, items).size > 0) {
      body[name] = [nullHeavy(items, nested, depth + 1)];
    } else if (nested && depth < 4 && hasProperties) {
      body[name] = nullHeavy(property, nested, depth + 1);
    } else if (types.has('null')) {
      body[name] = null;
    }
  }
  return body;
}

/** Adds fields the spec has never heard of to every object in `value` (strings inside string maps). */
function withUnknownFields(value: Json, path = ''): Json {
  if (Array.isArray(value)) return value.map((item, i) => withUnknownFields(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const copy: Record<string, Json> = {};
    for (const [key, child] of Object.entries(value)) copy[key] = withUnknownFields(child, `${path}.${key}`);
    const isStringMap = /\.(CustomFields|ProfileImageUrls|WebProfiles)$/.test(path);
    copy.FieldAddedByVendorIn2031 = 'new';
    if (!isStringMap) copy.NestedFieldAddedLater = { Flag: true, Items: [1, 2], Note: null };
    return copy;
  }
  return value;
}

describe('seed bodies against the bundled schemas (ajv 2020)', () => {
  it('accepts the vendor 200 body as an MfaLoginResponse', async () => {
    expect(responseErrors('200', await fixture('seed-200.json'))).toEqual([]);
  });

  it.each(seedErrors)('accepts the vendor %s body (%s) as an ApiError', async (status, file) => {
    expect(responseErrors(status, await fixture(file))).toEqual([]);
  });

  it('keeps the vendor bodies verbatim as the named examples', async () => {
    expect(responseMedia(doc, '200').examples.vendorExample).toEqual(await fixture('seed-200.json'));
    for (const [status, file, example] of seedErrors) {
      expect(responseMedia(doc, status).examples[example], `${status} ${example}`).toEqual(
        await fixture(file),
      );
    }
  });

  it('accepts every named example of every response and of the request body', () => {
    const operation = doc.paths['/identity/v2/auth/login/2fa/sms'].put;
    let checked = 0;
    for (const status of Object.keys(operation.responses)) {
      for (const [name, value] of Object.entries(responseMedia(doc, status).examples)) {
        expect(responseErrors(status, value), `${status} ${name}`).toEqual([]);
        checked++;
      }
    }
    const body = deref(doc, operation.requestBody).content['application/json'];
    const validate = validators.validator(body.schema);
    for (const [name, example] of Object.entries(body.examples)) {
      expect(validate(deref(doc, example).value), name).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(25);
  });
});

describe('real-world responses', () => {
  it('accepts a null-heavy profile (every nullable field null), flat and nested', async () => {
    const seed = await fixture('seed-200.json');
    const profileSchema = { $ref: '#/components/schemas/Profile' };
    for (const nested of [false, true]) {
      const profile = nullHeavy(profileSchema, nested);
      const nulls = JSON.stringify(profile).match(/:null/g)?.length ?? 0;
      expect(nulls, 'the generator found the nullable fields').toBeGreaterThan(nested ? 300 : 100);
      expect(responseErrors('200', { ...seed, Profile: profile })).toEqual([]);
    }
  });

  it('accepts the vendor placeholders and non-RFC 3339 dates real responses carry', async () => {
    const body = clone(await fixture('seed-200.json'));
    body.access_token = '00000000-0000-0000-0000-000000000000';
    body.refresh_token = null;
    body.expires_in = '0001-01-01T00:00:00';
    body.Profile.BirthDate = '05-15-1990';
    body.Profile.Created = '5/20/2008 12:33:35 AM +00:00';
    body.Profile.LastLoginDate = '2019-09-17T10:45:26.4339184Z';
    body.Profile.Positions[0].IsCurrent = false;
    body.Profile.Identities[0].Positions[0].IsCurrent = 'false';
    body.Profile.Identities[0].TokenSignSecret = 'c2VjcmV0';
    expect(responseErrors('200', body)).toEqual([]);
    expect(responseErrors('200', { ...body, Profile: { ...body.Profile, Identities: null } })).toEqual([]);
  });

  it('accepts unknown fields the vendor adds, at every level', async () => {
    const body = withUnknownFields(await fixture('seed-200.json'));
    expect(body.Profile.Identities[0].Positions[0].Company.FieldAddedByVendorIn2031).toBe('new');
    expect(responseErrors('200', body)).toEqual([]);
  });

  it('accepts a lockout error with Data and a validation error with Errors[]', () => {
    // The vendor's documented 1198 body, as the spec holds it.
    const lockout = doc.components.examples.Error1198SuspendLockout.value;
    expect(responseErrors('403', lockout)).toEqual([]);
    const validation = {
      ...lockout,
      ErrorCode: 1134,
      Data: null,
      Errors: [{ FieldName: 'otp', ErrorMessage: 'x' }],
    };
    expect(responseErrors('400', validation)).toEqual([]);
  });
});

describe('the schemas still reject what is really wrong', () => {
  it('rejects wrongly typed profile fields and tokens', async () => {
    const seed = await fixture('seed-200.json');
    const cases: Array<[string, (body: Json) => void]> = [
      ['IsActive as a string', (b) => (b.Profile.IsActive = 'yes')],
      ['NoOfLogins as a string', (b) => (b.Profile.NoOfLogins = '10')],
      ['Email as an object', (b) => (b.Profile.Email = { Type: 'Primary' })],
      ['an Identity field of the wrong type', (b) => (b.Profile.Identities[0].Addresses[0].City = 7)],
      ['expires_in in seconds', (b) => (b.expires_in = 3600)],
      ['no access_token', (b) => delete b.access_token],
      ['Profile null', (b) => (b.Profile = null)],
    ];
    for (const [label, mutate] of cases) {
      const body = clone(seed);
      mutate(body);
      expect(responseErrors('200', body), label).not.toEqual([]);
    }
  });

  it('rejects malformed error bodies and a request body without otp', () => {
    expect(responseErrors('403', { ErrorCode: '1067', Message: 'm', Description: 'd' })).not.toEqual([]);
    expect(responseErrors('403', { Message: 'm', Description: 'd' })).not.toEqual([]);
    const request = validators.component('VerifySmsOtpRequestBody');
    expect(request({ 'g-recaptcha-response': 'token' })).toBe(false);
    expect(request({ otp: '123456', securityanswer: { q1: 2 } })).toBe(false);
    expect(request({ otp: '123456', securityanswer: { q1: 'Paris' } })).toBe(true);
  });
});
