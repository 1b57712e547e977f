// The whole pipeline on a spec that is not the product's: a sandbox copy of the repository with spec/ swapped
// for the multi-operation fixture (packages/codegen/test/fixtures/multi-op). Generation must cover every operation: the
// types compile and type the fixture's inputs and bodies, the built validators judge every operation and
// status, the built client calls every operation over loopback HTTP, and the docs render every operation with
// code samples that compile against that client.
//
// Only types, client and docs are built. The mock's build fails on this spec by design: its hand-written
// stateful handlers (Verify SMS OTP) use the product's error envelope, so its DTS build stops at
// `src/core/errors.ts` (`Errors`, `Data` and `IsProviderError` are not properties of the fixture's `ApiError`).
// Those handlers are the documented exception to "nothing outside spec/ names one operation's fields". The
// same operations added to the product spec, mock included: pipeline-added-operation.e2e.test.ts.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MULTI_OP_SPEC } from '@lr-mfa/codegen/fixtures';
import { createSandbox, type Sandbox } from '@lr-mfa/testkit/sandbox';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleTsconfig } from '../../packages/docs/codegen/code-samples.js';

const fixture = dirname(MULTI_OP_SPEC);
// The client runtime imports the `ApiError` type from @lr-mfa/types (src/errors.ts), so its build needs a schema
// of that name: this overlay adds the vendor's envelope and makes it getStatus's 4XX body. Without it the client's
// DTS build fails with "Module '@lr-mfa/types' has no exported member 'ApiError'". Its examples are named errors
// (x-lr-error-name), as the marker added to the document below requires.
const vendorError = join(import.meta.dirname, 'fixtures/multi-op-vendor-error');
const OPERATIONS = ['listUsers', 'getUser', 'createNote', 'deleteNote', 'getStatus'];
const SUMMARIES = ['List users', 'Get a user', 'Add a note to a user', 'Delete a note', 'Service status'];
let box: Sandbox;
let generation: { code: number; output: string };
let build: { code: number; output: string };

beforeAll(() => {
  box = createSandbox();
  // Only the spec tree is swapped; spec/plugins (the lint's house rules), spec/tests and spec/README.md stay.
  for (const entry of readdirSync(join(box.dir, 'spec'))) {
    if (!['plugins', 'tests', 'README.md', 'tsconfig.json'].includes(entry))
      rmSync(join(box.dir, 'spec', entry), { recursive: true });
  }
  cpSync(fixture, join(box.dir, 'spec'), { recursive: true });
  cpSync(vendorError, join(box.dir, 'spec'), { recursive: true });
  // And the vendor's marker: a number in ErrorCode makes an API error, another error body is unexpected.
  const root = join(box.dir, 'spec/openapi.yaml');
  const marker =
    'x-lr-api-error:\n  codeField: ErrorCode\n  vendor: LoginRadius\n  messageFields: [Message, Description]\n';
  writeFileSync(root, readFileSync(root, 'utf8').replace('servers:\n', `${marker}servers:\n`));
  generation = box.run('pnpm', ['exec', 'turbo', 'run', 'generate']);
  expect(generation.code, generation.output).toBe(0);
  // The types first: client and docs compile against them (as `pnpm build` orders it).
  const types = box.run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@lr-mfa/types']);
  expect(types.code, types.output).toBe(0);
  build = box.run('pnpm', [
    'exec',
    'turbo',
    'run',
    'build',
    '--filter=@lr-mfa/client',
    '--filter=@lr-mfa/docs',
  ]);
});
afterAll(() => box?.dispose());

describe('generation from the multi-operation fixture', () => {
  test('lints, bundles and generates every operation', () => {
    expect(generation.output).toContain(`5 operation(s): ${OPERATIONS.join(', ')}`);
    for (const file of [
      'build/spec/openapi.json',
      'build/spec/model.json',
      'packages/types/src/generated/aliases.ts',
    ])
      expect(existsSync(join(box.dir, file)), file).toBe(true);
  });

  test('the built types compile and type every operation: path, query, header, body and each kind of response', () => {
    writeFileSync(
      join(box.dir, 'packages/types/fixture-check.ts'),
      `import type * as T from '@lr-mfa/types';
import { validators } from '../client/src/generated/validators/index.js';

export const query: T.ListUsersQuery = { limit: 10, min_score: 0.5, status: 'locked', tags: ['a', 'b'] };
// @ts-expect-error status is an enum
export const badStatus: T.ListUsersQuery = { status: 'gone' };
// @ts-expect-error limit is an integer, not a string
export const badLimit: T.ListUsersQuery = { limit: '10' };
export const path: T.DeleteNotePath = { uid: 'u1', noteId: 7 };
export const headers: T.CreateNoteHeaders = { 'X-Session-Token': 'secret' };
export const body: T.CreateNoteRequestBody = { note: { text: 'hi', tags: ['x'] }, pin: '1234' };
// @ts-expect-error the nested note needs its text
export const badBody: T.CreateNoteRequestBody = { note: {}, pin: '1234' };
export const created: T.CreateNoteResponse = { id: 1, text: 'hi' };
export const page: T.ListUsersResponse = { users: [{ uid: 'u1', name: 'Ada', address: { city: 'Paris' } }], total: 1 };
export const user: T.GetUserResponse = page.users[0] as T.User;
export const status: T.GetStatusResponse = 'ok';
export const deleted: T.DeleteNoteResponse = undefined;
export const problem: T.Problem = { code: 404, message: 'no such user' };
export const vendor: T.ApiError = { ErrorCode: 1134, Message: 'Too many requests', Description: 'Wait.' };
// No JSON schema for a 204 or a text/plain body: typed as no validator at all.
export const none: null[] = [validators.deleteNote['204'], validators.getStatus['200']];
`,
    );
    writeFileSync(
      join(box.dir, 'packages/types/tsconfig.fixture.json'),
      JSON.stringify({
        extends: '../../tsconfig.base.json',
        compilerOptions: { allowJs: true, checkJs: false },
        files: ['fixture-check.ts'],
      }),
    );
    const tsc = box.run('pnpm', ['exec', 'tsc', '-p', 'packages/types/tsconfig.fixture.json']);
    expect(tsc.code, tsc.output).toBe(0);
  });

  test('the built validators judge every operation and status by its own schema', async () => {
    type Validator = ((body: unknown) => boolean) | null;
    const { validators, validatorFor } = (await import(
      pathToFileURL(join(box.dir, 'packages/client/src/generated/validators/index.js')).href
    )) as {
      validators: Record<string, Record<string, Validator>>;
      validatorFor(id: string, status: number): Exclude<Validator, null> | undefined;
    };
    expect(Object.keys(validators)).toEqual(OPERATIONS);
    const user = { uid: 'u1', name: 'Ada' };
    const problem = { code: 400, message: 'bad' };
    const vendor = { ErrorCode: 1134, Message: 'Too many requests', Description: 'Wait.' };
    const cases: [string, number, unknown, boolean | 'unchecked'][] = [
      ['listUsers', 200, { users: [user], total: 1 }, true],
      ['listUsers', 200, user, false],
      ['listUsers', 400, problem, true],
      ['getUser', 200, user, true],
      ['getUser', 200, { users: [], total: 0 }, false],
      ['getUser', 404, problem, true],
      ['createNote', 201, { id: 1, text: 'hi' }, true],
      ['createNote', 201, user, false],
      ['createNote', 500, problem, true],
      ['createNote', 500, {}, false],
      ['deleteNote', 204, undefined, 'unchecked'],
      ['deleteNote', 404, problem, true],
      ['getStatus', 200, 'ok', 'unchecked'],
      ['getStatus', 429, vendor, true],
      ['getStatus', 429, problem, false],
    ];
    const verdicts = cases.map(([id, status, body]) => {
      const validator = validatorFor(id, status);
      return validator ? validator(body) : 'unchecked';
    });
    expect(verdicts).toEqual(cases.map((c) => c[3]));
  });
});

describe('the built client and docs of the fixture', () => {
  test('types, client and docs build', () => {
    expect(build.code, build.output).toBe(0);
    for (const file of ['packages/client/dist/index.js', 'packages/client/dist/validate.js'])
      expect(existsSync(join(box.dir, file)), file).toBe(true);
  });

  describe('every generated method against a loopback server', () => {
    interface Recorded {
      method: string;
      url: URL;
      headers: IncomingHttpHeaders;
      body: string;
    }
    const API_KEY = 'fixture-key-0f3a';
    const SESSION = 'session-secret-77';
    const PIN = '9182';
    const user = { uid: 'u/1 ä', name: 'Ada', score: 0.75, address: { city: 'Paris' } };
    let server: Server;
    let baseUrl: string;
    let requests: Recorded[] = [];
    // Loosely typed: the built client's types are the sandbox's, which this file cannot import statically.
    type Call = (options: Record<string, unknown>) => Promise<{
      data?: unknown;
      error?: { kind: string; status?: number; message: string; ErrorCode?: number; issues?: unknown[] };
      response?: { status: number };
    }>;
    let client: Record<string, Call>;
    let validating: Record<string, Call>;
    let validateResponse: (id: string, status: number, body: unknown) => { path: string; message: string }[];

    /** The answer to a recorded request, per route: bodies valid for the fixture's schemas unless told. */
    function answer(request: Recorded): [number, string, string | undefined] {
      const json = (status: number, body: unknown): [number, string, string] => [
        status,
        'application/json',
        JSON.stringify(body),
      ];
      const path = request.url.pathname;
      const template = path
        .replace(/^\/users\/[^/]+/, '/users/{uid}')
        .replace(/\/notes\/[^/]+$/, '/notes/{noteId}');
      const route = `${request.method} ${template}`;
      const uid = decodeURIComponent(path.split('/')[2] ?? '');
      switch (route) {
        case 'GET /users':
          return json(200, { users: [user], total: 1 });
        case 'GET /users/{uid}':
          if (uid === 'missing') return json(404, { code: 404, message: 'no such user' });
          // The invalid body: a user without its required name.
          if (uid === 'broken') return json(200, { uid });
          return json(200, { ...user, uid });
        case 'POST /users/{uid}/notes':
          // A careless server echoing the request, secrets included, in its error.
          if (uid === 'echo')
            return json(400, {
              code: 400,
              message: `rejected ${request.body} of ${request.headers['x-session-token']}`,
            });
          return json(201, {
            id: 41,
            text: (JSON.parse(request.body) as { note: { text: string } }).note.text,
          });
        case 'DELETE /users/{uid}/notes/{noteId}':
          return [204, '', undefined];
        case 'GET /status':
          if (request.headers['x-fixture-fail'])
            return json(429, {
              ErrorCode: 1134,
              Message: 'Too many requests',
              Description: 'Wait a minute.',
            });
          return [200, 'text/plain', 'ok'];
        default:
          return json(400, { code: 400, message: `no route ${route}` });
      }
    }

    beforeAll(async () => {
      expect(build.code, build.output).toBe(0);
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          const recorded: Recorded = {
            method: req.method ?? '',
            url: new URL(req.url ?? '/', 'http://127.0.0.1'),
            headers: req.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          };
          requests.push(recorded);
          const [status, type, body] = answer(recorded);
          res.writeHead(status, body === undefined ? {} : { 'content-type': type });
          res.end(body);
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const built = (await import(pathToFileURL(join(box.dir, 'packages/client/dist/index.js')).href)) as {
        createClient(options: Record<string, unknown>): Record<string, Call>;
      };
      ({ validateResponse } = await import(
        pathToFileURL(join(box.dir, 'packages/client/dist/validate.js')).href
      ));
      // One attempt per call: the server's answers are final, and a retried 429 would only add requests.
      client = built.createClient({ apiKey: API_KEY, baseUrl, retry: false });
      validating = built.createClient({ apiKey: API_KEY, baseUrl, retry: false, validateResponse });
    });
    afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

    /** Calls one method and returns its result with the single request it sent. */
    async function call(on: Record<string, Call>, id: string, options: Record<string, unknown>) {
      requests = [];
      const method = on[id];
      if (!method) throw new Error(`the built client has no method ${id}`);
      const result = await method(options);
      expect(requests, `${id} sends exactly one request`).toHaveLength(1);
      const request = requests[0] as Recorded;
      expect(request.url.searchParams.get('apikey'), 'the API key goes in the query').toBe(API_KEY);
      return { result, request };
    }

    test('has one method per operation, named from its operationId', () => {
      for (const id of OPERATIONS) expect(typeof client[id], id).toBe('function');
    });

    test('listUsers: a GET without body serializes integer, number, enum and comma-joined array parameters', async () => {
      const { result, request } = await call(client, 'listUsers', {
        limit: 10,
        minScore: 0.5,
        status: 'locked',
        tags: ['a', 'b'],
      });
      expect(request.method).toBe('GET');
      expect(request.url.pathname).toBe('/users');
      const query = Object.fromEntries([...request.url.searchParams].filter(([name]) => name !== 'apikey'));
      expect(query).toEqual({ limit: '10', min_score: '0.5', status: 'locked', tags: 'a,b' });
      expect(request.body).toBe('');
      expect(request.headers['content-type']).toBeUndefined();
      expect(result.error).toBeUndefined();
      expect(result.data).toEqual({ users: [user], total: 1 });
    });

    test('getUser: the path parameter is percent-encoded and an exploded array repeats its name', async () => {
      const { result, request } = await call(client, 'getUser', { uid: 'u/1 ä', fields: ['name', 'score'] });
      expect(request.method).toBe('GET');
      expect(request.url.pathname).toBe('/users/u%2F1%20%C3%A4');
      expect(request.url.searchParams.getAll('fields')).toEqual(['name', 'score']);
      expect(result.error).toBeUndefined();
      expect(result.data).toEqual(user);
    });

    test('createNote: the secret header and the nested JSON body go on the wire; the 201 body is the data', async () => {
      const { result, request } = await call(client, 'createNote', {
        uid: 'u1',
        xSessionToken: SESSION,
        note: { text: 'Prefers email.', tags: ['contact'] },
        pin: PIN,
      });
      expect(request.method).toBe('POST');
      expect(request.url.pathname).toBe('/users/u1/notes');
      expect(request.headers['x-session-token']).toBe(SESSION);
      expect(request.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(request.body)).toEqual({
        note: { text: 'Prefers email.', tags: ['contact'] },
        pin: PIN,
      });
      expect(result.error).toBeUndefined();
      expect(result.data).toEqual({ id: 41, text: 'Prefers email.' });
    });

    test('deleteNote: an integer path parameter; a 204 gives undefined data and no error', async () => {
      const { result, request } = await call(client, 'deleteNote', { uid: 'u1', noteId: 7 });
      expect(request.method).toBe('DELETE');
      expect(request.url.pathname).toBe('/users/u1/notes/7');
      expect(result.error).toBeUndefined();
      expect(result.response?.status).toBe(204);
      expect(result.data).toBeUndefined();
    });

    test('getStatus: a text/plain success is the text itself', async () => {
      const { result, request } = await call(client, 'getStatus', {});
      expect(request.method).toBe('GET');
      expect(request.url.pathname).toBe('/status');
      expect(result.error).toBeUndefined();
      expect(result.data).toBe('ok');
    });

    test('a 4XX is an error of its kind: the vendor envelope is an api error, another body unexpected', async () => {
      const limited = await call(client, 'getStatus', { headers: { 'x-fixture-fail': '1' } });
      expect(limited.result.data).toBeUndefined();
      expect(limited.result.error).toMatchObject({ kind: 'api', status: 429, ErrorCode: 1134 });
      const missing = await call(client, 'getUser', { uid: 'missing' });
      expect(missing.result.data).toBeUndefined();
      expect(missing.result.error).toMatchObject({ kind: 'unexpected_body', status: 404 });
    });

    test('with validation on, the invalid body is an error pointing at what is wrong', async () => {
      const valid = await call(validating, 'getUser', { uid: 'u1' });
      expect(valid.result.error).toBeUndefined();
      const { result } = await call(validating, 'getUser', { uid: 'broken' });
      expect(result.error?.kind).toBe('response_validation');
      expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: '/name' }));
    });

    test('no secret is in an error: the API key, the session token and the PIN stay out', async () => {
      const { result } = await call(client, 'createNote', {
        uid: 'echo',
        xSessionToken: SESSION,
        note: { text: 'x' },
        pin: PIN,
      });
      expect(result.error).toMatchObject({ kind: 'unexpected_body', status: 400 });
      const serialized = `${result.error?.message} ${JSON.stringify(result.error)}`;
      expect(serialized, 'the error shows the echoed body').toContain('rejected');
      for (const secret of [API_KEY, SESSION, PIN]) expect(serialized).not.toContain(secret);
    });

    test('validateResponse accepts the valid bodies and reports the invalid one with a JSON pointer', () => {
      const valid: [string, number, unknown][] = [
        ['listUsers', 200, { users: [user], total: 1 }],
        ['getUser', 200, user],
        ['getUser', 404, { code: 404, message: 'no such user' }],
        ['createNote', 201, { id: 41, text: 'Prefers email.' }],
        ['deleteNote', 204, undefined],
        ['getStatus', 200, 'ok'],
        ['getStatus', 429, { ErrorCode: 1134, Message: 'Too many requests', Description: 'Wait a minute.' }],
      ];
      for (const [id, status, body] of valid)
        expect(validateResponse(id, status, body), `${id} ${status}`).toEqual([]);
      expect(validateResponse('listUsers', 200, { users: [{ uid: 'u1' }], total: 1 })).toContainEqual(
        expect.objectContaining({ path: '/users/0/name' }),
      );
    });
  });

  describe('the rendered docs', () => {
    type Sample = { lang: string; label: string; source: string };
    const published = () => {
      const spec = JSON.parse(readFileSync(join(box.dir, 'packages/docs/dist/openapi.json'), 'utf8')) as {
        paths: Record<string, Record<string, { operationId?: string; 'x-codeSamples'?: Sample[] }>>;
      };
      return Object.values(spec.paths).flatMap((item) =>
        Object.values(item).filter((op) => typeof op === 'object' && op !== null && 'operationId' in op),
      );
    };

    test('index.html names every operation', () => {
      const html = readFileSync(join(box.dir, 'packages/docs/dist/index.html'), 'utf8');
      for (const [i, id] of OPERATIONS.entries()) {
        expect(html, id).toContain(`"operationId":"${id}"`);
        expect(html, id).toContain(`"summary":"${SUMMARIES[i]}"`);
      }
    });

    test('every operation has curl and TypeScript samples, and every TypeScript sample compiles against the built client', () => {
      const operations = published();
      expect(operations.map((op) => op.operationId).sort()).toEqual([...OPERATIONS].sort());
      const dir = join(box.dir, 'packages/docs/fixture-samples');
      mkdirSync(dir, { recursive: true });
      const files: string[] = [];
      for (const op of operations) {
        const samples = op['x-codeSamples'] ?? [];
        expect(
          samples.map((s) => s.lang),
          op.operationId,
        ).toEqual(expect.arrayContaining(['Shell', 'TypeScript']));
        for (const [i, sample] of samples.filter((s) => s.lang === 'TypeScript').entries()) {
          expect(sample.source, op.operationId).toContain(`client.${op.operationId}(`);
          const file = `${op.operationId}-${i}.ts`;
          writeFileSync(join(dir, file), sample.source);
          files.push(file);
        }
      }
      expect(files).toHaveLength(operations.reduce((n, op) => n + (op['x-codeSamples']?.length ?? 0), 0) / 2);
      // The check has teeth: the built client's types reject a call without a required path parameter.
      writeFileSync(
        join(dir, 'wrong.ts'),
        `import { createClient } from '@lr-mfa/client';
const client = createClient({ apiKey: 'k' });
// @ts-expect-error noteId is required
await client.deleteNote({ uid: 'u1' });
`,
      );
      files.push('wrong.ts');
      // Resolved as a consumer would: @lr-mfa/client from packages/docs/node_modules, i.e. the sandbox's dist.
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
      writeFileSync(join(dir, 'tsconfig.json'), sampleTsconfig(files));
      const tsc = box.run('pnpm', [
        'exec',
        'tsc',
        '-p',
        'packages/docs/fixture-samples',
        '--pretty',
        'false',
      ]);
      expect(tsc.code, tsc.output).toBe(0);
    });
  });
});
