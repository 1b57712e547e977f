// Builds the Model (./model.ts) from a bundled OpenAPI document. Pure: no I/O, so every generator and test can
// call it on any document. A construct it cannot represent throws SpecPointerError with the JSON pointer of the
// offending node; the runner turns the pointer into the spec file and line.

import { escapePointerFragment as escapePointer } from '@redocly/openapi-core';
import { isIdentifier, isJsonMediaType as isJson, isObject, type Node, valueAt } from './codegen.js';
import type {
  Example,
  HttpMethod,
  Input,
  InputKind,
  JsonSchema,
  Model,
  Operation,
  RequestBody,
  Response,
  RetryRule,
} from './model.js';
import { optionName } from './naming.js';

/** A problem in the spec at `pointer` (a JSON pointer into the bundled document). */
export class SpecPointerError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
    this.name = 'SpecPointerError';
  }
}

type Doc = Record<string, unknown>;

export const METHODS: readonly HttpMethod[] = [
  'get',
  'put',
  'post',
  'delete',
  'patch',
  'head',
  'options',
  'trace',
];
const SAFE_METHODS: ReadonlySet<HttpMethod> = new Set(['get', 'head', 'options']);

const pascalCase = (id: string) =>
  id.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/** The node a local `$ref` points to, and its pointer. */
function lookup(doc: Doc, ref: string, at: string): { node: unknown; pointer: string } {
  if (!ref.startsWith('#/')) throw new SpecPointerError(at, `external $ref "${ref}" survived bundling`);
  const pointer = ref.slice(1);
  const node = valueAt(doc, pointer);
  if (node === undefined) throw new SpecPointerError(at, `$ref "${ref}" points to nothing`);
  return { node, pointer };
}

/** Follows `$ref` chains of a non-schema object (parameter, response, …): its resolved node and pointer. */
function follow(doc: Doc, node: unknown, pointer: string): { node: Node; pointer: string } {
  const seen = new Set<string>();
  let current = node;
  let at = pointer;
  while (isObject(current) && typeof current.$ref === 'string') {
    if (seen.has(current.$ref)) throw new SpecPointerError(at, `$ref cycle through "${current.$ref}"`);
    seen.add(current.$ref);
    ({ node: current, pointer: at } = lookup(doc, current.$ref, at));
  }
  if (!isObject(current)) throw new SpecPointerError(at, 'expected an object');
  return { node: current, pointer: at };
}

/** A schema with its `$ref`s inlined; a `$ref` met again inside itself stays a `$ref` (recursion). */
function resolveSchema(doc: Doc, schema: unknown, pointer: string, stack: string[] = []): JsonSchema {
  if (Array.isArray(schema))
    return schema.map((s, i) => resolveSchema(doc, s, `${pointer}/${i}`, stack)) as never;
  if (!isObject(schema)) return schema as never;
  if (typeof schema.$ref === 'string') {
    if (stack.includes(schema.$ref)) return { ...schema };
    const { node, pointer: target } = lookup(doc, schema.$ref, pointer);
    const { $ref: _, ...siblings } = schema;
    const resolved = resolveSchema(doc, node, target, [...stack, schema.$ref]);
    return Object.keys(siblings).length
      ? { ...resolved, ...resolveSchema(doc, siblings, pointer, stack) }
      : resolved;
  }
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    // `examples`/`example`/`const`/`default`/`enum` hold data, not schemas: copy them as they are.
    out[key] = ['examples', 'example', 'const', 'default', 'enum'].includes(key)
      ? value
      : resolveSchema(doc, value, `${pointer}/${escapePointer(key)}`, stack);
  }
  return out;
}

/** The broad kind of a resolved schema: enough for argument checks before sending. */
function kindOf(schema: JsonSchema): InputKind {
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
    (t): t is string => typeof t === 'string' && t !== 'null',
  );
  if (types.length === 1) return types[0] as InputKind;
  if (types.length === 0 && Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === 'string'))
    return 'string';
  return 'any';
}

function examplesOf(doc: Doc, media: Node, pointer: string): Example[] {
  const out: Example[] = [];
  if (isObject(media.examples)) {
    for (const [name, raw] of Object.entries(media.examples)) {
      const { node } = follow(doc, raw, `${pointer}/examples/${escapePointer(name)}`);
      out.push({
        name,
        ...(typeof node.summary === 'string' ? { summary: node.summary } : {}),
        value: node.value,
      });
    }
  } else if ('example' in media) {
    out.push({ name: 'default', value: media.example });
  }
  return out;
}

/** A parameter's own example: `example`, else the value of the first of its named `examples`. */
function parameterExample(doc: Doc, node: Node, pointer: string): { example?: unknown } {
  if ('example' in node) return { example: node.example };
  const first = examplesOf(doc, node, pointer)[0];
  return first ? { example: first.value } : {};
}

/** Wire names marked `x-lr-secret` anywhere in a resolved schema (nested properties included). */
function secretFields(schema: unknown, into: Set<string>, seen = new Set<unknown>()): void {
  if (!isObject(schema) && !Array.isArray(schema)) return;
  if (seen.has(schema)) return;
  seen.add(schema);
  if (isObject(schema) && isObject(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      if (isObject(property) && property['x-lr-secret'] === true) into.add(name);
    }
  }
  for (const value of Object.values(schema)) secretFields(value, into, seen);
}

function legacyPaths(op: Node, pointer: string): string[] {
  const raw = op['x-lr-legacy-paths'];
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || !raw.every((p) => typeof p === 'string' && p.startsWith('/'))) {
    throw new SpecPointerError(
      `${pointer}/x-lr-legacy-paths`,
      'x-lr-legacy-paths must be a list of paths starting with "/"',
    );
  }
  return raw as string[];
}

function retryRule(op: Node, method: HttpMethod, pointer: string): RetryRule {
  const raw = op['x-lr-retry'];
  const safe = SAFE_METHODS.has(method);
  if (raw === undefined) {
    return safe
      ? { statuses: [429, 502, 503, 504], network: true, timeout: true, idempotent: true }
      : { statuses: [429], network: false, timeout: false, idempotent: false };
  }
  const at = `${pointer}/x-lr-retry`;
  if (
    !isObject(raw) ||
    !Array.isArray(raw.statuses) ||
    !raw.statuses.every((s) => Number.isInteger(s) && (s as number) >= 100 && (s as number) <= 599) ||
    typeof raw.network !== 'boolean' ||
    typeof raw.timeout !== 'boolean' ||
    !['boolean', 'undefined'].includes(typeof raw.idempotent)
  ) {
    throw new SpecPointerError(
      at,
      'x-lr-retry must be { statuses: [HTTP status, …], network: boolean, timeout: boolean, idempotent?: boolean }',
    );
  }
  const idempotent = typeof raw.idempotent === 'boolean' ? raw.idempotent : safe;
  return { statuses: raw.statuses as number[], network: raw.network, timeout: raw.timeout, idempotent };
}

function mediaOf(content: unknown): [string, Node] | undefined {
  if (!isObject(content)) return undefined;
  const entry = Object.entries(content)[0];
  return entry && isObject(entry[1]) ? [entry[0], entry[1]] : undefined;
}

const schemaRefOf = (media: Node) =>
  isObject(media.schema) &&
  typeof media.schema.$ref === 'string' &&
  media.schema.$ref.startsWith('#/components/schemas/')
    ? media.schema.$ref
    : undefined;

/** The operation's `operationId`, which must be a JavaScript identifier (it names the client method). */
function operationId(op: Node, pointer: string): string {
  if (typeof op.operationId !== 'string' || !isIdentifier(op.operationId)) {
    throw new SpecPointerError(
      pointer,
      'every operation needs an operationId that is a JavaScript identifier (the client method name)',
    );
  }
  return op.operationId;
}

/** One parameter object as an Input, with the key (location and name) that identifies it. */
function parameterInput(doc: Doc, p: unknown, at: string): { key: string; input: Input } {
  const ref = isObject(p) && typeof p.$ref === 'string' ? p.$ref : undefined;
  const { node } = follow(doc, p, at);
  const where = node.in;
  if (where === 'cookie')
    throw new SpecPointerError(at, 'cookie parameters are not supported by the generators');
  if (where !== 'path' && where !== 'query' && where !== 'header')
    throw new SpecPointerError(at, `parameter location "${String(where)}" is not valid`);
  if (typeof node.name !== 'string') throw new SpecPointerError(at, 'parameter without a name');
  if (!isObject(node.schema))
    throw new SpecPointerError(
      at,
      `parameter "${node.name}" needs a schema (content-typed parameters are not supported)`,
    );
  const schema = resolveSchema(doc, node.schema, `${at}/schema`);
  const input: Input = {
    option: optionName(node.name, ref, node['x-lr-option']),
    wire: node.name,
    in: where,
    required: where === 'path' || node.required === true,
    secret: node['x-lr-secret'] === true,
    deprecated: node.deprecated === true,
    ...(typeof node.description === 'string' ? { description: node.description } : {}),
    kind: kindOf(schema),
    schema,
    ...parameterExample(doc, node, at),
    ...(typeof node.style === 'string' ? { style: node.style } : {}),
    ...(typeof node.explode === 'boolean' ? { explode: node.explode } : {}),
    pointer: at,
  };
  return { key: `${where}:${where === 'header' ? node.name.toLowerCase() : node.name}`, input };
}

/** The operation's parameters, path-level ones included, each of its path's `{name}`s declared. */
function parameterInputs(doc: Doc, path: string, op: Node, shared: unknown[], pointer: string): Input[] {
  // Path-level parameters apply unless the operation redefines the same name+location.
  const raw = [
    ...shared.map((p, i) => ({ p, at: `/paths/${escapePointer(path)}/parameters/${i}` })),
    ...((op.parameters as unknown[] | undefined) ?? []).map((p, i) => ({
      p,
      at: `${pointer}/parameters/${i}`,
    })),
  ];
  const params = new Map<string, Input>();
  for (const { p, at } of raw) {
    const { key, input } = parameterInput(doc, p, at);
    params.set(key, input);
  }
  const inputs = [...params.values()];
  for (const name of path.match(/\{[^}]+\}/g)?.map((m) => m.slice(1, -1)) ?? []) {
    if (!inputs.some((i) => i.in === 'path' && i.wire === name)) {
      throw new SpecPointerError(pointer, `path parameter {${name}} of ${path} is not declared`);
    }
  }
  return inputs;
}

/** The operation's request body, when it has one. */
function requestBodyOf(doc: Doc, op: Node, pointer: string): RequestBody | undefined {
  if (op.requestBody === undefined) return undefined;
  const { node, pointer: at } = follow(doc, op.requestBody, `${pointer}/requestBody`);
  const media = mediaOf(node.content);
  if (!media) throw new SpecPointerError(at, 'request body without content');
  const [contentType, mediaNode] = media;
  const schema = resolveSchema(
    doc,
    mediaNode.schema ?? {},
    `${at}/content/${escapePointer(contentType)}/schema`,
  );
  const schemaRef = schemaRefOf(mediaNode);
  return {
    required: node.required === true,
    contentType,
    whole: !(isJson(contentType) && isObject(schema.properties)),
    ...(schemaRef ? { schemaRef } : {}),
    schema,
    examples: examplesOf(doc, mediaNode, `${at}/content/${escapePointer(contentType)}`),
    pointer: at,
  };
}

/** The body's inputs: one per top-level property of a JSON object body, else the whole body as `body`. */
function bodyInputs(body: RequestBody): Input[] {
  const { schema, pointer: at } = body;
  if (body.whole || !isObject(schema.properties)) {
    return [
      {
        option: 'body',
        wire: '',
        in: 'body',
        required: body.required,
        secret: false,
        deprecated: false,
        kind: kindOf(schema),
        schema,
        pointer: at,
      },
    ];
  }
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  return Object.entries(schema.properties).map(([wire, property]): Input => {
    const prop = isObject(property) ? (property as JsonSchema) : {};
    return {
      option: optionName(wire, undefined, prop['x-lr-option']),
      wire,
      in: 'body',
      required: body.required && required.has(wire),
      secret: prop['x-lr-secret'] === true,
      deprecated: prop.deprecated === true,
      ...(typeof prop.description === 'string' ? { description: prop.description } : {}),
      kind: kindOf(prop),
      schema: prop,
      ...('example' in prop ? { example: prop.example } : {}),
      pointer: `${at}/content/${escapePointer(body.contentType)}/schema/properties/${escapePointer(wire)}`,
    };
  });
}

/** Fails when two inputs would take the same client option name. */
function checkOptionNames(inputs: Input[], id: string): void {
  const options = new Map<string, Input>();
  for (const input of inputs) {
    const clash = options.get(input.option);
    if (clash) {
      throw new SpecPointerError(
        input.pointer,
        `inputs "${clash.wire}" (${clash.in}) and "${input.wire}" (${input.in}) of ${id} would both be the client option "${input.option}"; rename one`,
      );
    }
    options.set(input.option, input);
  }
}

/** One documented response of the operation. */
function responseOf(doc: Doc, status: string, raw: unknown, at: string): Response {
  const { node, pointer: target } = follow(doc, raw, at);
  const media = mediaOf(node.content);
  const response: Response = {
    status,
    description: typeof node.description === 'string' ? node.description : '',
    json: false,
    examples: [],
    pointer: target,
  };
  if (media) {
    const [contentType, mediaNode] = media;
    response.contentType = contentType;
    response.json = isJson(contentType);
    const schemaRef = schemaRefOf(mediaNode);
    if (schemaRef) response.schemaRef = schemaRef;
    if (mediaNode.schema !== undefined) {
      response.schema = resolveSchema(
        doc,
        mediaNode.schema,
        `${target}/content/${escapePointer(contentType)}/schema`,
      );
    }
    response.examples = examplesOf(doc, mediaNode, `${target}/content/${escapePointer(contentType)}`);
  }
  return response;
}

function responsesOf(doc: Doc, op: Node, pointer: string): Response[] {
  if (!isObject(op.responses)) throw new SpecPointerError(pointer, 'operation without responses');
  return Object.entries(op.responses).map(([status, raw]) =>
    responseOf(doc, status, raw, `${pointer}/responses/${escapePointer(status)}`),
  );
}

/** Wire names to redact: the body's secret fields, then secret inputs, then secret fields of responses. */
function secretsOf(body: RequestBody | undefined, inputs: Input[], responses: Response[]): string[] {
  const secrets = new Set<string>();
  if (body && !body.whole) secretFields(body.schema, secrets);
  for (const input of inputs) if (input.secret) secrets.add(input.wire);
  for (const response of responses) {
    if (response.schema !== undefined) secretFields(response.schema, secrets);
  }
  return [...secrets];
}

function buildOperation(
  doc: Doc,
  path: string,
  method: HttpMethod,
  op: Node,
  shared: unknown[],
  pointer: string,
): Operation {
  const id = operationId(op, pointer);
  const inputs = parameterInputs(doc, path, op, shared, pointer);
  const body = requestBodyOf(doc, op, pointer);
  if (body) inputs.push(...bodyInputs(body));
  checkOptionNames(inputs, id);
  const responses = responsesOf(doc, op, pointer);
  return {
    id,
    typeName: pascalCase(id),
    method,
    path,
    summary: typeof op.summary === 'string' ? op.summary : id,
    ...(typeof op.description === 'string' ? { description: op.description } : {}),
    deprecated: op.deprecated === true,
    legacyPaths: legacyPaths(op, pointer),
    tags: Array.isArray(op.tags) ? (op.tags as string[]) : [],
    pointer,
    inputs,
    ...(body ? { body } : {}),
    responses,
    retry: retryRule(op, method, pointer),
    secrets: secretsOf(body, inputs, responses),
  };
}

/** The Model of a bundled OpenAPI 3.1 document. */
export function buildModel(doc: Doc): Model {
  const info = isObject(doc.info) ? doc.info : {};
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  const first = servers[0];
  const model: Model = {
    title: typeof info.title === 'string' ? info.title : '',
    version: typeof info.version === 'string' ? info.version : '',
    serverUrl: isObject(first) && typeof first.url === 'string' ? first.url : '',
    operations: [],
  };
  const schemes =
    isObject(doc.components) && isObject(doc.components.securitySchemes)
      ? doc.components.securitySchemes
      : {};
  for (const [name, scheme] of Object.entries(schemes)) {
    const { node } = follow(doc, scheme, `/components/securitySchemes/${escapePointer(name)}`);
    if (
      node.type === 'apiKey' &&
      (node.in === 'query' || node.in === 'header') &&
      typeof node.name === 'string'
    ) {
      model.apiKey = { in: node.in, name: node.name };
      break;
    }
  }
  const ids = new Map<string, string>();
  for (const [path, rawItem] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    const { node: item } = follow(doc, rawItem, `/paths/${escapePointer(path)}`);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      if (!isObject(item[method])) continue;
      const pointer = `/paths/${escapePointer(path)}/${method}`;
      const operation = buildOperation(doc, path, method, item[method] as Node, shared, pointer);
      const previous = ids.get(operation.id);
      if (previous)
        throw new SpecPointerError(pointer, `operationId "${operation.id}" is also used by ${previous}`);
      ids.set(operation.id, `${method.toUpperCase()} ${path}`);
      if (model.apiKey) operation.secrets.push(model.apiKey.name);
      model.operations.push(operation);
    }
  }
  return model;
}
