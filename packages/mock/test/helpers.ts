// Plain-fetch helpers for driving a running mock, so the tests exercise the HTTP surface itself.
export const ENDPOINT = '/identity/v2/auth/login/2fa/sms';

export interface VerifyCall {
  apiKey?: string;
  token?: string;
  /** Extra query parameters, appended as given. */
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** A JSON-serialisable body, or a raw string sent as is. */
  body?: unknown;
}

export async function verify(base: string, call: VerifyCall): Promise<Response> {
  const url = new URL(ENDPOINT, base);
  if (call.apiKey !== undefined) url.searchParams.set('apikey', call.apiKey);
  if (call.token !== undefined) url.searchParams.set('secondfactorauthenticationtoken', call.token);
  for (const [k, v] of Object.entries(call.query ?? {})) url.searchParams.append(k, v);
  const body =
    call.body === undefined
      ? undefined
      : typeof call.body === 'string'
        ? call.body
        : JSON.stringify(call.body);
  return fetch(url, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...call.headers },
    ...(body !== undefined ? { body } : {}),
  });
}

export async function control<T = unknown>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(new URL(`/__mock${path}`, base), {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(`control ${method} ${path} → ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Starts a login over the control API and reads its OTP the way a test in another language would. */
export async function startLogin(
  base: string,
  input: { apiKey?: string; user?: string; isvoiceotp?: boolean; freshUser?: boolean } = {},
): Promise<{ token: string; otp: string }> {
  const { secondFactorAuthenticationToken: token } = await control<{
    secondFactorAuthenticationToken: string;
  }>(base, 'POST', '/second-factor-tokens', input);
  const { otp } = await control<{ otp: string }>(base, 'GET', `/second-factor-tokens/${token}/otp`);
  return { token, otp };
}

/** Any OTP that differs from the real one. */
export const wrong = (otp: string) => (otp === '000000' ? '111111' : '000000');
