// The shape of the generated spec data (generated/spec-data.ts), written by codegen/mock.ts.

export interface SpecErrorExample {
  status: number;
  Message: string;
  Description: string;
}

/**
 * A compiled request validator (generated/validators, ajv standalone code): true when the value conforms; else
 * `errors` says why, each with the JSON Pointer into the value (`''`: the value itself; `/tags/0`), the keyword
 * broken and ajv's parameters of it.
 */
export interface InputValidator {
  (value: unknown): boolean;
  errors?:
    | { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }[]
    | null;
}

/** One way a value breaks its schema, as ajv reports it. */
export type InputProblem = NonNullable<InputValidator['errors']>[number];

export interface SpecInput {
  /** The name on the wire (query and header names are matched case-insensitively). */
  wire: string;
  in: 'path' | 'query' | 'header' | 'body';
  required: boolean;
  /** A parameter's primary non-null schema type: how its string is read (`boolean`, `integer`, `array`, …). */
  type?: string;
  /** For an array parameter: its items' type. */
  items?: string;
  /** Export name of the input's validator in generated/validators. */
  check: string;
}

export interface SpecExample {
  name: string;
  value: unknown;
}

export interface SpecResponse {
  /** `'200'`, `'4XX'`, `'default'`: as the spec writes it. */
  status: string;
  contentType?: string;
  examples: SpecExample[];
}

export interface SpecOperation {
  id: string;
  /** Upper case: `PUT`. */
  method: string;
  path: string;
  /** Older paths the vendor (and its SDKs) still use for this operation, from the spec's `x-lr-legacy-paths`. */
  legacyPaths: string[];
  /** Regular expression source matching the path (path parameters captured in `pathParams` order). */
  pattern: string;
  pathParams: string[];
  inputs: SpecInput[];
  /** `check`: the validator of a whole body (one that is not an object of named fields). */
  body?: { required: boolean; contentType: string; whole: boolean; check?: string };
  responses: SpecResponse[];
}
