// Generator of the client's response validators: ajv standalone code, one validator per operation and
// documented status, compiled here so the opt-in `@lr-mfa/client/validate` entry never parses a schema at
// runtime. Built, not committed (git-ignored): they are large and follow from the spec alone. Compiled by the
// pipeline's one schema engine (@lr-mfa/codegen/ajv), which also compiles the mock's request validators.
//
// Module shape (packages/client/src/generated/validators/index.js + index.d.ts):
//   validators[operationId][status]   CompiledValidator, or null when that status has no JSON schema
//   validatorFor(operationId, status)  the validator for a numeric status: exact, else `4XX`, else `default`;
//                                      undefined when none applies (nothing to check)
//   validate<Schema>                   one per named component schema a response uses (e.g. validateApiError)

import {
  compile,
  createAjv,
  type Exports,
  type Fail,
  messageOf,
  rebase,
  SPEC_ID,
  strip,
} from '@lr-mfa/codegen/ajv';
import { isIdentifier, isObject, type Node, valueAt } from '@lr-mfa/codegen/codegen';
import type { Model, Operation, Response } from '@lr-mfa/codegen/model';
import type { GeneratedFile, Generator } from '@lr-mfa/codegen/plugin';
import { escapePointerFragment } from '@redocly/openapi-core';
import type { Ajv2020 } from 'ajv/dist/2020.js';

const OUT = 'packages/client/src/generated/validators';
const statusName = (status: string) => (status === 'default' ? 'Default' : status);

/** Validator export name (`validate…`) of each documented status of each operation; null: no JSON schema. */
type Table = Record<string, Record<string, string | null>>;

/**
 * The export name and schema id of a JSON response's validator: its named component's, else an inline schema's,
 * which is added to ajv here.
 */
function responseValidator(
  ajv: Ajv2020,
  document: Node,
  op: Operation,
  response: Response,
  pointer: string,
  fail: Fail,
): { name: string; ref: string } {
  if (response.schemaRef) {
    const schemaName = response.schemaRef.slice('#/components/schemas/'.length);
    return { name: `validate${schemaName}`, ref: `${SPEC_ID}${response.schemaRef}` };
  }
  const name = `validate${op.typeName}${statusName(response.status)}`;
  const ref = `urn:lr-mfa:operation:${op.id}:${response.status}`;
  const schema = strip(rebase(valueAt(document, pointer)));
  if (!isObject(schema)) return fail(pointer, 'a response schema must be an object');
  try {
    ajv.addSchema({ ...schema, $id: ref });
  } catch (error) {
    fail(pointer, `ajv cannot compile this schema: ${messageOf(error)}`);
  }
  return { name, ref };
}

/** Every operation's validators by status, each schema added to ajv and its export name checked. */
function validatorTable(
  ajv: Ajv2020,
  document: Node,
  model: Model,
  fail: Fail,
): { table: Table; exports: Exports } {
  const exports: Exports = new Map();
  const table: Table = {};
  for (const op of model.operations) {
    const byStatus: Record<string, string | null> = {};
    for (const response of op.responses) {
      if (!response.json || !response.contentType || response.schema === undefined) {
        byStatus[response.status] = null;
        continue;
      }
      const pointer = `${response.pointer}/content/${escapePointerFragment(response.contentType)}/schema`;
      const { name, ref } = responseValidator(ajv, document, op, response, pointer, fail);
      if (!isIdentifier(name)) fail(pointer, `the validator name ${name} is not a JavaScript identifier`);
      const previous = exports.get(name);
      if (previous !== undefined && previous !== ref)
        fail(pointer, `two response schemas would both be exported as ${name}`);
      exports.set(name, ref);
      byStatus[response.status] = name;
    }
    table[op.id] = byStatus;
  }
  return { table, exports };
}

/** The table's members as source, each validator name rendered by `render`. */
function tableSource(table: Table, render: (name: string | null) => string): string {
  return Object.entries(table)
    .map(
      ([id, byStatus]) =>
        `  ${JSON.stringify(id)}: { ${Object.entries(byStatus)
          .map(([status, name]) => `${JSON.stringify(status)}: ${render(name)}`)
          .join(', ')} },`,
    )
    .join('\n');
}

function moduleJs(header: string, code: string, table: Table): string {
  return `${header}/* eslint-disable */
${code.replace(/^"use strict";?/, '')}

/** Validator of each documented status of each operation; null: that status has no JSON schema. */
export const validators = {
${tableSource(table, (name) => name ?? 'null')}
};

/** The validator for a body of \`status\`: the exact status, else its \`NXX\` range, else \`default\`. */
export function validatorFor(operationId, status) {
  const byStatus = Object.hasOwn(validators, operationId) ? validators[operationId] : undefined;
  if (!byStatus) return undefined;
  for (const key of [String(status), \`\${String(status)[0]}XX\`, 'default']) {
    if (Object.hasOwn(byStatus, key)) return byStatus[key] ?? undefined;
  }
  return undefined;
}
`;
}

function moduleDts(header: string, exports: Exports, table: Table): string {
  return `${header}
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
${[...exports.keys()].map((n) => `export declare const ${n}: CompiledValidator;`).join('\n')}
/** Validator of each documented status of each operation; null: that status has no JSON schema. */
export declare const validators: {
${tableSource(table, (name) => (name ? 'CompiledValidator' : 'null')).replaceAll(/^ {2}"/gm, '  readonly "')}
};
/** Operations that have validators. */
export type ValidatedOperationId = keyof typeof validators;
/**
 * The validator for a body of \`status\`: the exact status, else its \`NXX\` range, else \`default\`; undefined when
 * the operation documents no JSON schema for it (nothing to check).
 */
export declare function validatorFor(operationId: string, status: number): CompiledValidator | undefined;
`;
}

export const validators: Generator = {
  name: 'validators',
  owns: [OUT],
  async generate({ model, document, header, fail }): Promise<GeneratedFile[]> {
    const ajv = createAjv(document, 'responses');
    const { table, exports } = validatorTable(ajv, document, model, fail);
    const code = await compile(ajv, exports, fail);
    return [
      { path: `${OUT}/index.js`, content: moduleJs(header, code, table) },
      { path: `${OUT}/index.d.ts`, content: moduleDts(header, exports, table) },
    ];
  },
};
