// Operations whose behaviour depends on state, by operationId. Every other operation of the spec is answered
// from its examples (operations.ts).
import { resendSmsOtp } from './resend.js';
import { type OperationHandler, verifySmsOtp } from './verify.js';

export const STATEFUL_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  verifySmsOtp,
  resendSmsOtp,
};
