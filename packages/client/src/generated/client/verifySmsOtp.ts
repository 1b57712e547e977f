// DO NOT EDIT. Generated from spec/openapi.yaml by the lr-mfa pipeline; edit spec/ and run `pnpm build`.

import type { operations } from '@lr-mfa/types';
import type { CallOptions, ClientError, OperationFacts, Result } from '../../runtime.js';

type Operation = operations["verifySmsOtp"];

/** How `verifySmsOtp` is sent and read: PUT /identity/v2/auth/login/2fa/sms. */
export const verifySmsOtpOperation: OperationFacts = {
  id: "verifySmsOtp",
  method: "PUT",
  path: "/identity/v2/auth/login/2fa/sms",
  inputs: [
    ["secondFactorAuthenticationToken","","qs!"],
    ["smsTemplate2fa","","qs"],
    ["fields","","qs"],
    ["preventWebhook","prevent_webhook","qb"],
    ["isVoiceOtp","","qb"],
    ["rbaBrowserEmailTemplate","","qs"],
    ["rbaCityEmailTemplate","","qs"],
    ["rbaCountryEmailTemplate","","qs"],
    ["rbaIpEmailTemplate","","qs"],
    ["rbaDeviceEmailTemplate","","qs"],
    ["rbaOtpSmsTemplate","","qs"],
    ["rbaBrowserSmsTemplate","","qs"],
    ["rbaCitySmsTemplate","","qs"],
    ["rbaCountrySmsTemplate","","qs"],
    ["rbaIpSmsTemplate","","qs"],
    ["rbaDeviceSmsTemplate","","qs"],
    ["preventWebhookHeader","X-PreventWebhook","hb"],
    ["otp","","bs!"],
    ["securityAnswer","","bm"],
    ["gRecaptchaResponse","g-recaptcha-response","bs"],
    ["hCaptchaResponse","h-captcha-response","bs"],
    ["qqCaptchaTicket","qq_captcha_ticket","bs"],
    ["qqCaptchaRandstr","qq_captcha_randstr","bs"],
  ],
  retry: [[429,502,503,504],true,false,false],
  secrets: ["otp","securityanswer","g-recaptcha-response","h-captcha-response","qq_captcha_ticket","qq_captcha_randstr","secondfactorauthenticationtoken","access_token","refresh_token","apikey"],
  responses: {"200":"o","400":"o","403":"o","404":"o","429":"o","500":"o"},
};

/**
 * The API inputs of `verifySmsOtp` as camelCase options.
 */
export interface VerifySmsOtpInputs {
  /**
   * Second factor token. The `SecondFactorAuthenticationToken` returned by the first login step (email, username or phone number plus password) when multi-factor authentication is required; it identifies the pending login this OTP completes.
   *
   * Sent as the query parameter `secondfactorauthenticationtoken`; secret: never shown in errors or logs.
   */
  secondFactorAuthenticationToken: NonNullable<Operation['parameters']["query"]>["secondfactorauthenticationtoken"];
  /**
   * SMS template name to be used for sending the 2FA code to the User.
   *
   * Sent as the query parameter `smstemplate2fa`.
   */
  smsTemplate2fa?: NonNullable<Operation['parameters']["query"]>["smstemplate2fa"] | undefined;
  /**
   * Comma-separated list of profile fields to include in the response. The vendor also accepts `*` (every field), `a(b,c)` (sub-fields of an object) and `a/b` (one nested field); omitted fields are absent from `Profile`. The pattern states that syntax: names of letters, digits, `_`, `-` or `*`, joined by `/`, with up to three levels of parentheses (reach deeper fields with `/`, e.g. `Identities(JobBookmarks(Job(Compony/Id)))`); no spaces, empty names or unbalanced parentheses. The vendor does not document what other values do; error 908 ("a parameter is not formatted correctly") is its answer to malformed parameters.
   *
   * Sent as the query parameter `fields`.
   */
  fields?: NonNullable<Operation['parameters']["query"]>["fields"] | undefined;
  /**
   * When true, suppresses webhook events for this operation. Same effect as the `X-PreventWebhook` header, which wins when both are set.
   *
   * Sent as the query parameter `prevent_webhook`.
   */
  preventWebhook?: NonNullable<Operation['parameters']["query"]>["prevent_webhook"] | undefined;
  /**
   * Boolean flag to enforce sending SMS content via Voice. Set it to the same value as in the first login step when the OTP was delivered by a voice call; the tenant must have voice OTP configured (error 1281 otherwise).
   *
   * Sent as the query parameter `isvoiceotp`.
   */
  isVoiceOtp?: NonNullable<Operation['parameters']["query"]>["isvoiceotp"] | undefined;
  /**
   * RBA browser Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with browser option is enabled for the Tenant.
   *
   * Sent as the query parameter `rbabrowseremailtemplate`.
   */
  rbaBrowserEmailTemplate?: NonNullable<Operation['parameters']["query"]>["rbabrowseremailtemplate"] | undefined;
  /**
   * RBA city Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with city option is enabled for the Tenant.
   *
   * Sent as the query parameter `rbacityemailtemplate`.
   */
  rbaCityEmailTemplate?: NonNullable<Operation['parameters']["query"]>["rbacityemailtemplate"] | undefined;
  /**
   * RBA country Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with country option is enabled for the Tenant.
   *
   * Sent as the query parameter `rbacountryemailtemplate`.
   */
  rbaCountryEmailTemplate?: NonNullable<Operation['parameters']["query"]>["rbacountryemailtemplate"] | undefined;
  /**
   * RBA IP Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with IP option is enabled for the Tenant.
   *
   * Sent as the query parameter `rbaipemailtemplate`.
   */
  rbaIpEmailTemplate?: NonNullable<Operation['parameters']["query"]>["rbaipemailtemplate"] | undefined;
  /**
   * RBA device Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with device option is enabled for the Tenant.
   *
   * Sent as the query parameter `rbadeviceemailtemplate`.
   */
  rbaDeviceEmailTemplate?: NonNullable<Operation['parameters']["query"]>["rbadeviceemailtemplate"] | undefined;
  /**
   * RBA OTP SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
   *
   * Sent as the query parameter `rbaotpsmstemplate`.
   */
  rbaOtpSmsTemplate?: NonNullable<Operation['parameters']["query"]>["rbaotpsmstemplate"] | undefined;
  /**
   * RBA browser SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
   *
   * Sent as the query parameter `rbabrowsersmstemplate`.
   */
  rbaBrowserSmsTemplate?: NonNullable<Operation['parameters']["query"]>["rbabrowsersmstemplate"] | undefined;
  /**
   * RBA city SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
   *
   * Sent as the query parameter `rbacitysmstemplate`.
   */
  rbaCitySmsTemplate?: NonNullable<Operation['parameters']["query"]>["rbacitysmstemplate"] | undefined;
  /**
   * RBA country SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
   *
   * Sent as the query parameter `rbacountrysmstemplate`.
   */
  rbaCountrySmsTemplate?: NonNullable<Operation['parameters']["query"]>["rbacountrysmstemplate"] | undefined;
  /**
   * RBA IP SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
   *
   * Sent as the query parameter `rbaipsmstemplate`.
   */
  rbaIpSmsTemplate?: NonNullable<Operation['parameters']["query"]>["rbaipsmstemplate"] | undefined;
  /**
   * RBA device SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
   *
   * Sent as the query parameter `rbadevicesmstemplate`.
   */
  rbaDeviceSmsTemplate?: NonNullable<Operation['parameters']["query"]>["rbadevicesmstemplate"] | undefined;
  /**
   * When true, suppresses webhook events for this operation. Takes precedence over the `prevent_webhook` query parameter when both are set. Some client generators drop header parameters (swagger-typescript-api, orval without `headers: true`); the `prevent_webhook` query parameter has the same effect and the generators checked keep it.
   *
   * Sent as the header `X-PreventWebhook`.
   */
  preventWebhookHeader?: NonNullable<Operation['parameters']["header"]>["X-PreventWebhook"] | undefined;
  /**
   * The one-time passcode sent to the user by SMS or voice call; its length and alphabet are the tenant's "OTP Length" and "OTP Type" settings.
   *
   * Sent as the JSON body field `otp`; secret: never shown in errors or logs.
   */
  otp: NonNullable<Operation['requestBody']>['content']["application/json"]["otp"];
  /**
   * Answers to the account's security questions, keyed by security-question id; needed only when the account is locked with the security-question lockout (error 1148).
   *
   * Sent as the JSON body field `securityanswer`; secret: never shown in errors or logs.
   */
  securityAnswer?: NonNullable<Operation['requestBody']>['content']["application/json"]["securityanswer"] | undefined;
  /**
   * The Google reCAPTCHA response token; needed only when the account is locked with the reCAPTCHA lockout (error 1132).
   *
   * Sent as the JSON body field `g-recaptcha-response`; secret: never shown in errors or logs.
   */
  gRecaptchaResponse?: NonNullable<Operation['requestBody']>['content']["application/json"]["g-recaptcha-response"] | undefined;
  /**
   * The hCaptcha response token; needed only when the tenant uses hCaptcha for the captcha lockout.
   *
   * Sent as the JSON body field `h-captcha-response`; secret: never shown in errors or logs.
   */
  hCaptchaResponse?: NonNullable<Operation['requestBody']>['content']["application/json"]["h-captcha-response"] | undefined;
  /**
   * The Tencent QQ captcha ticket; needed only when the tenant uses QQ captcha for the captcha lockout.
   *
   * Sent as the JSON body field `qq_captcha_ticket`; secret: never shown in errors or logs.
   */
  qqCaptchaTicket?: NonNullable<Operation['requestBody']>['content']["application/json"]["qq_captcha_ticket"] | undefined;
  /**
   * The Tencent QQ captcha random string that accompanies `qq_captcha_ticket`; needed only with the QQ captcha lockout.
   *
   * Sent as the JSON body field `qq_captcha_randstr`; secret: never shown in errors or logs.
   */
  qqCaptchaRandstr?: NonNullable<Operation['requestBody']>['content']["application/json"]["qq_captcha_randstr"] | undefined;
}

/** Everything `verifySmsOtp` takes: the API inputs plus the per-call options. */
export type VerifySmsOtpOptions = VerifySmsOtpInputs & CallOptions;

/** The body of a successful `verifySmsOtp` (its 2xx responses). */
export type VerifySmsOtpData = Operation['responses'][200]['content']["application/json"];

/** Every failure `verifySmsOtp` can report; narrow it with `error.kind`. */
export type VerifySmsOtpError = ClientError;

/** The result of `verifySmsOtp`: exactly one of `data` and `error`. */
export type VerifySmsOtpResult = Result<VerifySmsOtpData, VerifySmsOtpError>;
