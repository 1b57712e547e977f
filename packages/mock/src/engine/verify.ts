// PUT /identity/v2/auth/login/2fa/sms: the checks run in the order the vendor's codes imply (API key,
// quota, parameters, body, token, account lockout, OTP) and each failure answers with the vendor's code.
import type { ApiError, VerifySmsOtpResponse } from '@lr-mfa/types';
import { errorResponse } from './errors.js';
import { FieldsSyntaxError, parseFields, project, type Selection } from './fields.js';
import { jsonResponse, type MockResponse } from './http.js';
import type { Tenant } from './options.js';
import { randomUuid } from './random.js';
import type { Account, MockState, PendingLogin } from './state.js';

type FieldError = NonNullable<ApiError['Errors']>[number];

export interface VerifyRequest {
  query: (name: string) => string | undefined;
  header: (name: string) => string | undefined;
  body: string;
}

interface VerifyBody {
  otp: string;
  securityanswer?: Record<string, string>;
  'g-recaptcha-response'?: string;
  'h-captcha-response'?: string;
  qq_captcha_ticket?: string;
  qq_captcha_randstr?: string;
}

export function verifySmsOtp(state: MockState, request: VerifyRequest): MockResponse {
  const apiKey = request.query('apikey');
  if (!apiKey) return errorResponse(922);
  const tenant = state.tenants.get(apiKey);
  if (!tenant) return errorResponse(901);

  const limited = rateLimit(state, tenant);
  if (limited) return limited;

  const params = parseParameters(request);
  if ('error' in params) return params.error;

  const body = parseBody(request.body, request.header('content-type'));
  if ('error' in body) return body.error;

  const login = state.logins.get(params.token);
  // A token issued to another tenant is as unknown to this one as a made-up token.
  if (!login || login.apiKey !== tenant.apiKey) return errorResponse(1103);
  if (state.now() >= login.expiresAt) return errorResponse(1104);
  if (params.isVoiceOtp && !tenant.voiceOtp) return errorResponse(1281);

  const account = state.account(tenant.apiKey, login.uid);
  const challenge = lockChallenge(state, tenant, account, login, body.value);
  if (challenge) return challenge;

  const otp = body.value.otp;
  if (login.usedOtp !== undefined && otp === login.usedOtp) return errorResponse(1068);
  if (login.otp && otp === login.otp.code) {
    if (state.now() >= login.otp.expiresAt) return errorResponse(1069);
    return succeed(state, tenant, account, login, params);
  }
  return wrongOtp(state, tenant, account);
}

function rateLimit(state: MockState, tenant: Tenant): MockResponse | undefined {
  if (!tenant.rateLimit) return undefined;
  const now = state.now();
  const windowMs = tenant.rateLimit.windowSeconds * 1000;
  let window = state.rateWindows.get(tenant.apiKey);
  if (!window || now >= window.start + windowMs) {
    window = { start: now, count: 0 };
    state.rateWindows.set(tenant.apiKey, window);
  }
  window.count++;
  if (window.count <= tenant.rateLimit.requests) return undefined;
  const retryAfter = Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
  return errorResponse(429, { headers: { 'retry-after': String(retryAfter) } });
}

interface Parameters {
  token: string;
  isVoiceOtp: boolean;
  preventWebhook: boolean;
  fields?: Selection;
}

function parseParameters(request: VerifyRequest): Parameters | { error: MockResponse } {
  const errors: FieldError[] = [];
  const bool = (name: string, value: string | undefined): boolean | undefined => {
    if (value === undefined || value === '') return undefined;
    const lower = value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    errors.push({ FieldName: name, ErrorMessage: `The ${name} parameter must be true or false.` });
    return undefined;
  };

  const token = request.query('secondfactorauthenticationtoken');
  if (!token) {
    errors.push({
      FieldName: 'secondfactorauthenticationtoken',
      ErrorMessage: 'The secondfactorauthenticationtoken is a required parameter.',
    });
  }
  const isVoiceOtp = bool('isvoiceotp', request.query('isvoiceotp'));
  const preventQuery = bool('prevent_webhook', request.query('prevent_webhook'));
  const preventHeader = bool('X-PreventWebhook', request.header('x-preventwebhook'));
  let fields: Selection | undefined;
  try {
    fields = parseFields(request.query('fields'));
  } catch (error) {
    if (!(error instanceof FieldsSyntaxError)) throw error;
    errors.push({
      FieldName: 'fields',
      ErrorMessage: `The fields parameter is not formatted correctly: ${error.message}.`,
    });
  }

  const [first] = errors;
  if (first) return { error: errorResponse(908, { Description: first.ErrorMessage, Errors: errors }) };
  return {
    token: token as string,
    isVoiceOtp: isVoiceOtp ?? false,
    // The header wins over the query parameter when both are sent.
    preventWebhook: preventHeader ?? preventQuery ?? false,
    ...(fields ? { fields } : {}),
  };
}

const JSON_CONTENT = /^application\/(?:[\w.+-]+\+)?json(?:\s*;|$)/i;
const CAPTCHA_FIELDS = [
  'g-recaptcha-response',
  'h-captcha-response',
  'qq_captcha_ticket',
  'qq_captcha_randstr',
] as const;

function parseBody(
  text: string,
  contentType: string | undefined,
): { value: VerifyBody } | { error: MockResponse } {
  const invalid = (Description?: string) => ({
    error: errorResponse(965, Description ? { Description } : {}),
  });
  if (contentType !== undefined && !JSON_CONTENT.test(contentType.trim())) {
    return invalid('The request body must be JSON, sent with Content-Type: application/json.');
  }
  if (text.trim() === '') return invalid('The request body is missing; send a JSON object with the otp.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return invalid();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return invalid();

  const body = parsed as Record<string, unknown>;
  const errors: FieldError[] = [];
  if (body.otp === undefined || body.otp === null) {
    errors.push({ FieldName: 'otp', ErrorMessage: 'The otp field is required.' });
  } else if (typeof body.otp !== 'string' || body.otp === '') {
    errors.push({ FieldName: 'otp', ErrorMessage: 'The otp field must be a non-empty string.' });
  }
  const answers = body.securityanswer;
  if (
    answers !== undefined &&
    answers !== null &&
    (typeof answers !== 'object' ||
      Array.isArray(answers) ||
      !Object.values(answers).every((a) => typeof a === 'string'))
  ) {
    errors.push({
      FieldName: 'securityanswer',
      ErrorMessage: 'The securityanswer field must map security question ids to answer strings.',
    });
  }
  for (const field of CAPTCHA_FIELDS) {
    const value = body[field];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      errors.push({ FieldName: field, ErrorMessage: `The ${field} field must be a string.` });
    }
  }
  const [first] = errors;
  if (first) return { error: errorResponse(1134, { Description: first.ErrorMessage, Errors: errors }) };
  return { value: body as unknown as VerifyBody };
}

/** The lockout in force for the account, if any, and whether this request answers its challenge. */
function lockChallenge(
  state: MockState,
  tenant: Tenant,
  account: Account,
  login: PendingLogin,
  body: VerifyBody,
): MockResponse | undefined {
  const lock = account.lock;
  if (!lock) return undefined;
  switch (lock.type) {
    case 'suspend':
      if (state.now() < lock.until) return suspended(lock.until);
      // The suspension is over: the account starts again with a clean slate.
      account.lock = undefined;
      account.failedAttempts = 0;
      return undefined;
    case 'captcha': {
      const response = captchaResponse(body);
      if (response === undefined) return errorResponse(1132);
      const rejected = tenant.lockout.type === 'captcha' ? tenant.lockout.rejectedResponses : [];
      if (rejected.includes(response)) return errorResponse(1218);
      // A solved captcha lets the OTP be checked; the lock lifts only with a successful login.
      return undefined;
    }
    case 'securityQuestion': {
      const user = state.users.find((u) => u.uid === login.uid);
      return user && answersMatch(body.securityanswer, user.securityAnswers)
        ? undefined
        : errorResponse(1148);
    }
  }
}

function captchaResponse(body: VerifyBody): string | undefined {
  const recaptcha = body['g-recaptcha-response'] || body['h-captcha-response'];
  if (recaptcha) return recaptcha;
  // The QQ captcha needs its ticket and random string together.
  if (body.qq_captcha_ticket && body.qq_captcha_randstr) return body.qq_captcha_ticket;
  return undefined;
}

/** At least one answer given, and every answer given correct (trimmed, case-insensitive). */
function answersMatch(given: Record<string, string> | undefined, expected: Record<string, string>): boolean {
  const entries = Object.entries(given ?? {});
  const normal = (s: string) => s.trim().toLowerCase();
  return (
    entries.length > 0 &&
    entries.every(([id, answer]) => expected[id] !== undefined && normal(expected[id]) === normal(answer))
  );
}

function suspended(until: number): MockResponse {
  return errorResponse(1198, { Data: { LoginLockedTimeout: new Date(until).toISOString() } });
}

/** Counts a wrong OTP; the attempt that reaches the tenant's limit locks the account and says so. */
function wrongOtp(state: MockState, tenant: Tenant, account: Account): MockResponse {
  account.failedAttempts++;
  const policy = tenant.lockout;
  if (account.lock || policy.type === 'none' || account.failedAttempts < policy.maxAttempts) {
    return errorResponse(1067);
  }
  switch (policy.type) {
    case 'suspend': {
      const until = state.now() + policy.suspendSeconds * 1000;
      account.lock = { type: 'suspend', until };
      return suspended(until);
    }
    case 'captcha':
      account.lock = { type: 'captcha' };
      return errorResponse(1132);
    case 'securityQuestion':
      account.lock = { type: 'securityQuestion' };
      return errorResponse(1148);
  }
}

function succeed(
  state: MockState,
  tenant: Tenant,
  account: Account,
  login: PendingLogin,
  params: Parameters,
): MockResponse {
  const now = state.now();
  login.usedOtp = login.otp?.code;
  login.otp = undefined;
  account.failedAttempts = 0;
  account.lock = undefined;
  const profile = account.profile as Record<string, unknown>;
  if (typeof profile.NoOfLogins === 'number') profile.NoOfLogins += 1;
  profile.LastLoginDate = new Date(now).toISOString();
  if (!params.preventWebhook) {
    state.webhooks.push({
      event: 'Login',
      uid: login.uid,
      apiKey: tenant.apiKey,
      at: new Date(now).toISOString(),
    });
  }
  const body: VerifySmsOtpResponse = {
    Profile: (params.fields
      ? project(account.profile, params.fields)
      : structuredClone(account.profile)) as VerifySmsOtpResponse['Profile'],
    access_token: randomUuid(),
    refresh_token: randomUuid(),
    expires_in: dateTime7(now + tenant.accessTokenTtlSeconds * 1000),
  };
  return jsonResponse(200, body);
}

/** `2019-09-17T10:45:26.4339184Z`: the vendor's .NET timestamps carry 7 fractional digits (100 ns ticks). */
export function dateTime7(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, (_, millis: string) => `.${millis}0000Z`);
}
