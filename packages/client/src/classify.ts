// An attempt's response classified: the data of a success, or the typed error of an empty, non-JSON,
// malformed, unexpected or invalid body or of an API error; every failure with its masked facts.
import { type Call, type Send, since } from './call.js';
import {
  ApiResponseError,
  type ClientError,
  type Details,
  EmptyResponseError,
  MalformedJsonError,
  NonJsonResponseError,
  ResponseValidationError,
  UnexpectedBodyError,
} from './errors.js';
import { type ApiErrorFacts, bodyKind } from './facts.js';
import { isObject, type Loose } from './options.js';
import { bounded, excerpt, redactDeep } from './redact.js';
import { maskText, type Outcome, type ResponseInfo, responseInfo } from './response.js';
import { parseRetryAfter } from './retry.js';

/** The class of a typed error. */
type ErrorClass = new (message: string, details: Details) => ClientError;

/** Ends an attempt with `error`, logged with its duration. */
export function failed(
  call: Call,
  number: number,
  started: number,
  error: ClientError,
  response?: ResponseInfo,
): Outcome {
  const { status, requestId } = error;
  call.log('error', number, { durationMs: since(started), status, requestId, error });
  return { error, response, attempts: number };
}

/** The outcome of an attempt whose response arrived whole: its data, or the typed error it makes. */
export function classify(
  call: Call,
  number: number,
  started: number,
  result: Awaited<ReturnType<Send>>,
): Outcome {
  const { op, redact } = call;
  const { response } = result;
  const { status, ok, headers } = response;
  const info = responseInfo(response, redact, call.secretNames, call.url);
  const http = `HTTP ${status}`;
  const kind = bodyKind(op, status);
  const succeeded = (data: unknown): Outcome => {
    if (call.logger) {
      const fields = { status, durationMs: since(started), requestId: info.requestId };
      call.log('response', number, fields);
    }
    return { data, response: info, attempts: number };
  };
  // openapi-fetch read the body: as text for a 2xx; for an error, parsed when it is JSON.
  const raw = ok ? result.data : result.error;
  if (ok && kind === '') return succeeded(undefined);
  if (ok && kind === 't') return succeeded(raw ?? '');
  const parsed = typeof raw !== 'string' && raw !== undefined;
  const text = parsed ? JSON.stringify(raw) : ((raw as string | undefined) ?? '');
  const contentType = () => maskText(headers.get('content-type'), redact);
  /** Ends the attempt with a `Kind` error, with the facts of a failed attempt (gathered only when it failed). */
  const rejected = (Kind: ErrorClass, message: string, extra?: Details): Outcome => {
    const details = {
      attempts: number,
      method: op.method,
      url: call.url(),
      status,
      requestId: info.requestId,
      retryAfterMs: parseRetryAfter(headers.get('retry-after')),
      contentType: contentType(),
      ...extra,
    };
    return failed(call, number, started, new Kind(message, details), info);
  };
  /** A failure about the body, with a redacted excerpt of it (built here only: redaction is costly). */
  const unusable = (Kind: ErrorClass, problem: string) =>
    rejected(Kind, `${http}: ${problem}`, { bodyExcerpt: excerpt(text, redact) });
  if (!text.trim()) return rejected(EmptyResponseError, `${http}: empty body`);
  let value: unknown = raw;
  if (!parsed) {
    try {
      value = JSON.parse(text);
    } catch {
      return /^\s*[[{"]/.test(text)
        ? unusable(MalformedJsonError, 'malformed JSON')
        : unusable(NonJsonResponseError, `not JSON (${contentType()})`);
    }
  }
  // With the spec's marker a number in its code field is an error whatever the status (LoginRadius's SDKs
  // check the body, not the status), and an error status needs one; without it only the status counts.
  const marker = call.apiError;
  const code = marker && isObject(value) ? value[marker.code] : undefined;
  const apiError = marker ? typeof code === 'number' : !ok;
  if (!apiError && !(ok && (kind !== 'o' || isObject(value)))) {
    return unusable(UnexpectedBodyError, ok ? 'not a JSON object' : `no ${marker?.code}`);
  }
  const issues = call
    .validateResponse?.(op.id, status, value)
    ?.map((issue) => redactDeep({ ...issue }, redact));
  if (issues?.length) {
    const list = issues.map((issue) => `${issue.path || '/'} ${issue.message}`).join('; ');
    return rejected(ResponseValidationError, `${http}: differs from the spec: ${bounded(list)}`, { issues });
  }
  if (!apiError) return succeeded(value);
  const body = redactDeep(value, redact, call.secretNames);
  return rejected(ApiResponseError, apiErrorMessage(marker, body, http), { ErrorCode: code, body });
}

/** `LoginRadius error 1067 (HTTP 403): Invalid OTP Code: …` as the spec's marker says; generic without one. */
function apiErrorMessage(marker: ApiErrorFacts | undefined, body: unknown, http: string): string {
  if (!marker) return `API error (${http})`;
  const fields = body as Loose;
  // The message quotes the body's own words, bounded; the whole body stays on the error.
  const about = bounded(
    marker.message
      .map((name) => fields[name])
      .filter(Boolean)
      .join(': '),
  );
  return `${marker.vendor} error ${fields[marker.code]} (${http})${about && `: ${about}`}`;
}
