// The generators' shared view of the spec. The loader builds one `Model` from the bundled document; every
// generator (types, client, validators, mock data, docs samples) reads it, so an operation's method name, option
// names, secrets and retry rule are derived once and cannot drift between packages. It is also written to
// build/spec/model.json for steps that run in another process (the docs build).
//
// Spec extensions this model reads (documented in spec/README.md):
// - `x-lr-secret: true` on a parameter, or on a property of a request or response schema: that input or field is
//   never printed (errors, logs, serialized errors, docs sample output). The security scheme's key is always secret.
// - `x-lr-retry` on an operation: `{ statuses: number[], network: boolean, timeout: boolean, idempotent?: boolean }`,
//   when an attempt that failed may be sent again. Absent: GET/HEAD/OPTIONS retry `[429, 502, 503, 504]`, network
//   failures and timeouts; every other method retries 429 only. `idempotent` defaults to true for GET/HEAD/OPTIONS
//   only. An operation with side effects a replay would repeat (an OTP consumed, an SMS sent) states its rule
//   explicitly, with `idempotent: false`.
// - `x-lr-legacy-paths` on an operation: older paths the vendor still serves it under (its SDKs call them); the
//   mock answers them too.

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';

/** A JSON Schema (OpenAPI 3.1) with every `$ref` resolved, except recursive ones, which stay `$ref`s. */
export type JsonSchema = { [key: string]: unknown };

/** The shape class of an input, enough for argument checks before a request is sent. */
export type InputKind = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'any';

export interface Model {
  title: string;
  version: string;
  /** The first server's URL: the client's default base URL and the MSW handlers' origin. */
  serverUrl: string;
  /** The API-key security scheme, when the spec has one; the client adds it to every request. */
  apiKey?: { in: 'query' | 'header'; name: string };
  /** Every operation, in spec order (paths as written, methods in HttpMethod order). */
  operations: Operation[];
}

export interface Operation {
  /** `operationId`: the client method's name (`client.verifySmsOtp`). Required by lint. */
  id: string;
  /** PascalCase of `id` (`VerifySmsOtp`): the prefix of every per-operation type name. */
  typeName: string;
  method: HttpMethod;
  /** Path template as in the spec (`/users/{uid}`). */
  path: string;
  summary: string;
  description?: string;
  deprecated: boolean;
  tags: string[];
  /** Older paths of the same operation (`x-lr-legacy-paths`), same method; empty for most. */
  legacyPaths: string[];
  /** JSON pointer of the operation in the bundled document (`/paths/~1a~1b/put`), for errors. */
  pointer: string;
  /** Path, query and header parameters, then top-level JSON body fields, in spec order. */
  inputs: Input[];
  /** The request body, when the operation has one. */
  body?: RequestBody;
  /** Every response status the spec lists, in spec order. */
  responses: Response[];
  retry: RetryRule;
  /** Wire names never to print: secret inputs, secret response fields, the API key's name. */
  secrets: string[];
}

export interface Input {
  /** camelCase client option, unique within the operation (a clash fails generation). */
  option: string;
  /** The name on the wire: parameter name or body property name. */
  wire: string;
  in: 'path' | 'query' | 'header' | 'body';
  required: boolean;
  secret: boolean;
  deprecated: boolean;
  description?: string;
  kind: InputKind;
  /** The input's schema (resolved). */
  schema: JsonSchema;
  /** The parameter's `example` (else the first of its `examples`), or the body property's schema example. */
  example?: unknown;
  /** Query serialization (OpenAPI defaults: form, explode true). */
  style?: string;
  explode?: boolean;
  /** JSON pointer of the parameter or body property in the bundled document. */
  pointer: string;
}

export interface RequestBody {
  required: boolean;
  /** `application/json` for bodies whose top-level properties become inputs. */
  contentType: string;
  /** When the JSON body is not an object with properties, the client takes it whole as the `body` option. */
  whole: boolean;
  /** `#/components/schemas/X` when the body schema is a named component. */
  schemaRef?: string;
  schema: JsonSchema;
  /** Named examples of the media type, as for responses. */
  examples?: Example[];
  pointer: string;
}

export interface Response {
  /** `'200'`, `'204'`, `'4XX'`, `'default'`: as written in the spec. */
  status: string;
  description: string;
  /** First media type; undefined when the response has no body. */
  contentType?: string;
  /** True when `contentType` is JSON (`application/json` or `+json`). */
  json: boolean;
  /** `#/components/schemas/X` when the body schema is a named component. */
  schemaRef?: string;
  schema?: JsonSchema;
  /** Named examples of the media type (the `example` keyword becomes one named `default`). */
  examples: Example[];
  pointer: string;
}

export interface Example {
  name: string;
  summary?: string;
  value: unknown;
}

export interface RetryRule {
  /** Statuses after which the call may be sent again (the body is not consulted). */
  statuses: number[];
  /** Retry a failure before any response arrived (refused, reset, DNS). */
  network: boolean;
  /** Retry an attempt that timed out before its response started. */
  timeout: boolean;
  /**
   * Whether processing the request twice does no more than processing it once. When false (an OTP consumed,
   * an SMS sent), a failure after the request may have reached the server is never resent: only failures that
   * prove nothing was sent (refused, DNS, TLS) are.
   */
  idempotent: boolean;
}
