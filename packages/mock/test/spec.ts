// The bundled spec as @lr-mfa/docs publishes it (`@lr-mfa/docs/openapi.json`: the bundle plus code samples), the
// operations' inputs read from it, and ajv 2020 validators for each documented response of the operation.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is walked dynamically.
export type Json = any;

export async function bundleSpec(): Promise<Json> {
  const file = createRequire(import.meta.url).resolve('@lr-mfa/docs/openapi.json');
  return JSON.parse(await readFile(file, 'utf8'));
}

/** The node at `parts`, its `$ref`s followed; and where it was found. */
export function follow(doc: Json, parts: string[]): { node: Json; parts: string[] } {
  let node = parts.reduce((acc, key) => acc?.[key], doc);
  let at = parts;
  while (node && typeof node.$ref === 'string') {
    at = (node.$ref as string)
      .slice(2)
      .split('/')
      .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
    node = at.reduce((acc: Json, key) => acc?.[key], doc);
  }
  return { node, parts: at };
}

export interface ResponseContract {
  /** Validates a JSON body against the response's application/json schema. */
  body: ValidateFunction;
  /** Header name (lower case) → validator of its schema, for the headers the response documents. */
  headers: Map<string, ValidateFunction>;
}

const SCHEMAS = '"$ref":"#/components/schemas/';

/** Validators for every response status each operation documents, by operationId then status. */
export function responseContracts(doc: Json): Map<string, Map<number, ResponseContract>> {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  // OpenAPI annotations and this spec's extensions, which are not JSON Schema 2020-12 keywords.
  ajv.addVocabulary(['example', 'xml', 'externalDocs', 'discriminator', 'x-lr-secret']);
  // The component schemas become $defs of one schema; the bundle's refs to them are moved along.
  const id = 'urn:lr-mfa:components';
  const moved = (schema: Json) => JSON.parse(JSON.stringify(schema).replaceAll(SCHEMAS, '"$ref":"#/$defs/'));
  ajv.addSchema({ $id: id, $defs: moved(doc.components.schemas) });
  const compile = (schema: Json) =>
    ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll(SCHEMAS, `"$ref":"${id}#/$defs/`)));

  const all = new Map<string, Map<number, ResponseContract>>();
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const method of Object.keys(item)) {
      const where = ['paths', path, method];
      const operation = follow(doc, where).node;
      if (!operation?.operationId) continue;
      const contracts = new Map<number, ResponseContract>();
      for (const status of Object.keys(operation.responses)) {
        const response = follow(doc, [...where, 'responses', status]).node;
        const headers = new Map<string, ValidateFunction>();
        for (const [name, header] of Object.entries(response.headers ?? {})) {
          headers.set(name.toLowerCase(), compile(follow({ h: header, ...doc }, ['h']).node.schema));
        }
        contracts.set(Number(status), {
          body: compile(response.content['application/json'].schema),
          headers,
        });
      }
      all.set(operation.operationId, contracts);
    }
  }
  return all;
}

/** One input of an operation as the spec declares it, its schema's `$ref`s followed one level. */
export interface SpecInput {
  wire: string;
  in: 'query' | 'header' | 'path' | 'body';
  required: boolean;
  schema: Json;
}

export interface SpecOperationInputs {
  id: string;
  method: string;
  path: string;
  inputs: SpecInput[];
  body?: { contentType: string };
}

/** Every operation of the document with its parameters and (object) body fields, read straight from the spec. */
export function operationsOf(doc: Json): SpecOperationInputs[] {
  const deref = (node: Json) => follow({ node, ...doc }, ['node']).node;
  const operations: SpecOperationInputs[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const [method, operation] of Object.entries(item as Record<string, Json>)) {
      if (!operation?.operationId) continue;
      const inputs: SpecInput[] = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
        .map(deref)
        .map((p: Json) => ({
          wire: p.name,
          in: p.in,
          required: p.required === true,
          schema: deref(p.schema),
        }));
      const requestBody = operation.requestBody && deref(operation.requestBody);
      const [contentType] = Object.keys(requestBody?.content ?? {});
      if (contentType) {
        const schema = deref(requestBody.content[contentType].schema);
        for (const [wire, property] of Object.entries(schema.properties ?? {})) {
          const required = (schema.required ?? []).includes(wire);
          inputs.push({ wire, in: 'body', required, schema: deref(property) });
        }
      }
      operations.push({
        id: operation.operationId,
        method,
        path,
        inputs,
        ...(contentType ? { body: { contentType } } : {}),
      });
    }
  }
  return operations;
}
