// The generated code samples: the generator's rules on small hand-written Models, then the published samples
// of every operation of the Model: each curl sample is run against a loopback server, each TypeScript sample is
// compiled against the built @lr-mfa/client.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Model, Input as ModelInput, Operation as ModelOperation } from '@lr-mfa/codegen/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_KEY_ENV,
  type CodeSample,
  codeSamples,
  curlSample,
  OPTIONAL_SHOWN,
  SampleError,
  sampleCalls,
  sampleTsconfig,
  typescriptSample,
} from '../codegen/code-samples.js';
import { loadSite, packageDir, repoRoot, type Site } from './site.js';

const run = promisify(execFile);

const input = (fields: Partial<ModelInput> & Pick<ModelInput, 'option' | 'wire' | 'in'>): ModelInput => ({
  required: false,
  secret: false,
  deprecated: false,
  kind: 'string',
  schema: { type: 'string' },
  pointer: `/components/parameters/${fields.option}`,
  ...fields,
});

/** A PUT with a required token and body field, flags, templates, a secret response and two body examples. */
function putOperation(): ModelOperation {
  return {
    id: 'putThing',
    typeName: 'PutThing',
    tags: [],
    method: 'put',
    path: '/things',
    summary: 'Put a thing',
    pointer: '/paths/~1things/put',
    deprecated: false,
    legacyPaths: [],
    retry: { statuses: [429], network: false, timeout: false, idempotent: false },
    inputs: [
      input({ option: 'token', wire: 'token', in: 'query', required: true, secret: true, example: 'tok' }),
      input({ option: 'voice', wire: 'voice', in: 'query', kind: 'boolean', example: true }),
      input({ option: 'template', wire: 'template', in: 'query', example: "it's a & b=c" }),
      input({ option: 'fields', wire: 'fields', in: 'query', example: 'Email' }),
      input({ option: 'old', wire: 'old', in: 'query', deprecated: true, example: 'x' }),
      input({ option: 'region', wire: 'region', in: 'query', example: 'eu' }),
      input({ option: 'xFlag', wire: 'X-Flag', in: 'header', kind: 'boolean', example: true }),
      input({ option: 'code', wire: 'code', in: 'body', required: true, secret: true, example: '1' }),
      input({ option: 'gRecaptchaResponse', wire: 'g-recaptcha-response', in: 'body' }),
    ],
    body: {
      required: true,
      contentType: 'application/json',
      whole: false,
      schema: { type: 'object' },
      pointer: '/components/requestBodies/Thing',
      examples: [
        { name: 'plain', value: { code: '123456' } },
        {
          name: 'captcha',
          summary: 'with a captcha answer',
          value: { code: '123456', 'g-recaptcha-response': "o'k" },
        },
      ],
    },
    responses: [
      {
        status: '200',
        description: 'ok',
        contentType: 'application/json',
        json: true,
        schema: {
          type: 'object',
          properties: {
            token: { type: 'string' },
            expires: { type: ['string', 'null'] },
            'odd-name': { type: 'integer' },
            Profile: { type: 'object' },
          },
        },
        examples: [],
        pointer: '/components/responses/Ok',
      },
    ],
    secrets: ['token', 'code', 'apikey'],
  };
}

/** A GET with a path parameter, array and integer query parameters and a 204. */
function getOperation(): ModelOperation {
  return {
    id: 'getUser',
    typeName: 'GetUser',
    tags: [],
    method: 'get',
    path: '/users/{uid}/items',
    summary: "Get a user's items",
    pointer: '/paths/~1users~1{uid}~1items/get',
    deprecated: false,
    legacyPaths: [],
    retry: { statuses: [429, 502, 503, 504], network: true, timeout: true, idempotent: true },
    inputs: [
      input({ option: 'uid', wire: 'uid', in: 'path', required: true, example: 'a b/c' }),
      input({ option: 'tags', wire: 'tags', in: 'query', kind: 'array', example: ['x', 'y'] }),
      input({
        option: 'ids',
        wire: 'ids',
        in: 'query',
        kind: 'array',
        explode: false,
        schema: { type: 'array', example: [1, 2] },
      }),
      input({
        option: 'limit',
        wire: 'limit',
        in: 'query',
        kind: 'integer',
        schema: { type: 'integer', default: 10 },
      }),
    ],
    responses: [{ status: '204', description: 'done', json: false, examples: [], pointer: '/x' }],
    secrets: ['apikey'],
  };
}

const model = (...operations: ModelOperation[]): Model => ({
  title: 'T',
  version: '1.0.0',
  serverUrl: 'https://api.example.test/',
  apiKey: { in: 'query', name: 'apikey' },
  operations,
});

describe('the calls the samples show', () => {
  it('minimal: the required inputs only, the body field from the first body example', () => {
    const [minimal] = sampleCalls(putOperation());
    expect(minimal?.parameters.map((p) => [p.input.option, p.value])).toEqual([['token', 'tok']]);
    expect(minimal?.body?.map((p) => [p.input.option, p.value])).toEqual([['code', '123456']]);
  });

  it('with options: a few optional parameters that are not flags or deprecated, and the second body example', () => {
    const [, options] = sampleCalls(putOperation());
    expect(options?.parameters.map((p) => p.input.option)).toEqual(['token', 'template', 'fields']);
    expect(OPTIONAL_SHOWN).toBe(2);
    expect(options?.body?.map((p) => [p.input.wire, p.value])).toEqual([
      ['code', '123456'],
      ['g-recaptcha-response', "o'k"],
    ]);
    expect(options?.note).toContain('with a captcha answer');
    expect(options?.omitted.map((i) => i.option)).toEqual(['voice', 'region', 'xFlag']);
  });

  it('with options keeps a required body field the second body example leaves out', () => {
    const op = putOperation();
    op.body?.examples?.splice(1, 1, { name: 'captchaOnly', value: { 'g-recaptcha-response': 'r' } });
    const [, options] = sampleCalls(op);
    expect(options?.body?.map((p) => [p.input.wire, p.value])).toEqual([
      ['code', '123456'],
      ['g-recaptcha-response', 'r'],
    ]);
  });

  it('only the minimal call for an operation without optional inputs', () => {
    const op = putOperation();
    op.inputs = op.inputs.filter((i) => i.required);
    if (op.body) op.body.examples = [];
    expect(sampleCalls(op).map((c) => c.kind)).toEqual(['minimal']);
  });

  it('takes examples from the schema (example, examples, default) when the input has none', () => {
    const [, options] = sampleCalls(getOperation());
    expect(options?.parameters.map((p) => [p.input.option, p.value])).toEqual([
      ['uid', 'a b/c'],
      ['tags', ['x', 'y']],
      ['ids', [1, 2]],
    ]);
  });

  it('fails naming the input and its pointer when a required input has no example', () => {
    const op = putOperation();
    const token = op.inputs[0] as ModelInput;
    delete token.example;
    expect(() => sampleCalls(op)).toThrow(SampleError);
    expect(() => sampleCalls(op)).toThrow(/putThing: required query parameter "token" has no example/);
    expect(() => sampleCalls(op)).toThrow(
      expect.objectContaining({ pointer: '/components/parameters/token' }),
    );
  });

  it('fails when a body example has a field the body schema does not describe', () => {
    const op = putOperation();
    op.body?.examples?.push({ name: 'odd', value: { code: '1', nope: 1 } });
    op.body?.examples?.splice(1, 1);
    expect(() => sampleCalls(op)).toThrow(/body example "odd" has the field "nope"/);
  });
});

describe('curl', () => {
  it('quotes values for the shell and reads the API key from the environment', () => {
    const op = putOperation();
    const [, options] = sampleCalls(op);
    const curl = curlSample(model(op), op, options as never);
    expect(curl).toContain(`curl -X PUT 'https://api.example.test/things'`);
    expect(curl).toContain(`--url-query "apikey=$${API_KEY_ENV}"`);
    expect(curl).toContain(`--url-query 'template=it'\\''s a & b=c'`);
    expect(curl).toContain(`-d '{"code":"123456","g-recaptcha-response":"o'\\''k"}'`);
  });

  it('saves a response with secrets to a file and prints only the status', () => {
    const op = putOperation();
    const curl = curlSample(model(op), op, sampleCalls(op)[0] as never);
    expect(curl.replaceAll('\n# ', ' ')).toContain(
      'The response holds secrets (token): it is saved to putThing.json, not printed.',
    );
    expect(curl).toMatch(/-o putThing\.json -w '%\{http_code\}\\n'\n$/);
  });

  it('saves a response with a whole object (a profile) but no secret to a file too', () => {
    const op = putOperation();
    op.secrets = ['code', 'apikey'];
    const curl = curlSample(model(op), op, sampleCalls(op)[0] as never);
    expect(curl.replaceAll('\n# ', ' ')).toContain(
      'The response holds whole objects (Profile): it is saved to putThing.json, not printed.',
    );
  });

  it('GET with a path parameter: no -X, no body, the value percent-encoded, arrays by style', () => {
    const op = getOperation();
    const curl = curlSample(model(op), op, sampleCalls(op)[1] as never);
    expect(curl).toContain(`curl 'https://api.example.test/users/a%20b%2Fc/items'`);
    expect(curl).toContain(`--url-query 'tags=x' \\\n  --url-query 'tags=y'`);
    expect(curl).toContain(`--url-query 'ids=1,2'`);
    expect(curl).not.toMatch(/ -X | -d |Content-Type|-o /);
  });
});

describe('TypeScript', () => {
  it('calls the operation by its id with the Model option names and quotes strings', () => {
    const op = putOperation();
    const ts = typescriptSample(model(op), op, sampleCalls(op)[1] as never, 'pkg');
    expect(ts).toContain("import { createClient } from 'pkg';");
    expect(ts).toContain(`createClient({\n  apiKey: process.env.${API_KEY_ENV} ?? '',\n})`);
    expect(ts).toContain('client.putThing({');
    expect(ts).toContain("  template: 'it\\'s a & b=c',");
    expect(ts).toContain("  gRecaptchaResponse: 'o\\'k',");
    expect(ts).toContain('// Also optional: voice, region, xFlag.');
  });

  it('prints only non-secret scalar fields of the success body and names the rest', () => {
    const op = putOperation();
    const ts = typescriptSample(model(op), op, sampleCalls(op)[0] as never, 'pkg');
    const printed = ts.split('\n').filter((line) => line.includes('console.log('));
    expect(printed).toEqual([
      "  console.log('expires:', data.expires);",
      "  console.log('odd-name:', data['odd-name']);",
    ]);
    expect(ts).toContain('// token: secret; store, never log.');
    expect(ts).toContain('// Also in data: Profile.');
  });

  it('an operation without a JSON body answer says it is done', () => {
    const op = getOperation();
    const ts = typescriptSample(model(op), op, sampleCalls(op)[0] as never, 'pkg');
    expect(ts).toContain("client.getUser({\n  uid: 'a b/c',\n});");
    expect(ts).toContain(`console.log('Get a user\\'s items: done');`);
  });

  it('labels: the minimal call first, curl then TypeScript', () => {
    const op = putOperation();
    expect(codeSamples(model(op), op, 'pkg').map((s) => s.label)).toEqual([
      'curl',
      'TypeScript',
      'curl (with options)',
      'TypeScript (with options)',
    ]);
  });
});

describe('TypeScript samples of the small models compile', () => {
  // A client declared by hand for putThing and getUser, shaped as the generated one: a method per operationId,
  // options by option name, a `{ data, error }` result. It checks the samples' syntax and names, not the client.
  const declaration = `declare module 'pkg' {
  type Failure = { kind: string; status?: number; message: string };
  type Result<T> = Promise<{ data: T; error?: undefined } | { data?: undefined; error: Failure }>;
  export function createClient(options: { apiKey: string }): {
    putThing(options: {
      token: string; voice?: boolean; template?: string; fields?: string; old?: string; region?: string;
      xFlag?: boolean; code: string; gRecaptchaResponse?: string;
    }): Result<{ token?: string; expires?: string | null; 'odd-name'?: number; Profile?: object }>;
    getUser(options: { uid: string; tags?: string[]; ids?: number[]; limit?: number }): Result<undefined>;
  };
}
`;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lr-mfa-docs-fixture-samples-'));
    await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
    await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('every call of a PUT with a body and of a GET with a path parameter and arrays', async () => {
    const files: Record<string, string> = { 'pkg.d.ts': declaration };
    for (const op of [putOperation(), getOperation()]) {
      for (const sample of codeSamples(model(op), op, 'pkg').filter((s) => s.lang === 'TypeScript')) {
        files[`${op.id}-${Object.keys(files).length}.ts`] = sample.source;
      }
    }
    expect(Object.keys(files)).toHaveLength(5);
    for (const [name, source] of Object.entries(files)) await writeFile(join(dir, name), source);
    await writeFile(join(dir, 'tsconfig.json'), sampleTsconfig(Object.keys(files)));
    const result = await run(join(packageDir, 'node_modules/.bin/tsc'), [
      '-p',
      dir,
      '--pretty',
      'false',
    ]).then(
      () => '',
      (error) => `${error.stdout}${error.stderr}`,
    );
    expect(result).toBe('');
  });
});

describe('the published samples, for every operation of the Model', () => {
  let site: Site;
  beforeAll(async () => {
    site = await loadSite();
  });
  const published = (op: ModelOperation): CodeSample[] =>
    site.spec.paths[op.path][op.method]['x-codeSamples'];
  const each = (fn: (op: ModelOperation) => void) => {
    expect(site.model.operations.length).toBeGreaterThan(0);
    for (const op of site.model.operations) fn(op);
  };

  it('are the samples of the Model: curl and TypeScript, the minimal call first', () => {
    each((op) => {
      const samples = published(op);
      expect(samples, op.id).toEqual(codeSamples(site.model, op, '@lr-mfa/client'));
      expect(samples.slice(0, 2).map((s) => s.label)).toEqual(['curl', 'TypeScript']);
    });
  });

  it('verifySmsOtp: the minimal call sends the token and {"otp": …}; the other sets no flag', () => {
    const op = site.model.operations.find((o) => o.id === 'verifySmsOtp') as ModelOperation;
    const [curl, ts, curlOptions, tsOptions] = published(op).map((s) => s.source) as string[];
    expect(curl).toMatch(/--url-query 'secondfactorauthenticationtoken=[^']+'/);
    expect(curl).toContain(`-d '{"otp":"123456"}'`);
    expect(ts).toMatch(
      /client\.verifySmsOtp\(\{\n {2}secondFactorAuthenticationToken: '[^']+',\n {2}otp: '123456',\n\}\);/,
    );
    for (const source of [curl, ts, curlOptions, tsOptions] as string[]) {
      expect(source).not.toMatch(/isvoiceotp|prevent_webhook|X-PreventWebhook|isVoiceOtp: |preventWebhook: /);
    }
  });

  it('print no secret field and never a whole response body', () => {
    each((op) => {
      for (const { label, source } of published(op)) {
        for (const line of source.split('\n').filter((l) => /console\.(log|error)\(/.test(l))) {
          for (const secret of op.secrets)
            expect(line, `${op.id} ${label}`).not.toMatch(new RegExp(`\\b${secret}\\b`));
          expect(line, `${op.id} ${label}`).not.toMatch(/\(data\)|, data\)/);
        }
        // A response with a secret or a whole object (a profile) is saved to a file, not printed.
        const success = op.responses.find((r) => /^2/.test(r.status));
        const fields = Object.entries(
          (success?.schema?.properties ?? {}) as Record<string, { type?: unknown }>,
        );
        const quiet = fields.some(
          ([name, schema]) => op.secrets.includes(name) || [schema.type].flat().includes('object'),
        );
        if (label.startsWith('curl') && quiet)
          expect(source, `${op.id} ${label}`).toContain(`-o ${op.id}.json`);
      }
    });
  });

  describe('curl, run against a loopback server', () => {
    const curl = spawnSync('curl', ['--version'], { encoding: 'utf8' });
    const version = /^curl (\d+)\.(\d+)/.exec(curl.stdout ?? '');
    const usable = version !== null && (Number(version[1]) > 7 || Number(version[2]) >= 87);
    // Outside CI a machine without a recent curl skips these (with a message); in CI they must run
    // (`.ci/run` installs curl), so a missing one fails instead of passing quietly.
    const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';
    if (!usable && !inCi)
      console.warn('curl ≥ 7.87 (for --url-query) is not installed: the curl samples are not run.');

    let server: ReturnType<typeof createServer>;
    let received: { request: IncomingMessage; body: string }[] = [];
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'lr-mfa-docs-curl-'));
      server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk) => {
          body += chunk;
        });
        request.on('end', () => {
          received.push({ request, body });
          response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    });

    it.skipIf(!usable && !inCi)(
      'send what the Model describes: method, path, API key, each shown input, the body',
      async () => {
        const { port } = server.address() as AddressInfo;
        const origin = site.model.serverUrl.replace(/\/$/, '');
        for (const op of site.model.operations) {
          for (const [index, call] of sampleCalls(op).entries()) {
            const source = published(op).filter((s) => s.label.startsWith('curl'))[index]?.source ?? '';
            expect(source).toContain(origin);
            received = [];
            await run('sh', ['-c', source.replace(origin, `http://127.0.0.1:${port}`)], {
              cwd: dir,
              env: { ...process.env, [API_KEY_ENV]: 'key with spaces & =' },
            });
            expect(received, op.id).toHaveLength(1);
            const [{ request, body }] = received as [(typeof received)[0]];
            const url = new URL(request.url ?? '', 'http://127.0.0.1');
            expect(request.method).toBe(op.method.toUpperCase());
            const pathValues = new Map(
              call.parameters
                .filter((p) => p.input.in === 'path')
                .map((p) => [p.input.wire, String(p.value)]),
            );
            expect(url.pathname).toBe(
              op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
                encodeURIComponent(pathValues.get(name) ?? ''),
              ),
            );
            if (site.model.apiKey?.in === 'query')
              expect(url.searchParams.get('apikey')).toBe('key with spaces & =');
            const query = call.parameters.filter((p) => p.input.in === 'query');
            for (const { input, value } of query)
              expect(url.searchParams.get(input.wire), input.wire).toBe(String(value));
            expect([...url.searchParams.keys()].sort()).toEqual(
              [
                ...(site.model.apiKey ? [site.model.apiKey.name] : []),
                ...query.map((p) => p.input.wire),
              ].sort(),
            );
            for (const { input, value } of call.parameters.filter((p) => p.input.in === 'header'))
              expect(request.headers[input.wire.toLowerCase()], input.wire).toBe(String(value));
            if (call.body) {
              expect(request.headers['content-type']).toBe(op.body?.contentType);
              expect(JSON.parse(body)).toEqual(
                Object.fromEntries(call.body.map((f) => [f.input.wire, f.value])),
              );
            } else expect(body).toBe('');
          }
        }
      },
    );
  });

  describe('TypeScript, compiled against the built @lr-mfa/client', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'lr-mfa-docs-sample-'));
      // The samples resolve @lr-mfa/client as a consumer would: from node_modules (the workspace link).
      await symlink(join(packageDir, 'node_modules'), join(dir, 'node_modules'), 'dir');
      await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    /** Compiles the sources as separate modules under strict + exactOptionalPropertyTypes; tsc's output. */
    const compile = async (sources: Record<string, string>) => {
      for (const [name, source] of Object.entries(sources)) await writeFile(join(dir, name), source);
      await writeFile(
        join(dir, 'tsconfig.json'),
        sampleTsconfig(Object.keys(sources), {
          lib: ['ES2022', 'DOM'],
          typeRoots: [join(repoRoot, 'node_modules/@types')],
        }),
      );
      const tsc = join(packageDir, 'node_modules/.bin/tsc');
      return run(tsc, ['-p', dir, '--pretty', 'false']).then(
        () => ({ ok: true, output: '' }),
        (error) => ({ ok: false, output: `${error.stdout}${error.stderr}` }),
      );
    };
    const tsSamples = () =>
      Object.fromEntries(
        site.model.operations.flatMap((op) =>
          published(op)
            .filter((s) => s.lang === 'TypeScript')
            .map((s, i) => [`${op.id}-${i}.ts`, s.source]),
        ),
      );

    it('every TypeScript sample of every operation compiles', async () => {
      const sources = tsSamples();
      expect(Object.keys(sources).length).toBeGreaterThanOrEqual(site.model.operations.length);
      const result = await compile(sources);
      expect(result.output).toBe('');
      expect(result.ok).toBe(true);
    });

    it('a sample with an option the client does not have would fail to compile', async () => {
      const [name, source] = Object.entries(tsSamples())[0] as [string, string];
      const result = await compile({ [name]: source.replace(/\n {2}(\w+): /, '\n  notAnOption$1: ') });
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(
        /error TS(2353|2561): Object literal may only specify known properties.*'notAnOption/,
      );
    });
  });
});
