import type { ApiError, ForbiddenApiError } from '@lr-mfa/types';
import { type ErrorCode, ErrorCodes } from './generated/client/error-codes.js';

/** The failure kinds of the client; `error.kind` narrows the `ClientError` union. */
export type ErrorKind =
  | 'api'
  | 'empty_response'
  | 'non_json'
  | 'malformed_json'
  | 'unexpected_body'
  | 'response_validation'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'invalid_option';

/** Why a network error happened, as far as the runtime tells (browsers only say "network"). */
export type NetworkFailure = 'refused' | 'reset' | 'dns' | 'network';

/** One difference between a response body and the spec's schema. */
export interface ValidationIssue {
  /** JSON Pointer of the value that differs, e.g. `/Profile/Email/0/Value` (`` for the whole body). */
  path: string;
  /** What is wrong there, e.g. `must be string`. */
  message: string;
}

/** Facts about the failed request. Every value here has been redacted and is safe to log. */
export type ErrorDetails = {
  status?: number | undefined;
  attempts?: number | undefined;
  method?: string | undefined;
  url?: string | undefined;
  requestId?: string | undefined;
  retryAfterMs?: number | undefined;
  contentType?: string | undefined;
  bodyExcerpt?: string | undefined;
  cause?: unknown;
};

/**
 * Base class of every error of `@lr-mfa/client`. Messages, fields and `cause` never contain the API key,
 * the OTP, the second-factor token, captcha or security answers, or returned tokens: they are redacted
 * before the error is built, so `String(error)`, `JSON.stringify(error)` and `util.inspect(error)` are safe.
 */
export class LrMfaError extends Error {
  declare readonly kind: ErrorKind;
  /** HTTP status of the response, when one was received. */
  declare readonly status?: number;
  /** Attempts made before giving up (0 when nothing was sent). */
  declare readonly attempts: number;
  declare readonly method?: string;
  /** Request URL with the API key and every secret input masked (`apikey=***`). */
  declare readonly url?: string;
  /** Request id from the response headers (`x-request-id`, …), when present. */
  declare readonly requestId?: string;
  /** The server's `Retry-After`, in milliseconds, when it sent one. */
  declare readonly retryAfterMs?: number;
  declare readonly contentType?: string;
  /** The start of the response body (redacted, whitespace collapsed), for non-API failures. */
  declare readonly bodyExcerpt?: string;

  // Written for size too: every bundle that uses one error helper pays for this constructor.
  constructor(name: string, kind: ErrorKind, message: string, { cause, ...rest }: Details = {}) {
    super(message, cause === undefined ? undefined : { cause });
    // Non-enumerable like Error's own `name`, so serialisations stay clean.
    Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true });
    this.kind = kind;
    this.attempts = 0;
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined) (this as Details)[key] = value;
    }
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...(this as object) };
  }
}

/** What an error constructor takes; the client builds it from redacted values only. */
export type Details = ErrorDetails & Record<string, unknown>;

/** The base of one failure kind's class (typed so that declarations name `LrMfaError`, not a copy of it). */
interface KindClass<K extends ErrorKind> {
  new (message: string, details?: Details): LrMfaError & { readonly kind: K };
}

/**
 * The class of one failure kind: a subclass whose constructor fills in the name and the kind, so the ten
 * classes share one constructor. Constructors are internal: the client builds errors from redacted details.
 * Marked free of side effects because rolldown drops a `@__PURE__` written in an `extends` clause, but re-adds
 * one on every call of such a function: a bundle that uses no error class then leaves them all out.
 */
const kind = /* @__NO_SIDE_EFFECTS__ */ <K extends ErrorKind>(name: string, kind: K): KindClass<K> =>
  class extends LrMfaError {
    declare readonly kind: K;
    constructor(message: string, details?: Details) {
      super(name, kind, message, details);
    }
  };

/**
 * The API answered with its error body: a non-2xx status, or any status with a number in the body field the
 * spec's `x-lr-api-error` names (LoginRadius's `ErrorCode`, with `Message` and `Description`).
 */
export class ApiResponseError extends /* @__PURE__ */ kind('ApiResponseError', 'api') {
  declare readonly status: number;
  /**
   * The body's error code, e.g. 1067 (invalid OTP); see `ErrorCodes` and the `is…` helpers. Undefined only in
   * a client generated from a spec without `x-lr-api-error`, whose error bodies have no known code field.
   */
  declare readonly ErrorCode: number;
  /** The error body as the API sent it (secrets echoed in it are masked). */
  declare readonly body: ApiError;
}

/** The response had no body where one was expected (e.g. an empty 500 from a proxy). */
export class EmptyResponseError extends /* @__PURE__ */ kind('EmptyResponseError', 'empty_response') {
  declare readonly status: number;
}

/** The body is not JSON at all (e.g. an HTML 502 page from a proxy); see `bodyExcerpt`. */
export class NonJsonResponseError extends /* @__PURE__ */ kind('NonJsonResponseError', 'non_json') {
  declare readonly status: number;
}

/** The body starts like JSON but does not parse: usually truncated. */
export class MalformedJsonError extends /* @__PURE__ */ kind('MalformedJsonError', 'malformed_json') {
  declare readonly status: number;
}

/** JSON of the wrong shape: a 2xx body that is not an object, or an error status without `ErrorCode`. */
export class UnexpectedBodyError extends /* @__PURE__ */ kind('UnexpectedBodyError', 'unexpected_body') {
  declare readonly status: number;
}

/**
 * The response body was larger than the client's `maxResponseBytes` (its `Content-Length`, or the bytes
 * received): reading stopped there and the connection was closed. Its `kind` is `unexpected_body`.
 */
export class ResponseTooLargeError extends UnexpectedBodyError {
  /** The limit the body exceeded, in bytes. */
  declare readonly maxResponseBytes: number;
  constructor(message: string, details?: Details) {
    super(message, details);
    Object.defineProperty(this, 'name', {
      value: 'ResponseTooLargeError',
      configurable: true,
      writable: true,
    });
  }
}

/** Opt-in runtime validation (`@lr-mfa/client/validate`) found the body does not match the spec. */
export class ResponseValidationError extends /* @__PURE__ */ kind(
  'ResponseValidationError',
  'response_validation',
) {
  declare readonly status: number;
  /** Every difference found, with its JSON Pointer. */
  declare readonly issues: readonly ValidationIssue[];
}

/** No usable response: connection refused or reset, DNS failure, TLS failure, or a failing `fetch`. */
export class NetworkError extends /* @__PURE__ */ kind('NetworkError', 'network') {
  declare readonly reason: NetworkFailure;
  /** The runtime's error code when it gives one (`ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_SOCKET`, …). */
  declare readonly code?: string;
  /**
   * True when the request may have reached the server and no response came back (a connection lost after it
   * was sent, an answer that is not HTTP): the call may have done its work (a login completed, an OTP spent).
   * Such a failure of a non-idempotent operation is never retried. False when nothing was sent (refused, DNS,
   * TLS, a failing middleware), and when a response started (`status` is set).
   */
  declare readonly outcomeUnknown: boolean;
}

/** An attempt took longer than `timeoutMs` (waiting for headers, or for the body when `status` is set). */
export class TimeoutError extends /* @__PURE__ */ kind('TimeoutError', 'timeout') {
  declare readonly timeoutMs: number;
  /** True when the request may have reached the server and no response started (see `NetworkError`). */
  declare readonly outcomeUnknown: boolean;
}

/** The caller's `signal` aborted the call; `cause` is the signal's reason. */
export class AbortError extends /* @__PURE__ */ kind('AbortError', 'aborted') {}

/** An option is missing, empty or of the wrong type; nothing was sent. `option` names it. */
export class InvalidOptionError extends /* @__PURE__ */ kind('InvalidOptionError', 'invalid_option') {
  declare readonly option: string;
}

/** Every failure a client method can report; narrow it with `error.kind` (or `instanceof`). */
export type ClientError =
  | ApiResponseError
  | EmptyResponseError
  | NonJsonResponseError
  | MalformedJsonError
  | UnexpectedBodyError
  | ResponseValidationError
  | NetworkError
  | TimeoutError
  | AbortError
  | InvalidOptionError;

// The codes by name are generated from the spec's named error examples; the helpers below take only codes
// the spec documents, so a code removed from it fails to compile here.
export { ErrorCodes };

/** A type guard for API errors carrying one of `codes`. */
const withCode =
  (...codes: ErrorCode[]) =>
  (error: unknown): error is ApiResponseError =>
    error instanceof ApiResponseError && (codes as number[]).includes(error.ErrorCode);

/** The OTP is wrong (1067): let the user retype it. */
export const isInvalidOtp = /* @__PURE__ */ withCode(1067);

/** The OTP was already used, expired or cannot be used (1068/1069/1070): send a new OTP. */
export const isOtpUsedOrExpired = /* @__PURE__ */ withCode(1068, 1069, 1070);

/** The second-factor token is invalid or expired (1103/1104): restart the login. */
export const isTokenInvalidOrExpired = /* @__PURE__ */ withCode(1103, 1104);

/**
 * A suspend lockout: a 403 with code 1198, whose body is the spec's 403 error (`Data.LoginLockedTimeout`
 * holds the unlock time).
 */
export type AccountLockedError = ApiResponseError & {
  readonly status: 403;
  readonly ErrorCode: typeof ErrorCodes.AccountLocked;
  readonly body: ForbiddenApiError;
};

/** The account is locked for a while (403, 1198); `lockedUntil(error)` tells until when. */
export const isAccountLocked = (error: unknown): error is AccountLockedError =>
  // The status is checked too: only the 403 body declares the unlock time the narrowed type promises.
  error instanceof ApiResponseError && error.ErrorCode === ErrorCodes.AccountLocked && error.status === 403;

/** The account is locked until a valid captcha is sent (1132), or the captcha sent was invalid (1218/982). */
export const isCaptchaRequired = /* @__PURE__ */ withCode(1132, 1218, 982);

/** The account is locked until the security question is answered (`securityAnswer`, 1148). */
export const isSecurityQuestionRequired = /* @__PURE__ */ withCode(1148);

/** When a locked account (403, 1198) unlocks, from `Data.LoginLockedTimeout`; undefined otherwise. */
export function lockedUntil(error: unknown): Date | undefined {
  const timeout = isAccountLocked(error) ? error.body.Data?.LoginLockedTimeout : undefined;
  // Typed by the spec, but an unvalidated body may still carry another type there; only a date string counts.
  const date = typeof timeout === 'string' ? new Date(timeout) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** HTTP 429, whatever the body; `error.retryAfterMs` holds the server's `Retry-After` when sent. */
export const isRateLimited = (error: unknown): error is LrMfaError & { status: 429 } =>
  error instanceof LrMfaError && error.status === 429;
