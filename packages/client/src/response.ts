// What a call returns: its result and the response of its last attempt, everything the server chose masked.
import type { ClientError } from './errors.js';
import { bounded, type Redact, redactHeaders } from './redact.js';

/** The response of the last attempt, safe to log (the URL is redacted). */
export interface ResponseInfo {
  status: number;
  statusText: string;
  headers: Headers;
  url: string;
  requestId?: string | undefined;
}

/** The non-throwing result: exactly one of `data` and `error` is set. */
export type Result<Data, Error extends ClientError = ClientError> =
  | { data: Data; error?: never; response: ResponseInfo; attempts: number }
  | { data?: never; error: Error; response?: ResponseInfo | undefined; attempts: number };

/** The result of a call before its data is typed. */
export type Outcome = Result<unknown>;

/** A text the server chose (a header value, a reason phrase), masked and bounded; undefined when absent. */
export const maskText = (text: string | null, redact: Redact): string | undefined =>
  text === null ? undefined : bounded(redact(text));

/**
 * The response as callers and loggers see it. Everything in it the server chose (the reason phrase, header
 * names and values, the request id) is masked, on first read: a successful call that nobody inspects pays
 * nothing for it.
 */
export function responseInfo(
  response: Response,
  redact: Redact,
  names: ReadonlySet<string>,
  url: () => string,
): ResponseInfo {
  const memo: Record<string, unknown> = {};
  const once = <T>(key: string, make: () => T): T => {
    if (!(key in memo)) memo[key] = make();
    return memo[key] as T;
  };
  const raw = response.headers;
  return {
    status: response.status,
    get statusText() {
      return once('statusText', () => maskText(response.statusText, redact) ?? '');
    },
    get headers() {
      return once('headers', () => redactHeaders(raw, redact, names));
    },
    get url() {
      return url();
    },
    get requestId() {
      return once('requestId', () => maskText(raw.get('x-request-id') ?? raw.get('cf-ray'), redact));
    },
  };
}
