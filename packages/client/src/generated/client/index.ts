// DO NOT EDIT. Generated from spec/openapi.yaml by the lr-mfa pipeline; edit spec/ and run `pnpm build`.

import { type ApiFacts, type ClientBase, type ClientOptions, createRuntime } from '../../runtime.js';
import {
  verifySmsOtpOperation,
  type VerifySmsOtpData,
  type VerifySmsOtpOptions,
  type VerifySmsOtpResult,
} from './verifySmsOtp.js';
import {
  resendSmsOtpOperation,
  type ResendSmsOtpData,
  type ResendSmsOtpOptions,
  type ResendSmsOtpResult,
} from './resendSmsOtp.js';

export type {
  VerifySmsOtpData,
  VerifySmsOtpError,
  VerifySmsOtpInputs,
  VerifySmsOtpOptions,
  VerifySmsOtpResult,
} from './verifySmsOtp.js';
export type {
  ResendSmsOtpData,
  ResendSmsOtpError,
  ResendSmsOtpInputs,
  ResendSmsOtpOptions,
  ResendSmsOtpResult,
} from './resendSmsOtp.js';

/** Where requests go unless `baseUrl` says otherwise: the spec's first server. */
export const DEFAULT_BASE_URL = "https://api.loginradius.com";

/** The API's default base URL and where its key goes (the spec's API-key security scheme). */
export const API: ApiFacts = { baseUrl: DEFAULT_BASE_URL, apiKey: ["query","apikey"] };

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
  /**
   * Resend SMS OTP (`GET /identity/v2/auth/login/2fa/sms/resend`).
   *
   * Resends the Multi-Factor Authentication OTP via SMS for login. Call it with the `SecondFactorAuthenticationToken` of a pending login when the user did not receive the OTP or it expired; then complete the login with Verify SMS OTP. The vendor's reference names this page "Resend SMS OTP with MFA Token"; its older docs and every vendor SDK (`mfaResendOTP`) call the same operation at `GET /identity/v2/auth/login/2fa/resend` with the same query parameters (`smstemplate2fa` is on that older page and in the SDKs, not on the current one). The vendor does not document whether a resend invalidates the OTP sent before.
   *
   * Never throws or rejects: failures come back as `error`, typed by `error.kind`.
   */
  resendSmsOtp(options: ResendSmsOtpOptions): Promise<ResendSmsOtpResult>;
  /**
   * Resend SMS OTP (`GET /identity/v2/auth/login/2fa/sms/resend`), throwing style: resolves with the data, rejects with the typed error.
   */
  resendSmsOtpOrThrow(options: ResendSmsOtpOptions): Promise<ResendSmsOtpData>;
}

/**
 * Creates a client. Throws `InvalidOptionError` naming the option when `apiKey` is missing or empty, or
 * another option is unknown or invalid.
 */
export function createClient(options: ClientOptions): LrMfaClient {
  return createRuntime(options, API, [
    verifySmsOtpOperation,
    resendSmsOtpOperation,
  ]) as unknown as LrMfaClient;
}
