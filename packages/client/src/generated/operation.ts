// DO NOT EDIT. Generated from spec/openapi.yaml by the lr-mfa pipeline; edit spec/ and run `pnpm build`.

import type { VerifySmsOtpHeaders, VerifySmsOtpQuery, VerifySmsOtpRequestBody } from '@lr-mfa/types';

/** HTTP method of `verifySmsOtp`. */
export const method = "PUT";
/** Path of `verifySmsOtp`, relative to the base URL. */
export const path = "/identity/v2/auth/login/2fa/sms";

/**
 * Where an input goes on the wire and what the client checks it against before sending:
 * [option, wire name (empty: the lower-cased option), code]. The code is the location (q query, h header,
 * b body), the type (s string, b boolean, m map of strings) and `!` when required.
 */
export type InputRow = readonly [option: string, wire: string, code: `${'q' | 'h' | 'b'}${'s' | 'b' | 'm'}${'' | '!'}`];

/** Every input of `verifySmsOtp`, in spec order. */
export const inputs = [
  ["secondFactorAuthenticationToken", "", "qs!"],
  ["smsTemplate2fa", "", "qs"],
  ["fields", "", "qs"],
  ["preventWebhook", "prevent_webhook", "qb"],
  ["isVoiceOtp", "", "qb"],
  ["rbaBrowserEmailTemplate", "", "qs"],
  ["rbaCityEmailTemplate", "", "qs"],
  ["rbaCountryEmailTemplate", "", "qs"],
  ["rbaIpEmailTemplate", "", "qs"],
  ["rbaDeviceEmailTemplate", "", "qs"],
  ["rbaOtpSmsTemplate", "", "qs"],
  ["rbaBrowserSmsTemplate", "", "qs"],
  ["rbaCitySmsTemplate", "", "qs"],
  ["rbaCountrySmsTemplate", "", "qs"],
  ["rbaIpSmsTemplate", "", "qs"],
  ["rbaDeviceSmsTemplate", "", "qs"],
  ["preventWebhookHeader", "X-PreventWebhook", "hb"],
  ["otp", "", "bs!"],
  ["securityAnswer", "", "bm"],
  ["gRecaptchaResponse", "g-recaptcha-response", "bs"],
  ["hCaptchaResponse", "h-captcha-response", "bs"],
  ["qqCaptchaTicket", "qq_captcha_ticket", "bs"],
  ["qqCaptchaRandstr", "qq_captcha_randstr", "bs"],
] as const satisfies readonly InputRow[];

/** The API inputs of `verifySmsOtp` as camelCase options (query parameters, headers, body fields). */
export interface VerifySmsOtpInputs {
  /**
   * Second factor token. The `SecondFactorAuthenticationToken` returned by the first login step (email, username or phone number plus password) when multi-factor authentication is required; it identifies the pending login this OTP completes.
   *
   * Sent as the query parameter `secondfactorauthenticationtoken`.
   */
  secondFactorAuthenticationToken: VerifySmsOtpQuery['secondfactorauthenticationtoken'];
  /**
   * SMS template name to be used for sending the 2FA code to the User.
   *
   * Sent as the query parameter `smstemplate2fa`.
   */
  smsTemplate2fa?: VerifySmsOtpQuery['smstemplate2fa'];
  /**
   * Comma-separated list of profile fields to include in the response. The vendor also accepts `*` (every field), `a(b,c)` (sub-fields of an object) and `a/b` (one nested field); omitted fields are absent from `Profile`. The pattern states that syntax to two levels of sub-fields.
   *
   * Sent as the query parameter `fields`.
   */
  fields?: VerifySmsOtpQuery['fields'];
  /**
   * When true, suppresses webhook events for this operation. Same effect as the `X-PreventWebhook` header, which wins when both are set.
   *
   * Sent as the query parameter `prevent_webhook`.
   */
  preventWebhook?: VerifySmsOtpQuery['prevent_webhook'];
  /**
   * Boolean flag to enforce sending SMS content via Voice. Set it to the same value as in the first login step when the OTP was delivered by a voice call; the tenant must have voice OTP configured (error 1281 otherwise).
   *
   * Sent as the query parameter `isvoiceotp`.
   */
  isVoiceOtp?: VerifySmsOtpQuery['isvoiceotp'];
  /**
   * RBA browser Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with browser option is enabled for the Tenant.
   *
   * Sent as the query parameter `rbabrowseremailtemplate`.
   */
  rbaBrowserEmailTemplate?: VerifySmsOtpQuery['rbabrowseremailtemplate'];
  /**
   * RBA city Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with city option is enabled for the Tenant.
   *
   * Sent as the query parameter `rbacityemailtemplate`.
   */
  rbaCityEmailTemplate?: VerifySmsOtpQuery['rbacityemailtemplate'];
  /**
   * RBA country Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with country option is enabled for the Tenant.
   *
   * Sent as the query parameter `rbacountryemailtemplate`.
   */
  rbaCountryEmailTemplate?: VerifySmsOtpQuery['rbacountryemailtemplate'];
  /**
   * RBA IP Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with IP option is enabled for the Tenant.
   *
   * Sent as the query parameter `rbaipemailtemplate`.
   */
  rbaIpEmailTemplate?: VerifySmsOtpQuery['rbaipemailtemplate'];
  /**
   * RBA device Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with device option is enabled for the Tenant.
   *
   * Sent as the query parameter `rbadeviceemailtemplate`.
   */
  rbaDeviceEmailTemplate?: VerifySmsOtpQuery['rbadeviceemailtemplate'];
  /**
   * RBA OTP SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
   *
   * Sent as the query parameter `rbaotpsmstemplate`.
   */
  rbaOtpSmsTemplate?: VerifySmsOtpQuery['rbaotpsmstemplate'];
  /**
   * RBA browser SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
   *
   * Sent as the query parameter `rbabrowsersmstemplate`.
   */
  rbaBrowserSmsTemplate?: VerifySmsOtpQuery['rbabrowsersmstemplate'];
  /**
   * RBA city SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
   *
   * Sent as the query parameter `rbacitysmstemplate`.
   */
  rbaCitySmsTemplate?: VerifySmsOtpQuery['rbacitysmstemplate'];
  /**
   * RBA country SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
   *
   * Sent as the query parameter `rbacountrysmstemplate`.
   */
  rbaCountrySmsTemplate?: VerifySmsOtpQuery['rbacountrysmstemplate'];
  /**
   * RBA IP SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
   *
   * Sent as the query parameter `rbaipsmstemplate`.
   */
  rbaIpSmsTemplate?: VerifySmsOtpQuery['rbaipsmstemplate'];
  /**
   * RBA device SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
   *
   * Sent as the query parameter `rbadevicesmstemplate`.
   */
  rbaDeviceSmsTemplate?: VerifySmsOtpQuery['rbadevicesmstemplate'];
  /**
   * When true, suppresses webhook events for this operation. Takes precedence over the `prevent_webhook` query parameter when both are set.
   *
   * Sent as the header parameter `X-PreventWebhook`.
   */
  preventWebhookHeader?: VerifySmsOtpHeaders['X-PreventWebhook'];
  /**
   * The one-time passcode sent to the user by SMS or voice call.
   *
   * Sent as the JSON body field `otp`.
   */
  otp: VerifySmsOtpRequestBody['otp'];
  /**
   * Answers to the account's security questions, keyed by security-question id; needed only when the account is locked with the security-question lockout (error 1148).
   *
   * Sent as the JSON body field `securityanswer`.
   */
  securityAnswer?: VerifySmsOtpRequestBody['securityanswer'];
  /**
   * The Google reCAPTCHA response token; needed only when the account is locked with the reCAPTCHA lockout (error 1132).
   *
   * Sent as the JSON body field `g-recaptcha-response`.
   */
  gRecaptchaResponse?: VerifySmsOtpRequestBody['g-recaptcha-response'];
  /**
   * The hCaptcha response token; needed only when the tenant uses hCaptcha for the captcha lockout.
   *
   * Sent as the JSON body field `h-captcha-response`.
   */
  hCaptchaResponse?: VerifySmsOtpRequestBody['h-captcha-response'];
  /**
   * The Tencent QQ captcha ticket; needed only when the tenant uses QQ captcha for the captcha lockout.
   *
   * Sent as the JSON body field `qq_captcha_ticket`.
   */
  qqCaptchaTicket?: VerifySmsOtpRequestBody['qq_captcha_ticket'];
  /**
   * The Tencent QQ captcha random string that accompanies `qq_captcha_ticket`; needed only with the QQ captcha lockout.
   *
   * Sent as the JSON body field `qq_captcha_randstr`.
   */
  qqCaptchaRandstr?: VerifySmsOtpRequestBody['qq_captcha_randstr'];
}
