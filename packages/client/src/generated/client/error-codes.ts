// DO NOT EDIT. Generated from spec/openapi.yaml by the lr-mfa pipeline; edit spec/ and run `pnpm build`.

/** LoginRadius error codes by name, from the spec's named error examples (`x-lr-error-name`). */
export const ErrorCodes = {
  /**
   * 429: rate limited (HTTP 429).
   */
  RateLimited: 429,
  /**
   * 901: the API key is unauthorized (HTTP 403).
   */
  ApiKeyUnauthorized: 901,
  /**
   * 908: a parameter is not formatted correctly (HTTP 400).
   */
  ParameterFormat: 908,
  /**
   * 920: API key is invalid (HTTP 400).
   */
  ApiKeyInvalid: 920,
  /**
   * 922: API key is missing (HTTP 400).
   */
  ApiKeyMissing: 922,
  /**
   * 965: the post body is invalid (HTTP 400).
   */
  PostBodyInvalid: 965,
  /**
   * 982: CAPTCHA is invalid (HTTP 403).
   */
  CaptchaRejected: 982,
  /**
   * 991: account blocked (HTTP 403).
   */
  AccountBlocked: 991,
  /**
   * 1067: invalid OTP (HTTP 403).
   */
  InvalidOtp: 1067,
  /**
   * 1068: OTP already used (HTTP 403).
   */
  OtpAlreadyUsed: 1068,
  /**
   * 1069: OTP expired (HTTP 403).
   */
  OtpExpired: 1069,
  /**
   * 1070: OTP cannot be accessed (HTTP 403).
   */
  OtpNotAccessible: 1070,
  /**
   * 1090: invalid request body or payload (HTTP 400).
   */
  InvalidPayload: 1090,
  /**
   * 1103: second-factor token invalid (HTTP 403).
   */
  SecondFactorTokenInvalid: 1103,
  /**
   * 1104: second-factor token expired (HTTP 403).
   */
  SecondFactorTokenExpired: 1104,
  /**
   * 1132: account locked (reCAPTCHA lockout) (HTTP 403).
   */
  CaptchaLockout: 1132,
  /**
   * 1134-style validation error (HTTP 400).
   */
  ValidationFailed: 1134,
  /**
   * 1148: account locked (security-question lockout) (HTTP 403).
   */
  SecurityQuestionLockout: 1148,
  /**
   * 1198: account locked (suspend lockout) (HTTP 403).
   */
  AccountLocked: 1198,
  /**
   * 1218: CAPTCHA is invalid (HTTP 403).
   */
  CaptchaInvalid: 1218,
  /**
   * 1281: voice OTP not configured (HTTP 403).
   */
  VoiceOtpNotConfigured: 1281,
  /**
   * 6003: trial plan expired (HTTP 403).
   */
  TrialExpired: 6003,
  /**
   * 7909: internal error (HTTP 500).
   */
  InternalError: 7909,
  /**
   * 8169: invitation not found (HTTP 404).
   */
  InvitationNotFound: 8169,
} as const;

/** A code the spec documents. */
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];
