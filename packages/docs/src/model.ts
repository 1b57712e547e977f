// The fields of build/spec/model.json this package reads. The pipeline writes that file from the bundled spec
// (its full shape is the pipeline's `Model`); the docs build runs in its own process and reads it as data, so
// it keeps a local type of just what it uses instead of importing the pipeline's sources.

export type JsonSchema = { [key: string]: unknown };

export interface ModelExample {
  name: string;
  summary?: string;
  value: unknown;
}

export interface ModelInput {
  /** The client option (camelCase), the one name the TypeScript sample may use. */
  option: string;
  /** The name on the wire; `''` for a body taken whole. */
  wire: string;
  in: 'path' | 'query' | 'header' | 'body';
  required: boolean;
  secret: boolean;
  deprecated: boolean;
  description?: string;
  kind: string;
  schema: JsonSchema;
  example?: unknown;
  style?: string;
  explode?: boolean;
  pointer: string;
}

export interface ModelResponse {
  status: string;
  description: string;
  contentType?: string;
  json: boolean;
  /** `#/components/schemas/X` when the body schema is a named component. */
  schemaRef?: string;
  schema?: JsonSchema;
  examples: ModelExample[];
  pointer: string;
}

/** When a failed attempt may be sent again (the spec's `x-lr-retry`, or the default for the method). */
export interface ModelRetry {
  statuses: number[];
  network: boolean;
  timeout: boolean;
}

export interface ModelOperation {
  id: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  deprecated: boolean;
  /** Older paths the vendor still serves the same operation under. */
  legacyPaths: string[];
  pointer: string;
  inputs: ModelInput[];
  body?: {
    required: boolean;
    contentType: string;
    whole: boolean;
    schemaRef?: string;
    schema: JsonSchema;
    examples?: ModelExample[];
    pointer: string;
  };
  responses: ModelResponse[];
  retry: ModelRetry;
  /** Wire names never to print (secret inputs and response fields, the API key). */
  secrets: string[];
}

export interface Model {
  title: string;
  serverUrl: string;
  apiKey?: { in: 'query' | 'header'; name: string };
  operations: ModelOperation[];
}
