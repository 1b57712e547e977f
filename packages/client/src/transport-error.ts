// The typed error of an attempt that ended before its body was read whole: cut by the timeout or the size
// limit, aborted by the caller, or failed in the network.
import type { Call } from './call.js';
import {
  AbortError,
  type ClientError,
  type Details,
  NetworkError,
  type NetworkFailure,
  ResponseTooLargeError,
  TimeoutError,
} from './errors.js';
import { bounded, type Redact } from './redact.js';
import { maskText } from './response.js';

/** Why an attempt was cut short by the client: the timeout, or a body over the size limit. */
export type Cut = 'timeout' | 'too_large' | undefined;

/**
 * Error codes that prove the request never left: no connection (refused, unreachable, connect timeout), no
 * address (DNS), or a TLS handshake that failed before any HTTP was written.
 */
const UNSENT =
  /^(ECONNREFUSED|ENOTFOUND|EAI_|ENETUNREACH|EHOSTUNREACH|EADDRNOTAVAIL|UND_ERR_CONNECT_TIMEOUT|ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED|SELF_SIGNED_CERT)/;

/**
 * What is safe to keep of a runtime's network error: its redacted message chain and its code. `sent` says the
 * request was handed to `fetch` with no response yet: unless a code proves otherwise, it may have arrived.
 */
function networkError(error: unknown, redact: Redact, details: Details, sent: boolean): NetworkError {
  const messages = new Set<string>();
  const codes: string[] = [];
  for (let e = error as Details | undefined, depth = 0; e && depth < 4; e = e.cause as Details, depth++) {
    messages.add(String(e.message ?? e));
    if (typeof e.code === 'string') codes.push(e.code);
  }
  const code = codes[0];
  const cause = new Error(bounded(redact([...messages].join(': '))));
  const text = `${code} ${cause.message}`;
  const reason: NetworkFailure = /REFUSED/i.test(text)
    ? 'refused'
    : /ENOTFOUND|EAI_|getaddrinfo/i.test(text)
      ? 'dns'
      : /RESET|EPIPE|SOCKET|CLOSED|terminated|aborted|other side/i.test(text)
        ? 'reset'
        : 'network';
  const outcomeUnknown = sent && !codes.some((c) => UNSENT.test(c));
  const unknown = outcomeUnknown ? '; it may have reached the server: outcome unknown' : '';
  const message = `${details.method} ${details.url} failed (${reason}${code ? ` ${code}` : ''}): ${cause.message}${unknown}`;
  return new NetworkError(message, { ...details, reason, code, cause, outcomeUnknown });
}

/** What every error of a failed attempt of `call` carries, all masked. */
const attemptDetails = (call: Call, attempts: number, status?: number): Details => ({
  attempts,
  method: call.op.method,
  status,
  url: call.url(),
});

/** The caller's signal ended `call` (`when`: before sending, during an attempt or while waiting to retry). */
export const abortedByCaller = (call: Call, attempts: number, when: string, status?: number): AbortError =>
  new AbortError(`aborted by the caller ${when}`, {
    ...attemptDetails(call, attempts, status),
    cause: call.signal?.reason,
  });

/**
 * The typed error of an attempt that failed before its body was read whole. `sent`: the request was handed to
 * fetch; `head`: the response's head, when it arrived.
 */
export function transportError(
  call: Call,
  number: number,
  error: unknown,
  cut: Cut,
  sent: boolean,
  head?: Response,
): ClientError {
  const { redact, signal, timeoutMs: ms } = call;
  const details = attemptDetails(call, number, head?.status);
  const phase = head ? 'response body' : 'response';
  if (cut === 'too_large') {
    const maxBytes = call.maxResponseBytes;
    const message = `HTTP ${head?.status}: body over maxResponseBytes (${maxBytes}); connection closed`;
    const contentType = maskText(head?.headers.get('content-type') ?? null, redact);
    return new ResponseTooLargeError(message, { ...details, contentType, maxResponseBytes: maxBytes });
  }
  // Nothing came back although the request may have arrived: the server may have done its work.
  const outcomeUnknown = sent && !head;
  if (cut === 'timeout') {
    const message = `${phase} not received within ${ms} ms`;
    return new TimeoutError(message, { ...details, timeoutMs: ms, outcomeUnknown });
  }
  if (signal?.aborted) return abortedByCaller(call, number, `while waiting for the ${phase}`, head?.status);
  return networkError(error, redact, details, outcomeUnknown);
}
