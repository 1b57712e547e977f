// What the generated code (./generated/client/) tells the runtime about the API and each operation: the
// facts tables, one per operation, that the runtime turns into methods.
import type { QuerySerializerOptions } from 'openapi-fetch';
import type { RetryRule } from './retry.js';

/**
 * One input of an operation: [option, wire name (empty: the option lower-cased), code, allowed values]. The code is the location (`p` path,
 * `q` query, `h` header, `b` JSON body field, `B` the whole body), the kind (`s` string, `i` integer,
 * `n` number, `b` boolean, `a` array, `o` object, `m` map of strings, `x` any JSON), for arrays the items'
 * kind, and `!` when required. Allowed values are the schema's `enum`, when it has one.
 */
export type InputRow = readonly [
  option: string,
  wire: string,
  code: string,
  values?: readonly (string | number | boolean | null)[],
];

/**
 * How a status's body is read: `o` a JSON object, `j` any JSON, `t` text, `` no body. Statuses as in the
 * spec (`200`, `4XX`, `default`).
 */
export type ResponseRow = readonly [status: string, body: 'o' | 'j' | 't' | ''];

/** What the runtime knows of one operation; generated from the spec, one per operation. */
export interface OperationFacts {
  /** `operationId`: the method name. */
  id: string;
  method: string;
  path: string;
  inputs: readonly InputRow[];
  retry: RetryRule;
  /** Wire names whose values are never shown (secret inputs and response fields, the API key's name). */
  secrets: readonly string[];
  responses: readonly ResponseRow[];
  /** openapi-fetch's query serializer options, when the operation's arrays are not `form` + `explode`. */
  query?: QuerySerializerOptions;
}

/** What the runtime knows of the API: its default base URL, where the API key goes, what marks an error. */
export interface ApiFacts {
  baseUrl: string;
  apiKey?: readonly [location: 'query' | 'header', name: string];
  /** The spec's `x-lr-api-error`; without it only a non-2xx status is an error, named generically. */
  apiError?: ApiErrorFacts;
}

/** How the API's error bodies are recognised and named in messages. */
export interface ApiErrorFacts {
  /** The body field whose number marks an API error, even under a 2xx (`ErrorCode`). */
  code: string;
  /** The name messages give the API's errors (`LoginRadius error 1067 (HTTP 403): …`). */
  vendor: string;
  /** Body fields whose text the message quotes, joined by `: ` (`Message`, `Description`). */
  message: readonly string[];
}

/** How the body of `status` is read, from the most specific entry of the spec (`404`, `4XX`, `default`). */
export function bodyKind(op: OperationFacts, status: number): ResponseRow[1] {
  const text = String(status);
  for (const key of [text, `${text[0]}XX`, 'default']) {
    const row = op.responses.find(([s]) => s.toUpperCase() === key);
    if (row) return row[1];
  }
  return 'j';
}
