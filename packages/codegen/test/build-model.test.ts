// buildModel on the multi-operation fixture: every kind of operation the generators must handle comes out of the
// spec as the Model says (inputs by location and kind, secrets, retry rules, responses with and without JSON).
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildModel } from '../src/build-model.js';
import type { Model, Operation } from '../src/model.js';
import { loadSpec } from '../src/spec.js';

const fixture = join(import.meta.dirname, 'fixtures/multi-op/openapi.yaml');
let model: Model;
const op = (id: string): Operation => {
  const found = model.operations.find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
};

beforeAll(async () => {
  model = buildModel((await loadSpec(fixture)).document);
});

describe('buildModel on the multi-operation fixture', () => {
  test('lists every operation in spec order with its method, path and type name', () => {
    expect(model.operations.map((o) => [o.id, o.method, o.path, o.typeName])).toEqual([
      ['listUsers', 'get', '/users', 'ListUsers'],
      ['getUser', 'get', '/users/{uid}', 'GetUser'],
      ['createNote', 'post', '/users/{uid}/notes', 'CreateNote'],
      ['deleteNote', 'delete', '/users/{uid}/notes/{noteId}', 'DeleteNote'],
      ['getStatus', 'get', '/status', 'GetStatus'],
    ]);
    expect(model.serverUrl).toBe('https://api.fixture.test');
    expect(model.apiKey).toEqual({ in: 'query', name: 'apikey' });
  });

  test('query parameters keep their kinds, serialization and camelCase options', () => {
    expect(op('listUsers').inputs.map((i) => [i.option, i.wire, i.in, i.kind, i.required])).toEqual([
      ['limit', 'limit', 'query', 'integer', false],
      ['minScore', 'min_score', 'query', 'number', false],
      ['status', 'status', 'query', 'string', false],
      ['tags', 'tags', 'query', 'array', false],
    ]);
    const tags = op('listUsers').inputs.find((i) => i.wire === 'tags');
    expect([tags?.style, tags?.explode]).toEqual(['form', false]);
    expect(op('listUsers').inputs.find((i) => i.wire === 'status')?.schema.enum).toEqual([
      'active',
      'locked',
      'deleted',
    ]);
    expect(op('listUsers').body).toBeUndefined();
  });

  test('path-level parameters apply to the operation and are required', () => {
    expect(op('getUser').inputs.map((i) => [i.option, i.in, i.required])).toEqual([
      ['uid', 'path', true],
      ['fields', 'query', false],
    ]);
    expect(op('deleteNote').inputs.map((i) => [i.option, i.in, i.kind])).toEqual([
      ['uid', 'path', 'string'],
      ['noteId', 'path', 'integer'],
    ]);
  });

  test('a nested JSON body becomes top-level inputs; secrets come from x-lr-secret and the API key', () => {
    const create = op('createNote');
    expect(create.inputs.map((i) => [i.option, i.in, i.kind, i.required, i.secret])).toEqual([
      ['uid', 'path', 'string', true, false],
      ['xSessionToken', 'header', 'string', true, true],
      ['note', 'body', 'object', true, false],
      ['pin', 'body', 'string', true, true],
    ]);
    expect(create.body).toMatchObject({ required: true, contentType: 'application/json', whole: false });
    expect(create.inputs.find((i) => i.wire === 'note')?.schema).toMatchObject({
      required: ['text'],
      properties: { text: { type: 'string' }, tags: { type: 'array' } },
    });
    expect(create.secrets.sort()).toEqual(['X-Session-Token', 'apikey', 'pin']);
    expect(op('getUser').secrets).toEqual(['apikey']);
  });

  test('retry rules: explicit x-lr-retry, else the defaults by method', () => {
    expect(op('deleteNote').retry).toEqual({
      statuses: [502, 503],
      network: true,
      timeout: false,
      idempotent: false,
    });
    expect(op('getUser').retry).toEqual({
      statuses: [429, 502, 503, 504],
      network: true,
      timeout: true,
      idempotent: true,
    });
    expect(op('createNote').retry).toEqual({
      statuses: [429],
      network: false,
      timeout: false,
      idempotent: false,
    });
  });

  test('responses: JSON with named or inline schemas, a 204 without content, text/plain, ranges and default', () => {
    const summary = (id: string) =>
      op(id).responses.map((r) => [r.status, r.contentType ?? null, r.json, r.schemaRef ?? null]);
    expect(summary('listUsers')).toEqual([
      ['200', 'application/json', true, '#/components/schemas/UserPage'],
      ['400', 'application/json', true, '#/components/schemas/Problem'],
    ]);
    expect(summary('createNote')).toEqual([
      // Numeric statuses first: JSON objects order integer-like keys before the others.
      ['201', 'application/json', true, null],
      ['400', 'application/json', true, '#/components/schemas/Problem'],
      ['default', 'application/json', true, '#/components/schemas/Problem'],
    ]);
    expect(summary('deleteNote')).toEqual([
      ['204', null, false, null],
      ['404', 'application/json', true, '#/components/schemas/Problem'],
    ]);
    expect(summary('getStatus')).toEqual([
      ['200', 'text/plain', false, null],
      ['4XX', 'application/json', true, '#/components/schemas/Problem'],
    ]);
    expect(op('getStatus').responses[0]?.examples).toEqual([{ name: 'default', value: 'ok' }]);
    // Named component schemas arrive resolved, nested $refs included.
    const page = op('listUsers').responses[0]?.schema as { properties: { users: { items: unknown } } };
    expect(page.properties.users.items).toMatchObject({ properties: { uid: { type: 'string' } } });
  });
});
