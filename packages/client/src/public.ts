// The public API of @lr-mfa/client, re-exported by both entries: ./index.ts (every runtime) and ./node.ts
// (the `node` export condition, which replaces only `createClient`). One list, so the entries cannot drift.
export type {
  ApiError,
  Identity,
  Profile,
  VerifySmsOtpRequestBody,
  VerifySmsOtpResponse,
} from '@lr-mfa/types';
export type { Middleware } from 'openapi-fetch';
export {
  type CallOptions,
  type ClientOptions,
  createClient,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  type Fetch,
  type LogEvent,
  type Logger,
  type LrMfaClient,
  type ResponseInfo,
  type ResponseValidator,
  type VerifySmsOtpOptions,
  type VerifySmsOtpResult,
} from './client.js';
export {
  AbortError,
  ApiResponseError,
  EmptyResponseError,
  ErrorCodes,
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
  ResponseValidationError,
  TimeoutError,
  UnexpectedBodyError,
  type ValidationIssue,
  type VerifySmsOtpError,
} from './errors.js';
export type { VerifySmsOtpInputs } from './generated/operation.js';
export type { RetryOptions } from './retry.js';
