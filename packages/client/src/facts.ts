// What the generated code (./generated/client/) tells the runtime about the API and each operation: the
// facts tables, one per operation, that the runtime turns into methods. The client generator imports these
// types and builds its tables as values of them, so both sides share one checked contract.
import type { QuerySerializerOptions } from 'openapi-fetch';
import type { RetryRule } from './retry.js';

/**
 * The options every method takes beside its operation's inputs; no input may take one of these names. They are
 * exactly the members of `CallOptions` (options.ts), which test/facts.test-d.ts checks: a `satisfies` here would
 * make this module and options.ts import each other.
 */
export const CALL_OPTIONS = ['signal', 'timeoutMs', 'retry', 'headers'] as const;

/** Where an input is sent: `p` path, `q` query, `h` header, `b` a JSON body field, `B` the whole JSON body. */
export type InputLocation = 'p' | 'q' | 'h' | 'b' | 'B';

/**
 * What an input's values are, as the runtime checks them: `s` string, `i` integer, `n` number, `b` boolean,
 * `a` array, `o` object, `m` map of strings, `x` any JSON.
 */
export type InputKind = 's' | 'i' | 'n' | 'b' | 'a' | 'o' | 'm' | 'x';

/** One of an input's allowed values (its schema's `enum`). */
export type InputValue = string | number | boolean | null;

/**
 * An input's code: where it is sent, its kind, for arrays the items' kind, and `!` when required (`qs!` a
 * required query string, `bai` an optional body array of integers). Letters, not words: the tables ship to
 * browsers.
 */
export type InputCode =
  | `${InputLocation}${Exclude<InputKind, 'a'>}${'' | '!'}`
  | `${InputLocation}a${InputKind}${'' | '!'}`;

/**
 * One input of an operation: the camelCase option, its wire name (empty when it is the option lower-cased,
 * as most are), its code, and the allowed values when the schema has an `enum`. Read it through the
 * accessors below, never by position.
 */
export type InputRow = readonly [
  option: string,
  wire: string,
  code: InputCode,
  values?: readonly InputValue[],
];

// The named accessors of an input row: the one place that knows its layout.
/** The camelCase option that sets the input. */
export const optionOf = (row: InputRow): string => row[0];
/** The input's name on the wire (path template, query, header or body field; for the whole body, the option). */
export const wireOf = ([option, wire]: InputRow): string => wire || option.toLowerCase();
// The casts below read what `InputCode` guarantees: its first letter a location, its second a kind.
export const locationOf = (row: InputRow) => row[2][0] as InputLocation;
export const kindOf = (row: InputRow) => row[2][1] as InputKind;
export const isRequired = (row: InputRow): boolean => row[2].endsWith('!');
/** The kind of an array's items; undefined for other kinds. */
export const itemsOf = (row: InputRow) => (row[2][1] === 'a' ? (row[2][2] as InputKind) : undefined);
/** The allowed values (the schema's `enum`), when it has one. */
export const valuesOf = (row: InputRow) => row[3];

/** A response's key as in the spec (`200`, `4XX`, `default`), its range letters upper-case. */
export type ResponseStatus = `${number}` | `${1 | 2 | 3 | 4 | 5}XX` | 'default';

/** How a body is read: `o` a JSON object, `j` any JSON, `t` text, `` no body. */
export type BodyRead = 'o' | 'j' | 't' | '';

/** How each response's body is read, by the spec's response keys. */
export type ResponseReads = { readonly [status in ResponseStatus]?: BodyRead };

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
  responses: ResponseReads;
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
export function bodyKind({ responses }: OperationFacts, status: number): BodyRead {
  const exact = String(status) as `${number}`;
  return responses[exact] ?? responses[`${exact[0]}XX` as ResponseStatus] ?? responses.default ?? 'j';
}
