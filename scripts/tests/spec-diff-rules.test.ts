import { describe, expect, test } from 'vitest';
import { diffSpecs, formatChange, levelFor, RULES, type RuleId } from '../lib/spec-diff/index.js';
import { BASE, load, OP, pairFiles, pairNames } from './spec-diff-fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: fixture documents are edited as plain JSON
type Doc = any;
const base = (): Doc => load(BASE);
const op = (d: Doc) => d.paths['/login/2fa/sms'].put;
const schema = (d: Doc, name: string) => d.components.schemas[name];
const both = (edit: (d: Doc) => void) => ({ before: edit, after: edit });

interface Case {
  /** Edits of the base document: `after` alone, or `before` too. */
  before?: (d: Doc) => void;
  after?: (d: Doc) => void;
  expected: string;
}
const chain =
  (...edits: ((d: Doc) => void)[]) =>
  (d: Doc) => {
    for (const edit of edits) edit(d);
  };
const tags = (d: Doc) => {
  schema(d, 'VerifyRequest').properties.tags = { type: 'array', description: 'Tags.' };
};
const oneOfExtra = (options: number) => (d: Doc) => {
  schema(d, 'VerifyResponse').properties.extra = {
    description: 'Extra.',
    oneOf: [{ type: 'string' }, { type: 'integer' }].slice(0, options),
  };
};
const pet = (mapping: Record<string, string>) => (d: Doc) => {
  schema(d, 'VerifyResponse').properties.pet = {
    description: 'Pet.',
    oneOf: [{ $ref: '#/components/schemas/Person' }, { $ref: '#/components/schemas/Error' }],
    discriminator: { propertyName: 'kind', mapping },
  };
};
const header = (required: boolean) => (d: Doc) => {
  op(d).responses['200'].headers = {
    'X-Rate': { description: 'Calls left.', required, schema: { type: 'integer' } },
  };
};
const schemes =
  (extra: Record<string, unknown> = {}) =>
  (d: Doc) => {
    d.components.securitySchemes = {
      apiKey: { type: 'apiKey', in: 'query', name: 'apikey', ...extra },
      bearer: { type: 'http', scheme: 'bearer' },
    };
  };
const security =
  (...names: string[]) =>
  (d: Doc) => {
    d.security = names.map((n) => ({ [n]: [] }));
  };
const users = (path: string) => (d: Doc) => {
  d.paths[path] = { get: { operationId: 'getUser', responses: { '200': { description: 'The user.' } } } };
};

/** The error marker `code`, and an example component `name` naming the error `code` `name`. */
const errorExample = (name: string, code: number) => (d: Doc) => {
  d['x-lr-api-error'] = { codeField: 'code', vendor: 'Fixture' };
  d.components.examples = { ...d.components.examples, [name]: { 'x-lr-error-name': name, value: { code } } };
};

/** Rules no fixture folder exercises, each with one edit and the line the gate prints. */
const CASES: Partial<Record<RuleId, Case>> = {
  'info-changed': { after: (d) => (d.info.version = '2.0.0'), expected: 'patch: info: API version changed' },
  'openapi-version-changed': {
    after: (d) => (d.openapi = '3.1.1'),
    expected: 'patch: document: OpenAPI version changed from `3.1.0` to `3.1.1`',
  },
  'path-template-renamed': {
    before: users('/users/{id}'),
    after: users('/users/{userId}'),
    expected: 'patch: GET /users/{userId}: path template renamed from `/users/{id}` (parameter names only)',
  },
  'example-changed': {
    after: (d) => (d.components.examples = { Sample: { value: 1 } }),
    expected: 'patch: components: example `Sample` added',
  },
  'client-option-renamed': {
    before: (d) => (schema(d, 'VerifyRequest').properties.otp['x-lr-option'] = 'otp'),
    after: (d) => (schema(d, 'VerifyRequest').properties.otp['x-lr-option'] = 'code'),
    expected: `major: ${OP}: request body property \`otp\` extension \`x-lr-option\` changed`,
  },
  'api-error-marker-changed': {
    before: (d) => (d['x-lr-api-error'] = { codeField: 'code', vendor: 'Fixture' }),
    after: (d) => (d['x-lr-api-error'] = { codeField: 'status', vendor: 'Fixture' }),
    expected: 'major: document: top-level extension `x-lr-api-error` changed',
  },
  'error-name-removed': {
    before: errorExample('Broken', 7),
    after: errorExample('Broken', 8),
    expected: 'major: components: error name `Broken` now names 8, not 7',
  },
  'error-name-added': {
    before: errorExample('Broken', 7),
    after: chain(errorExample('Broken', 7), errorExample('Gone', 3)),
    expected: 'minor: components: new error name `Gone` (3)',
  },
  'deprecation-changed': {
    after: (d) => (op(d).deprecated = true),
    expected: `minor: ${OP}: operation is now deprecated`,
  },
  'type-changed': {
    after: (d) => (schema(d, 'Error').properties.code.type = 'string'),
    expected: `major: ${OP}: response 400 property \`code\` type changed from \`integer\` to \`string\``,
  },
  'enum-restricted': {
    after: (d) => (schema(d, 'VerifyResponse').properties.access_token.enum = ['abc']),
    expected: `minor: ${OP}: response 200 property \`access_token\` is now restricted to \`abc\``,
  },
  'enum-unrestricted': {
    after: (d) => delete schema(d, 'VerifyRequest').properties.channel.enum,
    expected: `minor: ${OP}: request body property \`channel\` is no longer restricted to \`sms\`, \`voice\`, \`null\``,
  },
  'constraint-stricter': {
    after: (d) => (schema(d, 'VerifyRequest').properties.otp.maxLength = 6),
    expected: `major: ${OP}: request body property \`otp\` maxLength \`6\` added (stricter)`,
  },
  'constraint-looser': {
    before: (d) => (schema(d, 'VerifyRequest').properties.otp.maxLength = 6),
    expected: `minor: ${OP}: request body property \`otp\` maxLength \`6\` removed (looser)`,
  },
  'default-added': {
    after: (d) => (op(d).parameters[1].schema.default = 'Email'),
    expected: `minor: ${OP}: query parameter \`fields\` default \`Email\` added (callers that omit it are affected)`,
  },
  'default-changed': {
    before: (d) => (op(d).parameters[1].schema.default = 'Email'),
    after: (d) => (op(d).parameters[1].schema.default = 'Uid'),
    expected: `major: ${OP}: query parameter \`fields\` default changed from \`Email\` to \`Uid\` (callers that omit it are affected)`,
  },
  'access-flag-changed': {
    after: (d) => (schema(d, 'VerifyResponse').properties.access_token.readOnly = true),
    expected: `minor: ${OP}: response 200 property \`access_token\` is now readOnly`,
  },
  'property-removed': {
    after: (d) => delete schema(d, 'VerifyResponse').properties.status,
    expected: `major: ${OP}: response 200 property \`status\` removed`,
  },
  'additional-properties-closed': {
    after: (d) => (schema(d, 'VerifyRequest').additionalProperties = false),
    expected: `major: ${OP}: request body no longer allows undeclared properties`,
  },
  'additional-properties-opened': {
    before: (d) => (schema(d, 'VerifyResponse').additionalProperties = false),
    expected: `major: ${OP}: response 200 now allows undeclared properties`,
  },
  'subschema-added': {
    before: tags,
    after: chain(tags, (d) => (schema(d, 'VerifyRequest').properties.tags.items = { type: 'string' })),
    expected: `major: ${OP}: request body property \`tags[]\` items schema added`,
  },
  'subschema-removed': {
    before: chain(tags, (d) => (schema(d, 'VerifyRequest').properties.tags.items = { type: 'string' })),
    after: tags,
    expected: `minor: ${OP}: request body property \`tags[]\` items schema removed`,
  },
  'option-removed': {
    before: oneOfExtra(2),
    after: oneOfExtra(1),
    expected: `major: ${OP}: response 200 property \`extra\` oneOf option #2 removed`,
  },
  'option-added': {
    before: oneOfExtra(1),
    after: oneOfExtra(2),
    expected: `major: ${OP}: response 200 property \`extra\` new oneOf option #2 (code that handles every option must handle it)`,
  },
  'all-of-removed': {
    before: (d) => (schema(d, 'VerifyRequest').allOf = [{ $ref: '#/components/schemas/Error' }]),
    expected: `minor: ${OP}: request body allOf part \`Error\` removed`,
  },
  'discriminator-value-removed': {
    before: pet({ person: '#/components/schemas/Person' }),
    after: pet({}),
    expected: `major: ${OP}: response 200 property \`pet\` discriminator value \`person\` removed`,
  },
  'discriminator-value-added': {
    before: pet({}),
    after: pet({ error: '#/components/schemas/Error' }),
    expected: `minor: ${OP}: response 200 property \`pet\` new discriminator value \`error\``,
  },
  'discriminator-value-remapped': {
    before: pet({ person: '#/components/schemas/Person' }),
    after: pet({ person: '#/components/schemas/Error' }),
    expected: `major: ${OP}: response 200 property \`pet\` discriminator value \`person\` now maps to \`#/components/schemas/Error\``,
  },
  unclassified: {
    after: (d) => (schema(d, 'VerifyRequest').properties.otp.contains = { const: 1 }),
    expected: `major: ${OP}: request body property \`otp\` \`contains\` changed (not classified in detail; treated as breaking)`,
  },
  'parameter-renamed': {
    after: (d) => (op(d).parameters[1].name = 'field_list'),
    expected: `major: ${OP}: query parameter \`fields\` renamed to \`field_list\``,
  },
  'parameter-became-required': {
    after: (d) => (op(d).parameters[1].required = true),
    expected: `major: ${OP}: query parameter \`fields\` became required`,
  },
  'parameter-became-optional': {
    after: (d) => (d.components.parameters.Token.required = false),
    expected: `minor: ${OP}: query parameter \`secondfactorauthenticationtoken\` became optional`,
  },
  'parameter-serialization-changed': {
    after: (d) => (op(d).parameters[1].explode = false),
    expected: `major: ${OP}: query parameter \`fields\` \`explode\` changed from \`default\` to \`false\` (it is sent differently)`,
  },
  'media-type-removed': {
    after: (d) => (op(d).responses['400'].content = {}),
    expected: `major: ${OP}: response 400 media type \`application/json\` removed`,
  },
  'media-type-added': {
    after: (d) =>
      (op(d).requestBody.content['application/x-www-form-urlencoded'] = {
        schema: { $ref: '#/components/schemas/VerifyRequest' },
      }),
    expected: `minor: ${OP}: request body new media type \`application/x-www-form-urlencoded\``,
  },
  'encoding-changed': {
    after: (d) =>
      (op(d).requestBody.content['application/json'].encoding = { otp: { contentType: 'text/plain' } }),
    expected: `major: ${OP}: request body encoding changed (treated as breaking)`,
  },
  'request-body-added-required': {
    before: (d) => delete op(d).requestBody,
    expected: `major: ${OP}: new required request body`,
  },
  'request-body-added-optional': {
    before: (d) => delete op(d).requestBody,
    after: (d) => (op(d).requestBody.required = false),
    expected: `minor: ${OP}: new optional request body`,
  },
  'request-body-removed': {
    after: (d) => delete op(d).requestBody,
    expected: `major: ${OP}: request body removed`,
  },
  'request-body-became-required': {
    before: (d) => (op(d).requestBody.required = false),
    expected: `major: ${OP}: request body became required`,
  },
  'request-body-became-optional': {
    after: (d) => (op(d).requestBody.required = false),
    expected: `minor: ${OP}: request body became optional`,
  },
  'header-removed': {
    before: header(false),
    expected: `major: ${OP}: response 200 header \`X-Rate\` removed`,
  },
  'header-added': { after: header(false), expected: `minor: ${OP}: response 200 new header \`X-Rate\`` },
  'header-now-always-sent': {
    before: header(false),
    after: header(true),
    expected: `minor: ${OP}: response 200 header \`X-Rate\` is now always sent`,
  },
  'header-may-be-missing': {
    before: header(true),
    after: header(false),
    expected: `major: ${OP}: response 200 header \`X-Rate\` may now be missing`,
  },
  'authentication-now-required': {
    ...both(schemes()),
    after: chain(schemes(), security('apiKey')),
    expected: `major: ${OP}: now requires authentication (\`apiKey\`)`,
  },
  'security-option-removed': {
    before: chain(schemes(), security('apiKey', 'bearer')),
    after: chain(schemes(), security('apiKey')),
    expected: `major: ${OP}: security option \`bearer\` removed`,
  },
  'security-option-added': {
    before: chain(schemes(), security('apiKey')),
    after: chain(schemes(), security('apiKey', 'bearer')),
    expected: `minor: ${OP}: new security option \`bearer\``,
  },
  'security-scheme-removed': {
    before: schemes(),
    expected: 'major: security: security scheme `apiKey` removed',
  },
  'security-scheme-added': { after: schemes(), expected: 'minor: security: new security scheme `apiKey`' },
  'security-scheme-changed': {
    before: schemes(),
    after: schemes({ in: 'header' }),
    expected: 'major: security: security scheme `apiKey` `in` changed from `query` to `header`',
  },
  'server-removed': {
    before: (d) => (d.servers = [{ url: 'https://a.example' }]),
    expected: 'major: servers: server `https://a.example` removed',
  },
  'server-added': {
    after: (d) => (d.servers = [{ url: 'https://a.example' }]),
    expected: 'minor: servers: new server `https://a.example`',
  },
  'server-variables-changed': {
    before: (d) =>
      (d.servers = [{ url: 'https://{region}.example', variables: { region: { default: 'eu' } } }]),
    after: (d) =>
      (d.servers = [{ url: 'https://{region}.example', variables: { region: { default: 'us' } } }]),
    expected: 'major: servers: server `https://{region}.example` variables changed (treated as breaking)',
  },
  'operation-removed': {
    after: (d) => delete d.paths['/login/2fa/sms'],
    expected: `major: ${OP}: operation removed`,
  },
  'operation-moved': {
    after: (d) => {
      d.paths['/login/2fa/otp'] = d.paths['/login/2fa/sms'];
      delete d.paths['/login/2fa/sms'];
    },
    expected: `major: ${OP}: operation moved to PUT /login/2fa/otp`,
  },
  'operation-added': {
    after: (d) =>
      (d.paths['/ping'] = { get: { operationId: 'ping', responses: { '204': { description: 'Alive.' } } } }),
    expected: 'minor: GET /ping: new operation',
  },
  'callbacks-changed': {
    after: (d) => (op(d).callbacks = { onDone: {} }),
    expected: `major: ${OP}: callbacks changed (not classified in detail; treated as breaking)`,
  },
  'webhooks-changed': {
    after: (d) => (d.webhooks = { done: {} }),
    expected: 'major: webhooks: webhooks changed (not classified in detail; treated as breaking)',
  },
  'component-removed': {
    before: (d) => (d.components.schemas.Unused = { type: 'string' }),
    expected: 'major: components: schema `Unused` removed (its generated type goes away)',
  },
  'component-renamed': {
    before: (d) => (d.components.schemas.Unused = { type: 'string' }),
    after: (d) => (d.components.schemas.Spare = { type: 'string' }),
    expected: 'major: components: schema `Unused` renamed to `Spare` (its generated type is renamed)',
  },
};

/** The rules each fixture folder exercises (its exact messages are held by spec-diff.test.ts). */
function fixtureRules(): Set<string> {
  const fired = new Set<string>();
  for (const name of pairNames()) {
    const { before, after } = pairFiles(name);
    for (const change of diffSpecs(load(before), load(after))) fired.add(change.rule);
  }
  return fired;
}

describe('the rule table', () => {
  test('every rule gives a level for requests and for responses, and says why in one line', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      expect(['patch', 'minor', 'major'], id).toContain(rule.input);
      expect(['patch', 'minor', 'major'], id).toContain(rule.output);
      expect(rule.reason.length, id).toBeGreaterThan(10);
      expect(rule.reason, id).not.toContain('\n');
    }
  });

  test('a schema no operation reaches gets the stricter level of the two sides', () => {
    expect(levelFor('type-widened', 'input')).toBe('minor');
    expect(levelFor('type-widened', 'output')).toBe('major');
    expect(levelFor('type-widened', 'both')).toBe('major');
  });

  test.each(Object.entries(CASES))('%s', (rule, { before, after, expected }) => {
    const a = base();
    const b = base();
    before?.(a);
    after?.(b);
    const changes = diffSpecs(a, b);
    const match = changes.find((c) => formatChange(c) === expected);
    expect(match, changes.map(formatChange).join('\n')).toBeDefined();
    expect(match?.rule).toBe(rule);
  });

  test('every rule is exercised by a fixture folder or a case above', () => {
    const covered = new Set([...fixtureRules(), ...Object.keys(CASES)]);
    expect(Object.keys(RULES).filter((id) => !covered.has(id))).toEqual([]);
  });
});
