// Generator of @lr-mfa/client's per-operation code: for every operation of the Model, a file with its facts
// table (what the runtime needs to send it: method, path, inputs with location/kind/required, retry rule,
// secrets, how each status's body is read) and its types (camelCase options with the spec's descriptions,
// data, result, error), plus an index binding them all into `createClient`. Pure: a function of the Model.

import { isJsonMediaType, isObject, doc as jsdoc } from '@lr-mfa/codegen/codegen';
import type { ApiErrorMarker, Input, JsonSchema, Model, Operation } from '@lr-mfa/codegen/model';
import type { GeneratedFile, Generator, GeneratorContext } from '@lr-mfa/codegen/plugin';
import {
  type ApiErrorFacts,
  type ApiFacts,
  type BodyRead,
  CALL_OPTIONS,
  type InputCode,
  type InputKind,
  type InputLocation,
  type InputRow,
  type InputValue,
  type OperationFacts,
  type ResponseReads,
  type ResponseStatus,
} from '../src/facts.js';

const CLIENT_DIR = 'packages/client/src/generated/client';
/** Imports of the generated files, relative to CLIENT_DIR. */
const RUNTIME = '../../runtime.js';
/** Members every client has; no method may take one of these names. */
const RESERVED_METHODS = ['use', 'eject', 'constructor', 'toString', 'valueOf', '__proto__'];
const LOCATION = { path: 'p', query: 'q', header: 'h', body: 'b' } as const satisfies Record<
  Input['in'],
  InputLocation
>;
const KIND = {
  string: 's',
  integer: 'i',
  number: 'n',
  boolean: 'b',
  array: 'a',
  object: 'o',
  any: 'x',
} as const satisfies Record<Input['kind'], InputKind>;
const WHERE = { path: 'path parameter', query: 'query parameter', header: 'header', body: 'JSON body field' };

const json = (value: unknown) => JSON.stringify(value);

/** The broad kind of an input as the runtime checks it (`m`: an object of strings only). */
function kindOf(input: Input): Exclude<InputKind, 'a'> {
  const extra = input.schema.additionalProperties;
  const values = isObject(extra) ? extra.type : undefined;
  if (input.kind === 'object' && !isObject(input.schema.properties) && values === 'string') return 'm';
  return KIND[input.kind as Exclude<Input['kind'], 'array'>];
}

/** The kind of an array's items (`x` unless their schema has exactly one non-null type). */
function itemsKind(schema: JsonSchema): InputKind {
  const items = isObject(schema.items) ? schema.items : {};
  const type = Array.isArray(items.type)
    ? items.type.filter((t) => t !== 'null')
    : items.type === undefined
      ? []
      : [items.type];
  return (type.length === 1 ? KIND[type[0] as keyof typeof KIND] : undefined) ?? 'x';
}

/** The `enum` of a schema (or of an array's items), when it has one. */
function enumOf(schema: JsonSchema): InputValue[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  if (isObject(schema.items) && Array.isArray(schema.items.enum)) return schema.items.enum;
  return undefined;
}

/** openapi-fetch's query serializer options for the operation's arrays and objects, when not its defaults. */
function querySerializer(op: Operation, fail: GeneratorContext['fail']): OperationFacts['query'] {
  const out: Record<string, { style: string; explode: boolean }> = {};
  const defaults = {
    array: { style: 'form', explode: true },
    object: { style: 'deepObject', explode: true },
  };
  const allowed = {
    array: ['form', 'spaceDelimited', 'pipeDelimited'],
    object: ['form', 'deepObject'],
  };
  for (const input of op.inputs) {
    if (input.in !== 'query' || (input.kind !== 'array' && input.kind !== 'object')) continue;
    const shape = input.kind;
    const style = input.style ?? 'form';
    const explode = input.explode ?? style === 'form';
    if (!allowed[shape].includes(style))
      fail(input.pointer, `query ${shape} style "${style}" is not supported by the client`);
    const chosen = { style, explode };
    const previous = out[shape];
    if (previous && (previous.style !== style || previous.explode !== explode)) {
      fail(
        input.pointer,
        `query ${shape}s of ${op.id} use different styles; the client serializes them one way per operation`,
      );
    }
    out[shape] = chosen;
  }
  const changed = Object.entries(out).filter(
    ([shape, chosen]) =>
      chosen.style !== defaults[shape as 'array'].style ||
      chosen.explode !== defaults[shape as 'array'].explode,
  );
  return changed.length ? Object.fromEntries(changed) : undefined;
}

/** Fails generation on inputs the runtime cannot send as the spec describes. */
function checkInputs(op: Operation, fail: GeneratorContext['fail']): void {
  for (const input of op.inputs) {
    if ((CALL_OPTIONS as readonly string[]).includes(input.option)) {
      fail(input.pointer, `input "${input.wire}" would be the option "${input.option}", a per-call option`);
    }
    if (input.in === 'path' && ((input.style ?? 'simple') !== 'simple' || input.explode === true)) {
      fail(input.pointer, 'path parameters must use the simple style without explode');
    }
    if (input.in === 'header' && input.kind === 'object') {
      fail(input.pointer, 'object-valued header parameters are not supported by the client');
    }
  }
  if (op.body && !isJsonMediaType(op.body.contentType)) {
    fail(op.body.pointer, `request body "${op.body.contentType}" is not supported by the client (JSON only)`);
  }
}

/** The TypeScript type of an input, indexed from @lr-mfa/types' `operations`. */
function inputType(input: Input, media: string): string {
  if (input.in === 'body') {
    const body = `NonNullable<Operation['requestBody']>['content'][${json(media)}]`;
    return input.wire === '' && input.option === 'body' ? body : `${body}[${json(input.wire)}]`;
  }
  return `NonNullable<Operation['parameters'][${json(input.in)}]>[${json(input.wire)}]`;
}

const statusKey = (status: string) => (/^\d+$/.test(status) ? status : json(status));

/** An input's row of the facts table (its layout is documented on `InputRow`). */
export function inputRow(input: Input): InputRow {
  const location =
    input.in === 'body' && input.option === 'body' && input.wire === '' ? 'B' : LOCATION[input.in];
  const required = input.required ? '!' : '';
  const code: InputCode =
    input.kind === 'array'
      ? `${location}a${itemsKind(input.schema)}${required}`
      : `${location}${kindOf(input)}${required}`;
  // The wire name is left empty when it is the option lower-cased (most are): the table ships to browsers.
  const row = [input.option, input.wire === input.option.toLowerCase() ? '' : input.wire, code] as const;
  const values = enumOf(input.schema);
  return values ? [...row, values] : row;
}

/** A response key as the runtime looks it up (range letters upper-case), or a failure naming it. */
function responseStatus(status: string, op: Operation, fail: GeneratorContext['fail']): ResponseStatus {
  const key = status === 'default' ? status : status.toUpperCase();
  if (/^([1-5]\d\d|[1-5]XX|default)$/.test(key)) return key as ResponseStatus;
  return fail(op.pointer, `response "${status}" of ${op.id} is not a status, a range or default`);
}

/** How each status's body is read: '' none, `t` text, `o` a JSON object, `j` other JSON. */
function responseReads(op: Operation, fail: GeneratorContext['fail']): ResponseReads {
  const reads: { [status in ResponseStatus]?: BodyRead } = {};
  for (const r of op.responses) {
    reads[responseStatus(r.status, op, fail)] = !r.contentType
      ? ''
      : !r.json
        ? 't'
        : r.schema && (r.schema.type === 'object' || isObject(r.schema.properties))
          ? 'o'
          : 'j';
  }
  return reads;
}

/** The operation's facts table, as the runtime reads it. */
export function operationFacts(op: Operation, fail: GeneratorContext['fail']): OperationFacts {
  const query = querySerializer(op, fail);
  return {
    id: op.id,
    method: op.method.toUpperCase(),
    path: op.path,
    inputs: op.inputs.map(inputRow),
    retry: [op.retry.statuses, op.retry.network, op.retry.timeout, op.retry.idempotent],
    secrets: op.secrets,
    responses: responseReads(op, fail),
    ...(query ? { query } : {}),
  };
}

/** The facts table's members as source lines, one input row a line. */
function factLines(facts: OperationFacts): string[] {
  return Object.entries(facts).map(([key, value]) =>
    key === 'inputs' && facts.inputs.length
      ? `  inputs: [\n${facts.inputs.map((row) => `    ${json(row)},`).join('\n')}\n  ],`
      : `  ${key}: ${json(value)},`,
  );
}

/** An input's member of the `…Inputs` interface, documented with where it is sent. */
function inputField(input: Input, media: string): string {
  const doc = jsdoc(
    [
      input.description,
      `Sent as the ${WHERE[input.in]}${input.wire ? ` \`${input.wire}\`` : ''}${input.option === 'body' && !input.wire ? ' (the whole JSON body)' : ''}${input.secret ? '; secret: never shown in errors or logs' : ''}.`,
      input.deprecated ? '@deprecated' : undefined,
    ],
    '  ',
  );
  const type = inputType(input, media);
  return input.required
    ? `${doc}  ${input.option}: ${type};`
    : `${doc}  ${input.option}?: ${type} | undefined;`;
}

/** The type of a successful call's data: the union of the 2xx bodies (`undefined` for an empty one). */
function dataType(op: Operation): string {
  const success = op.responses.filter((r) => /^2/.test(r.status));
  return success.length
    ? success
        .map((r) =>
          r.contentType
            ? `Operation['responses'][${statusKey(r.status)}]['content'][${json(r.contentType)}]`
            : 'undefined',
        )
        .join(' | ')
    : 'unknown';
}

function operationFile(op: Operation, header: string, fail: GeneratorContext['fail']): string {
  checkInputs(op, fail);
  const t = op.typeName;
  const facts = factLines(operationFacts(op, fail));
  const media = op.body?.contentType ?? 'application/json';
  const fields = op.inputs.map((input) => inputField(input, media));
  const data = dataType(op);
  return `${header}
import type { operations } from '@lr-mfa/types';
import type { CallOptions, ClientError, OperationFacts, Result } from '${RUNTIME}';

type Operation = operations[${json(op.id)}];

/** How \`${op.id}\` is sent and read: ${op.method.toUpperCase()} ${op.path}. */
export const ${op.id}Operation: OperationFacts = {
${facts.join('\n')}
};

${jsdoc([`The API inputs of \`${op.id}\` as camelCase options.`])}export interface ${t}Inputs {
${fields.join('\n')}
}

/** Everything \`${op.id}\` takes: the API inputs plus the per-call options. */
export type ${t}Options = ${t}Inputs & CallOptions;

/** The body of a successful \`${op.id}\` (its 2xx responses). */
export type ${t}Data = ${data};

/** Every failure \`${op.id}\` can report; narrow it with \`error.kind\`. */
export type ${t}Error = ClientError;

/** The result of \`${op.id}\`: exactly one of \`data\` and \`error\`. */
export type ${t}Result = Result<${t}Data, ${t}Error>;
`;
}

/** Fails when an operation's method or type names would clash with a client member or another operation's. */
function checkMemberNames(model: Model, fail: GeneratorContext['fail']): void {
  const ids = new Set(model.operations.map((op) => op.id));
  const typeNames = new Map<string, string>();
  for (const op of model.operations) {
    if (RESERVED_METHODS.includes(op.id) || ids.has(`${op.id}OrThrow`)) {
      fail(op.pointer, `operationId "${op.id}" would clash with a client member; rename it`);
    }
    const other = typeNames.get(op.typeName);
    if (other) {
      fail(op.pointer, `operationIds "${other}" and "${op.id}" would both name the types ${op.typeName}…`);
    }
    typeNames.set(op.typeName, op.id);
  }
}

/** The two client members of `op`, each with its JSDoc: the result style and the throwing style. */
function clientMethods(op: Operation): string {
  const t = op.typeName;
  const optional = op.inputs.every((input) => !input.required);
  const param = `options${optional ? '?' : ''}: ${t}Options`;
  const line = `\`${op.method.toUpperCase()} ${op.path}\``;
  const doc = jsdoc(
    [
      `${op.summary} (${line}).`,
      op.description,
      'Never throws or rejects: failures come back as `error`, typed by `error.kind`.',
      op.deprecated ? '@deprecated' : undefined,
    ],
    '  ',
  );
  const orThrow = jsdoc(
    [
      `${op.summary} (${line}), throwing style: resolves with the data, rejects with the typed error.`,
      op.deprecated ? '@deprecated' : undefined,
    ],
    '  ',
  );
  return `${doc}  ${op.id}(${param}): Promise<${t}Result>;\n${orThrow}  ${op.id}OrThrow(${param}): Promise<${t}Data>;`;
}

function indexFile(model: Model, header: string, fail: GeneratorContext['fail']): string {
  checkMemberNames(model, fail);
  const imports = model.operations
    .map((op) => {
      const t = op.typeName;
      return `import {\n  ${op.id}Operation,\n  type ${t}Data,\n  type ${t}Options,\n  type ${t}Result,\n} from './${op.id}.js';`;
    })
    .join('\n');
  const reexports = model.operations
    .map((op) => {
      const t = op.typeName;
      return `export type {\n  ${t}Data,\n  ${t}Error,\n  ${t}Inputs,\n  ${t}Options,\n  ${t}Result,\n} from './${op.id}.js';`;
    })
    .join('\n');
  const methods = model.operations.map(clientMethods).join('\n');
  const api: ApiFacts = {
    baseUrl: model.serverUrl,
    ...(model.apiKey ? { apiKey: [model.apiKey.in, model.apiKey.name] } : {}),
    ...(model.apiError ? { apiError: apiErrorFacts(model.apiError) } : {}),
  };
  return `${header}
import { type ApiFacts, type ClientBase, type ClientOptions, createRuntime } from '${RUNTIME}';
${imports}

${reexports}

/** Where requests go unless \`baseUrl\` says otherwise: the spec's first server. */
export const DEFAULT_BASE_URL = ${json(api.baseUrl)};

/**
 * The API's default base URL, where its key goes (the spec's API-key security scheme) and what marks an error
 * body (its \`x-lr-api-error\`).
 */
export const API: ApiFacts = { baseUrl: DEFAULT_BASE_URL${api.apiKey ? `, apiKey: ${json(api.apiKey)}` : ''}${api.apiError ? `, apiError: ${json(api.apiError)}` : ''} };

${jsdoc([`A client of ${model.title || 'the API'}${model.version ? ` ${model.version}` : ''}: one method per operation of the spec.`])}export interface LrMfaClient extends ClientBase {
${methods}
}

/**
 * Creates a client. Throws \`InvalidOptionError\` naming the option when \`apiKey\` is missing or empty, or
 * another option is unknown or invalid.
 */
export function createClient(options: ClientOptions): LrMfaClient {
  return createRuntime(options, API, [
${model.operations.map((op) => `    ${op.id}Operation,`).join('\n')}
  ]) as unknown as LrMfaClient;
}
`;
}

/** The runtime's view of the spec's `x-lr-api-error`. */
const apiErrorFacts = ({ codeField, vendor, messageFields }: ApiErrorMarker): ApiErrorFacts => ({
  code: codeField,
  vendor,
  message: messageFields,
});

/** `ErrorCodes`: each named error example's code by its `x-lr-error-name`, its summary as the key's JSDoc. */
function errorCodesFile({ errorCodes, apiError }: Model, header: string): string {
  const entries = errorCodes.map(({ name, code, status, example }) => {
    const doc = jsdoc([`${example.summary ?? code} (HTTP ${status}).`], '  ');
    return `${doc}  ${name}: ${code},\n`;
  });
  const vendor = apiError ? `${apiError.vendor} error` : 'Error';
  return `${header}
/** ${vendor} codes by name, from the spec's named error examples (\`x-lr-error-name\`). */
export const ErrorCodes = {
${entries.join('')}} as const;

/** A code the spec documents. */
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];
`;
}

export const clientGenerator: Generator = {
  name: 'client',
  owns: [CLIENT_DIR],
  generate({ model, header, fail }) {
    const files: GeneratedFile[] = model.operations.map((op) => ({
      path: `${CLIENT_DIR}/${op.id}.ts`,
      content: operationFile(op, header, fail),
    }));
    files.push({ path: `${CLIENT_DIR}/index.ts`, content: indexFile(model, header, fail) });
    files.push({ path: `${CLIENT_DIR}/error-codes.ts`, content: errorCodesFile(model, header) });
    return files;
  },
};
