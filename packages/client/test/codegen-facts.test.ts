// The client generator's facts against the client runtime's reading of them: every location and kind of a
// Model input becomes a row the runtime's accessors decode back to that input's facts, and every response key
// becomes an entry the runtime's status lookup finds.

import type { Input, JsonSchema, Response } from '@lr-mfa/codegen/model';
import { describe, expect, test } from 'vitest';
import { inputRow, operationFacts } from '../codegen/client.js';
import {
  bodyKind,
  isRequired,
  itemsOf,
  kindOf,
  locationOf,
  type OperationFacts,
  optionOf,
  valuesOf,
  wireOf,
} from '../src/facts.js';

const never = (pointer: string, message: string): never => {
  throw new Error(`${pointer}: ${message}`);
};

/** A Model input with the defaults of a plain optional query string. */
const input = (fields: Partial<Input> & { schema: JsonSchema }): Input => ({
  option: 'value',
  wire: 'value',
  in: 'query',
  required: false,
  secret: false,
  deprecated: false,
  kind: 'string',
  pointer: '/paths/~1x/get/parameters/0',
  ...fields,
});

/** What the runtime reads of a row, by name. */
const decode = (row: ReturnType<typeof inputRow>) => ({
  option: optionOf(row),
  wire: wireOf(row),
  location: locationOf(row),
  kind: kindOf(row),
  required: isRequired(row),
  items: itemsOf(row),
  values: valuesOf(row),
});

const SCALARS = [
  ['string', { type: 'string' }, 's'],
  ['integer', { type: 'integer' }, 'i'],
  ['number', { type: 'number' }, 'n'],
  ['boolean', { type: 'boolean' }, 'b'],
  ['object', { type: 'object', properties: { a: { type: 'string' } } }, 'o'],
  ['object', { type: 'object', additionalProperties: { type: 'string' } }, 'm'],
  ['any', {}, 'x'],
] as const;
const ITEMS = [
  [{ type: 'string' }, 's'],
  [{ type: ['integer', 'null'] }, 'i'],
  [{ type: 'number' }, 'n'],
  [{ type: 'boolean' }, 'b'],
  [{ type: 'array' }, 'a'],
  [{ type: 'object' }, 'o'],
  [{}, 'x'],
] as const;
const PLACES = [
  ['path', 'p'],
  ['query', 'q'],
  ['header', 'h'],
  ['body', 'b'],
] as const;

describe('input rows round-trip through the runtime accessors', () => {
  for (const [where, location] of PLACES) {
    for (const [i, [kind, schema, letter]] of SCALARS.entries()) {
      const required = i % 2 === 0;
      test(`${where} ${kind} (${letter}), ${required ? 'required' : 'optional'}`, () => {
        const row = inputRow(
          input({ option: 'someValue', wire: 'somevalue', in: where, kind, schema, required }),
        );
        expect(decode(row)).toEqual({
          ...{ option: 'someValue', wire: 'somevalue', location, kind: letter, required },
          ...{ items: undefined, values: undefined },
        });
        expect(row[1]).toBe(''); // the wire name is the option lower-cased: left out of the table
      });
    }
    for (const [i, [items, letter]] of ITEMS.entries()) {
      const required = i % 2 === 1;
      test(`${where} array of ${letter}, ${required ? 'required' : 'optional'}`, () => {
        const schema = { type: 'array', items };
        const row = inputRow(
          input({ option: 'list', wire: 'List-Of', in: where, kind: 'array', schema, required }),
        );
        expect(decode(row)).toEqual({
          ...{ option: 'list', wire: 'List-Of', location, kind: 'a', required },
          ...{ items: letter, values: undefined },
        });
      });
    }
  }

  test('the whole JSON body, and an enum (of a scalar and of array items)', () => {
    const whole = inputRow(
      input({ option: 'body', wire: '', in: 'body', kind: 'any', required: true, schema: {} }),
    );
    expect(decode(whole)).toMatchObject({
      option: 'body',
      wire: 'body',
      location: 'B',
      kind: 'x',
      required: true,
    });
    const mode = inputRow(input({ schema: { type: 'string', enum: ['on', 'off', null] } }));
    expect(valuesOf(mode)).toEqual(['on', 'off', null]);
    const tags = inputRow(input({ kind: 'array', schema: { type: 'array', items: { enum: [1, 2] } } }));
    expect([itemsOf(tags), valuesOf(tags)]).toEqual(['x', [1, 2]]);
  });
});

describe('response entries round-trip through the runtime status lookup', () => {
  const operation = (
    statuses: [string, Partial<Pick<Response, 'contentType' | 'json' | 'schema'>>][],
  ): OperationFacts =>
    operationFacts(
      {
        id: 'op',
        typeName: 'Op',
        method: 'get',
        path: '/x',
        summary: '',
        deprecated: false,
        tags: [],
        legacyPaths: [],
        pointer: '/paths/~1x/get',
        inputs: [],
        responses: statuses.map(([status, fields]) => ({
          status,
          description: '',
          json: false,
          examples: [],
          pointer: `/paths/~1x/get/responses/${status}`,
          ...fields,
        })),
        retry: { statuses: [], network: false, timeout: false, idempotent: true },
        secrets: [],
      },
      never,
    );

  test('exact statuses first, then ranges (whatever their case in the spec), then default', () => {
    const facts = operation([
      ['404', { contentType: 'text/plain' }],
      ['4xx', { contentType: 'application/json', json: true, schema: { type: 'object' } }],
      ['204', {}],
      ['default', { contentType: 'application/json', json: true, schema: { type: 'array' } }],
    ]);
    expect(facts.responses).toEqual({ '404': 't', '4XX': 'o', '204': '', default: 'j' });
    expect([404, 418, 204, 500].map((status) => bodyKind(facts, status))).toEqual(['t', 'o', '', 'j']);
  });

  test('a response key that is no status fails generation naming the operation', () => {
    expect(() => operation([['2xxx', {}]])).toThrow(/response "2xxx" of op is not a status/);
  });
});
