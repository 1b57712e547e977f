// The options of a client and of a call: their public types, their defaults, and the checks that reject a bad
// one with an InvalidOptionError before anything is sent.
import type { Middleware } from 'openapi-fetch';
import { type ClientError, InvalidOptionError, type ValidationIssue } from './errors.js';
import type { ApiFacts } from './facts.js';
import type { RetryOptions } from './retry.js';

/** Per-attempt timeout unless `timeoutMs` says otherwise (the vendor's SDKs use 8–30 s, or none). */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Largest response body read, in bytes (4 MiB): the biggest answer of this API, a full profile, is about
 * 17 kB, so anything far larger is a broken or hostile peer, not data.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 4 * 2 ** 20;

/**
 * What `new Headers()` accepts. Not the DOM's `HeadersInit` global: Node's and Bun's type packages declare
 * `Headers` but not that name, so a consumer without the DOM lib would fail on it in these declarations.
 */
export type HeadersInput = ConstructorParameters<typeof Headers>[0];

/** A WHATWG `fetch`: the global one, undici's, an instrumented one, or a test double. */
export type Fetch = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/**
 * Checks a parsed body against the spec's schema for the operation and status that produced it; returns the
 * differences (none: valid). See `validateResponse` of `@lr-mfa/client/validate`.
 */
export type ResponseValidator = (
  operationId: string,
  status: number,
  body: unknown,
) => readonly ValidationIssue[] | undefined;

interface EventBase {
  /** The client method (`operationId`). */
  operation: string;
  attempt: number;
  method: string;
  /** The request URL with every secret masked (`apikey=***`). */
  url: string;
}

/** What the logger receives. URLs are redacted (`apikey=***`); durations are in milliseconds. */
export type LogEvent =
  | (EventBase & { type: 'request' })
  | (EventBase & { type: 'response'; status: number; durationMs: number; requestId?: string | undefined })
  | (EventBase & {
      type: 'error';
      durationMs: number;
      status?: number | undefined;
      requestId?: string | undefined;
      error: ClientError;
    })
  | (EventBase & { type: 'retry'; delayMs: number; error: ClientError });

/** Receives one event per request, response, failed attempt and retry. Exceptions it throws are ignored. */
export type Logger = (event: LogEvent) => void;

/** Options of `createClient`. Only `apiKey` is required; an option set to `undefined` takes its default. */
export interface ClientOptions {
  /** The tenant's API key, sent as the spec's security scheme says and masked everywhere else. */
  apiKey: string;
  /** API origin (and optional path prefix). Default: the spec's first server. */
  baseUrl?: string | undefined;
  /** The `fetch` every request goes through (called with a `Request`). Default: the global `fetch`. */
  fetch?: Fetch | undefined;
  /** Headers sent with every request. */
  headers?: HeadersInput | undefined;
  /** Per-attempt timeout in milliseconds, covering headers and body; `Infinity` for none. Default 10000. */
  timeoutMs?: number | undefined;
  /** Retry options over each operation's rule, or `false` for a single attempt. */
  retry?: RetryOptions | false | undefined;
  /**
   * Largest response body read, in bytes (decoded); a larger one ends the attempt with a
   * `ResponseTooLargeError` and closes its connection. `Infinity` for no limit. Default 4 MiB.
   */
  maxResponseBytes?: number | undefined;
  /** Receives redacted request/response/error/retry events with timings. */
  logger?: Logger | undefined;
  /** Runtime response validation, e.g. `validateResponse` from `@lr-mfa/client/validate`. Off by default. */
  validateResponse?: ResponseValidator | undefined;
  /** openapi-fetch middleware applied to every attempt (also addable later with `client.use`). */
  middleware?: readonly Middleware[] | undefined;
}

/** Per-call options of every method, beside the API inputs. */
export interface CallOptions {
  /** Aborts the call (the current attempt and any wait for a retry). */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout for this call, overriding the client's. */
  timeoutMs?: number | undefined;
  /** Retry options for this call, merged over the client's; `false` for a single attempt. */
  retry?: RetryOptions | false | undefined;
  /** Extra headers for this call. */
  headers?: HeadersInput | undefined;
}

/** The client's options checked, with their defaults: what every call of the client reads. */
export interface ClientSettings {
  apiKey: string;
  /** The base URL without trailing slashes. */
  baseUrl: string;
  fetch: Fetch;
  logger: Logger | undefined;
  validateResponse: ResponseValidator | undefined;
  timeoutMs: number;
  retry: RetryOptions | false | undefined;
  maxResponseBytes: number;
  /** The API key as a query parameter or as a header, as the spec's security scheme says (neither without one). */
  keyQuery: Record<string, string> | undefined;
  keyHeader: Record<string, string> | undefined;
}

export type Loose = Record<string, unknown>;

const CLIENT_OPTIONS = [
  'apiKey',
  'baseUrl',
  'fetch',
  'headers',
  'timeoutMs',
  'retry',
  'maxResponseBytes',
  'logger',
  'validateResponse',
  'middleware',
];

export const fail = (option: string, problem: string): never => {
  throw new InvalidOptionError(`option "${option}" ${problem}`, { option });
};
export const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Rejects an unknown option, suggesting the known one it most likely means (same letters, or a prefix). */
export function checkKnown(given: Loose, known: readonly string[], aliases: readonly string[] = []): void {
  for (const key of Object.keys(given)) {
    if (known.includes(key)) continue;
    const typed = squash(key);
    const like = known.find(
      (name, i) =>
        squash(name) === typed ||
        (aliases[i] !== undefined && squash(aliases[i]) === typed) ||
        (typed.length > 3 && squash(name).startsWith(typed)),
    );
    fail(key, `is unknown${like ? `; did you mean "${like}"?` : ''}`);
  }
}

/** A lone surrogate: a UTF-16 half with no UTF-8 form (`u` mode reads a well-formed pair as one code point). */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * A string that can be sent: URL-encodable (no lone surrogate). A regular expression, not a call of
 * `encodeURIComponent` whose result goes unused: bundlers take that global for pure and drop the call.
 */
export function encodable(option: string, value: string): void {
  if (LONE_SURROGATE.test(value)) fail(option, 'has a lone surrogate');
}

/** Header names lower-cased, so a caller's `Content-Type` replaces ours instead of joining it. */
export function headerRecord(init: HeadersInput | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    new Headers(init).forEach((value, name) => {
      out[name] = value;
    });
  } catch {
    fail('headers', 'must be valid HTTP headers');
  }
  return out;
}

/** Timeouts and retry options are checked when given, so a bad one fails before anything is sent. */
export function checkTiming(timeout: unknown, retry: unknown): void {
  if (timeout !== undefined && !((timeout as number) > 0)) fail('timeoutMs', 'must be > 0 (ms)');
  if (retry !== undefined && retry !== false && !isObject(retry)) fail('retry', 'must be an object or false');
}

/** `list` when it holds only middleware objects; rejects it otherwise. */
export function checkMiddleware<T>(list: readonly T[]): readonly T[] {
  for (const m of list) if (!isObject(m)) fail('middleware', 'must be objects');
  return list;
}

/** Checks the options of `createClient` and fills in their defaults (the base URL from the API's facts). */
export function clientSettings(options: ClientOptions, api: ApiFacts): ClientSettings {
  if (!isObject(options)) fail('options', 'must be an object');
  checkKnown(options as unknown as Loose, CLIENT_OPTIONS);
  const {
    apiKey,
    baseUrl = api.baseUrl,
    fetch = globalThis.fetch,
    logger,
    validateResponse,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    retry,
    maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
  } = options;
  if (typeof apiKey !== 'string' || !apiKey.trim()) fail('apiKey', 'must be a non-empty string');
  encodable('apiKey', apiKey);
  if (!/^https?:\/\/[^/?#]/.test(baseUrl)) fail('baseUrl', 'must be an absolute http(s) URL');
  const functions = { fetch, logger: logger ?? fail, validateResponse: validateResponse ?? fail };
  for (const [name, fn] of Object.entries(functions))
    if (typeof fn !== 'function') fail(name, 'must be a function');
  checkTiming(timeoutMs, retry);
  if (typeof maxResponseBytes !== 'number' || !(maxResponseBytes > 0))
    fail('maxResponseBytes', 'must be a number > 0 (bytes)');
  const [keyIn, keyName] = api.apiKey ?? [];
  const key = keyName ? { [keyName]: apiKey } : undefined;
  return {
    apiKey,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    fetch,
    logger,
    validateResponse,
    timeoutMs,
    retry,
    maxResponseBytes,
    keyQuery: keyIn === 'query' ? key : undefined,
    keyHeader: keyIn === 'header' ? key : undefined,
  };
}
