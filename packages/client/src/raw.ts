import type { paths } from '@lr-mfa/types';
import createFetchClient, { type Client, createQuerySerializer, type Middleware } from 'openapi-fetch';
import { InvalidOptionError } from './errors.js';
import { API } from './generated/client/index.js';
import type { Fetch, HeadersInput } from './runtime.js';

/** Options of `createRawClient`. */
export interface RawClientOptions {
  /** The tenant's API key, added to every request as the spec's security scheme says. */
  apiKey: string;
  /** API origin. Default: the spec's first server. */
  baseUrl?: string | undefined;
  /** The `fetch` to use (called with a `Request`). Default: the global `fetch`. */
  fetch?: Fetch | undefined;
  /** Headers sent with every request. */
  headers?: HeadersInput | undefined;
  /** openapi-fetch middleware to register. */
  middleware?: readonly Middleware[] | undefined;
}

/** The typed openapi-fetch client for every path of the spec. */
export type RawClient = Client<paths, 'application/json'>;

/**
 * The plain openapi-fetch client for the spec, with the API key added as the spec says (a query parameter or a
 * header). It
 * has none of the hardening of `createClient` (no timeout, retries, redaction or typed transport errors):
 * openapi-fetch's own `{ data, error, response }` applies. A per-request `querySerializer` replaces the one
 * adding the key, so do not pass one.
 */
export function createRawClient(options: RawClientOptions): RawClient {
  const apiKey = options?.apiKey;
  if (typeof apiKey !== 'string' || !apiKey.trim()) {
    throw new InvalidOptionError('option "apiKey" must be a non-empty string', { option: 'apiKey' });
  }
  const serialize = createQuerySerializer();
  const [where, name = ''] = API.apiKey ?? [];
  const headers = new Headers(options.headers);
  if (where === 'header') headers.set(name, apiKey);
  const client = createFetchClient<paths, 'application/json'>({
    baseUrl: options.baseUrl ?? API.baseUrl,
    headers,
    fetch: options.fetch,
    querySerializer: (query) => {
      const rest = serialize(query);
      const key = where === 'query' ? `${name}=${encodeURIComponent(apiKey)}` : '';
      return [key, rest].filter(Boolean).join('&');
    },
  });
  client.use(...(options.middleware ?? []));
  return client;
}
