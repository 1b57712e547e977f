// A team adds operations to the product spec, as spec/README.md lays it out (a file per path under spec/paths/,
// components under spec/components/, the paths and tags in openapi.yaml), and runs `pnpm build`: every package
// must follow with no hand-written code. The operations are the multi-operation fixture's (a GET with integer,
// number, enum and array query parameters, path parameters, a secret header and a nested JSON body, a 204, a
// text/plain success), dropped into a sandbox copy of the repository beside Verify and Resend SMS OTP. Then the
// built client calls each of them against the built mock over loopback HTTP, with validation on. Two request
// constraints the mock's old schema subset skipped or refused are added on the way (a `format: date` query
// parameter, a body object closed by `additionalProperties: false`), to show the mock's compiled request
// validators check every keyword the spec states.
import { readFileSync, writeFileSync } from 'node:fs';
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

/** Replaces `from` (which must be there) in a spec file of the sandbox. */
function edit(file: string, from: string, to: string): void {
  const path = join(box.dir, 'spec/paths', file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
}

beforeAll(() => {
  box = createSandbox();
  addOperations(join(box.dir, 'spec'));
  const since = [
    '    - name: since',
    '      in: query',
    '      description: Only users created on or after this day.',
    '      schema:',
    '        type: string',
    '        format: date',
  ];
  edit('users.yaml', '    - name: limit\n', `${since.join('\n')}\n    - name: limit\n`);
  edit(
    'users_uid_notes.yaml',
    '              required: [text]\n',
    '              required: [text]\n              additionalProperties: false\n',
  );
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

  test('the mock checks query parameters by enum and format', async () => {
    const refusal = async (query: string) => {
      const response = await fetch(`${mock.url}/users?apikey=mock-api-key&${query}`);
      const { Errors } = (await response.json()) as {
        Errors?: { FieldName: string; ErrorMessage: string }[];
      };
      return { status: response.status, ...Errors?.[0] };
    };
    expect(await refusal('status=gone')).toEqual({
      status: 400,
      FieldName: 'status',
      ErrorMessage: 'The status parameter must be one of "active", "locked", "deleted".',
    });
    expect(await refusal('since=yesterday')).toEqual({
      status: 400,
      FieldName: 'since',
      ErrorMessage: 'The since parameter is not a valid date.',
    });
    expect((await refusal('since=2026-12-07&status=locked')).status).toBe(200);
  });

  test('the mock checks a nested body object: its required member, its items, its closed members', async () => {
    const refusal = async (body: unknown) => {
      const response = await fetch(`${mock.url}/users/u1/notes?apikey=mock-api-key`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-session-token': 'session' },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as {
        ErrorCode: number;
        Errors?: { FieldName: string; ErrorMessage: string }[];
      };
      return { status: response.status, code: answer.ErrorCode, ...answer.Errors?.[0] };
    };
    const note = (value: unknown) => refusal({ note: value, pin: '1234' });
    expect(await note({ tags: ['x'] })).toEqual({
      status: 400,
      code: 1134,
      FieldName: 'note',
      ErrorMessage: 'The note.text field is required.',
    });
    expect(await note({ text: 'hi', tags: [1] })).toMatchObject({
      ErrorMessage: 'The note.tags[0] field must be of type string.',
    });
    expect(await note({ text: 'hi', color: 'red' })).toMatchObject({
      ErrorMessage: 'The note field does not take color.',
    });
    expect((await note({ text: 'hi', tags: ['x'] })).status).toBe(201);
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
