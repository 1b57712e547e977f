// The `node` export condition's `./raw` entry: the raw client with the keep-alive node:http(s) transport as
// the default `fetch`.
import { nodeFetch } from './node-fetch.js';
import { createRawClient as createBaseRawClient, type RawClient, type RawClientOptions } from './raw.js';

export type { RawClient, RawClientOptions };

/** The raw openapi-fetch client; see `./raw.ts`. On Node, `fetch` defaults to the keep-alive transport. */
export function createRawClient(options: RawClientOptions): RawClient {
  return createBaseRawClient({ ...options, fetch: options?.fetch ?? nodeFetch });
}
