// The generated code samples: the generator's rules, then the published samples themselves: the curl
// sample is run against a loopback server, the TypeScript sample is compiled against the built client.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_KEY_ENV,
  camelCase,
  curlSample,
  deref,
  requestExample,
  typescriptSample,
} from '../../../scripts/code-samples.mjs';
import { describeOperation, type Json, loadSite, packageDir, repoRoot, type Site } from './site.js';

const run = promisify(execFile);

/** A minimal document with one operation, for the generator's rules. */
function tinySpec(overrides: Json = {}): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    servers: [{ url: 'https://api.example.test/' }],
    security: [{ key: [] }],
    components: {
      securitySchemes: { key: { type: 'apiKey', in: 'query', name: 'apikey' } },
      parameters: {
        OddValue: { name: 'odd_value', in: 'query', schema: { type: 'string' }, example: "it's a & b=c" },
      },
    },
    paths: {
      '/things': {
        put: {
          operationId: 'putThing',
          parameters: [
            { $ref: '#/components/parameters/OddValue' },
            { name: 'X-Flag', in: 'header', schema: { type: 'boolean' }, example: true },
          ],
          requestBody: {
            content: {
              'application/json': {
                schema: { type: 'object' },
                examples: { first: { value: { 'g-recaptcha-response': "o'k" } }, second: { value: {} } },
              },
            },
          },
          responses: { 200: { description: 'ok' } },
          ...overrides,
        },
      },
    },
  };
}
const target = (spec: Json) => ({ path: '/things', method: 'put', operation: spec.paths['/things'].put });

describe('the generator', () => {
  it('spells client options in camelCase', () => {
    expect(camelCase('SmsTemplate2fa')).toBe('smsTemplate2fa');
    expect(camelCase('RbaIpEmailTemplate')).toBe('rbaIpEmailTemplate');
    expect(camelCase('g-recaptcha-response')).toBe('gRecaptchaResponse');
    expect(camelCase('qq_captcha_randstr')).toBe('qqCaptchaRandstr');
    expect(camelCase('otp')).toBe('otp');
  });

  it('takes examples from the spec: parameter example, first named body example, API key scheme', () => {
    const spec = tinySpec();
    const example = requestExample(spec, target(spec));
    expect(example).toEqual({
      url: 'https://api.example.test/things',
      method: 'PUT',
      apiKeys: [{ in: 'query', name: 'apikey' }],
      query: [{ in: 'query', name: 'odd_value', option: 'oddValue', value: "it's a & b=c" }],
      headers: [{ in: 'header', name: 'X-Flag', option: 'xFlag', value: true }],
      body: { 'g-recaptcha-response': "o'k" },
    });
  });

  it('quotes values for the shell and reads the API key from the environment', () => {
    const spec = tinySpec();
    const curl = curlSample(requestExample(spec, target(spec)));
    expect(curl).toContain(`--url-query "apikey=$${API_KEY_ENV}"`);
    expect(curl).toContain(`--url-query 'odd_value=it'\\''s a & b=c'`);
    expect(curl).toContain(`-d '{"g-recaptcha-response":"o'\\''k"}'`);
  });

  it('writes TypeScript string literals that survive quotes', () => {
    const spec = tinySpec();
    const ts = typescriptSample(requestExample(spec, target(spec)), {
      operationId: 'putThing',
      clientPackage: 'pkg',
    });
    expect(ts).toContain(`oddValue: 'it\\'s a & b=c',`);
    expect(ts).toContain(`gRecaptchaResponse: 'o\\'k',`);
    expect(ts).toContain('client.putThing({');
  });

  it('refuses a parameter without an example, a path parameter and a dangling $ref', () => {
    const noExample = tinySpec({ parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }] });
    expect(() => requestExample(noExample, target(noExample))).toThrow(/parameter "q" has no example/);
    const inPath = tinySpec({ parameters: [{ name: 'id', in: 'path', example: '1' }] });
    expect(() => requestExample(inPath, target(inPath))).toThrow(/path parameter "id" not supported/);
    expect(() => deref(tinySpec(), { $ref: '#/components/parameters/Nope' })).toThrow(/dangling/);
  });
});

describe('the published samples', () => {
  let site: Site;
  let op: ReturnType<typeof describeOperation>;
  beforeAll(async () => {
    site = await loadSite();
    op = describeOperation(site.spec);
  });
  /** The request body example the samples show: the first named example of the JSON body. */
  const bodyExample = (): Json => {
    const media = deref(site.spec, op.operation.requestBody).content['application/json'];
    return deref(site.spec, Object.values(media.examples)[0]).value;
  };
  const sample = (label: RegExp) => {
    const found = op.samples.find((s) => label.test(s.label));
    if (!found) throw new Error(`no ${label} sample`);
    return found.source;
  };

  it('are curl and TypeScript with @lr-mfa/client', () => {
    expect(op.samples.map((s) => s.label)).toEqual(['curl', 'TypeScript (@lr-mfa/client)']);
  });

  describe('curl', () => {
    const curl = spawnSync('curl', ['--version'], { encoding: 'utf8' });
    const version = /^curl (\d+)\.(\d+)/.exec(curl.stdout ?? '');
    const usable = version !== null && (Number(version[1]) > 7 || Number(version[2]) >= 87);
    if (!usable) console.warn('curl ≥ 7.87 (for --url-query) is not installed: the curl sample is not run.');

    let server: ReturnType<typeof createServer>;
    let received: { request: IncomingMessage; body: string }[] = [];
    beforeAll(async () => {
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
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it.skipIf(!usable)('sends every parameter, the header and the body as the spec describes', async () => {
      received = [];
      const { port } = server.address() as AddressInfo;
      const server0 = site.spec.servers[0].url.replace(/\/$/, '');
      const source = sample(/^curl$/);
      expect(source).toContain(server0);
      const local = source.replace(server0, `http://127.0.0.1:${port}`);
      await run('sh', ['-c', local], { env: { ...process.env, [API_KEY_ENV]: 'key with spaces & =' } });

      expect(received).toHaveLength(1);
      const [{ request, body }] = received as [(typeof received)[0]];
      const url = new URL(request.url ?? '', 'http://127.0.0.1');
      expect(request.method).toBe(op.method);
      expect(url.pathname).toBe(op.path);
      expect(url.searchParams.get('apikey')).toBe('key with spaces & =');
      for (const p of op.query) expect(url.searchParams.get(p.name), p.name).toBe(String(p.example));
      expect([...url.searchParams.keys()].sort()).toEqual(['apikey', ...op.query.map((p) => p.name)].sort());
      for (const h of op.headers)
        expect(request.headers[h.name.toLowerCase()], h.name).toBe(String(h.example));
      expect(request.headers['content-type']).toBe('application/json');
      expect(JSON.parse(body)).toEqual(bodyExample());
    });
  });

  describe('TypeScript', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'lr-mfa-docs-sample-'));
      // The sample resolves @lr-mfa/client as a consumer would: from node_modules (the workspace link).
      await symlink(join(packageDir, 'node_modules'), join(dir, 'node_modules'), 'dir');
      await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
      await writeFile(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            lib: ['ES2022', 'DOM'],
            types: ['node'],
            typeRoots: [join(repoRoot, 'node_modules/@types')],
          },
          files: ['sample.ts'],
        }),
      );
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    const compile = async (source: string) => {
      await writeFile(join(dir, 'sample.ts'), source);
      const tsc = join(repoRoot, 'node_modules/.bin/tsc');
      return run(tsc, ['-p', dir, '--pretty', 'false']).then(
        () => ({ ok: true, output: '' }),
        (error) => ({ ok: false, output: `${error.stdout}${error.stderr}` }),
      );
    };

    it('compiles against the built @lr-mfa/client under strict', async () => {
      const result = await compile(sample(/TypeScript/));
      expect(result.output).toBe('');
      expect(result.ok).toBe(true);
    });

    it('passes every query parameter, the header and the body example', () => {
      const call = /\.verifySmsOtp\(\{\n([\s\S]*?)\n\}\);/.exec(sample(/TypeScript/))?.[1] ?? '';
      const values = call.split('\n').map((line) => /^ {2}\w+: (.*),$/.exec(line)?.[1]);
      const literal = (v: unknown) => JSON.stringify(v).replaceAll('"', "'");
      expect(values).toEqual([
        ...[...op.query, ...op.headers].map((p) => literal(p.example)),
        ...Object.values(bodyExample()).map(literal),
      ]);
    });

    it('would fail to compile with an option the client does not have', async () => {
      const broken = sample(/TypeScript/).replace(/\botp: /, 'oneTimePasscode: ');
      const result = await compile(broken);
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(
        /error TS2353: Object literal may only specify known properties, and 'oneTimePasscode'/,
      );
    });
  });
});
