import type { ApiError, VerifySmsOtpResponse } from '@lr-mfa/types';
import type { MergedOptions, Middleware, MiddlewareCallbackParams } from 'openapi-fetch';
import {
  AbortError,
  ApiResponseError,
  EmptyResponseError,
  type ErrorDetails,
  InvalidOptionError,
  MalformedJsonError,
  NetworkError,
  type NetworkFailure,
  NonJsonResponseError,
  ResponseValidationError,
  TimeoutError,
  UnexpectedBodyError,
  type ValidationIssue,
  type VerifySmsOtpError,
} from './errors.js';
import { method, path, type VerifySmsOtpInputs } from './generated/operation.js';
import { INPUTS } from './inputs.js';
import { createRedactor, excerpt, redactDeep, redactUrl, SECRET_INPUTS } from './redact.js';
import {
  backoff,
  DEFAULT_RETRY,
  isRetryable,
  parseRetryAfter,
  type RetryOptions,
  type RetryPolicy,
} from './retry.js';

/** Where requests go unless `baseUrl` says otherwise. */
export const DEFAULT_BASE_URL = 'https://api.loginradius.com';
/** Per-attempt timeout unless `timeoutMs` says otherwise (the vendor's SDKs use 8–30 s, or none). */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** A WHATWG `fetch`: the global one, a polyfill, or a test double. */
export type Fetch = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** Checks a parsed body against the spec; returns the differences (none: valid). See `@lr-mfa/client/validate`. */
export type ResponseValidator = (body: unknown, status: number) => readonly ValidationIssue[] | undefined;

/** What the logger receives. URLs are redacted (`apikey=***`); durations are in milliseconds. */
export type LogEvent =
  | { type: 'request'; attempt: number; method: string; url: string }
  | {
      type: 'response';
      attempt: number;
      method: string;
      url: string;
      status: number;
      durationMs: number;
      requestId?: string;
    }
  | {
      type: 'error';
      attempt: number;
      method: string;
      url: string;
      durationMs: number;
      status?: number;
      requestId?: string;
      error: VerifySmsOtpError;
    }
  | {
      type: 'retry';
      attempt: number;
      method: string;
      url: string;
      delayMs: number;
      error: VerifySmsOtpError;
    };

/** Receives one event per request, response, failed attempt and retry. Exceptions it throws are ignored. */
export type Logger = (event: LogEvent) => void;

/** Options of `createClient`. Only `apiKey` is required. */
export interface ClientOptions {
  /** The tenant's API key, sent as the `apikey` query parameter and masked everywhere else. */
  apiKey: string;
  /** API origin (and optional path prefix). Default `https://api.loginradius.com`. */
  baseUrl?: string;
  /** The `fetch` to use. Default: the global `fetch` (on Node, a keep-alive `node:http(s)` transport). */
  fetch?: Fetch;
  /** Headers sent with every request. */
  headers?: HeadersInit;
  /** Per-attempt timeout in milliseconds, covering headers and body; `Infinity` for none. Default 10000. */
  timeoutMs?: number;
  /** Retry policy, or `false` for a single attempt. See `RetryOptions` for the defaults. */
  retry?: RetryOptions | false;
  /** Receives redacted request/response/error/retry events with timings. */
  logger?: Logger;
  /** Runtime response validation, e.g. `validateResponse` from `@lr-mfa/client/validate`. Off by default. */
  validateResponse?: ResponseValidator;
  /** openapi-fetch middleware applied to every attempt (also addable later with `client.use`). */
  middleware?: readonly Middleware[];
}

/** Per-call options of `verifySmsOtp`, beside the API inputs. */
export interface CallOptions {
  /** Aborts the call (the current attempt and any wait for a retry). */
  signal?: AbortSignal;
  /** Per-attempt timeout for this call, overriding the client's. */
  timeoutMs?: number;
  /** Retry policy for this call, merged over the client's; `false` for a single attempt. */
  retry?: RetryOptions | false;
  /** Extra headers for this call. */
  headers?: HeadersInit;
}

/** Everything `verifySmsOtp` takes: the API inputs in camelCase plus the per-call options. */
export type VerifySmsOtpOptions = VerifySmsOtpInputs & CallOptions;

/** The response of the last attempt, safe to log (the URL is redacted). */
export interface ResponseInfo {
  status: number;
  statusText: string;
  headers: Headers;
  url: string;
  requestId?: string;
}

/** The non-throwing result: exactly one of `data` and `error` is set. */
export type VerifySmsOtpResult =
  | { data: VerifySmsOtpResponse; error?: never; response: ResponseInfo; attempts: number }
  | { data?: never; error: VerifySmsOtpError; response?: ResponseInfo; attempts: number };

export interface LrMfaClient {
  /**
   * `PUT /identity/v2/auth/login/2fa/sms`: exchanges the second-factor token and the OTP for the profile
   * and an access token. Never throws or rejects: failures come back as `error`.
   */
  verifySmsOtp(options: VerifySmsOtpOptions): Promise<VerifySmsOtpResult>;
  /** Same call, throwing style: resolves with the 200 body, rejects with a `VerifySmsOtpError`. */
  verifySmsOtpOrThrow(options: VerifySmsOtpOptions): Promise<VerifySmsOtpResponse>;
  /** Registers openapi-fetch middleware for later calls. */
  use(...middleware: Middleware[]): void;
  /** Unregisters middleware. */
  eject(...middleware: Middleware[]): void;
}

type Outcome = VerifySmsOtpResult;
type Details = ErrorDetails & Record<string, unknown>;

const OPTION_NAMES = new Set<string>([
  ...INPUTS.map((input) => input[0]),
  'signal',
  'timeoutMs',
  'retry',
  'headers',
]);
/** Largest delay `setTimeout` honours; longer timeouts mean "none". */
const MAX_TIMER = 2 ** 31 - 1;

const fail = (option: string, problem: string): never => {
  throw new InvalidOptionError(`option "${option}" ${problem}`, { option });
};
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const now = () => (globalThis.performance ?? Date).now();
/** Milliseconds since `start`, to 0.01 ms: enough for logs, and no 15-digit floats in them. */
const since = (start: number) => Math.round((now() - start) * 100) / 100;

function checkTimeout(value: unknown, option: string): void {
  if (value !== undefined && !((value as number) > 0))
    fail(option, 'must be a positive number of ms (Infinity: none)');
}

/** Type checks of the retry options; a misconfigured policy fails at the call site, not at a retry. */
function checkRetry(value: unknown, option: string): void {
  if (value === undefined || value === false) return;
  if (!isObject(value)) fail(option, 'must be an object or false');
  for (const [key, item] of Object.entries(value as object)) {
    const expected =
      key === 'statuses' ? 'object' : key === 'shouldRetry' || key === 'sleep' ? 'function' : 'number';
    if (item !== undefined && (typeof item !== expected || (expected === 'number' && !(item >= 0)))) {
      fail(`${option}.${key}`, `must be a ${expected === 'object' ? 'status array' : expected}`);
    }
  }
}

/** Header names lower-cased, so a caller's `Content-Type` replaces ours instead of joining it. */
function headerRecord(init: HeadersInit | undefined, option: string): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    new Headers(init).forEach((value, name) => {
      out[name] = value;
    });
  } catch {
    fail(option, 'must be valid HTTP headers');
  }
  return out;
}

/** A `cause` safe to keep: the runtime error's name, redacted message chain and code, nothing else. */
function sanitize(error: unknown, redact: (text: string) => string): { cause: Error; code?: string } {
  const messages = new Set<string>();
  let code: string | undefined;
  for (
    let depth = 0, current = error as { message?: unknown; code?: unknown; cause?: unknown } | undefined;
    depth < 4 && current != null;
    depth++, current = current.cause as typeof current
  ) {
    messages.add(typeof current.message === 'string' ? current.message : String(current));
    if (typeof current.code === 'string') code ??= current.code;
  }
  const cause = new Error(redact([...messages].join(': ')));
  cause.name = (error as Error)?.name ?? 'Error';
  return { cause, code };
}

const networkFailure = (text: string): NetworkFailure =>
  /REFUSED/i.test(text)
    ? 'refused'
    : /ENOTFOUND|EAI_|getaddrinfo/i.test(text)
      ? 'dns'
      : /RESET|EPIPE|SOCKET|CLOSED|terminated|aborted|other side/i.test(text)
        ? 'reset'
        : 'network';

/** openapi-fetch's contract for middleware results: anything else is a bug in the middleware. */
function hookResult<T>(
  result: unknown,
  allowed: (abstract new (...args: never[]) => T)[],
  hook: string,
): T | undefined {
  if (!result || allowed.some((type) => result instanceof type))
    return (result || undefined) as T | undefined;
  throw new Error(`${hook}: must return ${allowed.map((type) => type.name).join(' or ')}`);
}

/**
 * Creates a client for LoginRadius Verify SMS OTP. Throws `InvalidOptionError` when `apiKey` is missing
 * or empty, or another option is invalid.
 */
export function createClient(options: ClientOptions): LrMfaClient {
  if (!isObject(options)) fail('options', 'must be an object');
  const {
    apiKey,
    baseUrl = DEFAULT_BASE_URL,
    logger,
    validateResponse,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  } = options;
  if (typeof apiKey !== 'string' || !apiKey.trim()) fail('apiKey', 'must be a non-empty string');
  let base = '';
  try {
    const url = new URL(baseUrl);
    if (/^https?:$/.test(url.protocol)) base = url.href.replace(/\/+$/, '');
  } catch {}
  if (!base) fail('baseUrl', 'must be an absolute http(s) URL');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  for (const [name, fn] of Object.entries({
    fetch: fetchImpl,
    logger: logger ?? fetchImpl,
    validateResponse: validateResponse ?? fetchImpl,
  })) {
    if (typeof fn !== 'function') fail(name, 'must be a function');
  }
  checkTimeout(timeoutMs, 'timeoutMs');
  checkRetry(options.retry, 'retry');
  const clientHeaders = headerRecord(options.headers, 'headers');
  const middlewares: Middleware[] = [];
  const use = (...list: Middleware[]) => {
    for (const m of list) {
      if (!isObject(m) || !(m.onRequest || m.onResponse || m.onError))
        fail('middleware', 'must be objects with onRequest, onResponse or onError');
      middlewares.push(m);
    }
  };
  use(...(options.middleware ?? []));
  const emit = (event: LogEvent) => {
    try {
      logger?.(event);
    } catch {
      // A failing logger must not change the outcome of a login.
    }
  };

  /** Checks the options and builds what every attempt sends; throws InvalidOptionError. */
  function prepare(call: VerifySmsOtpOptions) {
    if (!isObject(call)) fail('options', 'must be an object');
    for (const key of Object.keys(call)) {
      if (!OPTION_NAMES.has(key)) {
        const like = INPUTS.find((input) =>
          [input[0].toLowerCase(), input[1].toLowerCase()].includes(key.toLowerCase()),
        );
        fail(key, `is not an option of verifySmsOtp${like ? `; did you mean "${like[0]}"?` : ''}`);
      }
    }
    const { signal } = call;
    if (signal !== undefined && typeof signal?.addEventListener !== 'function')
      fail('signal', 'must be an AbortSignal');
    checkTimeout(call.timeoutMs, 'timeoutMs');
    checkRetry(call.retry, 'retry');
    const secrets = [apiKey];
    const query: Record<string, string> = {};
    const header: Record<string, string> = {};
    const body: Record<string, unknown> = {};
    let url = `${base}${path}?apikey=${encodeURIComponent(apiKey)}`;
    for (const [option, wire, location, type, required] of INPUTS) {
      const value = (call as unknown as Record<string, unknown>)[option];
      if (value === undefined) {
        if (required) fail(option, 'is required');
        continue;
      }
      const strings = type === 'map' && isObject(value) ? Object.values(value) : [value];
      if (strings.some((v) => typeof v !== (type === 'boolean' ? 'boolean' : 'string'))) {
        fail(option, `must be a ${type === 'map' ? 'map of strings' : type}`);
      }
      if (required && !String(value).trim()) fail(option, 'must not be empty');
      if (SECRET_INPUTS.has(wire)) secrets.push(...(strings as string[]));
      if (location === 'body') body[wire] = value;
      else if (location === 'header') header[wire.toLowerCase()] = String(value);
      else {
        query[wire] = String(value);
        try {
          url += `&${wire}=${encodeURIComponent(query[wire])}`;
        } catch {
          fail(option, 'must be well-formed Unicode (it has a lone surrogate)');
        }
      }
    }
    // The call's retry options merge over the client's; `false` (the call's first) means one attempt.
    const retry = call.retry ?? options.retry;
    return {
      url,
      safeUrl: redactUrl(url),
      init: {
        method,
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          ...clientHeaders,
          ...headerRecord(call.headers, 'headers'),
          ...header,
        },
        body: JSON.stringify(body),
      },
      params: { query, header },
      signal,
      timeoutMs: call.timeoutMs ?? timeoutMs,
      policy:
        retry === false
          ? undefined
          : ({ ...DEFAULT_RETRY, ...(options.retry || {}), ...retry } as RetryPolicy),
      redact: createRedactor(secrets),
    };
  }

  type Call = ReturnType<typeof prepare>;

  /** Sends one request, through the middleware with openapi-fetch's semantics when there is any. */
  async function transport(call: Call, signal: AbortSignal): Promise<Response> {
    const init = { ...call.init, signal };
    if (!middlewares.length) return fetchImpl(call.url, init);
    const list = [...middlewares];
    const reversed = [...list].reverse();
    // What openapi-fetch passes its middleware, so middleware written for it works unchanged.
    const options: MergedOptions = {
      baseUrl: base,
      fetch: fetchImpl as typeof fetch,
      parseAs: 'text',
      querySerializer: () => call.url.slice(call.url.indexOf('?') + 1),
      bodySerializer: JSON.stringify,
      pathSerializer: (pathname: string) => pathname,
    };
    const id = Math.random().toString(36).slice(2, 11);
    let request = new Request(call.url, init);
    let response: Response | undefined;
    const context = (): MiddlewareCallbackParams => ({
      request,
      schemaPath: path,
      params: call.params,
      options,
      id,
    });
    for (const m of list) {
      const result = hookResult<Request | Response>(
        await m.onRequest?.(context()),
        [Request, Response],
        'onRequest',
      );
      if (result instanceof Response) return result;
      request = result ?? request;
    }
    try {
      response = await fetchImpl(request);
    } catch (error) {
      let current: unknown = error;
      for (const m of reversed) {
        const result = hookResult<Response | Error>(
          await m.onError?.({ ...context(), error: current }),
          [Response, Error],
          'onError',
        );
        if (result instanceof Response) {
          response = result;
          break;
        }
        current = result ?? current;
      }
      if (!response) throw current;
    }
    for (const m of reversed) {
      const params: MiddlewareCallbackParams & { response: Response } = {
        ...context(),
        response: response as Response,
      };
      response = hookResult<Response>(await m.onResponse?.(params), [Response], 'onResponse') ?? response;
    }
    return response as Response;
  }

  /** Turns a received response into the 200 body or the error it stands for. */
  function classify(
    call: Call,
    response: Response,
    text: string,
    known: Details,
  ): VerifySmsOtpError | VerifySmsOtpResponse {
    const { status } = response;
    const ok = status >= 200 && status < 300;
    const details = { ...known, status, contentType: response.headers.get('content-type') ?? undefined };
    const withExcerpt = { ...details, bodyExcerpt: excerpt(text, call.redact) };
    const http = `HTTP ${status}`;
    if (!text.trim()) return new EmptyResponseError(`${http} with an empty body`, details);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return /^\s*[[{"]/.test(text)
        ? new MalformedJsonError(`${http} with malformed (truncated?) JSON`, withExcerpt)
        : new NonJsonResponseError(`${http} with a non-JSON body (${details.contentType})`, withExcerpt);
    }
    const apiError =
      isObject(value) && typeof value.ErrorCode === 'number' && (!ok || !('access_token' in value));
    if (!apiError && !(ok && isObject(value))) {
      return new UnexpectedBodyError(
        `${http} with ${ok ? 'a body that is not a JSON object' : 'no ErrorCode'}`,
        withExcerpt,
      );
    }
    const issues = validateResponse?.(value, status)?.map((issue) => redactDeep({ ...issue }, call.redact));
    if (issues?.length) {
      const list = issues.map((issue) => `${issue.path || '/'} ${issue.message}`).join('; ');
      return new ResponseValidationError(`${http} body does not match the spec: ${list}`, {
        ...details,
        issues,
      });
    }
    if (!apiError) return value as VerifySmsOtpResponse;
    const body = redactDeep(value as ApiError, call.redact);
    const text_ = [body.Message, body.Description].filter(Boolean).join(': ');
    return new ApiResponseError(`LoginRadius error ${body.ErrorCode} (${http})${text_ ? `: ${text_}` : ''}`, {
      ...details,
      ErrorCode: body.ErrorCode,
      body,
    });
  }

  /** One attempt, never throwing: the outcome, with the attempt's response when there was one. */
  async function attempt(call: Call, number: number): Promise<Outcome> {
    const { signal, safeUrl, timeoutMs: ms } = call;
    const started = now();
    const common = { attempt: number, method, url: safeUrl };
    const where = { attempts: number, method, url: safeUrl };
    const failed = (error: VerifySmsOtpError, response?: ResponseInfo): Outcome => {
      emit({
        type: 'error',
        ...common,
        durationMs: since(started),
        status: error.status,
        requestId: error.requestId,
        error,
      });
      return { error, response, attempts: number };
    };
    emit({ type: 'request', ...common });
    const controller = new AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort);
    const timer =
      ms < MAX_TIMER
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, ms)
        : undefined;
    let response: Response | undefined;
    let text: string;
    try {
      response = await transport(call, controller.signal);
      text = await response.text();
    } catch (error) {
      const phase = response ? 'the response body' : 'a response';
      const known = { ...where, status: response?.status };
      if (timedOut)
        return failed(new TimeoutError(`no ${phase} within ${ms} ms`, { ...known, timeoutMs: ms }));
      if (signal?.aborted)
        return failed(
          new AbortError(`aborted by the caller while waiting for ${phase}`, {
            ...known,
            cause: signal.reason,
          }),
        );
      const { cause, code } = sanitize(error, call.redact);
      const reason = networkFailure(`${code} ${cause.message}`);
      const message = `${method} ${safeUrl} failed (${reason}${code ? ` ${code}` : ''}): ${cause.message}`;
      return failed(new NetworkError(message, { ...known, reason, code, cause }));
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    const { headers, status } = response;
    const requestId =
      headers.get('x-request-id') ?? headers.get('x-amzn-requestid') ?? headers.get('cf-ray') ?? undefined;
    const info: ResponseInfo = { status, statusText: response.statusText, headers, url: safeUrl, requestId };
    const result = classify(call, response, text, {
      ...where,
      requestId,
      retryAfterMs: parseRetryAfter(headers.get('retry-after')),
    });
    if (result instanceof Error) return failed(result, info);
    emit({ type: 'response', ...common, status, durationMs: since(started), requestId });
    return { data: result, response: info, attempts: number };
  }

  async function verifySmsOtp(options: VerifySmsOtpOptions): Promise<VerifySmsOtpResult> {
    let call: Call;
    try {
      call = prepare(options);
    } catch (error) {
      if (error instanceof InvalidOptionError) return { error, attempts: 0 };
      throw error;
    }
    const { policy, signal, safeUrl } = call;
    const aborted = (when: string, attempts: number, response?: ResponseInfo): Outcome => ({
      error: new AbortError(`aborted by the caller ${when}`, {
        attempts,
        method,
        url: safeUrl,
        cause: signal?.reason,
      }),
      response,
      attempts,
    });
    if (signal?.aborted) return aborted('before sending', 0);
    for (let number = 1; ; number++) {
      const outcome = await attempt(call, number);
      const { error } = outcome;
      const retryAfter = error?.retryAfterMs ?? 0;
      if (
        !error ||
        !policy ||
        number > policy.retries ||
        !isRetryable(error, number, policy) ||
        retryAfter > policy.maxRetryAfterMs
      ) {
        return outcome;
      }
      const delayMs = Math.max(backoff(number, policy), retryAfter);
      emit({ type: 'retry', attempt: number, method, url: safeUrl, delayMs, error });
      await policy.sleep(delayMs, signal);
      if (signal?.aborted) return aborted('while waiting to retry', number, outcome.response);
    }
  }

  return {
    verifySmsOtp,
    async verifySmsOtpOrThrow(options) {
      const result = await verifySmsOtp(options);
      if (result.error) throw result.error;
      return result.data;
    },
    use,
    eject(...list) {
      for (const m of list) {
        const index = middlewares.indexOf(m);
        if (index !== -1) middlewares.splice(index, 1);
      }
    },
  };
}
