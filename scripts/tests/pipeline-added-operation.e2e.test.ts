// A team adds operations to the product spec, as spec/README.md lays it out (a file per path under spec/paths/,
// components under spec/components/, the paths and tags in openapi.yaml), and runs `pnpm build`: every package
// must follow with no hand-written code. The operations are the multi-operation fixture's (a GET with integer,
// number, enum and array query parameters, path parameters, a secret header and a nested JSON body, a 204, a
// text/plain success), dropped into a sandbox copy of the repository beside Verify and Resend SMS OTP. Then the
// built client calls each of them against the built mock over loopback HTTP, with validation on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSandbox, type RunResult, type Sandbox } from '@lr-mfa/testkit/sandbox';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADDED, addOperations, SUMMARIES } from './fixture-operations.js';

type Result = {
  data?: unknown;
  error?: { kind: string; message: string; status?: number };
  response?: { status: number };
};
type Client = Record<string, (options?: Record<string, unknown>) => Promise<Result>>;
interface Built {
  createClient(options: Record<string, unknown>): Client;
  validateResponse: unknown;
  startMockServer(): Promise<{ url: string; close(): Promise<void> }>;
}

let box: Sandbox;
let build: RunResult;

beforeAll(() => {
  box = createSandbox();
  addOperations(join(box.dir, 'spec'));
  build = box.run('pnpm', ['build']);
});
afterAll(() => box?.dispose());

test('`pnpm build` regenerates and builds every package with the added operations', () => {
  expect(build.code, build.output).toBe(0);
  expect(build.output).toContain(`7 operation(s): verifySmsOtp, resendSmsOtp, ${ADDED.join(', ')}`);
});

describe('the built packages follow the spec', () => {
  let built: Built;
  let mock: Awaited<ReturnType<Built['startMockServer']>>;
  let client: Client;
  beforeAll(async () => {
    const load = (file: string) => import(pathToFileURL(join(box.dir, 'packages', file)).href);
    const [clientModule, validateModule, mockModule] = await Promise.all([
      load('client/dist/index.js'),
      load('client/dist/validate.js'),
      load('mock/dist/index.js'),
    ]);
    built = { ...clientModule, ...validateModule, ...mockModule } as Built;
    mock = await built.startMockServer();
    client = built.createClient({
      apiKey: 'mock-api-key',
      baseUrl: mock.url,
      validateResponse: built.validateResponse,
    });
  });
  afterAll(() => mock?.close());

  test('the client has a method and a throwing method for every operation, old and new', () => {
    for (const id of ['verifySmsOtp', 'resendSmsOtp', ...ADDED]) {
      expect(typeof client[id], id).toBe('function');
      expect(typeof client[`${id}OrThrow`], id).toBe('function');
    }
  });

  test('each added operation, called through the built client, is answered by the built mock as the spec says', async () => {
    const calls: [string, Record<string, unknown>, number][] = [
      ['listUsers', { limit: 10, minScore: 0.5, status: 'active', tags: ['a', 'b'] }, 200],
      ['getUser', { uid: 'u 1/2' }, 200],
      [
        'createNote',
        { uid: 'u1', xSessionToken: 'session', note: { text: 'hi', tags: ['x'] }, pin: '1234' },
        201,
      ],
      ['deleteNote', { uid: 'u1', noteId: 7 }, 204],
      ['getStatus', {}, 200],
    ];
    const outcomes = [];
    for (const [id, options] of calls) {
      const method = client[id] as Client[string];
      const { error, response, data } = await method(options);
      outcomes.push({ id, error: error?.message, status: response?.status, hasData: data !== undefined });
    }
    expect(outcomes).toEqual(
      calls.map(([id, , status]) => ({ id, error: undefined, status, hasData: status !== 204 })),
    );
  });

  test("the mock checks an added operation's inputs against the spec, naming the input", async () => {
    const response = await fetch(`${mock.url}/users?apikey=mock-api-key&limit=0`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ErrorCode: 908, Errors: [{ FieldName: 'limit' }] });
  });

  test('the client refuses a bad argument of an added operation before sending', async () => {
    const getUser = client.getUser as Client[string];
    const { error } = await getUser({});
    expect(error).toMatchObject({ kind: 'invalid_option' });
  });

  test('the types name the added operations, and the docs show them with code samples', () => {
    const types = readFileSync(join(box.dir, 'packages/types/dist/index.d.ts'), 'utf8');
    for (const name of ['ListUsersQuery', 'DeleteNotePath', 'CreateNoteRequestBody', 'GetStatusResponse'])
      expect(types, name).toContain(name);
    const html = readFileSync(join(box.dir, 'packages/docs/dist/index.html'), 'utf8');
    for (const summary of SUMMARIES) expect(html, summary).toContain(summary);
    const published = JSON.parse(readFileSync(join(box.dir, 'packages/docs/dist/openapi.json'), 'utf8'));
    const samples = Object.values(published.paths).flatMap((item) =>
      Object.values(item as Record<string, { 'x-codeSamples'?: { source: string }[] }>).flatMap(
        (op) => op['x-codeSamples'] ?? [],
      ),
    );
    for (const id of ADDED)
      expect(
        samples.some((s) => s.source.includes(`client.${id}(`)),
        id,
      ).toBe(true);
  });
});
