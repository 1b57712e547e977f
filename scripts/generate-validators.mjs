#!/usr/bin/env node
// Build step of @lr-mfa/client: bundled spec → committed sources under packages/client/src/generated/.
// (The client's methods and option tables come from scripts/generators/client.ts.)
//   validators.js  ajv standalone validators of the response bodies (200 and ApiError), compiled here so the
//                  opt-in `@lr-mfa/client/validate` entry never parses a schema at runtime;
//   validators.d.ts their declarations.
//
//   node scripts/generate-validators.mjs [--spec build/spec/openapi.json] [--out dir]
// Staleness is turbo's job (the `generate` task); the outputs depend only on the schemas and parameters they
// are made from, so a spec edit elsewhere (descriptions of other parts, docs) leaves them byte-identical.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { GENERATED_HEADER, root, runStep, StepError, writeFileAtomic } from './lib/step.mjs';

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: join(root, 'build/spec/openapi.json') },
    out: { type: 'string', default: join(root, 'packages/client/src/generated') },
  },
});

const OPERATION_ID = 'verifySmsOtp';
/** Keywords that only annotate: stripped before compiling so the validators do not embed prose. */
const ANNOTATIONS = new Set([
  'description',
  'example',
  'examples',
  'title',
  'deprecated',
  'externalDocs',
  'xml',
  '$comment',
  'readOnly',
  'writeOnly',
  'discriminator',
]);

function deref(spec, node, seen = new Set()) {
  if (!node?.$ref) return node;
  if (seen.has(node.$ref)) throw new StepError(`circular $ref ${node.$ref}`);
  seen.add(node.$ref);
  if (!node.$ref.startsWith('#/')) throw new StepError(`unexpected external $ref ${node.$ref} in the bundle`);
  const target = node.$ref
    .slice(2)
    .split('/')
    .reduce((acc, key) => acc?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], spec);
  if (target === undefined) throw new StepError(`unresolved $ref ${node.$ref}`);
  return deref(spec, target, seen);
}

function findOperation(spec) {
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (op?.operationId === OPERATION_ID) return { path, method: method.toUpperCase(), op };
    }
  }
  throw new StepError(`operation ${OPERATION_ID} not found in the bundled spec`);
}

/** Removes annotation keywords (not inside \`properties\`, where they are property names). */
function stripAnnotations(node) {
  if (Array.isArray(node)) return node.map(stripAnnotations);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key)) continue;
    out[key] =
      key === 'properties' || key === 'patternProperties' || key === '$defs'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripAnnotations(v)]))
        : stripAnnotations(value);
  }
  return out;
}

/** The component schema (`#/components/schemas/X`) of every JSON response of the operation, by status. */
function responseSchemas(spec) {
  const { op } = findOperation(spec);
  const byStatus = {};
  for (const [status, ref] of Object.entries(op.responses ?? {})) {
    const schemaRef = deref(spec, ref)?.content?.['application/json']?.schema?.$ref;
    const name = schemaRef?.match(/^#\/components\/schemas\/([A-Za-z0-9_]+)$/)?.[1];
    if (!name) throw new StepError(`response ${status}: its JSON schema must be a named component`);
    byStatus[status] = name;
  }
  return byStatus;
}

async function validatorsSource(spec, header) {
  const byStatus = responseSchemas(spec);
  const names = [...new Set(Object.values(byStatus))].sort();
  const ajv = new Ajv2020({
    strict: false, // OpenAPI adds keywords JSON Schema does not know (they are stripped, but be tolerant)
    allErrors: true, // the error lists every path that differs, not only the first
    validateFormats: false, // vendor dates are not RFC 3339 (`0001-01-01T00:00:00`, `5/20/2008 ...`)
    code: { source: true, esm: true, lines: true, optimize: true },
  });
  ajv.addSchema({
    $id: 'urn:lr-mfa:spec',
    components: { schemas: stripAnnotations(spec.components.schemas) },
  });
  const exports = Object.fromEntries(
    names.map((n) => [`validate${n}`, `urn:lr-mfa:spec#/components/schemas/${n}`]),
  );
  let code = standaloneCode(ajv, exports);
  if (/\brequire\(/.test(code)) {
    // ajv's runtime helpers (ucs2length, deep equality, …) come as require() calls: inline them so the
    // entry stays dependency-free ESM. esbuild is a devDependency of the client package.
    const { build } = createRequire(join(root, 'packages/client/package.json'))('esbuild');
    const result = await build({
      stdin: { contents: code, resolveDir: root, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['main'],
      logLevel: 'silent',
    });
    code = result.outputFiles[0].text;
  }
  const statusMap = Object.entries(byStatus)
    .map(([status, name]) => `${JSON.stringify(status)}: validate${name}`)
    .join(', ');
  const js = `${header}/* eslint-disable */\n${code.replace(/^"use strict";?/, '')}\n\n/** The operation these validators are for. */\nexport const operationId = ${JSON.stringify(OPERATION_ID)};\n/** Validator of the body for each documented status of ${OPERATION_ID}. */\nexport const byStatus = { ${statusMap} };\n`;
  const dts = `${header}
/** An ajv error object, as produced by the compiled validators. */
export interface CompiledValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
/** A compiled validator: returns whether \`data\` matches; on false, \`errors\` lists why. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledValidatorError[] | null;
}
${names.map((n) => `/** Validates a body against the \`${n}\` schema. */\nexport declare const validate${n}: CompiledValidator;`).join('\n')}
/** The operation these validators are for. */
export declare const operationId: ${JSON.stringify(OPERATION_ID)};
/** Validator of the body for each documented status of ${OPERATION_ID}. */
export declare const byStatus: Readonly<Record<${Object.keys(byStatus)
    .map((s) => JSON.stringify(s))
    .join(' | ')}, CompiledValidator>>;
`;
  return { js, dts };
}

async function readIfExists(file) {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStep('generate client inputs and validators (ajv standalone)', async () => {
    const files = ['validators.js', 'validators.d.ts'].map((f) => join(values.out, f));
    const text = await readIfExists(values.spec);
    if (text === undefined) {
      throw new StepError(`cannot read the bundled spec ${values.spec}\n  run \`pnpm spec:bundle\` first.`);
    }
    let spec;
    try {
      spec = JSON.parse(text);
    } catch (error) {
      throw new StepError(`the bundled spec ${values.spec} is not JSON: ${error.message}`);
    }
    const header = GENERATED_HEADER('spec/openapi.yaml');
    const { js, dts } = await validatorsSource(spec, header);
    // Everything is produced in memory first: a failure above leaves the committed files untouched.
    return [await writeFileAtomic(files[0], js), await writeFileAtomic(files[1], dts)];
  });
}
