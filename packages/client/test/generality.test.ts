// The generator is general: a fixture document with several kinds of operation (a GET without body, path
// parameters, integer/number/enum/array query parameters, a nested JSON body, a whole non-object body, a
// 204, a text/plain response, different success schemas, secret inputs, an explicit x-lr-retry) goes through
// buildModel and the client generator into a temp dir; the output type-checks under strict +
// exactOptionalPropertyTypes against types openapi-typescript makes of the same document, and every method
// is called against a loopback server. The Model builder is @lr-mfa/codegen's: it is the one way a
// document becomes the generators' input.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildModel, SpecPointerError } from '@lr-mfa/codegen/build-model';
import type { GeneratedFile } from '@lr-mfa/codegen/plugin';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clientGenerator } from '../codegen/client.js';
import type { LogEvent } from '../src/index.js';
import {
  closedPort,
  expectNoSecrets,
  hang,
  json,
  raw,
  resetBeforeResponse,
  startServer,
  type TestServer,
} from './server.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const document = JSON.parse(
  readFileSync(new URL('./fixtures/multi-operation.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const KEY = 'fixture-KEY-8842';
const CARD = 'card-SECRET-1234';
const USER = 'user/SECRET 9';
const SESSION = 'session-SECRET-77';

function generate(doc: Record<string, unknown>): GeneratedFile[] {
  return clientGenerator.generate({
    model: buildModel(doc),
    document: doc,
    header: '// DO NOT EDIT. Generated for a test.\n',
    fail(pointer, message) {
      throw new SpecPointerError(pointer, message);
    },
    where: (pointer) => `#${pointer}`,
  }) as GeneratedFile[];
}

// The loosely typed face of the generated module, for the runtime half (the compile half checks types).
type Method = (options?: Record<string, unknown>) => Promise<{
  data?: unknown;
  error?: Record<string, unknown> & { kind: string; message: string };
  attempts: number;
  response?: { status: number; url: string };
}>;
type Generated = {
  createClient(options: Record<string, unknown>): Record<string, Method>;
  DEFAULT_BASE_URL: string;
};

let dir: string;
let generated: Generated;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lr-mfa-client-generality-'));
  for (const file of generate(document)) {
    const path = join(dir, file.path.replace('packages/client/src/', ''));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  // The generated files import the runtime as ../../runtime.js: here it is the package's own.
  writeFileSync(join(dir, 'runtime.ts'), `export * from ${JSON.stringify(join(src, 'runtime.js'))};\n`);
  // What @lr-mfa/types is for the product spec: openapi-typescript's output, plus the error envelope's aliases
  // that the runtime names (ApiResponseError's body, and the 403 body the lockout helpers read).
  const types = astToString(await openapiTS(document as never));
  writeFileSync(
    join(dir, 'types.ts'),
    `${types}\n${['ApiError', 'ForbiddenApiError'].map((name) => `export type ${name} = components['schemas']['${name}'];\n`).join('')}`,
  );
  generated = (await import(pathToFileURL(join(dir, 'generated/client/index.ts')).href)) as Generated;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generated code', () => {
  test('one file per operation plus an index, each with the do-not-edit header', () => {
    const output = generate(document);
    for (const file of output) expect(file.content.startsWith('// DO NOT EDIT.')).toBe(true);
    const files = output.map((file) => file.path);
    expect(files).toEqual(
      // Paths in spec order, methods in the Model's order (get, put, post, delete, …).
      ['getUser', 'createOrder', 'replaceOrderTags', 'deleteOrder', 'getHealth', 'index'].map(
        (name) => `packages/client/src/generated/client/${name}.ts`,
      ),
    );
    expect(generated.DEFAULT_BASE_URL).toBe('https://fixture.example.com/api');
  });

  test('type-checks under strict + exactOptionalPropertyTypes, with the types of every method', () => {
    writeFileSync(
      join(dir, 'consumer.ts'),
      `import { createClient, type GetUserOptions } from './generated/client/index.js';
const c = createClient({ apiKey: 'k', baseUrl: undefined });
export async function use(): Promise<void> {
  const options: GetUserOptions = { uid: 'u', fields: ['a'], limit: 1, ratio: 0.5, sort: 'asc', signal: undefined };
  const user = await c.getUserOrThrow(options);
  const name: string = user.name;
  const order = await c.createOrderOrThrow({ item: { sku: 's', qty: 1, options: { gift: true } }, cardToken: 't' });
  const total: number = order.total;
  const deleted: undefined = await c.deleteOrderOrThrow({ orderId: 1 });
  const tags: string[] = await c.replaceOrderTagsOrThrow({ orderId: 1, body: ['a'] });
  const health: string = await c.getHealthOrThrow();
  const result = await c.getHealth();
  if (result.error) { const kind: string = result.error.kind; void kind; }
  void [name, total, deleted, tags, health];
  // @ts-expect-error sort is an enum
  await c.getUser({ uid: 'u', sort: 'up' });
  // @ts-expect-error limit is a number
  await c.getUser({ uid: 'u', limit: '1' });
  // @ts-expect-error uid is required
  await c.getUser({});
  // @ts-expect-error options are camelCase: card_token is cardToken
  await c.createOrder({ item: { sku: 's', qty: 1 }, card_token: 't' });
  // @ts-expect-error the nested body keeps its types
  await c.createOrder({ item: { sku: 's', qty: 'one' }, cardToken: 't' });
}
`,
    );
    const program = ts.createProgram([join(dir, 'consumer.ts')], {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      paths: { '@lr-mfa/types': [join(dir, 'types.ts')] },
      types: [],
      noEmit: true,
      skipLibCheck: true,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  }, 60_000);

  test('a construct the client cannot send fails generation naming its JSON pointer', () => {
    const broken = structuredClone(document) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const op = broken.paths['/users/{uid}']?.get as { parameters: Record<string, unknown>[] };
    op.parameters.push({ name: 'signal', in: 'query', schema: { type: 'string' } });
    expect(() => generate(broken as never)).toThrowError(SpecPointerError);
    expect(() => generate(broken as never)).toThrowError(/"signal", a per-call option/);
    try {
      generate(broken as never);
    } catch (error) {
      expect((error as SpecPointerError).pointer).toBe('/paths/~1users~1{uid}/get/parameters/4');
    }
  });
});

test('operationIds whose types or methods would clash fail generation', () => {
  const twin = structuredClone(document) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };
  const get = twin.paths['/users/{uid}']?.get as Record<string, unknown>;
  twin.paths['/users/{uid}'] = { ...twin.paths['/users/{uid}'], put: { ...get, operationId: 'GetUser' } };
  expect(() => generate(twin as never)).toThrowError(
    /"getUser" and "GetUser" would both name the types GetUser/,
  );
  const shadow = structuredClone(document) as typeof twin;
  (shadow.paths['/health']?.get as Record<string, unknown>).operationId = 'getUserOrThrow';
  expect(() => generate(shadow as never)).toThrowError(
    /operationId "getUser" would clash with a client member/,
  );
});

describe('every generated method against a loopback server', () => {
  let server: TestServer;
  afterAll(() => server?.close());
  const client = (options: Record<string, unknown> = {}) =>
    generated.createClient({
      apiKey: KEY,
      baseUrl: server.url,
      retry: { sleep: async () => {} },
      ...options,
    });

  test('GET with a secret path parameter and integer, number, enum and array query parameters', async () => {
    const user = { id: 'u-1', name: 'Ada', session_token: SESSION };
    server = await startServer(json(200, user), json(404, { ErrorCode: 404, Message: `no ${USER}` }));
    const events: LogEvent[] = [];
    const c = client({ logger: (event: LogEvent) => events.push(event) });
    const ok = await c.getUser?.({ uid: USER, fields: ['id', 'a b'], limit: 10, ratio: 0.5, sort: 'desc' });
    expect(ok?.error).toBeUndefined();
    expect(ok?.data).toEqual(user);
    const [request] = server.requests;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe(
      `/users/${encodeURIComponent(USER)}?fields=id&fields=a%20b&limit=10&ratio=0.5&sort=desc`,
    );
    expect(request?.headers['x-api-key']).toBe(KEY);
    expect(request?.headers['content-type']).toBeUndefined();
    expect(request?.body).toBe('');
    // The secret path parameter is masked in what callers and loggers see.
    expect(ok?.response?.url).toBe(
      `${server.url}/users/***?fields=id&fields=a%20b&limit=10&ratio=0.5&sort=desc`,
    );
    const missing = await c.getUser?.({ uid: USER });
    expect(missing?.error).toMatchObject({
      kind: 'api',
      status: 404,
      ErrorCode: 404,
      message: 'LoginRadius error 404 (HTTP 404): no ***',
    });
    expectNoSecrets([missing, { ...ok, data: undefined }, events], [KEY, USER, SESSION]);
  });

  test.each([
    [{ uid: 'u', limit: 1.5 }, 'limit', 'must be an integer'],
    [{ uid: 'u', ratio: Number.NaN }, 'ratio', 'must be a number'],
    [{ uid: 'u', sort: 'up' }, 'sort', 'must be one of "asc", "desc"'],
    [{ uid: 'u', fields: [1] }, 'fields', 'must be an array of strings'],
    [{ uid: 'u', fields: 'id' }, 'fields', 'must be an array'],
    [{ uid: '..' }, 'uid', 'must not be "." or ".."'],
    [{ uid: '' }, 'uid', 'must not be empty'],
    [{}, 'uid', 'is required'],
    [{ uid: 'u', Limit: 1 }, 'Limit', 'is unknown; did you mean "limit"?'],
  ])('bad arguments %j fail before any request, naming option "%s"', async (options, option, problem) => {
    server ??= await startServer(json(200, {}));
    const before = server.requests.length;
    const result = await client().getUser?.(options);
    expect(result?.error).toMatchObject({
      kind: 'invalid_option',
      option,
      message: `option "${option}" ${problem}`,
    });
    expect(result?.attempts).toBe(0);
    expect(server.requests.length).toBe(before);
  });

  test('POST with a header and a nested JSON body; its secret body field never shows', async () => {
    await server?.close();
    server = await startServer(
      json(201, { id: 7, total: 12.5 }),
      json(400, { ErrorCode: 12, Message: `bad card ${CARD}` }),
    );
    const c = client();
    const call = {
      item: { sku: 'S-1', qty: 2, options: { gift: true } },
      tags: ['x'],
      cardToken: CARD,
      xRequestSource: 'web',
    };
    const ok = await c.createOrder?.(call);
    expect(ok?.data).toEqual({ id: 7, total: 12.5 });
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/orders');
    expect(request?.headers).toMatchObject({
      'content-type': 'application/json',
      'x-request-source': 'web',
      'x-api-key': KEY,
    });
    expect(JSON.parse(request?.body ?? '')).toEqual({
      item: { sku: 'S-1', qty: 2, options: { gift: true } },
      tags: ['x'],
      card_token: CARD,
    });
    const refused = await c.createOrder?.(call);
    expect(refused?.error).toMatchObject({
      kind: 'api',
      status: 400,
      message: 'LoginRadius error 12 (HTTP 400): bad card ***',
    });
    expectNoSecrets([refused], [KEY, CARD]);
  });

  test("the operation's x-lr-retry rule decides: 503 is retried, 502 and network failures are not", async () => {
    await server?.close();
    server = await startServer(raw(503, ''), json(201, { id: 1, total: 1 }));
    const call = { item: { sku: 'S', qty: 1 }, cardToken: CARD };
    expect(await client().createOrder?.(call)).toMatchObject({ data: { id: 1 }, attempts: 2 });
    await server.close();
    server = await startServer(raw(502, 'Bad Gateway'));
    expect(await client().createOrder?.(call)).toMatchObject({
      error: { kind: 'non_json', status: 502 },
      attempts: 1,
    });
    await server.close();
    server = await startServer(resetBeforeResponse);
    expect(await client().createOrder?.(call)).toMatchObject({ error: { kind: 'network' }, attempts: 1 });
    // A GET without a rule follows the default: idempotent, so even a request that arrived is resent.
    expect(await client().getHealth?.()).toMatchObject({ error: { kind: 'network' }, attempts: 3 });
    // User options still override the rule, but never make a non-idempotent request that may have arrived
    // (POST: the default) be sent again; one that provably was not sent (refused) is.
    const eager = client({ retry: { retryOnNetworkError: true, sleep: async () => {} } });
    expect(await eager.createOrder?.(call)).toMatchObject({ error: { outcomeUnknown: true }, attempts: 1 });
    const port = await closedPort();
    const refused = await client({
      baseUrl: `http://127.0.0.1:${port}`,
      retry: { retryOnNetworkError: true, sleep: async () => {} },
    }).createOrder?.(call);
    expect(refused).toMatchObject({ error: { reason: 'refused', outcomeUnknown: false }, attempts: 3 });
  });

  test('a GET without a rule resends a timed-out attempt (retryOnTimeout by default)', async () => {
    await server?.close();
    // Long enough for the answered attempt on a loaded machine; the hung one pays it in full.
    server = await startServer(hang, raw(200, 'all good', { 'content-type': 'text/plain' }));
    const result = await client({ timeoutMs: 1000 }).getHealth?.();
    expect(result).toMatchObject({ data: 'all good', attempts: 2 });
  });

  test('DELETE with an integer path parameter and a 204: data undefined, no error', async () => {
    await server?.close();
    server = await startServer(raw(204, ''));
    const result = await client().deleteOrder?.({ orderId: 42 });
    expect(result).toMatchObject({ attempts: 1, response: { status: 204 } });
    expect(result?.error).toBeUndefined();
    expect(result?.data).toBeUndefined();
    expect(server.requests[0]).toMatchObject({ method: 'DELETE', url: '/orders/42', body: '' });
  });

  test('PUT of a whole non-object body; a JSON array success schema', async () => {
    await server?.close();
    server = await startServer(json(200, ['a', 'b']));
    const result = await client().replaceOrderTags?.({ orderId: 3, body: ['a', 'b'] });
    expect(result?.data).toEqual(['a', 'b']);
    expect(server.requests[0]).toMatchObject({ method: 'PUT', url: '/orders/3', body: '["a","b"]' });
    const bad = await client().replaceOrderTags?.({ orderId: 3, body: 'a' });
    expect(bad?.error).toMatchObject({
      kind: 'invalid_option',
      option: 'body',
      message: 'option "body" must be an array',
    });
  });

  test('a text/plain response comes back as text; a method without required inputs takes no options', async () => {
    await server?.close();
    server = await startServer(raw(200, 'all good', { 'content-type': 'text/plain' }));
    const result = await client().getHealth?.();
    expect(result?.data).toBe('all good');
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/health' });
  });
});
