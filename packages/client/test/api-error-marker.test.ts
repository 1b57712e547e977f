// What makes a body an API error comes from the spec: its `x-lr-api-error` (which body field holds the code,
// what messages call the errors) reaches the runtime through the generated facts. A small spec goes through
// buildModel and the client generator three ways (without the marker, with another vendor's marker, and the
// product spec's facts), and each client is called against a loopback server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildModel } from '@lr-mfa/codegen/build-model';
import { loadProductSpec } from '@lr-mfa/codegen/testing';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { API, ApiResponseError, ErrorCodes, UnexpectedBodyError } from '../src/index.js';
import { writeClient } from './generated-client.js';
import { json, startServer, type TestServer } from './server.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** One GET whose 200 and 400 are JSON objects; the 400 has a named example when `marker` is given. */
function spec(marker?: Record<string, unknown>): Record<string, unknown> {
  const error = { code: 7, title: 'Widget is broken', detail: 'Try another widget.' };
  return {
    openapi: '3.1.0',
    info: { title: 'Widgets', version: '1.0.0' },
    servers: [{ url: 'https://widgets.example.com' }],
    ...(marker ? { 'x-lr-api-error': marker } : {}),
    paths: {
      '/widget': {
        get: {
          operationId: 'getWidget',
          responses: {
            '200': {
              description: 'A widget.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            '400': {
              description: 'Refused.',
              content: {
                'application/json': {
                  schema: { type: 'object' },
                  examples: { broken: { 'x-lr-error-name': 'WidgetBroken', value: error } },
                },
              },
            },
          },
        },
      },
    },
  };
}

type Outcome = { data?: unknown; error?: Record<string, unknown> & { message: string } };
interface Generated {
  createClient(options: Record<string, unknown>): { getWidget(): Promise<Outcome> };
}
interface Codes {
  ErrorCodes: Record<string, number>;
}

/** The generated client of `doc` (its modules written to a temp dir, on this package's runtime). */
async function generatedClient(doc: Record<string, unknown>): Promise<Generated & Codes> {
  const dir = mkdtempSync(join(tmpdir(), 'lr-mfa-client-marker-'));
  dirs.push(dir);
  writeClient(doc, dir);
  const module = (name: string) => import(pathToFileURL(join(dir, `generated/client/${name}.ts`)).href);
  return { ...(await module('index')), ...(await module('error-codes')) };
}

/** `getWidget` of the client of `doc`, answered by `status` with `body`. */
async function callWith(doc: Record<string, unknown>, status: number, body: unknown): Promise<Outcome> {
  const { createClient } = await generatedClient(doc);
  server = await startServer(json(status, body));
  return createClient({ apiKey: 'k', baseUrl: server.url }).getWidget();
}

describe('a spec without x-lr-api-error', () => {
  test('a 2xx is data, whatever its body holds', async () => {
    const result = await callWith(spec(), 200, { ErrorCode: 1067, code: 7 });
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ ErrorCode: 1067, code: 7 });
  });

  test('a non-2xx JSON body is an API error named generically, with no code', async () => {
    const result = await callWith(spec(), 400, { ErrorCode: 1067, Message: 'Invalid OTP Code' });
    expect(result.error).toBeInstanceOf(ApiResponseError);
    expect(result.error?.message).toBe('API error (HTTP 400)');
    expect(result.error).toMatchObject({ kind: 'api', status: 400, body: { ErrorCode: 1067 } });
    expect(result.error?.ErrorCode).toBeUndefined();
  });

  test('its examples name no error codes', async () => {
    expect(buildModel(spec()).errorCodes).toEqual([]);
    expect((await generatedClient(spec())).ErrorCodes).toEqual({});
  });
});

describe("another vendor's x-lr-api-error", () => {
  const acme = spec({ codeField: 'code', vendor: 'Acme', messageFields: ['title', 'detail'] });

  test('a 2xx carrying a number in its code field is an API error, named as the spec says', async () => {
    const result = await callWith(acme, 200, { code: 7, title: 'Widget is broken', detail: 'Try another.' });
    expect(result.error).toBeInstanceOf(ApiResponseError);
    expect(result.error?.message).toBe('Acme error 7 (HTTP 200): Widget is broken: Try another.');
    expect(result.error).toMatchObject({ kind: 'api', status: 200, ErrorCode: 7 });
  });

  test("LoginRadius's field means nothing to it", async () => {
    const ok = await callWith(acme, 200, { ErrorCode: 1067 });
    expect(ok.data).toEqual({ ErrorCode: 1067 });
    await server?.close();
    const refused = await callWith(acme, 400, { ErrorCode: 1067 });
    expect(refused.error).toBeInstanceOf(UnexpectedBodyError);
    expect(refused.error?.message).toBe('HTTP 400: no code');
  });

  test('its named example is its ErrorCodes', async () => {
    expect((await generatedClient(acme)).ErrorCodes).toEqual({ WidgetBroken: 7 });
  });
});

test("the product client's facts carry the spec's marker", () => {
  expect(API.apiError).toEqual({
    code: 'ErrorCode',
    vendor: 'LoginRadius',
    message: ['Message', 'Description'],
  });
});

test("the product's ErrorCodes are the spec's error names, in the spec's order", async () => {
  const { errorCodes } = buildModel((await loadProductSpec()).document);
  expect(Object.entries(ErrorCodes)).toEqual(errorCodes.map(({ name, code }) => [name, code]));
});
