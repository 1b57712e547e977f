// The spec's error codes as the Model reads them: `x-lr-api-error` at the root says which body field marks an
// error, and every response example carrying a number there names its code (`x-lr-error-name`): the product
// spec's names (the client's ErrorCodes), and small documents showing each mistake failing at its example.
import { beforeAll, describe, expect, test } from 'vitest';
import { buildModel, SpecPointerError } from '../src/build-model.js';
import type { Model } from '../src/model.js';
import { loadProductSpec } from '../src/testing.js';

let model: Model;
beforeAll(async () => {
  model = buildModel((await loadProductSpec()).document);
});

describe('the product spec', () => {
  test('its marker: ErrorCode, named LoginRadius, quoting Message and Description', () => {
    expect(model.apiError).toEqual({
      codeField: 'ErrorCode',
      vendor: 'LoginRadius',
      messageFields: ['Message', 'Description'],
    });
  });

  test('one entry per code, ascending, each from its first named example', () => {
    const codes = model.errorCodes.map(({ name, code, status }) => [name, code, status]);
    expect(codes).toContainEqual(['AccountLocked', 1198, '403']);
    expect(codes).toContainEqual(['InvalidOtp', 1067, '403']);
    expect(codes).toContainEqual(['RateLimited', 429, '429']);
    // Both 901 examples (Verify's and Resend's) name it ApiKeyUnauthorized: one entry.
    expect(codes.filter(([, code]) => code === 901)).toEqual([['ApiKeyUnauthorized', 901, '403']]);
    const numbers = model.errorCodes.map(({ code }) => code);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const locked = model.errorCodes.find((error) => error.code === 1198);
    expect(locked?.example.pointer).toBe('/components/examples/Error1198SuspendLockout');
  });
});

/** A document whose 400 and 403 responses carry the named examples given (each `[status, name, example]`). */
function documentWith(marker: unknown, ...examples: [string, string, Record<string, unknown>][]) {
  const responses: Record<string, unknown> = { '200': { description: 'OK' } };
  for (const status of new Set(examples.map(([status]) => status))) {
    const named = examples.filter(([s]) => s === status).map(([, name, example]) => [name, example]);
    const json = { examples: Object.fromEntries(named) };
    responses[status] = { description: 'Refused.', content: { 'application/json': json } };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    ...(marker === undefined ? {} : { 'x-lr-api-error': marker }),
    paths: { '/a': { get: { operationId: 'getA', responses } } },
  };
}

const MARKER = { codeField: 'code', vendor: 'Acme' };
const named = (name: string | undefined, code: number) => ({
  ...(name ? { 'x-lr-error-name': name } : {}),
  value: { code, title: 't' },
});

/** The SpecPointerError building the Model of `doc` throws: its pointer and message. */
function failure(doc: Record<string, unknown>): [string, string] {
  try {
    buildModel(doc);
  } catch (error) {
    if (error instanceof SpecPointerError) return [error.pointer, error.message];
    throw error;
  }
  throw new Error('buildModel did not fail');
}

const at = (status: string, name: string) =>
  `/paths/~1a/get/responses/${status}/content/application~1json/examples/${name}`;

describe('the rules, on small documents', () => {
  test('named examples become entries; a body without a number in the code field is not an error', () => {
    const doc = documentWith(
      MARKER,
      ['400', 'broken', named('WidgetBroken', 7)],
      ['400', 'plain', { value: { code: 'seven' } }],
      ['403', 'gone', named('WidgetGone', 3)],
    );
    const { errorCodes, apiError } = buildModel(doc);
    expect(apiError).toEqual({ ...MARKER, messageFields: [] });
    expect(errorCodes.map(({ name, code, status }) => [name, code, status])).toEqual([
      ['WidgetGone', 3, '403'],
      ['WidgetBroken', 7, '400'],
    ]);
  });

  test('without the marker nothing is an error code, named or not', () => {
    expect(buildModel(documentWith(undefined, ['400', 'broken', named(undefined, 7)])).errorCodes).toEqual(
      [],
    );
  });

  test('an error example without a name fails at the example', () => {
    expect(failure(documentWith(MARKER, ['400', 'broken', named(undefined, 7)]))).toEqual([
      at('400', 'broken'),
      'error example "broken" (7) needs x-lr-error-name, the public name of its code',
    ]);
  });

  test('two names for one code, one name for two codes, one code under two statuses: each fails', () => {
    const twice = (second: [string, string, Record<string, unknown>]) =>
      failure(documentWith(MARKER, ['400', 'first', named('WidgetBroken', 7)], second));
    expect(twice(['400', 'again', named('WidgetFailed', 7)])).toEqual([
      at('400', 'again'),
      'error example "again" names 7 WidgetFailed under 400; "first" names 7 WidgetBroken under 400',
    ]);
    expect(twice(['400', 'other', named('WidgetBroken', 8)])[1]).toBe(
      'error example "other" names 8 WidgetBroken under 400; "first" names 7 WidgetBroken under 400',
    );
    expect(twice(['403', 'moved', named('WidgetBroken', 7)])[1]).toBe(
      'error example "moved" names 7 WidgetBroken under 403; "first" names 7 WidgetBroken under 400',
    );
  });

  test('a name that is no PascalCase identifier, or a marker without its fields, fails', () => {
    expect(failure(documentWith(MARKER, ['400', 'broken', named('widget-broken', 7)]))).toEqual([
      at('400', 'broken'),
      'x-lr-error-name must be a PascalCase identifier (InvalidOtp)',
    ]);
    expect(failure(documentWith({ vendor: 'Acme' }))).toEqual([
      '/x-lr-api-error',
      'x-lr-api-error needs codeField and vendor (strings)',
    ]);
    expect(failure(documentWith({ ...MARKER, messageFields: 'title' }))[1]).toBe(
      'x-lr-api-error messageFields must be a list of field names',
    );
  });
});
