// The runner (@lr-mfa/codegen's generate.ts) with every generator, writing into scratch trees (never the repository):
// the multi-operation fixture gets types and validators for every operation and status; a spec any step cannot
// handle fails naming the spec file and line, and changes no file at all.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MULTI_OP_SPEC } from '@lr-mfa/codegen/fixtures';
import { generate } from '@lr-mfa/codegen/generate';
import { root, StepError } from '@lr-mfa/codegen/step';
import { digestFiles } from '@lr-mfa/testkit/sandbox';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generators } from '../generators.js';

const scratch = mkdtempSync(join(tmpdir(), 'lr-mfa-generate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const fixture = MULTI_OP_SPEC;
const run = (spec: string, dest: string) =>
  generate({ spec, dest, out: join(dest, 'build/spec'), generators });

interface Validator {
  (body: unknown): boolean;
  errors?: { instancePath: string; keyword: string }[] | null;
}
interface ValidatorsModule {
  validators: Record<string, Record<string, Validator | null>>;
  validatorFor(operationId: string, status: number): Validator | undefined;
}

describe('the multi-operation fixture', () => {
  const dest = join(scratch, 'multi-op');
  let validators: ValidatorsModule;
  beforeAll(async () => {
    await run(fixture, dest);
    const module = join(dest, 'packages/client/src/generated/validators/index.js');
    validators = await import(pathToFileURL(module).href);
  });

  test('types: a Path/Query/Headers/RequestBody/Response alias for every operation that has one', () => {
    const aliases = readFileSync(join(dest, 'packages/types/src/generated/aliases.ts'), 'utf8');
    const names = [...aliases.matchAll(/^export type (\w+) =/gm)].map((m) => m[1]);
    expect(names).toEqual([
      'User',
      'UserPage',
      'Problem',
      'ListUsersQuery',
      'ListUsersResponse',
      'GetUserPath',
      'GetUserQuery',
      'GetUserResponse',
      'CreateNotePath',
      'CreateNoteHeaders',
      'CreateNoteRequestBody',
      'CreateNoteResponse',
      'DeleteNotePath',
      'DeleteNoteResponse',
      'GetStatusResponse',
    ]);
    expect(aliases).toContain(
      "export type GetStatusResponse = operations['getStatus']['responses'][200]['content']['text/plain'];",
    );
    expect(aliases).toContain('export type DeleteNoteResponse = undefined;');
    const openapi = readFileSync(join(dest, 'packages/types/src/generated/openapi.ts'), 'utf8');
    expect(
      openapi.startsWith(
        '// DO NOT EDIT. Generated from packages/codegen/test/fixtures/multi-op/openapi.yaml',
      ),
    ).toBe(true);
    expect(openapi).toMatch(/"\/users\/\{uid\}\/notes\/\{noteId\}": \{/);
  });

  test('validators: one entry per documented status, null where there is no JSON schema', () => {
    const table = Object.fromEntries(
      Object.entries(validators.validators).map(([id, byStatus]) => [
        id,
        Object.fromEntries(Object.entries(byStatus).map(([s, v]) => [s, v === null ? null : typeof v])),
      ]),
    );
    expect(table).toEqual({
      listUsers: { 200: 'function', 400: 'function' },
      getUser: { 200: 'function', 404: 'function' },
      createNote: { 201: 'function', 400: 'function', default: 'function' },
      deleteNote: { 204: null, 404: 'function' },
      getStatus: { 200: null, '4XX': 'function' },
    });
  });

  test('each body is judged by the schema of its operation and status', () => {
    const judge = (id: string, status: number, body: unknown) => {
      const validator = validators.validatorFor(id, status);
      if (!validator) return 'unchecked';
      return validator(body)
        ? 'valid'
        : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    };
    const user = { uid: 'u1', name: 'Ada', address: { city: 'London' } };
    expect(judge('getUser', 200, user)).toBe('valid');
    expect(judge('getUser', 200, { ...user, address: { zip: 1 } })).toEqual(['/address/zip type']);
    expect(judge('listUsers', 200, user)).toEqual([' required', ' required']); // a User is no UserPage
    expect(judge('listUsers', 200, { users: [user], total: 1 })).toBe('valid');
    expect(judge('createNote', 201, { id: 1, text: 'hi' })).toBe('valid');
    expect(judge('createNote', 201, { id: 'x', text: 'hi' })).toEqual(['/id type']);
    // Fallbacks: an undocumented status takes its range, then `default`; no JSON schema → nothing to check.
    expect(judge('getStatus', 404, { code: 404, message: 'gone' })).toBe('valid');
    expect(judge('getStatus', 418, {})).toEqual([' required', ' required']);
    expect(judge('createNote', 503, { code: 503 })).toEqual([' required']);
    expect(judge('getStatus', 200, 'ok')).toBe('unchecked');
    expect(judge('deleteNote', 204, undefined)).toBe('unchecked');
    expect(judge('deleteNote', 500, {})).toBe('unchecked');
    expect(judge('noSuchOperation', 200, {})).toBe('unchecked');
  });

  test('a generated file no generator produces any more is deleted; the others are left alone', async () => {
    const stray = join(dest, 'packages/types/src/generated/removed-operation.ts');
    writeFileSync(stray, '// from an operation the spec no longer has\n');
    const result = await run(fixture, dest);
    expect(existsSync(stray)).toBe(false);
    expect(result.removed).toEqual([stray]);
    expect(result.written).toEqual([]);
  });
});

describe('a spec the pipeline cannot handle', () => {
  const dest = join(scratch, 'product');
  const specCopy = join(scratch, 'spec');
  const pathFile = join(specCopy, 'paths/identity_v2_auth_login_2fa_sms.yaml');
  const original = readFileSync(join(root, 'spec/paths/identity_v2_auth_login_2fa_sms.yaml'), 'utf8');
  let before: Record<string, string>;

  beforeAll(async () => {
    cpSync(join(root, 'spec'), specCopy, { recursive: true, filter: (src) => !src.includes('/spec/tests') });
    mkdirSync(dest, { recursive: true });
    await run(join(specCopy, 'openapi.yaml'), dest);
    before = digestFiles(dest);
  });

  /** Adds an inline parameter in front of the operation's parameters; returns its line in the file. */
  function addParameter(yaml: string): number {
    const edited = original.replace('  parameters:\n', `  parameters:\n${yaml}`);
    writeFileSync(pathFile, edited);
    return edited.split('\n').indexOf('  parameters:') + 2;
  }

  async function failure(): Promise<string> {
    const error = await run(join(specCopy, 'openapi.yaml'), dest).then(
      () => undefined,
      (e: unknown) => e,
    );
    writeFileSync(pathFile, original);
    expect(error).toBeInstanceOf(StepError);
    expect(digestFiles(dest)).toEqual(before);
    return (error as Error).message;
  }

  test('a cookie parameter (the model has no place for it)', async () => {
    const line = addParameter(
      '    - name: session\n      in: cookie\n      description: A session cookie.\n      schema:\n        type: string\n',
    );
    expect(await failure()).toMatch(
      new RegExp(
        `paths/identity_v2_auth_login_2fa_sms\\.yaml:${line}:\\d+ error model cookie parameters are not supported`,
      ),
    );
  });

  test('two inputs that would be the same client option', async () => {
    addParameter(
      '    - name: Second-Factor-Authentication-Token\n      in: header\n      description: Again.\n      schema:\n        type: string\n',
    );
    expect(await failure()).toMatch(
      /paths\/identity_v2_auth_login_2fa_sms\.yaml:\d+:\d+ error model inputs "Second-Factor-Authentication-Token" \(header\) and "secondfactorauthenticationtoken" \(query\)/,
    );
  });

  test('a construct one generator refuses (ctx.fail), after others already produced their files', async () => {
    const line = addParameter(
      '    - name: signal\n      in: query\n      description: Which signal.\n      schema:\n        type: string\n',
    );
    expect(await failure()).toMatch(
      new RegExp(`paths/identity_v2_auth_login_2fa_sms\\.yaml:${line}:\\d+ error client input "signal"`),
    );
  });

  /** Generation's failure after `edit` of a named example's file (restored after), and the edited line. */
  async function exampleFailure(file: string, edit: (yaml: string) => string): Promise<string> {
    const path = join(specCopy, 'components/examples', file);
    const yaml = readFileSync(path, 'utf8');
    writeFileSync(path, edit(yaml));
    try {
      return await failure();
    } finally {
      writeFileSync(path, yaml);
    }
  }

  test('an error example without x-lr-error-name', async () => {
    const message = await exampleFailure('Error1067InvalidOtp.yaml', (yaml) =>
      yaml.replace('x-lr-error-name: InvalidOtp\n', ''),
    );
    expect(message).toMatch(
      /components\/examples\/Error1067InvalidOtp\.yaml:1:\d+ error model error example "error1067" \(1067\) needs x-lr-error-name/,
    );
  });

  test('two examples naming one code differently', async () => {
    const message = await exampleFailure('Error901ResendApiKeyUnauthorized.yaml', (yaml) =>
      yaml.replace('x-lr-error-name: ApiKeyUnauthorized', 'x-lr-error-name: ResendKeyUnauthorized'),
    );
    expect(message).toMatch(
      /components\/examples\/Error901ResendApiKeyUnauthorized\.yaml:1:\d+ error model error example "\w+" names 901 ResendKeyUnauthorized under 403; "error901" names 901 ApiKeyUnauthorized under 403/,
    );
  });

  test('broken YAML, through the command line: exit 1 and the file and line', () => {
    writeFileSync(pathFile, original.replace('  summary: Verify SMS OTP', '  summary: [Verify SMS OTP'));
    const cli = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      [
        'scripts/generate.ts',
        '--spec',
        join(specCopy, 'openapi.yaml'),
        '--dest',
        dest,
        '--out',
        join(dest, 'build/spec'),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    writeFileSync(pathFile, original);
    expect(cli.status).toBe(1);
    // The parser notices the unclosed flow sequence on its line or the one after it.
    const line = original.split('\n').indexOf('  summary: Verify SMS OTP') + 1;
    expect(cli.stderr).toMatch(
      new RegExp(`paths/identity_v2_auth_login_2fa_sms\\.yaml:(${line}|${line + 1}):\\d+ error yaml-syntax `),
    );
    expect(cli.stderr).toContain('previous generated files were left as they were');
    expect(digestFiles(dest)).toEqual(before);
  });
});
