// The `node` export condition's entry: the same API as ./index.ts, with the keep-alive node:http(s)
// transport as the default `fetch` (pass `fetch: globalThis.fetch` to use Node's own instead). The export
// list mirrors ./index.ts (re-exporting that module would make it a shared, empty chunk); a test checks
// that both entries export the same names.
import { type ClientOptions, createClient as createBaseClient, type LrMfaClient } from './client.js';
import { nodeFetch } from './node-fetch.js';

/** Creates a client; see the default entry. On Node, `fetch` defaults to a keep-alive node:http transport. */
export function createClient(options: ClientOptions): LrMfaClient {
  return createBaseClient({ ...options, fetch: options?.fetch ?? nodeFetch });
}

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
