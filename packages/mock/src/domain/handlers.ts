// Operations whose behaviour depends on state, by operationId. Every other operation of the spec is answered
// from its examples (core/operations.ts).
import type { LoginRadiusHandler } from './admission.js';
import { resendSmsOtp } from './resend.js';
import { verifySmsOtp } from './verify.js';

export const STATEFUL_HANDLERS: Readonly<Record<string, LoginRadiusHandler>> = {
  verifySmsOtp,
  resendSmsOtp,
};
