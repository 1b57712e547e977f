// The pipeline's one schema engine: ajv (JSON Schema 2020-12) set up on the bundled document's components, its
// standalone code compiled at generation time so no runtime parses a schema. The client's response validators
// (packages/client/codegen/validators.ts) and the mock's request validators (packages/mock/codegen/mock.ts)
// are both compiled here: one list of annotation keywords, one set-up, one standalone output.
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import formats from 'ajv-formats';
import { build } from 'esbuild';
import { isObject, type Node } from './codegen.js';
import type { JsonSchema } from './model.js';
import type { GeneratorContext } from './plugin.js';
import { root } from './step.js';

// CommonJS modules whose `default` is themselves: the one spelling both TypeScript and Node's ESM loader accept.
const standaloneCode = standalone.default;
const addFormats = formats.default;
export const SPEC_ID = 'urn:lr-mfa:spec';
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

/** Removes annotation keywords (not inside `properties`, where they are property names). */
export function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (!isObject(node)) return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) {
    // Spec extensions (`x-lr-secret`, `x-lr-option`, …) only annotate too.
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    out[key] =
      (key === 'properties' || key === 'patternProperties' || key === '$defs') && isObject(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v)]))
        : key === 'enum' || key === 'const' || key === 'default'
          ? value
          : strip(value);
  }
  return out;
}

/** Points the document's local `$ref`s (`#/components/…`) at the shared components schema. */
export function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${SPEC_ID}${v}` : rebase(v),
    ]),
  );
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Export name → the schema id or `$ref` it validates. */
export type Exports = Map<string, string>;
export type Fail = GeneratorContext['fail'];

/**
 * An ajv instance holding the document's component schemas (annotations stripped). Responses are what the
 * vendor sends: every difference is listed, unknown keywords tolerated and formats not checked (vendor dates
 * are not RFC 3339: `0001-01-01T00:00:00`, `5/20/2008 …`). Requests are what the spec demands of a caller: the
 * first problem is enough, `format` is checked and a keyword ajv does not know fails compilation.
 */
export function createAjv(document: Node, side: 'responses' | 'requests'): Ajv2020 {
  const schemas =
    isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : {};
  const code = { source: true, esm: true, lines: true, optimize: true };
  const ajv =
    side === 'responses'
      ? new Ajv2020({ strict: false, allErrors: true, validateFormats: false, code })
      : new Ajv2020({ strict: false, strictSchema: true, allowUnionTypes: true, code });
  if (side === 'requests') addFormats(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: strip(schemas) } });
  return ajv;
}

/** ajv's standalone ESM code of the exported validators, its runtime helpers inlined. */
export async function compile(ajv: Ajv2020, exports: Exports, fail: Fail): Promise<string> {
  let code: string;
  try {
    code = standaloneCode(ajv, Object.fromEntries(exports));
  } catch (error) {
    return fail('/components/schemas', `ajv cannot compile the schemas: ${messageOf(error)}`);
  }
  if (!/\brequire\(/.test(code)) return code;
  // ajv's runtime helpers (ucs2length, deep equality, the formats, …) come as require() calls: inline them so
  // the module stays dependency-free ESM.
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['main'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** A request input's schema to compile, and where the spec states it (for a failure). */
export interface InputSchema {
  schema: JsonSchema;
  pointer: string;
}

/**
 * ajv standalone ESM code checking request inputs, one export per distinct schema (`check0`, …), and the
 * export name of each input, in order. A schema ajv cannot compile fails generation at its input's pointer.
 */
export async function compileInputChecks(
  document: Node,
  inputs: InputSchema[],
  fail: Fail,
): Promise<{ names: string[]; code: string }> {
  const ajv = createAjv(document, 'requests');
  const exports: Exports = new Map();
  const byText = new Map<string, string>();
  const names = inputs.map(({ schema, pointer }) => {
    const stripped = strip(rebase(schema));
    const text = JSON.stringify(stripped);
    const known = byText.get(text);
    if (known) return known;
    const name = `check${byText.size}`;
    const ref = `urn:lr-mfa:input:${byText.size}`;
    try {
      ajv.compile({ ...(stripped as Node), $id: ref });
    } catch (error) {
      fail(pointer, `ajv cannot compile this schema: ${messageOf(error)}`);
    }
    byText.set(text, name);
    exports.set(name, ref);
    return name;
  });
  const code = exports.size > 0 ? await compile(ajv, exports, fail) : '';
  return { names, code: code.replace(/^"use strict";?/, '') };
}
