// @lr-mfa/client: typed, hardened methods for every operation of the spec, on openapi-fetch. No `node:`
// imports: the same entry runs in browsers, Node >= 18, Deno, Bun and edge runtimes, on the global `fetch`
// unless `createClient({ fetch })` passes another.
export type * from '@lr-mfa/types';
export type { Middleware } from 'openapi-fetch';
export {
  AbortError,
  type AccountLockedError,
  ApiResponseError,
  type ClientError,
  EmptyResponseError,
  ErrorCodes,
  type ErrorDetails,
  type ErrorKind,
  InvalidOptionError,
  isAccountLocked,
  isCaptchaRequired,
  isInvalidOtp,
  isOtpUsedOrExpired,
  isRateLimited,
  isSecurityQuestionRequired,
  isTokenInvalidOrExpired,
  LrMfaError,
  lockedUntil,
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
export * from './generated/client/index.js';
export type { RetryOptions } from './retry.js';
export {
  type CallOptions,
  type ClientBase,
  type ClientOptions,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  type Fetch,
  type LogEvent,
  type Logger,
  type ResponseInfo,
  type ResponseValidator,
  type Result,
} from './runtime.js';
