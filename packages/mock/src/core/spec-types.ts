// The shape of the generated spec data (generated/spec-data.ts), written by codegen/mock.ts.

export interface SpecErrorExample {
  status: number;
  Message: string;
  Description: string;
}

/** A JSON Schema reduced to the keywords the mock checks (see schema.ts). */
export type CheckedSchema = { [key: string]: unknown };

export interface SpecInput {
  /** The name on the wire (query and header names are matched case-insensitively). */
  wire: string;
  in: 'path' | 'query' | 'header' | 'body';
  required: boolean;
  schema: CheckedSchema;
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
  body?: { required: boolean; contentType: string; whole: boolean; schema?: CheckedSchema };
  responses: SpecResponse[];
}
