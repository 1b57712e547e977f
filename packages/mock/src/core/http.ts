// The transport-neutral request and outcome the engine speaks. The node:http server and the MSW handlers
// translate to and from these and nothing else, so both behave identically by construction.

/** A request as any adapter can describe it. Header names are matched case-insensitively. */
export interface MockRequest {
  method: string;
  /** Absolute URL, or a path with its query string (`/identity/v2/...?apikey=...`). */
  url: string;
  headers?: Headers | Record<string, string | string[] | undefined>;
  /** The raw body text; empty or undefined when the request has none. */
  body?: string;
  /** Aborted when the client goes away or the server closes; cuts injected delays short. */
  signal?: AbortSignal;
  /**
   * `Host` values the control API accepts (the server passes its bound address, so a DNS-rebound name is
   * refused). Undefined skips the check, as for MSW, where no request crosses a network.
   */
  controlHosts?: readonly string[];
}

/** What the adapter must do: send a response, or drop the connection as a reset would. */
export type MockOutcome =
  | { type: 'response'; status: number; headers: Record<string, string>; body: string }
  | { type: 'reset' };

export type MockResponse = Extract<MockOutcome, { type: 'response' }>;

export const JSON_TYPE = 'application/json; charset=utf-8';

/** `application/json`, `application/problem+json`, with or without parameters. */
export const JSON_CONTENT: RegExp = /^application\/(?:[\w.+-]+\+)?json(?:\s*;|$)/i;

/**
 * CORS of the API routes: a web app on another local origin may call them like the real API. The control API
 * never gets these (it refuses cross-origin browsers instead).
 */
const API_CORS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Retry-After',
};

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): MockResponse {
  return {
    type: 'response',
    status,
    headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}

/** A JSON response whose body is already serialized. */
export function rawJsonResponse(status: number, json: string): MockResponse {
  return {
    type: 'response',
    status,
    headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store' },
    body: json,
  };
}

export function textResponse(
  status: number,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): MockResponse {
  return { type: 'response', status, headers: { 'content-type': contentType, ...headers }, body };
}

/** An API route's response with its CORS headers. */
export function withApiCors(outcome: MockOutcome): MockOutcome {
  if (outcome.type !== 'response') return outcome;
  return { ...outcome, headers: { ...outcome.headers, ...API_CORS } };
}

/** An API route's preflight: the methods it takes and every header the browser asks to send. */
export function preflightResponse(methods: string[], requestedHeaders: string | undefined): MockResponse {
  return {
    type: 'response',
    status: 204,
    headers: {
      ...API_CORS,
      'access-control-allow-methods': [...new Set([...methods, 'OPTIONS'])].join(', '),
      ...(requestedHeaders ? { 'access-control-allow-headers': requestedHeaders } : {}),
      'access-control-max-age': '600',
      vary: 'Access-Control-Request-Headers',
    },
    body: '',
  };
}

/** Case-insensitive header lookup over either a `Headers` object or Node's header record. */
export function headerReader(headers: MockRequest['headers']): (name: string) => string | undefined {
  if (!headers) return () => undefined;
  if (typeof (headers as Headers).get === 'function') {
    return (name) => (headers as Headers).get(name) ?? undefined;
  }
  const lower = new Map<string, string>();
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (value !== undefined) lower.set(key.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
  }
  return (name) => lower.get(name.toLowerCase());
}

/**
 * Query parameters looked up case-insensitively: the vendor's ASP.NET backend treats `apikey`, `apiKey` and
 * `APIKEY` alike, and SDKs disagree on the casing. Every occurrence, in order.
 */
export function queryReader(search: URLSearchParams): (name: string) => string[] {
  const lower = new Map<string, string[]>();
  for (const [key, value] of search) {
    const k = key.toLowerCase();
    const list = lower.get(k);
    if (list) list.push(value);
    else lower.set(k, [value]);
  }
  return (name) => lower.get(name.toLowerCase()) ?? [];
}

/** Waits `ms` of real time; resolves `false` early when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
