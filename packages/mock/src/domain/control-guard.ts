// Who may use the control API: it answers only same-origin, JSON-typed requests to the bound host, with the
// token when one is set, so a web page (any origin, `text/plain` forms, a DNS-rebound name) cannot read OTPs or
// change the mock.
import { JSON_CONTENT, jsonResponse, type MockResponse } from '../core/http.js';

/** The request header carrying the control token, when the mock has one. */
export const CONTROL_TOKEN_HEADER = 'x-mock-control-token';

/** A refusal of the control request, or undefined when it may go on. */
export function guardControl(
  token: string | undefined,
  method: string,
  header: (name: string) => string | undefined,
  hosts: readonly string[] | undefined,
): MockResponse | undefined {
  const host = header('host')?.toLowerCase();
  if (hosts && (host === undefined || !hosts.includes(host))) {
    return jsonResponse(403, {
      error: 'the control API answers only requests addressed to the host it is bound to',
    });
  }
  const origin = header('origin');
  if (origin !== undefined && (host === undefined || origin.toLowerCase() !== `http://${host}`)) {
    return jsonResponse(403, { error: 'the control API refuses cross-origin browser requests' });
  }
  if (method === 'OPTIONS') {
    return jsonResponse(403, { error: 'the control API refuses cross-origin browser requests' });
  }
  if (token !== undefined) {
    const bearer = /^Bearer\s+(.+)$/i.exec(header('authorization') ?? '')?.[1];
    const given = header(CONTROL_TOKEN_HEADER) ?? bearer;
    if (given === undefined || !sameSecret(given, token)) {
      return jsonResponse(401, {
        error: `the control API needs its token in the ${CONTROL_TOKEN_HEADER} header`,
      });
    }
  }
  if (method !== 'GET' && method !== 'HEAD' && !JSON_CONTENT.test(header('content-type')?.trim() ?? '')) {
    return jsonResponse(415, {
      error: 'control requests other than GET must be sent with Content-Type: application/json',
    });
  }
  return undefined;
}

/** Compares two secrets in time independent of where they differ. */
function sameSecret(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}
