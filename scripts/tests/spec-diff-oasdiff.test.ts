// The gate against oasdiff's rules (scripts/lib/spec-diff/oasdiff.ts): each answered rule's change is made to the
// fixture spec (base.yaml) and the gate must report it under the answer's gate rule, at major unless the answer
// says why it is rated otherwise. Most rule ids read as <where>-<change> (request-property-min-increased), so a
// change is one schema edit applied at one place; the others are whole-document edits below.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@lr-mfa/testkit/sandbox';
import { describe, expect, test } from 'vitest';
import { diffSpecs, formatChange } from '../lib/spec-diff/index.js';
import { OASDIFF, oasdiffCounts } from '../lib/spec-diff/oasdiff.js';
import { BASE, load } from './spec-diff-fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: fixture documents are edited as plain JSON
type Doc = any;
type Edit = (d: Doc) => void;
interface Case {
  before?: Edit;
  after?: Edit;
}

const PATH = '/login/2fa/sms';
const op = (d: Doc) => d.paths[PATH].put;
const schemas = (d: Doc) => d.components.schemas;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** A header parameter whose value is an object with one property, `p`. */
const objectHeader = (d: Doc): Doc => {
  const schema = { type: 'object', properties: { p: { type: 'string' } } };
  op(d).parameters.push({ name: 'X-Meta', in: 'header', schema });
  return schema;
};

/** Where a rule's change is made: the schema that is edited in each document. */
const PLACES: Record<string, (d: Doc) => Doc> = {
  'request-parameter-property': (d) => {
    op(d).parameters[1].schema = { type: 'object', properties: { p: { type: 'string' } } };
    return op(d).parameters[1].schema.properties.p;
  },
  'request-header-property': (d) => objectHeader(d).properties.p,
  'request-parameter': (d) => op(d).parameters[1].schema,
  'request-property': (d) => schemas(d).VerifyRequest.properties.otp,
  'request-body': (d) => schemas(d).VerifyRequest,
  'response-property': (d) => schemas(d).VerifyResponse.properties.access_token,
  'response-body': (d) => schemas(d).VerifyResponse,
  'response-header': (d) => {
    op(d).responses['200'].headers = { 'X-Rate': { schema: { type: 'integer' } } };
    return op(d).responses['200'].headers['X-Rate'].schema;
  },
};

/** A schema change: the keywords the schema has before and after (each merged into the place's schema). */
type Change = [Doc, Doc];
const bound = (key: string, from: number | undefined, to: number | undefined): Change => [
  from === undefined ? {} : { [key]: from },
  to === undefined ? {} : { [key]: to },
];
const added = (keywords: Doc): Change => [{}, keywords];
const removed = (keywords: Doc): Change => [keywords, {}];
const options = (kind: string, from: number, to: number): Change => {
  const all = [{ type: 'string' }, { type: 'integer' }];
  return [{ [kind]: all.slice(0, from) }, { [kind]: all.slice(0, to) }];
};
const tuple = { items: { type: 'string' }, prefixItems: [{ type: 'integer' }] };

const BOUNDS: Record<string, string> = {
  min: 'minimum',
  max: 'maximum',
  'exclusive-min': 'exclusiveMinimum',
  'exclusive-max': 'exclusiveMaximum',
  'min-length': 'minLength',
  'max-length': 'maxLength',
  'min-items': 'minItems',
  'max-items': 'maxItems',
  'min-contains': 'minContains',
  'max-contains': 'maxContains',
};
/** `<bound>-increased`, `-decreased`, `-set` and `-unset` for every bound. */
const boundChanges = Object.fromEntries(
  Object.entries(BOUNDS).flatMap(([name, key]) => [
    [`${name}-increased`, bound(key, 1, 5)],
    [`${name}-decreased`, bound(key, 5, 1)],
    [`${name}-set`, bound(key, undefined, 1)],
    [`${name}-unset`, bound(key, 1, undefined)],
  ]),
);

/** The <change> part of the rule ids: what it does to the schema at the place. */
const CHANGES: Record<string, Change> = {
  ...boundChanges,
  'pattern-added': added({ pattern: '^[a-z]+$' }),
  'pattern-removed': removed({ pattern: '^[a-z]+$' }),
  'pattern-changed': [{ pattern: '^[a-z]+$' }, { pattern: '^[0-9]+$' }],
  'became-enum': added({ enum: ['a', 'b'] }),
  'enum-value-removed': [{ enum: ['a', 'b'] }, { enum: ['a'] }],
  'enum-value-added': [{ enum: ['a'] }, { enum: ['a', 'b'] }],
  'became-not-nullable': [{ type: ['string', 'null'] }, { type: 'string' }],
  'became-nullable': [{ type: 'string' }, { type: ['string', 'null'] }],
  'list-of-types-narrowed': [{ type: ['string', 'integer'] }, { type: 'string' }],
  'list-of-types-widened': [{ type: 'string' }, { type: ['string', 'integer'] }],
  'type-changed': [{ type: 'string' }, { type: 'integer' }],
  'type-generalized': [{ type: 'integer' }, { type: 'number' }],
  'type-specialized': [{ type: 'number' }, { type: 'integer' }],
  'const-added': added({ const: 'a' }),
  'const-changed': [{ const: 'a' }, { const: 'b' }],
  'const-removed': removed({ const: 'a' }),
  'contains-added': added({ contains: { const: 1 } }),
  'contains-removed': removed({ contains: { const: 1 } }),
  'content-encoding-changed': [{ contentEncoding: 'base64' }, { contentEncoding: 'base32' }],
  'content-media-type-changed': [
    { contentMediaType: 'application/json' },
    { contentMediaType: 'text/plain' },
  ],
  'content-schema-added': added({ contentSchema: { type: 'object' } }),
  'content-schema-removed': removed({ contentSchema: { type: 'object' } }),
  'dependent-required-added': added({ dependentRequired: { a: ['b'] } }),
  'dependent-required-changed': [{ dependentRequired: { a: ['b'] } }, { dependentRequired: { a: ['c'] } }],
  'dependent-required-removed': removed({ dependentRequired: { a: ['b'] } }),
  'dependent-schema-added': added({ dependentSchemas: { a: { required: ['b'] } } }),
  'dependent-schema-removed': removed({ dependentSchemas: { a: { required: ['b'] } } }),
  'if-added': added({ if: { required: ['a'] } }),
  'if-removed': removed({ if: { required: ['a'] } }),
  // `then` spelt as a computed key: an object with a `then` member looks like a promise to linters.
  'then-added': added({ ['then' as string]: { required: ['b'] } }),
  'then-removed': removed({ ['then' as string]: { required: ['b'] } }),
  'else-added': added({ else: { required: ['c'] } }),
  'else-removed': removed({ else: { required: ['c'] } }),
  'pattern-property-added': added({ patternProperties: { '^x-': { type: 'string' } } }),
  'pattern-property-removed': removed({ patternProperties: { '^x-': { type: 'string' } } }),
  'property-names-added': added({ propertyNames: { maxLength: 3 } }),
  'property-names-removed': removed({ propertyNames: { maxLength: 3 } }),
  'unevaluated-items-added': added({ unevaluatedItems: false }),
  'unevaluated-items-removed': removed({ unevaluatedItems: false }),
  'unevaluated-properties-added': added({ unevaluatedProperties: false }),
  'unevaluated-properties-removed': removed({ unevaluatedProperties: false }),
  // Without its tuple item, position 0 must match `items` (a string instead of an integer).
  'prefix-items-removed': [tuple, { items: tuple.items }],
  'prefix-items-added': [{ items: tuple.items }, tuple],
  'one-of-removed': options('oneOf', 2, 1),
  'one-of-added': options('oneOf', 1, 2),
  'any-of-removed': options('anyOf', 2, 1),
  'any-of-added': options('anyOf', 1, 2),
  'all-of-added': added({ allOf: [ref('Error')] }),
  'all-of-removed': removed({ allOf: [ref('Error')] }),
  'default-value-added': added({ default: 'a' }),
  'default-value-changed': [{ default: 'a' }, { default: 'b' }],
  'default-value-removed': removed({ default: 'a' }),
};

/** Rules that are not one schema edit at one place. */
const header = (required: boolean) => (d: Doc) => {
  op(d).responses['200'].headers = { 'X-Rate': { required, schema: { type: 'integer' } } };
};
const deprecate = (node: Doc) => Object.assign(node, { deprecated: true, 'x-sunset': '2099-01-01' });
const withGet = (d: Doc) => {
  d.paths[PATH].get = { operationId: 'readSms', responses: { '204': { description: 'Read.' } } };
};
const media = (status: string | null, content: Doc) => (d: Doc) => {
  const target = status === null ? op(d).requestBody : op(d).responses[status];
  target.content = content;
};
const wrapInOneOf = (status: string | null, name: string) =>
  media(status, { 'application/json': { schema: { oneOf: [ref(name)] } } });
const requireOn = (field: string, extra: Doc = {}) => ({
  before: (d: Doc) => Object.assign(schemas(d).VerifyRequest.properties[field], extra),
  after: (d: Doc) => {
    Object.assign(schemas(d).VerifyRequest.properties[field], extra);
    schemas(d).VerifyRequest.required.push(field);
  },
});
const newRequired = (extra: Doc) => (d: Doc) => {
  schemas(d).VerifyRequest.properties.captcha = { type: 'string', ...extra };
  schemas(d).VerifyRequest.required.push('captcha');
};
/** The operation, its path, or its `fields` parameter removed, deprecated with a sunset date first or not. */
const removedPath = (deprecated: boolean): Case => ({
  before: (d) => deprecated && deprecate(op(d)),
  after: (d) => delete d.paths[PATH],
});
const removedOperation = (deprecated: boolean): Case => ({
  before: (d) => {
    withGet(d);
    if (deprecated) deprecate(op(d));
  },
  after: (d) => {
    withGet(d);
    delete d.paths[PATH].put;
  },
});
const removedParameter = (deprecated: boolean): Case => ({
  before: (d) => deprecated && deprecate(op(d).parameters[1]),
  after: (d) => op(d).parameters.splice(1, 1),
});
const users = (declared: boolean) => (d: Doc) => {
  const parameters = declared ? [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] : [];
  d.paths['/users/{id}'] = {
    get: { operationId: 'getUser', parameters, responses: { '204': { description: 'Ok.' } } },
  };
};

const SPECIAL: Record<string, Case> = {
  'api-path-removed-without-deprecation': removedPath(false),
  'api-path-removed-with-deprecation': removedPath(true),
  'api-path-removed-before-sunset': removedPath(true),
  'api-removed-without-deprecation': removedOperation(false),
  'api-removed-with-deprecation': removedOperation(true),
  'api-removed-before-sunset': removedOperation(true),
  'api-operation-id-removed': { after: (d) => delete op(d).operationId },
  'api-schema-removed': { before: (d) => (schemas(d).Unused = { type: 'string' }) },
  'new-request-path-parameter': { before: users(false), after: users(true) },
  'new-required-request-default-parameter-to-existing-path': {
    after: (d) => {
      d.paths[PATH].parameters = [
        { name: 'tenant', in: 'query', required: true, schema: { type: 'string' } },
      ];
    },
  },
  'new-required-request-header-property': {
    before: objectHeader,
    after: (d) => Object.assign(objectHeader(d), { required: ['q'], properties: { p: {}, q: {} } }),
  },
  'new-required-request-parameter': {
    after: (d) =>
      op(d).parameters.push({ name: 'tenant', in: 'query', required: true, schema: { type: 'string' } }),
  },
  'new-required-request-property': { after: newRequired({}) },
  'new-required-request-property-with-default': { after: newRequired({ default: 'none' }) },
  'optional-response-header-removed': { before: header(false) },
  'required-response-header-removed': { before: header(true) },
  'response-header-became-optional': { before: header(true), after: header(false) },
  'request-body-added-required': { before: (d) => delete op(d).requestBody },
  'request-body-became-required': { before: (d) => (op(d).requestBody.required = false) },
  'request-body-removed': { after: (d) => delete op(d).requestBody },
  'request-body-media-type-removed': {
    before: (d) => (op(d).requestBody.content['text/plain'] = { schema: { type: 'string' } }),
  },
  'request-body-media-type-schema-added': { before: media(null, { 'application/json': {} }) },
  'request-body-wrapped-in-one-of': { after: wrapInOneOf(null, 'VerifyRequest') },
  'response-body-wrapped-in-one-of': { after: wrapInOneOf('200', 'VerifyResponse') },
  'response-body-media-type-schema-removed': { after: media('200', { 'application/json': {} }) },
  'response-media-type-removed': {
    before: (d) => (op(d).responses['200'].content['text/plain'] = { schema: { type: 'string' } }),
  },
  'response-media-type-name-generalized': {
    after: media('200', { 'application/*': { schema: ref('VerifyResponse') } }),
  },
  'request-parameter-became-required': { after: (d) => (op(d).parameters[1].required = true) },
  'request-parameter-removed': removedParameter(false),
  'request-parameter-removed-with-deprecation': removedParameter(true),
  'request-parameter-removed-before-sunset': removedParameter(true),
  'request-property-became-required': requireOn('channel'),
  'request-property-became-required-with-default': requireOn('channel', { default: 'sms' }),
  'request-header-property-became-required': {
    before: objectHeader,
    after: (d) => (objectHeader(d).required = ['p']),
  },
  'request-property-removed': { after: (d) => delete schemas(d).VerifyRequest.properties.channel },
  'response-optional-property-removed': { after: (d) => delete schemas(d).VerifyResponse.properties.status },
  'response-required-property-removed': {
    after: (d) => delete schemas(d).VerifyResponse.properties.access_token,
  },
  'response-property-became-optional': { after: (d) => (schemas(d).VerifyResponse.required = []) },
  'response-required-property-became-not-write-only': {
    before: (d) => (schemas(d).VerifyResponse.properties.access_token.writeOnly = true),
  },
  'response-success-status-removed': { after: (d) => delete op(d).responses['200'] },
  'response-non-success-status-removed': { after: (d) => delete op(d).responses['400'] },
  'webhook-removed': {
    before: (d) => (d.webhooks = { done: { post: { responses: { '204': { description: 'Ok.' } } } } }),
  },
};

/** The edits that make an oasdiff rule's change: a special case, or <place>-<change> from the tables above. */
function caseOf(id: string): Case {
  const special = SPECIAL[id];
  if (special) return special;
  const place = Object.keys(PLACES).find(
    (p) => id.startsWith(`${p}-`) && `${id.slice(p.length + 1)}` in CHANGES,
  );
  if (place === undefined) throw new Error(`no edit for oasdiff rule ${id}: add one to SPECIAL or CHANGES`);
  const [before, after] = CHANGES[id.slice(place.length + 1)] as Change;
  const at = PLACES[place] as (d: Doc) => Doc;
  return {
    before: (d) => Object.assign(at(d), structuredClone(before)),
    after: (d) => Object.assign(at(d), structuredClone(after)),
  };
}

const answered = Object.entries(OASDIFF).filter(([, a]) => a.gate !== null);

describe('the gate against oasdiff', () => {
  test('every ERR and WARN rule of oasdiff (213 and 30 at the pinned commit) has an answer', () => {
    const byLevel = (level: string) => Object.values(OASDIFF).filter((a) => a.level === level).length;
    expect([byLevel('ERR'), byLevel('WARN')]).toEqual([213, 30]);
    for (const [id, a] of Object.entries(OASDIFF)) {
      if (a.gate === null || a.level === 'INFO') expect(a.why, id).toMatch(/^\S.{20,}$/);
    }
  });

  test.each(answered)('%s', (id, { gate, why }) => {
    const { before, after } = caseOf(id);
    const [a, b] = [load(BASE), load(BASE)];
    before?.(a);
    after?.(b);
    const changes = diffSpecs(a, b);
    const found = changes.filter((c) => c.rule === gate);
    expect(found, changes.map(formatChange).join('\n')).not.toEqual([]);
    // An answer without a reason agrees with oasdiff's error: major. One with a reason is rated otherwise.
    const major = found.some((c) => c.level === 'major');
    const agrees = why === undefined || OASDIFF[id]?.level === 'INFO';
    expect(major, found.map(formatChange).join('\n')).toBe(agrees);
  });

  test("the README's breaking-change gate section gives the table's counts", () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const said = (pattern: RegExp) => readme.match(pattern)?.slice(1).map(Number);
    const err = oasdiffCounts('ERR');
    const warn = oasdiffCounts('WARN');
    const info = oasdiffCounts('INFO');
    expect(
      said(/of its (\d+) errors, (\d+) are rated major here, (\d+) rated otherwise and (\d+) ruled out/),
    ).toEqual([213, err.covered, err.otherwise, err.ruledOut]);
    expect(said(/of its (\d+) warnings, (\d+) are rated major and (\d+) otherwise/)).toEqual([
      30,
      warn.covered,
      warn.otherwise,
    ]);
    expect(said(/(\d+) of its information-level rules are rated major here/)).toEqual([info.otherwise]);
  });
});
