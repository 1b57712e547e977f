// Shared helpers of the spec tests: run the pipeline scripts as a user would, load the bundle, build ajv
// validators for its component schemas, and walk schemas the way a JSON Schema validator does.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll } from 'vitest';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const specDir = join(repoRoot, 'spec');
export const fixturesDir = join(specDir, 'tests/fixtures');

// Loose JSON shapes: the bundle is data read from disk, checked by the tests themselves.
// biome-ignore lint/suspicious/noExplicitAny: JSON documents are walked dynamically.
export type Json = any;
export type Schema = Record<string, Json>;

export async function readJson(path: string): Promise<Json> {
  return JSON.parse(await readFile(path, 'utf8'));
}

export const fixture = (name: string): Promise<Json> => readJson(join(fixturesDir, name));

export interface ScriptResult {
  code: number;
  /** stdout and stderr together, as a user sees them. */
  output: string;
}

/** Runs one of the repo's pipeline scripts (TypeScript, with tsx); never rejects on a non-zero exit. */
export function runScript(script: string, args: string[] = []): Promise<ScriptResult> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      join(repoRoot, 'node_modules/.bin/tsx'),
      [join(repoRoot, 'scripts', script), ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        if (error && code === -1) reject(error);
        else resolvePromise({ code, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `lr-mfa-${prefix}-`));
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });

/** A scratch copy of the spec tree (without its tests) to break on purpose. */
export async function copySpec(): Promise<string> {
  const dir = await tempDir('spec-copy');
  await cp(specDir, dir, { recursive: true, filter: (src) => !src.startsWith(join(specDir, 'tests')) });
  return dir;
}

export interface Bundle {
  dir: string;
  doc: Json;
  yamlText: string;
  result: ScriptResult;
}

/** Bundles the spec into a fresh temp dir with the real bundle script. */
export async function bundleSpec(spec = join(specDir, 'openapi.yaml')): Promise<Bundle> {
  const dir = await tempDir('bundle');
  const result = await runScript('bundle-spec.ts', ['--spec', spec, '--out', dir]);
  if (result.code !== 0) throw new Error(`bundle-spec failed:\n${result.output}`);
  return {
    dir,
    doc: await readJson(join(dir, 'openapi.json')),
    yamlText: await readFile(join(dir, 'openapi.yaml'), 'utf8'),
    result,
  };
}

/**
 * The spec bundled once for the calling test file: filled in before its tests run (hooks registered after
 * this call see it too) and removed after them.
 */
export function useBundle(): Bundle {
  const bundle = {} as Bundle;
  beforeAll(async () => {
    Object.assign(bundle, await bundleSpec());
  }, 60_000);
  afterAll(() => (bundle.dir ? removeDir(bundle.dir) : undefined));
  return bundle;
}

const SCHEMA_REF = '#/components/schemas/';

/** Rewrites the bundle's `#/components/schemas/X` refs to `#/$defs/X` so ajv can compile them standalone. */
function rewriteRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) =>
        key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMA_REF)
          ? [key, `#/$defs/${value.slice(SCHEMA_REF.length)}`]
          : [key, rewriteRefs(value)],
      ),
    );
  }
  return node;
}

/** Every `x-` extension keyword used anywhere under `node`. */
export function extensionKeywords(node: Json, found = new Set<string>()): Set<string> {
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) found.add(key);
      extensionKeywords(value, found);
    }
  }
  return found;
}

/**
 * A JSON Schema 2020-12 validator factory over the bundle's component schemas. `validator(schema)` compiles
 * any schema taken from the bundle (e.g. a response's media-type schema) with the components in scope.
 */
export function schemaValidators(doc: Json) {
  // strictTypes without allowUnionTypes: the schemas must compile in the strict mode most ajv users run.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: true });
  // OpenAPI annotations that are not JSON Schema 2020-12 keywords, and the spec's own `x-` extensions.
  ajv.addVocabulary([
    'example',
    'xml',
    'externalDocs',
    'discriminator',
    ...extensionKeywords(doc.components),
  ]);
  const id = 'urn:lr-mfa:components';
  ajv.addSchema({ $id: id, $defs: rewriteRefs(doc.components.schemas) });
  const cache = new Map<string, ValidateFunction>();
  const validator = (schema: Schema): ValidateFunction => {
    const key = JSON.stringify(schema);
    const cached = cache.get(key);
    if (cached) return cached;
    const rewritten = JSON.parse(
      JSON.stringify(rewriteRefs(schema)).replaceAll('"#/$defs/', `"${id}#/$defs/`),
    );
    const validate = ajv.compile(rewritten);
    cache.set(key, validate);
    return validate;
  };
  return { ajv, validator, component: (name: string) => validator({ $ref: `${SCHEMA_REF}${name}` }) };
}

/** Follows a local `$ref` (`#/components/...`) inside the bundle. */
export function deref(doc: Json, node: Json): Json {
  let current = node;
  const seen = new Set<string>();
  while (current && typeof current.$ref === 'string') {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/') || seen.has(ref)) throw new Error(`cannot follow $ref ${ref}`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((acc: Json, part) => acc?.[part], doc);
  }
  return current;
}

/** The application/json schema and examples of one response of verifySmsOtp, refs followed. */
export function responseMedia(
  doc: Json,
  status: string,
  path = '/identity/v2/auth/login/2fa/sms',
  method = 'put',
): { schema: Schema; examples: Record<string, Json>; description: string } {
  const response = deref(doc, doc.paths[path][method].responses[status]);
  const media = response.content['application/json'];
  const examples = Object.fromEntries(
    Object.entries(media.examples ?? {}).map(([name, example]) => [name, deref(doc, example).value]),
  );
  return { schema: media.schema, examples, description: response.description };
}

/** The JSON types a schema admits, over `type`, `allOf`, `anyOf` and `oneOf`; undefined when unconstrained. */
export function admittedTypes(doc: Json, schemaOrRef: Json): Set<string> | undefined {
  const schema = deref(doc, schemaOrRef);
  if (!schema || typeof schema !== 'object') return undefined;
  if (schema.type !== undefined) return new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
  const branches: Json[] = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const union = new Set<string>();
    for (const branch of branches) {
      const types = admittedTypes(doc, branch);
      if (!types) return undefined;
      for (const t of types) union.add(t);
    }
    return union;
  }
  if (schema.allOf) {
    for (const member of schema.allOf) {
      const types = admittedTypes(doc, member);
      if (types) return types;
    }
  }
  return undefined;
}

/** The property schemas a schema declares, merged over allOf/anyOf/oneOf members (refs followed). */
export function declaredProperties(doc: Json, schemaOrRef: Json): Map<string, Json> {
  const schema = deref(doc, schemaOrRef);
  const found = new Map<string, Json>();
  if (!schema || typeof schema !== 'object') return found;
  for (const [name, property] of Object.entries(schema.properties ?? {})) found.set(name, property);
  for (const member of [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    for (const [name, property] of declaredProperties(doc, member))
      if (!found.has(name)) found.set(name, property);
  }
  return found;
}

/** A schema's `additionalProperties` schema (over composition), when it declares one as a schema. */
export function additionalPropertiesSchema(doc: Json, schemaOrRef: Json): Json | undefined {
  const schema = deref(doc, schemaOrRef);
  if (!schema || typeof schema !== 'object') return undefined;
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    return schema.additionalProperties;
  }
  for (const member of [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    const found = additionalPropertiesSchema(doc, member);
    if (found) return found;
  }
  return undefined;
}

/** A schema's `items` schema (over composition). */
export function itemsSchema(doc: Json, schemaOrRef: Json): Json | undefined {
  const schema = deref(doc, schemaOrRef);
  if (!schema || typeof schema !== 'object') return undefined;
  if (schema.items) return schema.items;
  for (const member of [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    const found = itemsSchema(doc, member);
    if (found) return found;
  }
  return undefined;
}

/** The JSON type name of a value, with `integer` for whole numbers. */
export function jsonType(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Whether a value of JSON type `actual` is admitted by the types `allowed` (integer counts as number). */
export const typeAdmits = (allowed: Set<string>, actual: string) =>
  allowed.has(actual) || (actual === 'integer' && allowed.has('number'));
