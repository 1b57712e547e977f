// The whole pipeline on a spec that is not the product's: a sandbox copy of the repository with spec/ swapped
// for the multi-operation fixture (scripts/tests/fixtures/multi-op). Generation must cover every operation: the
// types compile and type the fixture's inputs and bodies, and the built validators judge every operation and
// status. The generated client joins in once its generator is per-operation (see the last describe block).
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../lib/sandbox.js';

const fixture = join(import.meta.dirname, 'fixtures/multi-op');
const OPERATIONS = ['listUsers', 'getUser', 'createNote', 'deleteNote', 'getStatus'];
let box: Sandbox;
let generation: { code: number; output: string };
let fullBuild: { code: number; output: string };

beforeAll(() => {
  box = createSandbox();
  // Only the spec tree is swapped; spec/plugins (the lint's house rules), spec/tests and spec/README.md stay.
  for (const entry of readdirSync(join(box.dir, 'spec'))) {
    if (!['plugins', 'tests', 'README.md', 'tsconfig.json'].includes(entry))
      rmSync(join(box.dir, 'spec', entry), { recursive: true });
  }
  cpSync(fixture, join(box.dir, 'spec'), { recursive: true });
  generation = box.run('pnpm', ['exec', 'turbo', 'run', 'generate']);
  const types = box.run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@lr-mfa/types']);
  expect(types.code, types.output).toBe(0);
  fullBuild = box.run('pnpm', ['exec', 'turbo', 'run', 'build']);
});
afterAll(() => box?.dispose());

describe('generation from the multi-operation fixture', () => {
  test('lints, bundles and generates every operation', () => {
    expect(generation.code, generation.output).toBe(0);
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
      ['getStatus', 429, problem, true],
    ];
    const verdicts = cases.map(([id, status, body]) => {
      const validator = validatorFor(id, status);
      return validator ? validator(body) : 'unchecked';
    });
    expect(verdicts).toEqual(cases.map((c) => c[3]));
  });
});

// The client generator in this branch still writes the single-operation Verify SMS OTP table, so the full
// build of the fixture fails at the client and the tests below skip themselves. When the per-operation client
// generator lands, the build passes and they run; calls of every method against a loopback server go here.
describe('the generated client of the fixture', () => {
  test('has one method per operation, named from its operationId', async (context) => {
    if (fullBuild.code !== 0) context.skip();
    const client = await import(pathToFileURL(join(box.dir, 'packages/client/dist/index.js')).href);
    const instance = client.createClient({ apiKey: 'fixture-key', baseUrl: 'http://127.0.0.1:9' });
    for (const id of OPERATIONS) expect(typeof instance[id], id).toBe('function');
  });
});
