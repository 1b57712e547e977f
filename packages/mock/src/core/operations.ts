// Serving the spec's operations from generated data: routing (paths, methods and aliases), request validation
// by each input's compiled validator (input-checks.ts), and the default answer from the operation's named examples. Stateful handlers
// (handlers.ts) take over by operationId after the same checks.
import type { ApiError } from '@lr-mfa/types';
import { specApiKey, specOperations } from '../generated/spec-data.js';
import { errorResponse } from './errors.js';
import { JSON_CONTENT, jsonResponse, type MockResponse, textResponse } from './http.js';
import { coerce, type InputValidators, inputValidators, problemWith } from './input-checks.js';
import type { InputValidator, SpecOperation, SpecResponse } from './spec-types.js';

type FieldError = NonNullable<ApiError['Errors']>[number];

/** Another path (and method) under which an operation of the spec is served. */
export interface RouteAlias {
  method: string;
  path: string;
  operationId: string;
}

/**
 * The older paths the vendor's SDKs still call for the spec's operations (`loginradius-sdk`'s
 * `mfaValidateOTPByPhone` and `mfaResendOTP`, and their .NET, Java, Python, PHP and Go twins), as the spec lists
 * them in `x-lr-legacy-paths`. An alias of an operation the spec does not have is ignored.
 */
export const VENDOR_SDK_ALIASES: readonly RouteAlias[] = specOperations.flatMap((op) =>
  op.legacyPaths.map((path) => ({ method: op.method, path, operationId: op.id })),
);

interface Route {
  operation: SpecOperation;
  path: string;
  method: string;
  pattern: RegExp;
  params: string[];
}

export type RouteResult =
  | { type: 'match'; operation: SpecOperation; pathParams: Record<string, string> }
  | { type: 'method'; allowed: string[] }
  | { type: 'none' };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Router {
  private readonly routes: Route[] = [];

  constructor(aliases: readonly RouteAlias[] = VENDOR_SDK_ALIASES) {
    // The vendor's IIS front end matches paths case-insensitively.
    for (const operation of specOperations) {
      this.routes.push({
        operation,
        path: operation.path,
        method: operation.method,
        pattern: new RegExp(operation.pattern, 'i'),
        params: operation.pathParams,
      });
    }
    for (const alias of aliases) {
      const operation = specOperations.find((op) => op.id === alias.operationId);
      if (!operation) continue;
      this.routes.push({
        operation,
        path: alias.path,
        method: alias.method.toUpperCase(),
        pattern: new RegExp(`^${escapeRegExp(alias.path.replace(/\/+$/, ''))}$`, 'i'),
        params: [],
      });
    }
  }

  list(): { operationId: string; method: string; path: string }[] {
    return this.routes.map((r) => ({ operationId: r.operation.id, method: r.method, path: r.path }));
  }

  /** The operation at `method path`, or the methods the path does take. */
  match(method: string, path: string): RouteResult {
    const allowed: string[] = [];
    for (const route of this.routes) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) {
        allowed.push(route.method);
        continue;
      }
      const pathParams: Record<string, string> = {};
      for (const [i, name] of route.params.entries())
        pathParams[name] = decodeURIComponent(found[i + 1] ?? '');
      return { type: 'match', operation: route.operation, pathParams };
    }
    return allowed.length > 0 ? { type: 'method', allowed } : { type: 'none' };
  }
}

/** A request to one operation, as the engine hands it to the checks and handlers. */
export interface OperationRequest {
  /** Every value of a query parameter, names matched case-insensitively (the vendor's ASP.NET does). */
  queryAll: (name: string) => string[];
  header: (name: string) => string | undefined;
  pathParams: Record<string, string>;
  body: string;
}

/** Input values after validation, by wire name (query and header names in the spec's spelling). */
export type InputValues = Map<string, unknown>;

/** The API key as the spec's security scheme carries it. */
export function apiKeyOf(request: OperationRequest): string | undefined {
  if (!specApiKey) return undefined;
  return specApiKey.in === 'query' ? request.queryAll(specApiKey.name)[0] : request.header(specApiKey.name);
}

/**
 * Checks parameters (908, naming each one in `Errors`) then the body (965 when it is not a JSON object sent as
 * JSON, 1134 naming each field that breaks its schema), as the spec states them. `validators` are the
 * compiled ones the operation's inputs name (the generated ones unless given).
 */
export function validateInputs(
  operation: SpecOperation,
  request: OperationRequest,
  validators: InputValidators = inputValidators,
): { values: InputValues } | { error: MockResponse } {
  const values: InputValues = new Map();
  const errors = checkParameters(operation, request, values, validators);
  const [first] = errors;
  if (first) return { error: errorResponse(908, { Description: first.ErrorMessage, Errors: errors }) };
  const error = checkBody(operation, request, values, validators);
  return error ? { error } : { values };
}

/** The compiled validator `check` names; a name the validators lack is a generation bug, not a bad request. */
function validatorOf(validators: InputValidators, check: string | undefined): InputValidator {
  const validator = check === undefined ? undefined : validators[check];
  if (!validator) throw new Error(`no compiled request validator named ${check}`);
  return validator;
}

/** Coerces and checks each parameter into `values`; the problems found, one per parameter. */
function checkParameters(
  operation: SpecOperation,
  request: OperationRequest,
  values: InputValues,
  validators: InputValidators,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const input of operation.inputs) {
    if (input.in === 'body') continue;
    const raws =
      input.in === 'query'
        ? request.queryAll(input.wire)
        : input.in === 'header'
          ? [request.header(input.wire)].filter((v): v is string => v !== undefined)
          : [request.pathParams[input.wire]].filter((v): v is string => v !== undefined);
    const present = raws.filter((r) => r !== '');
    if (present.length === 0) {
      if (input.required) {
        errors.push({
          FieldName: input.wire,
          ErrorMessage: `The ${input.wire} is a required parameter.`,
        });
      }
      continue;
    }
    const value =
      input.type === 'array'
        ? present.flatMap((r) => r.split(',')).map((r) => coerce(input.items, r))
        : coerce(input.type, present[0] as string);
    const problem = problemWith(validatorOf(validators, input.check), value, input.wire, 'parameter');
    if (problem) errors.push({ FieldName: input.wire, ErrorMessage: problem });
    else values.set(input.wire, value);
  }
  return errors;
}

/** Parses and checks the body into `values` (whole, or field by field); the refusal when it breaks the spec. */
function checkBody(
  operation: SpecOperation,
  request: OperationRequest,
  values: InputValues,
  validators: InputValidators,
): MockResponse | undefined {
  const body = operation.body;
  if (!body) return undefined;
  const invalid = (Description?: string) => errorResponse(965, Description ? { Description } : {});
  if (request.body.trim() === '') {
    return body.required
      ? invalid(`The request body is missing; send a JSON body with Content-Type: ${body.contentType}.`)
      : undefined;
  }
  const contentType = request.header('content-type');
  if (contentType === undefined || !JSON_CONTENT.test(contentType.trim())) {
    return invalid(`The request body must be JSON, sent with Content-Type: ${body.contentType}.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body);
  } catch {
    return invalid();
  }
  if (body.whole) {
    const problem = problemWith(validatorOf(validators, body.check), parsed, 'body');
    if (problem)
      return errorResponse(1134, {
        Description: problem,
        Errors: [{ FieldName: 'body', ErrorMessage: problem }],
      });
    values.set('body', parsed);
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return invalid();
  const errors = checkBodyFields(operation, parsed as Record<string, unknown>, values, validators);
  const [first] = errors;
  return first ? errorResponse(1134, { Description: first.ErrorMessage, Errors: errors }) : undefined;
}

/** Checks each body field the operation names into `values`; the problems found, one per field. */
function checkBodyFields(
  operation: SpecOperation,
  object: Record<string, unknown>,
  values: InputValues,
  validators: InputValidators,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const input of operation.inputs) {
    if (input.in !== 'body') continue;
    const value = object[input.wire];
    if (value === undefined) {
      if (input.required)
        errors.push({ FieldName: input.wire, ErrorMessage: `The ${input.wire} field is required.` });
      continue;
    }
    const problem = problemWith(validatorOf(validators, input.check), value, input.wire);
    if (problem) errors.push({ FieldName: input.wire, ErrorMessage: problem });
    else values.set(input.wire, value);
  }
  return errors;
}

/** `Prefer: example=<name>, code=<status>` (Prism's syntax): which documented answer to send. */
export function parsePrefer(header: string | undefined): { example?: string; code?: string } {
  const prefer: { example?: string; code?: string } = {};
  for (const part of (header ?? '').split(/[,;]/)) {
    const [key, ...rest] = part.split('=');
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    const name = key?.trim().toLowerCase();
    if (name === 'example' && value) prefer.example = value;
    if (name === 'code' && value) prefer.code = value;
  }
  return prefer;
}

/** A problem with the `Prefer` header itself: a 400 naming it, in the vendor's error shape. */
function preferError(message: string): MockResponse {
  return errorResponse(908, {
    Description: message,
    Errors: [{ FieldName: 'Prefer', ErrorMessage: message }],
  });
}

/**
 * The default answer of an operation without a stateful handler: the example `Prefer` names (else the first
 * example of the first 2xx response, else of the response `code=` names).
 */
export function answerFromExamples(operation: SpecOperation, preferHeader: string | undefined): MockResponse {
  const prefer = parsePrefer(preferHeader);
  const numeric = operation.responses.filter((r) => /^\d{3}$/.test(r.status));
  let response: SpecResponse | undefined;
  if (prefer.code !== undefined) {
    response = numeric.find((r) => r.status === prefer.code);
    if (!response) {
      return preferError(
        `${operation.id} documents no ${prefer.code} response (documented: ${numeric.map((r) => r.status).join(', ')}).`,
      );
    }
  } else if (prefer.example !== undefined) {
    response = numeric.find((r) => r.examples.some((e) => e.name === prefer.example));
  } else {
    response = numeric.find((r) => r.status.startsWith('2'));
  }
  const examples = response?.examples ?? [];
  const example =
    prefer.example === undefined ? examples[0] : examples.find((e) => e.name === prefer.example);
  if (!response || (response.contentType && !example)) {
    const names = numeric.flatMap((r) => r.examples.map((e) => `${e.name} (${r.status})`));
    return preferError(
      prefer.example === undefined
        ? `${operation.id} has no example to answer with.`
        : `${operation.id} has no example named "${prefer.example}" (examples: ${names.join(', ') || 'none'}).`,
    );
  }
  const status = Number(response.status);
  if (!response.contentType || !example) return textResponse(status, '', 'text/plain; charset=utf-8');
  if (/json/i.test(response.contentType)) return jsonResponse(status, example.value);
  return textResponse(status, String(example.value), response.contentType);
}
