#!/usr/bin/env node
// Build step of @lr-mfa/client: bundled spec → committed sources under packages/client/src/generated/.
//   operation.ts   the verifySmsOtp inputs (camelCase option → wire name, location, type, required), so the
//                  client's options follow the spec instead of a hand-kept list;
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
import { doc, optionName } from './lib/codegen.mjs';
import { GENERATED_HEADER, root, runStep, StepError, writeFileAtomic } from './lib/step.mjs';

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: join(root, 'build/spec/openapi.json') },
    out: { type: 'string', default: join(root, 'packages/client/src/generated') },
  },
});

const OPERATION_ID = 'verifySmsOtp';
/** Names of per-call options of verifySmsOtp that are not API inputs; an input may not take one. */
const CALL_OPTIONS = ['signal', 'timeoutMs', 'retry', 'headers'];
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

/** The JS type the client checks an input against, from its (dereferenced) schema. */
function valueType(spec, schema, where) {
  const s = deref(spec, schema);
  if (s?.type === 'string' || s?.type === 'boolean') return s.type;
  const values = s?.additionalProperties && deref(spec, s.additionalProperties);
  if (s?.type === 'object' && values?.type === 'string' && !s.properties) return 'map';
  throw new StepError(
    `${where}: unsupported input schema ${JSON.stringify(s)}; teach scripts/generate-validators.mjs this type`,
  );
}

function findOperation(spec) {
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (op?.operationId === OPERATION_ID) return { path, method: method.toUpperCase(), op };
    }
  }
  throw new StepError(`operation ${OPERATION_ID} not found in the bundled spec`);
}

/** [option, wire name, location, type, required] for every input, in spec order (query, header, body). */
export function operationInputs(spec) {
  const { op } = findOperation(spec);
  const inputs = [];
  for (const ref of op.parameters ?? []) {
    const p = deref(spec, ref);
    if (p.in !== 'query' && p.in !== 'header') {
      throw new StepError(`parameter ${p.name}: location "${p.in}" is not supported by the client generator`);
    }
    // The names the docs' code samples use too (scripts/lib/codegen.mjs).
    inputs.push([
      optionName(p.name, ref.$ref),
      p.name,
      p.in,
      valueType(spec, p.schema, `parameter ${p.name}`),
      p.required === true,
    ]);
  }
  const body = deref(spec, op.requestBody);
  const schema = body && deref(spec, body.content?.['application/json']?.schema);
  if (body && !schema?.properties) throw new StepError('the request body must be a JSON object schema');
  for (const [wire, prop] of Object.entries(schema?.properties ?? {})) {
    const required = body.required === true && (schema.required ?? []).includes(wire);
    inputs.push([optionName(wire), wire, 'body', valueType(spec, prop, `body property ${wire}`), required]);
  }
  const seen = new Map();
  for (const [option, wire] of inputs) {
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(option))
      throw new StepError(`bad option name ${option} for ${wire}`);
    if (CALL_OPTIONS.includes(option))
      throw new StepError(`input ${wire} would shadow the call option ${option}`);
    if (seen.has(option)) throw new StepError(`inputs ${seen.get(option)} and ${wire} both map to ${option}`);
    seen.set(option, wire);
  }
  return inputs;
}

function operationSource(spec, inputs, header) {
  const { path, method, op } = findOperation(spec);
  const typeOf = {
    query: 'VerifySmsOtpQuery',
    header: 'VerifySmsOtpHeaders',
    body: 'VerifySmsOtpRequestBody',
  };
  const used = [...new Set(inputs.map(([, , where]) => typeOf[where]))].sort();
  const params = (op.parameters ?? []).map((ref) => deref(spec, ref));
  const bodySchema = deref(spec, deref(spec, op.requestBody)?.content?.['application/json']?.schema);
  const description = (wire, where) =>
    where === 'body'
      ? deref(spec, bodySchema.properties[wire]).description
      : params.find((p) => p.name === wire && p.in === where)?.description;
  const fields = inputs
    .map(([option, wire, where, , required]) => {
      const note = where === 'body' ? `JSON body field \`${wire}\`` : `${where} parameter \`${wire}\``;
      const text = `${description(wire, where) ?? ''}\n\nSent as the ${note}.`;
      return `${doc(text, '  ')}  ${option}${required ? '' : '?'}: ${typeOf[where]}['${wire}'];`;
    })
    .join('\n');
  // Compact rows, because the table ships in the browser bundle: the wire name is left empty when it is
  // the lower-cased option (most are), location, type and "required" share one short code.
  const rows = inputs
    .map(([option, wire, location, type, required]) => [
      option,
      wire === option.toLowerCase() ? '' : wire,
      `${location[0]}${type[0]}${required ? '!' : ''}`,
    ])
    .map((row) => `  ${JSON.stringify(row).replaceAll(',', ', ')},`)
    .join('\n');
  return `${header}
import type { ${used.join(', ')} } from '@lr-mfa/types';

/** HTTP method of \`${OPERATION_ID}\`. */
export const method = ${JSON.stringify(method)};
/** Path of \`${OPERATION_ID}\`, relative to the base URL. */
export const path = ${JSON.stringify(path)};

/**
 * Where an input goes on the wire and what the client checks it against before sending:
 * [option, wire name (empty: the lower-cased option), code]. The code is the location (q query, h header,
 * b body), the type (s string, b boolean, m map of strings) and \`!\` when required.
 */
export type InputRow = readonly [option: string, wire: string, code: \`\${'q' | 'h' | 'b'}\${'s' | 'b' | 'm'}\${'' | '!'}\`];

/** Every input of \`${OPERATION_ID}\`, in spec order. */
export const inputs = [
${rows}
] as const satisfies readonly InputRow[];

/** The API inputs of \`${OPERATION_ID}\` as camelCase options (query parameters, headers, body fields). */
export interface VerifySmsOtpInputs {
${fields}
}
`;
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
  const js = `${header}/* eslint-disable */\n${code.replace(/^"use strict";?/, '')}\n\n/** Validator of the body for each documented status of ${OPERATION_ID}. */\nexport const byStatus = { ${statusMap} };\n`;
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
    const files = ['operation.ts', 'validators.js', 'validators.d.ts'].map((f) => join(values.out, f));
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
    const inputs = operationInputs(spec);
    const operation = operationSource(spec, inputs, header);
    const { js, dts } = await validatorsSource(spec, header);
    // Everything is produced in memory first: a failure above leaves the committed files untouched.
    return [
      await writeFileAtomic(files[0], operation),
      await writeFileAtomic(files[1], js),
      await writeFileAtomic(files[2], dts),
    ];
  });
}
