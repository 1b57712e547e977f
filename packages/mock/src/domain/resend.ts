// The stateful Resend SMS OTP handler: a new OTP for a pending login goes to the outbox and the previous one
// stops working. The admission and the dispatcher have already checked the API key, the quota and the inputs
// against the spec.
import { errorResponse } from '../core/errors.js';
import { jsonResponse, type MockResponse } from '../core/http.js';
import { randomDigits } from '../core/random.js';
import type { LoginRadiusContext } from './admission.js';

export function resendSmsOtp({ state, tenant, values }: LoginRadiusContext): MockResponse {
  const token = values.get('secondfactorauthenticationtoken');
  const login = typeof token === 'string' ? state.tenantLogin(token, tenant.apiKey) : undefined;
  // A completed login's token is spent: the vendor treats it like an unknown one.
  if (!login || login.usedOtp !== undefined) return errorResponse(1103);
  if (state.now() >= login.expiresAt) return errorResponse(1104);
  const voice = values.get('isvoiceotp') === true;
  if (voice && !tenant.voiceOtp) return errorResponse(1281);
  login.channel = voice ? 'voice' : 'sms';
  const template = values.get('smstemplate2fa');
  if (typeof template === 'string') login.template = template;
  state.sendOtp(login);
  // The SMS provider's identifiers, shaped as the vendor relays them (Twilio: AC… account, SM… message).
  return jsonResponse(200, { AccountSid: `AC${randomDigits(32)}`, Sid: `SM${randomDigits(32)}` });
}
