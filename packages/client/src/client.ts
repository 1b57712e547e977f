import type { ApiError, VerifySmsOtpResponse } from '@lr-mfa/types';
import type { MergedOptions, Middleware, MiddlewareCallbackParams } from 'openapi-fetch';
import {
  AbortError,
  ApiResponseError,
  type Details,
  EmptyResponseError,
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
import { EXCHANGE, type Exchange, type Head, type Pending } from './exchange.js';
import { method, path, type VerifySmsOtpInputs } from './generated/operation.js';
import { INPUTS } from './inputs.js';
import { createRedactor, excerpt, MASK, redactDeep, redactUrl, SECRET_INPUTS } from './redact.js';
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
type Redact = (text: string) => string;

/** Every option `verifySmsOtp` takes: the API inputs and the per-call options. */
const OPTIONS = /* @__PURE__ */ (() =>
  new Set<string>([...INPUTS.map((input) => input[0]), 'signal', 'timeoutMs', 'retry', 'headers']))();

const fail = (option: string, problem: string): never => {
  throw new InvalidOptionError(`option "${option}" ${problem}`, { option });
};
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** `encodeURIComponent`, failing with the option's name on a lone surrogate (which cannot be encoded). */
const encode = (option: string, value: string): string => {
  try {
    return encodeURIComponent(value);
  } catch {
    return fail(option, 'has a lone surrogate');
  }
};
const now = () => (globalThis.performance ?? Date).now();
/** Milliseconds since `start`, rounded to 0.01 ms: plenty for logs, and no 16-digit floats in them. */
const since = (start: number) => Math.round((now() - start) * 100) / 100;

/** Timeouts and retry policies are checked when given, so a bad one fails before anything is sent. */
function checkTiming(timeout: unknown, retry: unknown): void {
  if (timeout !== undefined && !((timeout as number) > 0)) fail('timeoutMs', 'must be > 0 (ms)');
  if (retry !== undefined && retry !== false && !isObject(retry)) fail('retry', 'must be an object or false');
}

/** Header names lower-cased, so a caller's `Content-Type` replaces ours instead of joining it. */
function headerRecord(init: HeadersInit | undefined): Record<string, string> {
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

/** What is safe to keep of a runtime's network error: its redacted message chain and its code. */
function networkError(error: unknown, redact: Redact, details: Details): NetworkError {
  const messages = new Set<string>();
  let code: string | undefined;
  for (let e = error as Details | undefined, depth = 0; e && depth < 4; e = e.cause as Details, depth++) {
    messages.add(String(e.message ?? e));
    code ??= typeof e.code === 'string' ? e.code : undefined;
  }
  const cause = new Error(redact([...messages].join(': ')));
  const text = `${code} ${cause.message}`;
  const reason: NetworkFailure = /REFUSED/i.test(text)
    ? 'refused'
    : /ENOTFOUND|EAI_|getaddrinfo/i.test(text)
      ? 'dns'
      : /RESET|EPIPE|SOCKET|CLOSED|terminated|aborted|other side/i.test(text)
        ? 'reset'
        : 'network';
  const message = `${method} ${details.url} failed (${reason}${code ? ` ${code}` : ''}): ${cause.message}`;
  return new NetworkError(message, { ...details, reason, code, cause });
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
    fetch: fetchImpl = globalThis.fetch,
    logger,
    validateResponse,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    retry: clientRetry,
  } = options;
  if (typeof apiKey !== 'string' || !apiKey.trim()) fail('apiKey', 'must be a non-empty string');
  if (!/^https?:\/\/[^/?#]/.test(baseUrl)) fail('baseUrl', 'must be an absolute http(s) URL');
  const functions = { fetch: fetchImpl, logger: logger ?? fail, validateResponse: validateResponse ?? fail };
  for (const [name, fn] of Object.entries(functions))
    if (typeof fn !== 'function') fail(name, 'must be a function');
  checkTiming(timeoutMs, clientRetry);
  // The built-in Node transport's own API (see exchange.ts), used while no middleware is registered.
  const exchange = (fetchImpl as { [EXCHANGE]?: Exchange })[EXCHANGE];
  // Everything calls share is built once, here.
  const base = baseUrl.replace(/\/+$/, '');
  const baseHeaders = {
    accept: 'application/json',
    'content-type': 'application/json',
    ...headerRecord(options.headers),
  };
  const clientPolicy = clientRetry === false ? undefined : { ...DEFAULT_RETRY, ...clientRetry };
  const urlPrefix = `${base}${path}?apikey=${encode('apiKey', apiKey)}`;
  const safePrefix = `${redactUrl(base + path)}?apikey=${MASK}`;
  const middlewares: Middleware[] = [];
  const use = (...list: Middleware[]) => {
    for (const m of list) middlewares.push(isObject(m) ? m : fail('middleware', 'must be objects'));
  };
  use(...(options.middleware ?? []));
  /** Emits a log event; a failing logger must not change the outcome of a login. */
  const log = (type: LogEvent['type'], attempt: number, url: string, fields?: object) => {
    try {
      logger?.({ type, attempt, method, url, ...fields } as LogEvent);
    } catch {
      // Ignored.
    }
  };

  async function verifySmsOtp(call: VerifySmsOtpOptions): Promise<Outcome> {
    // Everything is checked, and the request built once, before anything is sent. Secret values are
    // masked in the URL errors and logs show as it is built.
    let url = urlPrefix;
    let safeUrl = safePrefix;
    const secrets = [apiKey];
    const query: Record<string, string> = {};
    const header: Record<string, string> = {};
    const body: Record<string, unknown> = {};
    let headers: Record<string, string>;
    try {
      if (!isObject(call)) fail('options', 'must be an object');
      for (const key of Object.keys(call)) {
        if (!OPTIONS.has(key)) {
          const lower = key.toLowerCase();
          const like = INPUTS.find(
            (input) => input[0].toLowerCase() === lower || input[1].toLowerCase() === lower,
          );
          fail(key, `is unknown${like ? `; did you mean "${like[0]}"?` : ''}`);
        }
      }
      if (call.signal !== undefined && typeof call.signal?.addEventListener !== 'function') {
        fail('signal', 'must be an AbortSignal');
      }
      checkTiming(call.timeoutMs, call.retry);
      for (const [option, wire, location, type, required] of INPUTS) {
        const value = (call as unknown as Record<string, unknown>)[option];
        if (value === undefined) {
          if (required) fail(option, 'is required');
          continue;
        }
        const values = type === 'm' && isObject(value) ? Object.values(value) : [value];
        if (values.some((v) => typeof v !== (type === 'b' ? 'boolean' : 'string'))) {
          fail(option, `must be a ${type === 'm' ? 'map of strings' : type === 'b' ? 'boolean' : 'string'}`);
        }
        if (required && !String(value).trim()) fail(option, 'must not be empty');
        const secret = SECRET_INPUTS.has(wire);
        if (secret) secrets.push(...(values as string[]));
        if (location === 'b') body[wire] = value;
        else if (location === 'h') header[wire.toLowerCase()] = String(value);
        else {
          query[wire] = String(value);
          const encoded = encode(option, query[wire]);
          url += `&${wire}=${encoded}`;
          safeUrl += `&${wire}=${secret ? MASK : encoded}`;
        }
      }
      headers = {
        ...baseHeaders,
        ...(call.headers === undefined ? undefined : headerRecord(call.headers)),
        ...header,
      };
    } catch (error) {
      if (error instanceof InvalidOptionError) return { error, attempts: 0 };
      throw error;
    }
    const { signal, retry, timeoutMs: ms = timeoutMs } = call;
    // The call's retry options merge over the client's; `false` (the call's first) means one attempt.
    const policy: RetryPolicy | undefined =
      retry === undefined
        ? clientPolicy
        : retry === false
          ? undefined
          : { ...DEFAULT_RETRY, ...(clientRetry || undefined), ...retry };
    // Built on first use: only failures show text the client did not write (bodies, runtime messages).
    let redactor: Redact | undefined;
    const redact: Redact = (text) => {
      redactor ??= createRedactor(secrets);
      return redactor(text);
    };
    const init = { method, headers, body: JSON.stringify(body) };
    const params = { query, header };

    /**
     * One request through `fetch`, cancelled through its signal. Middleware runs as openapi-fetch runs it:
     * onRequest in order (a returned Request replaces the request, a Response ends the chain), then
     * onError / onResponse in reverse order.
     */
    const viaFetch: Exchange = () => {
      const controller = new AbortController();
      const send = async (): Promise<Response> => {
        const { signal } = controller;
        if (!middlewares.length) return fetchImpl(url, { ...init, signal });
        const list = [...middlewares];
        const options = { baseUrl: base, fetch: fetchImpl, parseAs: 'text' } as unknown as MergedOptions;
        const id = Math.random().toString(36).slice(2, 11);
        let request = new Request(url, { ...init, signal });
        let response: Response | undefined;
        const run = (m: Middleware, hook: keyof Middleware, more?: object): unknown =>
          (m[hook] as ((params: MiddlewareCallbackParams) => unknown) | undefined)?.({
            request,
            schemaPath: path,
            params,
            options,
            id,
            ...more,
          });
        for (const m of list) {
          const result = await run(m, 'onRequest');
          if (result instanceof Response) return result;
          if (result instanceof Request) request = result;
        }
        list.reverse();
        try {
          response = await fetchImpl(request);
        } catch (thrown) {
          let error = thrown;
          for (const m of list) {
            const result = await run(m, 'onError', { error });
            if (result instanceof Response) {
              response = result;
              break;
            }
            if (result instanceof Error) error = result;
          }
          if (!response) throw error;
        }
        for (const m of list) {
          const result = await run(m, 'onResponse', { response });
          if (result instanceof Response) response = result;
        }
        return response;
      };
      const pending: Pending = {
        text: send().then((response) => {
          pending.head = response;
          return response.text();
        }),
        cancel: (reason) => controller.abort(reason),
      };
      return pending;
    };

    /** One attempt, never throwing: the outcome, with the attempt's response when there was one. */
    const attempt = async (number: number): Promise<Outcome> => {
      const started = now();
      const details: Details = { attempts: number, method, url: safeUrl };
      const failed = (error: VerifySmsOtpError, response?: ResponseInfo): Outcome => {
        const { status, requestId } = error;
        log('error', number, safeUrl, { durationMs: since(started), status, requestId, error });
        return { error, response, attempts: number };
      };
      log('request', number, safeUrl);
      const pending = (exchange && !middlewares.length ? exchange : viaFetch)(url, init, base);
      let timedOut = false;
      const onAbort = () => pending.cancel(signal?.reason);
      signal?.addEventListener('abort', onAbort);
      // Beyond setTimeout's range (about 24.8 days) there is no timer: that is "no timeout".
      const timer =
        ms < 2 ** 31
          ? setTimeout(() => {
              timedOut = true;
              pending.cancel();
            }, ms)
          : undefined;
      let text: string;
      try {
        text = await pending.text;
      } catch (error) {
        const phase = pending.head ? 'response body' : 'response';
        details.status = pending.head?.status;
        return failed(
          timedOut
            ? new TimeoutError(`${phase} not received within ${ms} ms`, { ...details, timeoutMs: ms })
            : signal?.aborted
              ? new AbortError(`aborted by the caller while waiting for the ${phase}`, {
                  ...details,
                  cause: signal.reason,
                })
              : networkError(error, redact, details),
        );
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      }
      // Set: the text arrived after the head.
      const { status, statusText, headers } = pending.head as Head;
      const requestId = headers.get('x-request-id') ?? headers.get('cf-ray') ?? undefined;
      const info: ResponseInfo = { status, statusText, headers, url: safeUrl, requestId };
      const contentType = headers.get('content-type') ?? undefined;
      const retryAfterMs = parseRetryAfter(headers.get('retry-after'));
      Object.assign(details, { status, requestId, retryAfterMs, contentType });
      const http = `HTTP ${status}`;
      const ok = status >= 200 && status < 300;
      /** A failure about the body, with a redacted excerpt of it (built here only: redaction is costly). */
      const unusable = (
        Kind: new (message: string, details: Details) => VerifySmsOtpError,
        problem: string,
      ) => failed(new Kind(`${http}: ${problem}`, { ...details, bodyExcerpt: excerpt(text, redact) }), info);
      // Turn the body into the 200 data or the error it stands for.
      if (!text.trim()) return failed(new EmptyResponseError(`${http}: empty body`, details), info);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return /^\s*[[{"]/.test(text)
          ? unusable(MalformedJsonError, 'malformed JSON')
          : unusable(NonJsonResponseError, `not JSON (${contentType})`);
      }
      // A 2xx carrying an ErrorCode and no token is an error too (vendor SDKs check the body, not the status).
      const apiError =
        isObject(value) && typeof value.ErrorCode === 'number' && (!ok || !('access_token' in value));
      if (!apiError && !(ok && isObject(value))) {
        return unusable(UnexpectedBodyError, ok ? 'not a JSON object' : 'no ErrorCode');
      }
      const issues = validateResponse?.(value, status)?.map((issue) => redactDeep({ ...issue }, redact));
      if (issues?.length) {
        const list = issues.map((issue) => `${issue.path || '/'} ${issue.message}`).join('; ');
        const message = `${http}: differs from the spec: ${list}`;
        return failed(new ResponseValidationError(message, { ...details, issues }), info);
      }
      if (apiError) {
        const body = redactDeep(value as ApiError, redact);
        const about = [body.Message, body.Description].filter(Boolean).join(': ');
        const message = `LoginRadius error ${body.ErrorCode} (${http})${about && `: ${about}`}`;
        return failed(new ApiResponseError(message, { ...details, ErrorCode: body.ErrorCode, body }), info);
      }
      log('response', number, safeUrl, { status, durationMs: since(started), requestId });
      return { data: value as VerifySmsOtpResponse, response: info, attempts: number };
    };

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
      log('retry', number, safeUrl, { delayMs, error });
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
        if (index >= 0) middlewares.splice(index, 1);
      }
    },
  };
}
