// DO NOT EDIT. Generated from spec/openapi.yaml by the lr-mfa pipeline; edit spec/ and run `pnpm build`.

import { type ApiFacts, type ClientBase, type ClientOptions, createRuntime } from '../../runtime.js';
import {
  verifySmsOtpOperation,
  type VerifySmsOtpData,
  type VerifySmsOtpOptions,
  type VerifySmsOtpResult,
} from './verifySmsOtp.js';

export type {
  VerifySmsOtpData,
  VerifySmsOtpError,
  VerifySmsOtpInputs,
  VerifySmsOtpOptions,
  VerifySmsOtpResult,
} from './verifySmsOtp.js';

/** Where requests go unless `baseUrl` says otherwise: the spec's first server. */
export const DEFAULT_BASE_URL = "https://api.loginradius.com";

/** The API's default base URL and where its key goes (the spec's API-key security scheme). */
export const API: ApiFacts = {"baseUrl":"https://api.loginradius.com","apiKey":["query","apikey"]};

/**
 * A client of LoginRadius Verify SMS OTP 2.0.0: one method per operation of the spec.
 */
export interface LrMfaClient extends ClientBase {
  /**
   * Verify SMS OTP (`PUT /identity/v2/auth/login/2fa/sms`).
   *
   * Allows Users to log in with Multi-Factor Authentication using the OTP sent via SMS or Voice OTP.
   *
   * Never throws or rejects: failures come back as `error`, typed by `error.kind`.
   */
  verifySmsOtp(options: VerifySmsOtpOptions): Promise<VerifySmsOtpResult>;
  /**
   * Verify SMS OTP (`PUT /identity/v2/auth/login/2fa/sms`), throwing style: resolves with the data, rejects with the typed error.
   */
  verifySmsOtpOrThrow(options: VerifySmsOtpOptions): Promise<VerifySmsOtpData>;
}

/**
 * Creates a client. Throws `InvalidOptionError` naming the option when `apiKey` is missing or empty, or
 * another option is unknown or invalid.
 */
export function createClient(options: ClientOptions): LrMfaClient {
  return createRuntime(options, API, [
    verifySmsOtpOperation,
  ]) as unknown as LrMfaClient;
}
