// Every entry bundles for the browser with no Node built-ins; there is one entry for every runtime (no `node`
// condition); the CommonJS build (which carries the ESM-only openapi-fetch) works under require().
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { UserConfig } from 'tsdown';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixture, json, SECRETS, startServer, type TestServer } from './server.js';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const NODE_BUILTINS =
  /\bfrom\s*["'](node:)?(http|https|zlib|net|tls|stream|fs|os|path|crypto|buffer|util)["']|require\(["'](node:)?/;

async function browserBundle(entry: string) {
  const result = await build({
    entryPoints: [join(pkg, entry)],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { text: result.outputFiles[0]?.text ?? '', inputs: Object.keys(result.metafile.inputs) };
}

describe('browser bundles (esbuild, platform browser)', () => {
  test.each(['src/index.ts', 'src/validate.ts', 'src/raw.ts', 'src/mask.ts'])(
    '%s has no node: import and no Node built-in',
    async (entry) => {
      const { text } = await browserBundle(entry);
      expect(text.length).toBeGreaterThan(100);
      expect(text).not.toMatch(/["']node:/);
      expect(text).not.toMatch(NODE_BUILTINS);
    },
  );

  test('the default entry sends through openapi-fetch: it is bundled in', async () => {
    const { inputs } = await browserBundle('src/index.ts');
    expect(inputs.some((input) => input.includes('openapi-fetch'))).toBe(true);
  });
});

describe('declarations', () => {
  test('the default entry needs no Node types: its emitted declarations name none', () => {
    // A browser app type-checks against these with `types: []`; a declaration that names NodeJS.* or
    // Buffer (e.g. one copying Error's static side) breaks it.
    const program = ts.createProgram([join(pkg, 'src/index.ts')], {
      declaration: true,
      emitDeclarationOnly: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      skipLibCheck: true,
      types: ['node'],
    });
    const emitted: Record<string, string> = {};
    program.emit(undefined, (file, text) => {
      emitted[file] = text;
    });
    const files = Object.keys(emitted).filter((file) => file.includes('/packages/client/src/'));
    expect(files.some((file) => file.endsWith('/errors.d.ts'))).toBe(true);
    for (const file of files) expect(emitted[file], file).not.toMatch(/\bNodeJS\b|\bBuffer\b|["']node:/);
  }, 30_000);
});

describe('entries', () => {
  test('package.json has one entry for every runtime: no node condition, no node transport', () => {
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
    const dot = manifest.exports['.'];
    expect(Object.keys(dot)).toEqual(['import', 'require']);
    for (const entry of ['./raw', './mask'])
      expect(Object.keys(manifest.exports[entry])).toEqual(['import', 'require']);
    expect(JSON.stringify(manifest.exports)).not.toContain('node');
    expect(dot.import).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(manifest.exports['./validate'].require.types).toBe('./dist/validate.d.cts');
    expect(manifest.sideEffects).toBe(false);
  });
});

describe('built output', () => {
  let out: string;
  let server: TestServer;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'lr-mfa-client-build-'));
    // The real tsdown configuration, JavaScript only, into a scratch folder.
    const { build } = await import('tsdown');
    const config = (await import('../tsdown.config.js')).default as UserConfig[];
    for (const options of config) {
      await build({
        ...options,
        config: false,
        cwd: pkg,
        outDir: out,
        dts: false,
        clean: false,
        logLevel: 'silent',
      });
    }
    server = await startServer(json(200, fixture('seed-200')));
  }, 60_000);
  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await server?.close();
  });

  /** An ESM output file and every chunk it imports, concatenated. */
  function closure(file: string, seen = new Set<string>()): string {
    if (seen.has(file)) return '';
    seen.add(file);
    const text = readFileSync(join(out, file), 'utf8');
    const chunks = [...text.matchAll(/from ["']\.\/([^"']+)["']/g)].map((m) => m[1] as string);
    return text + chunks.map((chunk) => closure(chunk, seen)).join('\n');
  }

  test('the CommonJS builds load with require() and work, openapi-fetch bundled in', async () => {
    const require = createRequire(join(out, 'x.cjs'));
    for (const file of ['index.cjs']) {
      const { createClient } = require(join(out, file));
      const client = createClient({ apiKey: SECRETS.apiKey, baseUrl: server.url });
      const { data, error } = await client.verifySmsOtp({
        secondFactorAuthenticationToken: SECRETS.token,
        otp: SECRETS.otp,
      });
      expect(error).toBeUndefined();
      expect(data.access_token).toBeTypeOf('string');
    }
    const raw = readFileSync(join(out, 'raw.cjs'), 'utf8');
    expect(raw).not.toMatch(/require\(["']openapi-fetch["']\)/);
    const { createRawClient } = require(join(out, 'raw.cjs'));
    const { response } = await createRawClient({ apiKey: SECRETS.apiKey, baseUrl: server.url }).PUT(
      '/identity/v2/auth/login/2fa/sms',
      { params: { query: { secondfactorauthenticationtoken: SECRETS.token } }, body: { otp: SECRETS.otp } },
    );
    expect(response.status).toBe(200);
    expect(require(join(out, 'validate.cjs')).matchesSpec('verifySmsOtp', 200, fixture('seed-200'))).toBe(
      true,
    );
  });

  // Bundlers take some globals for pure: a check written as a call whose result goes unused (as
  // `encodeURIComponent(value)` in a try block was) survives in src/ and vanishes from dist/.
  test('the built checks still refuse what src refuses: a lone surrogate, in ESM and CommonJS', async () => {
    const esm = await import(pathToFileURL(join(out, 'index.js')).href);
    const cjs = createRequire(join(out, 'x.cjs'))(join(out, 'index.cjs'));
    for (const { createClient, InvalidOptionError } of [esm, cjs]) {
      expect(() => createClient({ apiKey: 'k\ud800', baseUrl: server.url })).toThrow(InvalidOptionError);
      const client = createClient({ apiKey: SECRETS.apiKey, baseUrl: server.url });
      const { error } = await client.verifySmsOtp({
        secondFactorAuthenticationToken: `${SECRETS.token}\udc00`,
        otp: SECRETS.otp,
      });
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect(error.message).toContain('has a lone surrogate');
    }
  });

  test('no chunk is empty (a module both entries share only for its re-exports would make one)', () => {
    const files = readdirSync(out).filter((file) => file.endsWith('.js') || file.endsWith('.cjs'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) expect(statSync(join(out, file)).size, file).toBeGreaterThan(0);
  });

  test('the ESM builds import and work; none has a node: import', async () => {
    const index = await import(pathToFileURL(join(out, 'index.js')).href);
    const { data } = await index
      .createClient({ apiKey: SECRETS.apiKey, baseUrl: server.url })
      .verifySmsOtp({ secondFactorAuthenticationToken: SECRETS.token, otp: SECRETS.otp });
    expect(data.Profile).toBeTypeOf('object');
    expect(closure('index.js')).not.toMatch(/["']node:/);
    expect(closure('validate.js')).not.toMatch(/["']node:/);
    expect(closure('raw.js')).not.toMatch(/["']node:/);
  });
});
