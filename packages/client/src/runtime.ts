// The operation-agnostic runtime of @lr-mfa/client. The generated code (./generated/client/) describes each
// operation of the spec as a facts table (method, path, inputs, retry rule, secrets, response kinds) and types;
// this module turns such a table into client methods. Every request goes through openapi-fetch (its
// `request`, serializers, middleware and `fetch` option); on top of it the runtime checks the options before
// sending, adds the API key, bounds each attempt (headers and body) by a timeout, retries by the operation's
// rule, classifies every outcome into a typed error, and masks the operation's secrets everywhere.
import createFetchClient, {
  createFinalURL,
  createQuerySerializer,
  defaultPathSerializer,
  type Middleware,
  type QuerySerializerOptions,
} from 'openapi-fetch';
import {
  AbortError,
  ApiResponseError,
  type ClientError,
  type Details,
  EmptyResponseError,
  InvalidOptionError,
  MalformedJsonError,
  NetworkError,
  type NetworkFailure,
  NonJsonResponseError,
  ResponseTooLargeError,
  ResponseValidationError,
  TimeoutError,
  UnexpectedBodyError,
  type ValidationIssue,
} from './errors.js';
import { bounded, createNameRedactor, createRedactor, excerpt, redactDeep, redactHeaders } from './redact.js';
import {
  backoff,
  isRetryable,
  parseRetryAfter,
  type RetryOptions,
  type RetryPolicy,
  type RetryRule,
  retryPolicy,
} from './retry.js';

export type { ClientError };

/** Per-attempt timeout unless `timeoutMs` says otherwise (the vendor's SDKs use 8–30 s, or none). */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Largest response body read, in bytes (4 MiB): the biggest answer of this API, a full profile, is about
 * 17 kB, so anything far larger is a broken or hostile peer, not data.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

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

/** The response of the last attempt, safe to log (the URL is redacted). */
export interface ResponseInfo {
  status: number;
  statusText: string;
  headers: Headers;
  url: string;
  requestId?: string | undefined;
}

/** The non-throwing result: exactly one of `data` and `error` is set. */
export type Result<Data, Error extends ClientError = ClientError> =
  | { data: Data; error?: never; response: ResponseInfo; attempts: number }
  | { data?: never; error: Error; response?: ResponseInfo | undefined; attempts: number };

/** What every client has beside its generated methods. */
export interface ClientBase {
  /** Registers openapi-fetch middleware for later calls. */
  use(...middleware: Middleware[]): void;
  /** Unregisters middleware. */
  eject(...middleware: Middleware[]): void;
}

/**
 * One input of an operation: [option, wire name (empty: the option lower-cased), code, allowed values]. The code is the location (`p` path,
 * `q` query, `h` header, `b` JSON body field, `B` the whole body), the kind (`s` string, `i` integer,
 * `n` number, `b` boolean, `a` array, `o` object, `m` map of strings, `x` any JSON), for arrays the items'
 * kind, and `!` when required. Allowed values are the schema's `enum`, when it has one.
 */
export type InputRow = readonly [
  option: string,
  wire: string,
  code: string,
  values?: readonly (string | number | boolean | null)[],
];

/**
 * How a status's body is read: `o` a JSON object, `j` any JSON, `t` text, `` no body. Statuses as in the
 * spec (`200`, `4XX`, `default`).
 */
export type ResponseRow = readonly [status: string, body: 'o' | 'j' | 't' | ''];

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
  responses: readonly ResponseRow[];
  /** openapi-fetch's query serializer options, when the operation's arrays are not `form` + `explode`. */
  query?: QuerySerializerOptions;
}

/** What the runtime knows of the API: its default base URL and where the API key goes. */
export interface ApiFacts {
  baseUrl: string;
  apiKey?: readonly [location: 'query' | 'header', name: string];
}

type Redact = (text: string) => string;
type Outcome = Result<unknown>;
type Loose = Record<string, unknown>;
/** openapi-fetch's `request`, without the path typing (the facts table is the source of the paths). */
type Send = (
  method: string,
  path: string,
  init: Loose,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

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
const CALL_OPTIONS = ['signal', 'timeoutMs', 'retry', 'headers'];
const KINDS: Record<string, string> = {
  s: 'a string',
  i: 'an integer',
  n: 'a number',
  b: 'a boolean',
  a: 'an array',
  o: 'an object',
  m: 'a map of strings',
};

const fail = (option: string, problem: string): never => {
  throw new InvalidOptionError(`option "${option}" ${problem}`, { option });
};
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const now = () => (globalThis.performance ?? Date).now();
/** Milliseconds since `start`, rounded to 0.01 ms: plenty for logs, and no 16-digit floats in them. */
const since = (start: number) => Math.round((now() - start) * 100) / 100;
const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Rejects an unknown option, suggesting the known one it most likely means (same letters, or a prefix). */
function checkKnown(given: Loose, known: readonly string[], aliases: readonly (readonly string[])[] = []) {
  for (const key of Object.keys(given)) {
    if (known.includes(key)) continue;
    const typed = squash(key);
    const like = known.find(
      (name, i) =>
        squash(name) === typed ||
        (aliases[i] ?? []).some((alias) => squash(alias) === typed) ||
        (typed.length > 3 && squash(name).startsWith(typed)),
    );
    fail(key, `is unknown${like ? `; did you mean "${like}"?` : ''}`);
  }
}

/** A string that can be sent: URL-encodable (no lone surrogate). */
function encodable(option: string, value: string): void {
  try {
    encodeURIComponent(value);
  } catch {
    fail(option, 'has a lone surrogate');
  }
}

/** Whether `value` is of `kind` (a kind code of `InputRow`). */
function ofKind(kind: string, value: unknown): boolean {
  switch (kind) {
    case 's':
      return typeof value === 'string';
    case 'i':
      return Number.isInteger(value);
    case 'n':
      return typeof value === 'number' && Number.isFinite(value);
    case 'b':
      return typeof value === 'boolean';
    case 'a':
      return Array.isArray(value);
    case 'o':
      return isObject(value);
    case 'm':
      return isObject(value) && Object.values(value).every((v) => typeof v === 'string');
    default:
      return value !== undefined;
  }
}

/** Checks one input's value; returns the secret strings it carries when the input is secret. */
function checkInput(row: InputRow, value: unknown): void {
  const [option, , code, values] = row;
  const kind = code[1] as string;
  if (!ofKind(kind, value)) fail(option, `must be ${KINDS[kind] ?? 'JSON'}`);
  const item = kind === 'a' && code[2] !== '!' ? code[2] : undefined;
  if (item && !(value as unknown[]).every((v) => ofKind(item, v)))
    fail(option, `must be an array of ${(KINDS[item] ?? 'JSON').replace(/^an? /, '')}s`);
  if (values && ![value].flat().every((v) => values.includes(v as never)))
    fail(option, `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
  const where = code[0];
  if (typeof value === 'string') {
    if (code.endsWith('!') && !value.trim()) fail(option, 'must not be empty');
    if (where !== 'b' && where !== 'B') encodable(option, value);
    if (where === 'p' && (value === '.' || value === '..')) fail(option, 'must not be "." or ".."');
  } else if (where !== 'b' && where !== 'B' && Array.isArray(value)) {
    for (const v of value) if (typeof v === 'string') encodable(option, v);
  }
}

/** Header names lower-cased, so a caller's `Content-Type` replaces ours instead of joining it. */
function headerRecord(init: HeadersInput | undefined): Record<string, string> {
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
function checkTiming(timeout: unknown, retry: unknown): void {
  if (timeout !== undefined && !((timeout as number) > 0)) fail('timeoutMs', 'must be > 0 (ms)');
  if (retry !== undefined && retry !== false && !isObject(retry)) fail('retry', 'must be an object or false');
}

/** The strings of a secret input's value (a map's or an array's values included). */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(strings)
      : [];

/**
 * Error codes that prove the request never left: no connection (refused, unreachable, connect timeout), no
 * address (DNS), or a TLS handshake that failed before any HTTP was written.
 */
const UNSENT =
  /^(ECONNREFUSED|ENOTFOUND|EAI_|ENETUNREACH|EHOSTUNREACH|EADDRNOTAVAIL|UND_ERR_CONNECT_TIMEOUT|ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED|SELF_SIGNED_CERT)/;

/**
 * What is safe to keep of a runtime's network error: its redacted message chain and its code. `sent` says the
 * request was handed to `fetch` with no response yet: unless a code proves otherwise, it may have arrived.
 */
function networkError(error: unknown, redact: Redact, details: Details, sent: boolean): NetworkError {
  const messages = new Set<string>();
  const codes: string[] = [];
  for (let e = error as Details | undefined, depth = 0; e && depth < 4; e = e.cause as Details, depth++) {
    messages.add(String(e.message ?? e));
    if (typeof e.code === 'string') codes.push(e.code);
  }
  const code = codes[0];
  const cause = new Error(bounded(redact([...messages].join(': '))));
  const text = `${code} ${cause.message}`;
  const reason: NetworkFailure = /REFUSED/i.test(text)
    ? 'refused'
    : /ENOTFOUND|EAI_|getaddrinfo/i.test(text)
      ? 'dns'
      : /RESET|EPIPE|SOCKET|CLOSED|terminated|aborted|other side/i.test(text)
        ? 'reset'
        : 'network';
  const outcomeUnknown = sent && !codes.some((c) => UNSENT.test(c));
  const unknown = outcomeUnknown ? '; it may have reached the server: outcome unknown' : '';
  const message = `${details.method} ${details.url} failed (${reason}${code ? ` ${code}` : ''}): ${cause.message}${unknown}`;
  return new NetworkError(message, { ...details, reason, code, cause, outcomeUnknown });
}

/** A text the server chose (a header value, a reason phrase), masked and bounded; undefined when absent. */
const maskText = (text: string | null, redact: Redact): string | undefined =>
  text === null ? undefined : bounded(redact(text));

/**
 * The response as callers and loggers see it. Everything in it the server chose (the reason phrase, header
 * names and values, the request id) is masked, on first read: a successful call that nobody inspects pays
 * nothing for it.
 */
function responseInfo(
  response: Response,
  redact: Redact,
  names: ReadonlySet<string>,
  url: () => string,
): ResponseInfo {
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key) as T;
  };
  const raw = response.headers;
  return {
    status: response.status,
    get statusText() {
      return once('statusText', () => maskText(response.statusText, redact) ?? '');
    },
    get headers() {
      return once('headers', () => redactHeaders(raw, redact, names));
    },
    get url() {
      return url();
    },
    get requestId() {
      return once('requestId', () => maskText(raw.get('x-request-id') ?? raw.get('cf-ray'), redact));
    },
  };
}

/** Statuses whose response has no body by definition (a `Response` cannot be built with one). */
const NULL_BODY = [101, 204, 205, 304];

/**
 * `response` with its body bounded to `max` bytes: `tooBig` runs as soon as the `Content-Length` or the bytes
 * received exceed it (it aborts the attempt, which closes the connection), and reading the body then fails.
 */
function limitBody(response: Response, max: number, tooBig: () => void): Response {
  const { body, status, statusText, headers } = response;
  if (!body || max === Number.POSITIVE_INFINITY || NULL_BODY.includes(status)) return response;
  const length = headers.get('content-length');
  if (Number(length) > max) {
    tooBig();
    throw new Error('response too large');
  }
  // fetch delivers no more than a declared length of a body it does not decode: nothing left to count.
  if (length !== null && !headers.has('content-encoding')) return response;
  let received = 0;
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received <= max) return controller.enqueue(chunk);
        tooBig();
        controller.error(new Error('response too large'));
      },
    }),
  );
  const bounded = new Response(counted, { status, statusText, headers });
  // openapi-fetch and middleware see the response as fetch returned it, its URL included.
  Object.defineProperty(bounded, 'url', { value: response.url });
  return bounded;
}

/** How the body of `status` is read, from the most specific entry of the spec (`404`, `4XX`, `default`). */
function bodyKind(op: OperationFacts, status: number): ResponseRow[1] {
  const text = String(status);
  for (const key of [text, `${text[0]}XX`, 'default']) {
    const row = op.responses.find(([s]) => s.toUpperCase() === key);
    if (row) return row[1];
  }
  return 'j';
}

/**
 * Builds a client from the API's facts and its operations' tables: one method per operation (result style)
 * and one `…OrThrow` (throwing style). The generated `createClient` calls it with the spec's tables.
 */
export function createRuntime(
  options: ClientOptions,
  api: ApiFacts,
  operations: readonly OperationFacts[],
): ClientBase & Record<string, (options?: object) => Promise<unknown>> {
  if (!isObject(options)) fail('options', 'must be an object');
  checkKnown(options as unknown as Loose, CLIENT_OPTIONS);
  const {
    apiKey,
    baseUrl = api.baseUrl,
    fetch: fetchImpl = globalThis.fetch,
    logger,
    validateResponse,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    retry: clientRetry,
    maxResponseBytes: maxBytes = DEFAULT_MAX_RESPONSE_BYTES,
  } = options;
  if (typeof apiKey !== 'string' || !apiKey.trim()) fail('apiKey', 'must be a non-empty string');
  encodable('apiKey', apiKey);
  if (!/^https?:\/\/[^/?#]/.test(baseUrl)) fail('baseUrl', 'must be an absolute http(s) URL');
  const functions = { fetch: fetchImpl, logger: logger ?? fail, validateResponse: validateResponse ?? fail };
  for (const [name, fn] of Object.entries(functions))
    if (typeof fn !== 'function') fail(name, 'must be a function');
  checkTiming(timeoutMs, clientRetry);
  if (typeof maxBytes !== 'number' || !(maxBytes > 0))
    fail('maxResponseBytes', 'must be a number > 0 (bytes)');
  const base = baseUrl.replace(/\/+$/, '');
  const [keyIn, keyName] = api.apiKey ?? [];
  const fetchClient = createFetchClient({
    baseUrl: base,
    fetch: fetchImpl,
    headers: {
      accept: 'application/json',
      ...headerRecord(options.headers),
      ...(keyIn === 'header' && keyName ? { [keyName]: apiKey } : undefined),
    },
  });
  const send = fetchClient.request as unknown as Send;
  for (const m of options.middleware ?? []) if (!isObject(m)) fail('middleware', 'must be objects');
  fetchClient.use(...(options.middleware ?? []));
  /** What each operation's calls share, built on its first call. */
  interface Prepared {
    known: string[];
    aliases: string[][];
    byName: Redact;
    /** The secret wire names, lower-case: members of a parsed body masked whole. */
    secretNames: ReadonlySet<string>;
    querySerializer: (query: Loose) => string;
  }
  const prepared = new Map<OperationFacts, Prepared>();
  const prepare = (op: OperationFacts): Prepared => ({
    known: [...op.inputs.map((row) => row[0]), ...CALL_OPTIONS],
    aliases: op.inputs.map((row) => [row[1] || row[0]]),
    byName: createNameRedactor(op.secrets),
    secretNames: new Set(op.secrets.map((name) => name.toLowerCase())),
    querySerializer: createQuerySerializer(op.query),
  });

  async function call(op: OperationFacts, given: unknown): Promise<Outcome> {
    const { method, path, inputs } = op;
    const query: Loose = keyIn === 'query' && keyName ? { [keyName]: apiKey } : {};
    const params = { path: {} as Loose, query, header: {} as Loose };
    const secrets = [apiKey];
    let body: unknown;
    let headers: Record<string, string> | undefined;
    let masked: string | undefined;
    let shared = prepared.get(op);
    if (!shared) {
      shared = prepare(op);
      prepared.set(op, shared);
    }
    const { byName, querySerializer, secretNames } = shared;
    const call = (given === undefined ? {} : given) as Loose & CallOptions;
    // Everything is checked, and the request's parts built once, before anything is sent.
    try {
      if (!isObject(call)) fail('options', 'must be an object');
      checkKnown(call, shared.known, shared.aliases);
      if (call.signal !== undefined && typeof call.signal?.addEventListener !== 'function') {
        fail('signal', 'must be an AbortSignal');
      }
      checkTiming(call.timeoutMs, call.retry);
      for (const row of inputs) {
        const [option, name, code] = row;
        const value = call[option];
        if (value === undefined) {
          if (code.endsWith('!')) fail(option, 'is required');
          continue;
        }
        checkInput(row, value);
        const wire = name || option.toLowerCase();
        if (op.secrets.includes(wire)) secrets.push(...strings(value));
        const where = code[0];
        if (where === 'B') body = value;
        else if (where === 'b') {
          body ??= {};
          (body as Loose)[wire] = value;
        } else (where === 'p' ? params.path : where === 'q' ? query : params.header)[wire] = value;
      }
      if (call.headers !== undefined) headers = headerRecord(call.headers);
    } catch (error) {
      if (error instanceof InvalidOptionError) return { error, attempts: 0 };
      throw error;
    }
    const { signal, retry, timeoutMs: ms = timeoutMs } = call;
    // Built on first use: only failures show text the client did not write (bodies, runtime messages).
    let redactor: Redact | undefined;
    const redact: Redact = (text) => {
      redactor ??= createRedactor(secrets, byName);
      return redactor(text);
    };
    // The URL as openapi-fetch builds it, secrets masked: what errors, logs and `response.url` show. Built on
    // first use, so a successful call without a logger pays nothing for it.
    const safeUrl = () => {
      masked ??= redact(
        createFinalURL(path, {
          baseUrl: base,
          params,
          querySerializer,
          pathSerializer: defaultPathSerializer,
        }),
      );
      return masked;
    };
    const policy: RetryPolicy | undefined =
      retry === false || (retry === undefined && clientRetry === false)
        ? undefined
        : retryPolicy(op.retry, clientRetry || undefined, retry);
    const log = (type: LogEvent['type'], attempt: number, fields?: object) => {
      try {
        if (logger)
          logger({ type, operation: op.id, attempt, method, url: safeUrl(), ...fields } as LogEvent);
      } catch {
        // A failing logger must not change the outcome of a call.
      }
    };

    /** What one exchange got: openapi-fetch's result, or the typed error of a failure before it. */
    type Exchange =
      | { result: Awaited<ReturnType<Send>>; error?: never }
      | { error: ClientError; result?: never };

    /** Why an exchange was cut short by the client: the timeout, or a body over the size limit. */
    type Cut = 'timeout' | 'too_large' | undefined;

    /** The typed error of an exchange that failed before its body was read whole. */
    const exchangeError = (error: unknown, details: Details, cut: Cut, sent: boolean, head?: Response) => {
      const phase = head ? 'response body' : 'response';
      if (cut === 'too_large') {
        const message = `HTTP ${head?.status}: body over maxResponseBytes (${maxBytes}); connection closed`;
        const contentType = maskText(head?.headers.get('content-type') ?? null, redact);
        return new ResponseTooLargeError(message, { ...details, contentType, maxResponseBytes: maxBytes });
      }
      // Nothing came back although the request may have arrived: the server may have done its work.
      const outcomeUnknown = sent && !head;
      if (cut === 'timeout') {
        const message = `${phase} not received within ${ms} ms`;
        return new TimeoutError(message, { ...details, timeoutMs: ms, outcomeUnknown });
      }
      if (signal?.aborted) {
        const message = `aborted by the caller while waiting for the ${phase}`;
        return new AbortError(message, { ...details, cause: signal.reason });
      }
      return networkError(error, redact, details, outcomeUnknown);
    };

    /** Sends one attempt and reads its body, bounded by the timeout, the caller's signal and the size limit. */
    const exchange = async (details: Details): Promise<Exchange> => {
      // The attempt's own controller: the timeout, the size limit and the caller's signal abort it, headers and
      // body alike (which closes the connection).
      const controller = new AbortController();
      let cut: Cut;
      // Set once the request is handed to fetch: from then on it may reach the server.
      let sent = false;
      let head: Response | undefined;
      let stop: (reason?: unknown) => void = () => {};
      const stopped = new Promise<never>((_, reject) => {
        stop = reject;
      });
      const end = (why: Cut, reason?: unknown) => {
        cut ??= why;
        controller.abort(reason);
        stop();
      };
      const onAbort = () => end(undefined, signal?.reason);
      signal?.addEventListener('abort', onAbort);
      // Beyond setTimeout's range (about 24.8 days) there is no timer: that is "no timeout".
      const timer = ms < 2 ** 31 ? setTimeout(() => end('timeout'), ms) : undefined;
      try {
        const pending = send(method, path, {
          params,
          body,
          headers,
          querySerializer,
          parseAs: 'text',
          // openapi-fetch's own fetch option: the head is known once it arrives, for timeouts on the body, and
          // its body is bounded before openapi-fetch reads it. The signal goes to fetch, not to openapi-fetch's
          // Request: fetch copies the Request anyway, and each signal a Request follows costs as much as the
          // rest of it.
          fetch: async (request: Request) => {
            sent = true;
            head = await fetchImpl(request, { signal: controller.signal });
            return limitBody(head, maxBytes, () => end('too_large'));
          },
        });
        // A fetch that ignores the signal must not keep the call waiting: the race ends it either way.
        pending.catch(() => {});
        return { result: await Promise.race([pending, stopped]) };
      } catch (error) {
        details.status = head?.status;
        details.url = safeUrl();
        return { error: exchangeError(error, details, cut, sent, head) };
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      }
    };

    /** One attempt, never throwing: the outcome, with the attempt's response when there was one. */
    const attempt = async (number: number): Promise<Outcome> => {
      const started = now();
      const details: Details = { attempts: number, method };
      const failed = (error: ClientError, response?: ResponseInfo): Outcome => {
        const { status, requestId } = error;
        log('error', number, { durationMs: since(started), status, requestId, error });
        return { error, response, attempts: number };
      };
      log('request', number);
      const { result, error } = await exchange(details);
      if (error) return failed(error);
      const { response } = result;
      const { status, headers: responseHeaders } = response;
      const info = responseInfo(response, redact, secretNames, safeUrl);
      const http = `HTTP ${status}`;
      const ok = response.ok;
      const kind = bodyKind(op, status);
      const succeeded = (data: unknown): Outcome => {
        if (logger)
          log('response', number, { status, durationMs: since(started), requestId: info.requestId });
        return { data, response: info, attempts: number };
      };
      // openapi-fetch read the body: as text for a 2xx; for an error, parsed when it is JSON.
      const raw = ok ? result.data : result.error;
      if (ok && kind === '') return succeeded(undefined);
      if (ok && kind === 't') return succeeded(raw ?? '');
      const parsed = typeof raw !== 'string' && raw !== undefined;
      const text = parsed ? JSON.stringify(raw) : ((raw as string | undefined) ?? '');
      // Facts of a failed attempt, gathered only when it failed.
      const facts = () =>
        Object.assign(details, {
          url: safeUrl(),
          status,
          requestId: info.requestId,
          retryAfterMs: parseRetryAfter(responseHeaders.get('retry-after')),
          contentType: maskText(responseHeaders.get('content-type'), redact),
        });
      /** A failure about the body, with a redacted excerpt of it (built here only: redaction is costly). */
      const unusable = (Kind: new (message: string, details: Details) => ClientError, problem: string) =>
        failed(new Kind(`${http}: ${problem}`, { ...facts(), bodyExcerpt: excerpt(text, redact) }), info);
      if (!text.trim()) return failed(new EmptyResponseError(`${http}: empty body`, facts()), info);
      let value: unknown = raw;
      if (!parsed) {
        try {
          value = JSON.parse(text);
        } catch {
          return /^\s*[[{"]/.test(text)
            ? unusable(MalformedJsonError, 'malformed JSON')
            : unusable(NonJsonResponseError, `not JSON (${facts().contentType})`);
        }
      }
      // A 2xx carrying a numeric ErrorCode is an error too (the vendor's SDKs check the body, not the status).
      const apiError = isObject(value) && typeof value.ErrorCode === 'number';
      if (!apiError && !(ok && (kind !== 'o' || isObject(value)))) {
        return unusable(UnexpectedBodyError, ok ? 'not a JSON object' : 'no ErrorCode');
      }
      const issues = validateResponse?.(op.id, status, value)?.map((issue) =>
        redactDeep({ ...issue }, redact),
      );
      if (issues?.length) {
        const list = issues.map((issue) => `${issue.path || '/'} ${issue.message}`).join('; ');
        const message = `${http}: differs from the spec: ${bounded(list)}`;
        return failed(new ResponseValidationError(message, { ...facts(), issues }), info);
      }
      if (apiError) {
        const body = redactDeep(value as Loose & { ErrorCode: number }, redact, secretNames);
        // The message quotes the body's own words, bounded; the whole body stays on the error.
        const about = bounded([body.Message, body.Description].filter(Boolean).join(': '));
        const message = `LoginRadius error ${body.ErrorCode} (${http})${about && `: ${about}`}`;
        return failed(new ApiResponseError(message, { ...facts(), ErrorCode: body.ErrorCode, body }), info);
      }
      return succeeded(value);
    };

    const aborted = (when: string, attempts: number, response?: ResponseInfo): Outcome => ({
      error: new AbortError(`aborted by the caller ${when}`, {
        attempts,
        method,
        url: safeUrl(),
        cause: signal?.reason,
      }),
      response,
      attempts,
    });
    if (signal?.aborted) return aborted('before sending', 0);
    for (let number = 1; ; number++) {
      const outcome = await attempt(number);
      const { error } = outcome;
      const retryAfter = error?.retryAfterMs ?? 0;
      if (
        !error ||
        !policy ||
        number > policy.retries ||
        retryAfter > policy.maxRetryAfterMs ||
        !isRetryable(error, number, policy)
      ) {
        return outcome;
      }
      const delayMs = Math.max(backoff(number, policy), retryAfter);
      log('retry', number, { delayMs, error });
      await policy.sleep(delayMs, signal);
      if (signal?.aborted) return aborted('while waiting to retry', number, outcome.response);
    }
  }

  const client: ClientBase & Record<string, (options?: object) => Promise<unknown>> = {
    use: (...list: Middleware[]) => {
      for (const m of list) if (!isObject(m)) fail('middleware', 'must be objects');
      fetchClient.use(...list);
    },
    eject: (...list: Middleware[]) => fetchClient.eject(...list),
  } as never;
  for (const op of operations) {
    client[op.id] = (given) => call(op, given);
    client[`${op.id}OrThrow`] = async (given) => {
      const result = await call(op, given);
      if (result.error) throw result.error;
      return result.data;
    };
  }
  return client;
}
