import type { paths } from '@lr-mfa/types';
import createFetchClient, { type Client, createQuerySerializer, type Middleware } from 'openapi-fetch';
// From the public module the other entries re-export: sharing it keeps the build free of an empty chunk.
import { DEFAULT_BASE_URL, type Fetch, InvalidOptionError } from './public.js';

/** Options of `createRawClient`. */
export interface RawClientOptions {
  /** The tenant's API key, added as the `apikey` query parameter of every request. */
  apiKey: string;
  /** API origin. Default `https://api.loginradius.com`. */
  baseUrl?: string;
  /** The `fetch` to use (called with a `Request`). Default: the global `fetch` (on Node, the keep-alive transport). */
  fetch?: Fetch;
  /** Headers sent with every request. */
  headers?: HeadersInit;
  /** openapi-fetch middleware to register. */
  middleware?: readonly Middleware[];
}

/** The typed openapi-fetch client for every path of the spec. */
export type RawClient = Client<paths, 'application/json'>;

/**
 * The plain openapi-fetch client for the spec, with the API key added as the `apikey` query parameter:
 * for anything `verifySmsOtp` does not cover. It has none of the hardening of `createClient` (no timeout,
 * retries, redaction or typed transport errors): openapi-fetch's own `{ data, error, response }` applies.
 * A per-request `querySerializer` replaces the one adding the key, so do not pass one.
 */
export function createRawClient(options: RawClientOptions): RawClient {
  const apiKey = options?.apiKey;
  if (typeof apiKey !== 'string' || !apiKey.trim()) {
    throw new InvalidOptionError('option "apiKey" must be a non-empty string', { option: 'apiKey' });
  }
  const serialize = createQuerySerializer();
  const client = createFetchClient<paths, 'application/json'>({
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    headers: options.headers,
    fetch: options.fetch,
    querySerializer: (query) => {
      const rest = serialize(query);
      return `apikey=${encodeURIComponent(apiKey)}${rest ? `&${rest}` : ''}`;
    },
  });
  client.use(...(options.middleware ?? []));
  return client;
}
