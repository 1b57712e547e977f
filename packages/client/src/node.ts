// The `node` export condition's entry: the same API as ./index.ts, with the keep-alive node:http(s)
// transport as the default `fetch` (pass `fetch: globalThis.fetch` to use Node's own instead). Its local
// `createClient` takes precedence over the one `export *` would bring; a test checks both entries export
// the same names.
import { type ClientOptions, createClient as createBaseClient, type LrMfaClient } from './client.js';
import { nodeFetch } from './node-fetch.js';

export * from './public.js';

/** Creates a client; see the default entry. On Node, `fetch` defaults to a keep-alive node:http transport. */
export function createClient(options: ClientOptions): LrMfaClient {
  return createBaseClient({ ...options, fetch: options?.fetch ?? nodeFetch });
}
