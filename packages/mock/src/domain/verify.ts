// The stateful Verify SMS OTP handler. The admission and the dispatcher have already checked the API key, the
// quota and every input against the spec (908 / 965 / 1134); here come the `fields` syntax, the token, the lockout and the OTP, in
// the order the vendor's codes imply, each failure answering with the vendor's code.
import type { VerifySmsOtpResponse } from '@lr-mfa/types';
import { errorResponse } from '../core/errors.js';
import { jsonResponse, type MockResponse, rawJsonResponse } from '../core/http.js';
import type { InputValues } from '../core/operations.js';
import { randomUuid } from '../core/random.js';
import type { LoginRadiusContext } from './admission.js';
import { FieldsSyntaxError, parseFields, project, type Selection } from './fields.js';
import type { Account, MockState, PendingLogin } from './state.js';
import type { Tenant } from './tenants.js';

/**
 * The CLI's last step of a login walkthrough: the curl call that verifies an OTP read from the control plane.
 * The route (method and path) is the spec's; the parameter and field names are this handler's.
 */
export function verifyHowTo(
  url: string,
  routes: readonly { operationId: string; method: string; path: string }[],
  apiKey: string | undefined,
): string[] {
  const verify = routes.find((r) => r.operationId === 'verifySmsOtp');
  if (!verify) return [];
  return [
    'Then verify it:',
    `  curl -s -X ${verify.method} '${url}${verify.path}?apikey=${apiKey}&secondfactorauthenticationtoken=<token>' -H 'content-type: application/json' -d '{"otp":"<otp>"}'`,
  ];
}

interface VerifyBody {
  otp: string;
  securityanswer?: Record<string, string>;
  'g-recaptcha-response'?: string;
  'h-captcha-response'?: string;
  qq_captcha_ticket?: string;
  qq_captcha_randstr?: string;
}

const text = (values: InputValues, name: string) => {
  const value = values.get(name);
  return typeof value === 'string' ? value : undefined;
};

/** Verify SMS OTP: token, lockout, then the OTP, each failure with the vendor's code. */
export function verifySmsOtp({ state, tenant, values }: LoginRadiusContext): MockResponse {
  let fields: Selection | undefined;
  try {
    fields = parseFields(text(values, 'fields'));
  } catch (error) {
    if (!(error instanceof FieldsSyntaxError)) throw error;
    const ErrorMessage = `The fields parameter is not formatted correctly: ${error.message}.`;
    return errorResponse(908, { Description: ErrorMessage, Errors: [{ FieldName: 'fields', ErrorMessage }] });
  }
  const token = text(values, 'secondfactorauthenticationtoken') ?? '';
  const isVoiceOtp = values.get('isvoiceotp') === true;
  // The header wins over the query parameter when both are sent.
  const preventHeader = values.get('X-PreventWebhook');
  const preventWebhook =
    typeof preventHeader === 'boolean' ? preventHeader : values.get('prevent_webhook') === true;
  const body: VerifyBody = {
    otp: text(values, 'otp') ?? '',
    ...(values.has('securityanswer')
      ? { securityanswer: values.get('securityanswer') as Record<string, string> }
      : {}),
  };
  for (const field of CAPTCHA_FIELDS) {
    const value = text(values, field);
    if (value !== undefined) body[field] = value;
  }

  const login = state.tenantLogin(token, tenant.apiKey);
  if (!login) return errorResponse(1103);
  if (state.now() >= login.expiresAt) return errorResponse(1104);
  if (isVoiceOtp && !tenant.voiceOtp) return errorResponse(1281);
  // A completed login's token is spent: its own OTP again is 1068; any other is refused as Resend refuses the
  // token (1103), and counts toward no lockout, since no login is pending for it.
  if (login.usedOtp !== undefined) return errorResponse(body.otp === login.usedOtp ? 1068 : 1103);

  const account = state.account(tenant.apiKey, login.uid);
  const challenge = lockChallenge(state, tenant, account, login, body);
  if (challenge) return challenge;

  const otp = body.otp;
  if (login.otp && otp === login.otp.code) {
    if (state.now() >= login.otp.expiresAt) return errorResponse(1069);
    return succeed(state, tenant, account, login, { preventWebhook, ...(fields ? { fields } : {}) });
  }
  return wrongOtp(state, tenant, account);
}

interface SuccessOptions {
  preventWebhook: boolean;
  fields?: Selection;
}

const CAPTCHA_FIELDS = [
  'g-recaptcha-response',
  'h-captcha-response',
  'qq_captcha_ticket',
  'qq_captcha_randstr',
] as const;

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
      const user = state.userByUid(login.uid);
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
  // Own answers only: an id such as `constructor` or `__proto__` would otherwise read Object.prototype.
  return (
    entries.length > 0 &&
    entries.every(([id, answer]) => {
      const right = Object.hasOwn(expected, id) ? expected[id] : undefined;
      return typeof right === 'string' && normal(right) === normal(answer);
    })
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
  params: SuccessOptions,
): MockResponse {
  const now = state.now();
  login.usedOtp = login.otp?.code;
  login.otp = undefined;
  state.complete(login);
  account.failedAttempts = 0;
  account.lock = undefined;
  const profile = account.profile as Record<string, unknown>;
  if (typeof profile.NoOfLogins === 'number') profile.NoOfLogins += 1;
  profile.LastLoginDate = new Date(now).toISOString();
  if (!params.preventWebhook) {
    state.recordWebhook({
      event: 'Login',
      uid: login.uid,
      apiKey: tenant.apiKey,
      at: new Date(now).toISOString(),
    });
  }
  const tokens = {
    access_token: randomUuid(),
    refresh_token: randomUuid(),
    expires_in: dateTime7(now + tenant.accessTokenTtlSeconds * 1000),
  } satisfies Omit<VerifySmsOtpResponse, 'Profile'>;
  if (params.fields) {
    const body = { Profile: project(account.profile, params.fields), ...tokens };
    return jsonResponse(200, body);
  }
  // The full profile (about 17 kB for the spec's example) is serialized once per account; each login only
  // fills in its counters.
  const profileJson = profileJsonOf(account);
  return rawJsonResponse(200, `{"Profile":${profileJson},${JSON.stringify(tokens).slice(1)}`);
}

const LOGINS_MARK = JSON.stringify('\u0000lr-mfa-mock:NoOfLogins\u0000');
const LAST_LOGIN_MARK = JSON.stringify('\u0000lr-mfa-mock:LastLoginDate\u0000');

function profileJsonOf(account: Account): string {
  const profile = account.profile as Record<string, unknown>;
  const counted = typeof profile.NoOfLogins === 'number';
  account.profileTemplate ??= JSON.stringify({
    ...profile,
    ...(counted ? { NoOfLogins: JSON.parse(LOGINS_MARK) } : {}),
    LastLoginDate: JSON.parse(LAST_LOGIN_MARK),
  });
  const json = account.profileTemplate.replace(LAST_LOGIN_MARK, () => JSON.stringify(profile.LastLoginDate));
  return counted ? json.replace(LOGINS_MARK, () => String(profile.NoOfLogins)) : json;
}

/** `2019-09-17T10:45:26.4339184Z`: the vendor's .NET timestamps carry 7 fractional digits (100 ns ticks). */
function dateTime7(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, (_, millis: string) => `.${millis}0000Z`);
}
