import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  copySpec,
  deref,
  type Json,
  removeDir,
  responseMedia,
  runScript,
  tempDir,
  useBundle,
} from './helpers.js';

const bundle = useBundle();
let doc: Json;
beforeAll(() => {
  doc = bundle.doc;
});

/** Every value under `node` with its JSON pointer. */
function* walk(node: Json, pointer = '#'): Generator<[string, string, Json]> {
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      yield [pointer, key, value];
      yield* walk(value, `${pointer}/${key}`);
    }
  }
}

const operation = () => doc.paths['/identity/v2/auth/login/2fa/sms'].put;

describe('bundle-spec output', () => {
  it('writes one self-contained document, as JSON and as the same YAML', async () => {
    expect((await readdir(bundle.dir)).sort()).toEqual(['openapi.json', 'openapi.yaml']);
    expect(parse(bundle.yamlText)).toEqual(doc);
    const external = [...walk(doc)].filter(
      ([, key, value]) => key === '$ref' && !String(value).startsWith('#/'),
    );
    expect(external).toEqual([]);
    expect(bundle.result.output).toMatch(/openapi\.json \(/);
  });

  it('keeps reusable parts as named components, referenced by $ref', () => {
    const schemas = Object.keys(doc.components.schemas);
    expect(schemas).toEqual(
      expect.arrayContaining([
        'MfaLoginResponse',
        'VerifySmsOtpRequestBody',
        'Profile',
        'Identity',
        'ProfileBase',
        'ApiError',
        'Email',
        'PhoneNumber',
        'Address',
        'Position',
        'Education',
        'ConsentProfile',
        'PIN',
        'PasskeyLogin',
        'JobBookmark',
        'Publication',
      ]),
    );
    expect(operation().responses['200'].$ref).toBe('#/components/responses/VerifySmsOtpSuccess');
    expect(responseMedia(doc, '200').schema).toEqual({ $ref: '#/components/schemas/MfaLoginResponse' });
    for (const status of ['400', '404', '429', '500']) {
      expect(responseMedia(doc, status).schema, status).toEqual({ $ref: '#/components/schemas/ApiError' });
    }
    // The 403 has the fields of every error body plus a Data that declares the lockout's unlock time.
    expect(responseMedia(doc, '403').schema).toEqual({ $ref: '#/components/schemas/ForbiddenApiError' });
    for (const name of ['ApiError', 'ForbiddenApiError'])
      expect(doc.components.schemas[name].allOf[0], name).toEqual({
        $ref: '#/components/schemas/ApiErrorBase',
      });
    for (const parameter of operation().parameters)
      expect(parameter.$ref).toMatch(/^#\/components\/parameters\//);
  });

  it('describes the operation as the vendor page does', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([expect.objectContaining({ url: 'https://api.loginradius.com' })]);
    expect(doc.components.securitySchemes.apiKey).toEqual({
      type: 'apiKey',
      in: 'query',
      name: 'apikey',
      description: 'Tenant API Key for authentication',
    });
    expect(doc.security).toEqual([{ apiKey: [] }]);
    const op = operation();
    expect(op.operationId).toBe('verifySmsOtp');
    expect(op.summary).toBe('Verify SMS OTP');
    expect(op.description).toBe(
      'Allows Users to log in with Multi-Factor Authentication using the OTP sent via SMS or Voice OTP.',
    );
    expect(op.tags).toHaveLength(1);
    expect(doc.tags.map((t: Json) => t.name)).toContain(op.tags[0]);
  });

  it('declares every parameter of the vendor page with its type and requiredness', () => {
    const parameters = operation().parameters.map((p: Json) => deref(doc, p));
    const byName = Object.fromEntries(parameters.map((p: Json) => [`${p.in}:${p.name}`, p]));
    const rba = ['browser', 'city', 'country', 'ip', 'device'].flatMap((kind) => [
      `rba${kind}emailtemplate`,
      `rba${kind}smstemplate`,
    ]);
    const expected: Record<string, string> = {
      'query:secondfactorauthenticationtoken': 'string',
      'query:smstemplate2fa': 'string',
      'query:fields': 'string',
      'query:prevent_webhook': 'boolean',
      'query:isvoiceotp': 'boolean',
      'query:rbaotpsmstemplate': 'string',
      'header:X-PreventWebhook': 'boolean',
      ...Object.fromEntries(rba.map((name) => [`query:${name}`, 'string'])),
    };
    expect(Object.keys(byName).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, type] of Object.entries(expected)) {
      const p = byName[key];
      expect(p.schema.type, key).toBe(type);
      expect(p.description, key).toBeTruthy();
      expect(p.example, key).toBeDefined();
      expect(Boolean(p.required), key).toBe(key === 'query:secondfactorauthenticationtoken');
    }
  });

  it('declares the JSON request body with a required otp and the optional lockout fields', () => {
    const body = deref(doc, operation().requestBody);
    expect(body.required).toBe(true);
    const schema = deref(doc, body.content['application/json'].schema);
    expect(schema.required).toEqual(['otp']);
    expect(Object.keys(schema.properties).sort()).toEqual(
      [
        'otp',
        'securityanswer',
        'g-recaptcha-response',
        'h-captcha-response',
        'qq_captcha_ticket',
        'qq_captcha_randstr',
      ].sort(),
    );
    expect(schema.properties.securityanswer.additionalProperties.type).toBe('string');
  });

  it('shares the profile fields of Profile and Identity through one base schema', () => {
    for (const name of ['Profile', 'Identity']) {
      expect(doc.components.schemas[name].allOf[0]).toEqual({ $ref: '#/components/schemas/ProfileBase' });
    }
    const own = (name: string) => Object.keys(doc.components.schemas[name].allOf[1].properties);
    const base = Object.keys(doc.components.schemas.ProfileBase.properties);
    expect(own('Profile').filter((k) => base.includes(k))).toEqual([]);
    expect(own('Identity').filter((k) => base.includes(k))).toEqual([]);
  });

  it('describes the vendor misspellings and marks them deprecated', () => {
    const schemas = doc.components.schemas;
    const misspelt: Array<[string, string]> = [
      ['Position', 'Comapny'],
      ['Job', 'Compony'],
      ['Badge', 'BageId'],
      ['Badge', 'BageMessage'],
      ['PhoneNumber', 'op'],
      ['Address', 'Op'],
      ['Language', 'op'],
    ];
    const movie = schemas.Movie.allOf[1].properties;
    for (const [schema, key] of misspelt) {
      expect(schemas[schema].properties[key].deprecated, `${schema}.${key}`).toBe(true);
      expect(schemas[schema].properties[key].description, `${schema}.${key}`).toMatch(/\w+ \w+/);
    }
    for (const key of ['MovieName', 'Genre']) expect(movie[key].deprecated, key).toBe(true);
  });

  it('never rejects unknown properties and uses no format real values break', () => {
    const offending = [...walk(doc.components.schemas)].filter(
      ([, key, value]) => (key === 'additionalProperties' && value === false) || key === 'format',
    );
    expect(offending).toEqual([]);
    const expiresIn = doc.components.schemas.MfaLoginResponse.properties.expires_in;
    expect(expiresIn.type).toBe('string');
  });

  it('writes schemas the way every client generator reads them', () => {
    const schemaNodes = [...walk(doc.components.schemas)].filter(
      ([, , value]) => value && typeof value === 'object',
    );
    // OpenAPI 3.1 deprecates the schema-level `example` keyword in favour of `examples`.
    expect([...walk(doc.components.schemas)].filter(([, key]) => key === 'example')).toEqual([]);
    // A nullable object with properties goes through anyOf [$ref, null]: written inline as a type array,
    // swagger-typescript-api drops the `| null`.
    const inlineNullableObjects = schemaNodes.filter(
      ([, , value]) => Array.isArray(value.type) && value.type.includes('object') && value.properties,
    );
    expect(inlineNullableObjects.map(([pointer, key]) => `${pointer}/${key}`)).toEqual([]);
    // Type arrays only pair one type with null; wider unions are anyOf, which ajv's strictTypes accepts.
    const unions = schemaNodes.filter(
      ([, , value]) => Array.isArray(value.type) && value.type.filter((t: string) => t !== 'null').length > 1,
    );
    expect(unions.map(([pointer, key]) => `${pointer}/${key}`)).toEqual([]);
  });

  it('gives every schema property a description', () => {
    const undescribed = [...walk(doc.components.schemas)]
      .filter(([pointer, key]) => pointer.endsWith('/properties') && key !== '')
      .filter(([, , property]) => !property.description && !deref(doc, property)?.description)
      .map(([pointer, key]) => `${pointer}/${key}`);
    expect(undescribed).toEqual([]);
  });

  it('documents error codes at their statuses: named examples, code tables, Retry-After on 429', () => {
    const codes: Record<string, number[]> = {
      '400': [908, 920, 922, 965, 1090, 1134],
      '403': [901, 991, 1067, 1068, 1069, 1070, 1103, 1104, 1132, 1148, 1198, 1218, 982, 1281, 6003],
      '404': [8169],
      '429': [429],
      '500': [7909],
    };
    for (const [status, expected] of Object.entries(codes)) {
      const { examples } = responseMedia(doc, status);
      const carried = Object.values(examples).map((value: Json) => value.ErrorCode);
      expect(carried.sort(), status).toEqual([...expected].sort());
      const description: string = deref(doc, operation().responses[status]).description;
      for (const code of expected)
        expect(description, `${status} lists ${code}`).toMatch(new RegExp(`\\| ${code} \\|`));
    }
    const lockout = Object.values(responseMedia(doc, '403').examples).find((v: Json) => v.ErrorCode === 1198);
    expect(lockout.Data.LoginLockedTimeout).toMatch(/^\d{4}-\d\d-\d\dT/);
    const tooMany = deref(doc, operation().responses['429']);
    expect(deref(doc, tooMany.headers['Retry-After']).schema).toBeDefined();
  });

  it('introduces the API for integrators in info.description', () => {
    const intro: string = doc.info.description;
    expect(typeof intro).toBe('string');
    expect(intro).toContain('SecondFactorAuthenticationToken');
    expect(intro).toContain('isvoiceotp=true');
    // The sequence diagram (inline SVG) shows the call abridged to fit Redoc's middle column; the prose names it in full.
    expect(intro).toMatch(/<svg class="diagram"[\s\S]*PUT \S*\/2fa\/sms[\s\S]*<\/svg>/);
    expect(intro).toContain('PUT /identity/v2/auth/login/2fa/sms');
    for (const topic of [
      '1198',
      'LoginLockedTimeout',
      '1132',
      'g-recaptcha-response',
      '1148',
      'securityanswer',
    ]) {
      expect(intro).toContain(topic);
    }
    expect(intro).toMatch(/429[\s\S]*Retry-After/);
  });

  it('fails on an unresolvable spec and leaves the previous bundle untouched', async () => {
    const spec = await copySpec();
    const out = await tempDir('bundle-out');
    try {
      const path = join(spec, 'paths/identity_v2_auth_login_2fa_sms.yaml');
      await writeFile(
        path,
        (await readFile(path, 'utf8')).replace('parameters/Fields.yaml', 'parameters/Gone.yaml'),
      );
      await writeFile(join(out, 'openapi.json'), 'previous');
      const { code, output } = await runScript('bundle-spec.ts', [
        '--spec',
        join(spec, 'openapi.yaml'),
        '--out',
        out,
      ]);
      expect(code).not.toBe(0);
      expect(output).toMatch(/identity_v2_auth_login_2fa_sms\.yaml:\d+:\d+/);
      expect(await readFile(join(out, 'openapi.json'), 'utf8')).toBe('previous');
      expect(await readdir(out)).toEqual(['openapi.json']);
    } finally {
      await removeDir(spec);
      await removeDir(out);
    }
  });
});
