// One attempt of a call: the request sent through openapi-fetch and its body read, bounded by the timeout,
// the caller's signal and the size limit; then its outcome, which never throws.
import { type Call, now, type Send } from './call.js';
import { classify, failed } from './classify.js';
import { type ClientError, LrMfaError } from './errors.js';
import type { Outcome } from './response.js';
import { type Cut, transportError } from './transport-error.js';

/** Statuses whose response has no body by definition (a `Response` cannot be built with one). */
const NULL_BODY = [101, 204, 205, 304];

/**
 * `response` with its body bounded to `max` bytes: `tooBig` runs as soon as the `Content-Length` or the bytes
 * received exceed it (it aborts the attempt, which closes the connection), and reading the body then fails.
 */
function limitBody(response: Response, max: number, tooBig: () => void): Response {
  const { body, status, statusText, headers } = response;
  if (!body || max === Number.POSITIVE_INFINITY || NULL_BODY.includes(status)) return response;
  const length = headers.get('content-length');
  if (Number(length) > max) {
    tooBig();
    throw new Error('response too large');
  }
  // fetch delivers no more than a declared length of a body it does not decode: nothing left to count.
  if (length !== null && !headers.has('content-encoding')) return response;
  let received = 0;
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received <= max) return controller.enqueue(chunk);
        tooBig();
        controller.error(new Error('response too large'));
      },
    }),
  );
  const bounded = new Response(counted, { status, statusText, headers });
  // openapi-fetch and middleware see the response as fetch returned it, its URL included.
  Object.defineProperty(bounded, 'url', { value: response.url });
  return bounded;
}

/** What one exchange got: openapi-fetch's result, or the typed error of a failure before it. */
type Exchange = Awaited<ReturnType<Send>> | ClientError;

/** Sends one attempt and reads its body, bounded by the timeout, the caller's signal and the size limit. */
async function exchange(call: Call, number: number): Promise<Exchange> {
  const { op, signal, timeoutMs: ms } = call;
  // The attempt's own controller: the timeout, the size limit and the caller's signal abort it, headers and
  // body alike (which closes the connection).
  const controller = new AbortController();
  let cut: Cut;
  // Set once the request is handed to fetch: from then on it may reach the server.
  let sent = false;
  let head: Response | undefined;
  let stop: (reason?: unknown) => void = () => {};
  const stopped = new Promise<never>((_, reject) => {
    stop = reject;
  });
  const end = (why: Cut, reason?: unknown) => {
    cut ??= why;
    controller.abort(reason);
    stop();
  };
  const onAbort = () => end(undefined, signal?.reason);
  signal?.addEventListener('abort', onAbort);
  // Beyond setTimeout's range (about 24.8 days) there is no timer: that is "no timeout".
  const timer = ms < 2 ** 31 ? setTimeout(() => end('timeout'), ms) : undefined;
  try {
    const pending = call.send(op.method, op.path, {
      ...call.init,
      querySerializer: call.querySerializer,
      parseAs: 'text',
      // openapi-fetch's own fetch option: the head is known once it arrives, for timeouts on the body, and
      // its body is bounded before openapi-fetch reads it. The signal goes to fetch, not to openapi-fetch's
      // Request: fetch copies the Request anyway, and each signal a Request follows costs as much as the
      // rest of it.
      fetch: async (sending: Request) => {
        sent = true;
        head = await call.fetch(sending, { signal: controller.signal });
        return limitBody(head, call.maxResponseBytes, () => end('too_large'));
      },
    });
    // A fetch that ignores the signal must not keep the call waiting: the race ends it either way.
    pending.catch(() => {});
    return await Promise.race([pending, stopped]);
  } catch (error) {
    return transportError(call, number, error, cut, sent, head);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** One attempt, never throwing: the outcome, with the attempt's response when there was one. */
export async function attempt(call: Call, number: number): Promise<Outcome> {
  const started = now();
  call.log('request', number);
  const got = await exchange(call, number);
  return got instanceof LrMfaError
    ? failed(call, number, started, got)
    : classify(call, number, started, got);
}
