// DO NOT EDIT. Generated from spec/openapi.yaml by the lr-mfa pipeline; edit spec/ and run `pnpm build`.

import type { operations } from '@lr-mfa/types';
import type { CallOptions, ClientError, OperationFacts, Result } from '../../runtime.js';

type Operation = operations["resendSmsOtp"];

/** How `resendSmsOtp` is sent and read: GET /identity/v2/auth/login/2fa/sms/resend. */
export const resendSmsOtpOperation: OperationFacts = {
  id: "resendSmsOtp",
  method: "GET",
  path: "/identity/v2/auth/login/2fa/sms/resend",
  inputs: [
    ["secondFactorAuthenticationToken","","qs!"],
    ["smsTemplate2fa","","qs"],
    ["isVoiceOtp","","qb"],
  ],
  retry: [[429],false,false,false],
  secrets: ["secondfactorauthenticationtoken","apikey"],
  responses: {"200":"o","400":"o","403":"o","429":"o","500":"o"},
};

/**
 * The API inputs of `resendSmsOtp` as camelCase options.
 */
export interface ResendSmsOtpInputs {
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
   * Boolean flag to enforce sending SMS content via Voice. Set it to the same value as in the first login step when the OTP was delivered by a voice call; the tenant must have voice OTP configured (error 1281 otherwise).
   *
   * Sent as the query parameter `isvoiceotp`.
   */
  isVoiceOtp?: NonNullable<Operation['parameters']["query"]>["isvoiceotp"] | undefined;
}

/** Everything `resendSmsOtp` takes: the API inputs plus the per-call options. */
export type ResendSmsOtpOptions = ResendSmsOtpInputs & CallOptions;

/** The body of a successful `resendSmsOtp` (its 2xx responses). */
export type ResendSmsOtpData = Operation['responses'][200]['content']["application/json"];

/** Every failure `resendSmsOtp` can report; narrow it with `error.kind`. */
export type ResendSmsOtpError = ClientError;

/** The result of `resendSmsOtp`: exactly one of `data` and `error`. */
export type ResendSmsOtpResult = Result<ResendSmsOtpData, ResendSmsOtpError>;
