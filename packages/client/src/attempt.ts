// One attempt of a call: the request sent through openapi-fetch and its body read, bounded by the timeout,
// the caller's signal and the size limit; then its outcome, which never throws.
import { type Call, now, type Send } from './call.js';
import { classify, failed } from './classify.js';
import { type ClientError, LrMfaError } from './errors.js';
import type { Outcome } from './response.js';
import { type Cut, transportError } from './transport-error.js';

/**
 * Ends the attempt as too large once `size`, a count of body bytes, exceeds the limit: it aborts the attempt's
 * controller, whose signal fetch has, which errors the body and closes the connection.
 */
type Limit = (size: number) => void;

/**
 * `body` read whole, its bytes counted as they arrive. A reader loop, not a counting TransformStream: building
 * and piping one costs more than the rest of a call's own work (2.5× reading the body, on Node).
 */
async function readBody(body: ReadableStream<Uint8Array>, limit: Limit): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    try {
      limit(size);
    } catch (error) {
      // Past the limit the rest is never read: cancelled, so a fetch that ignores the abort signal still
      // lets go of the body.
      reader.cancel(error).catch(() => {});
      throw error;
    }
    chunks.push(value);
  }
  // One chunk (a small body usually is one) is the body itself: no copy.
  if (chunks.length === 1) return chunks[0] as Uint8Array<ArrayBuffer>;
  const whole = new Uint8Array(size);
  size = 0;
  for (const chunk of chunks) {
    whole.set(chunk, size);
    size += chunk.byteLength;
  }
  return whole;
}

/**
 * What openapi-fetch and middleware get of `head`. A `Content-Length` past the limit fails at once. openapi-fetch
 * reads an error's body itself and middleware may read any, so those get a copy read here within the limit; a
 * success with no middleware is passed on as it is: its body is read (bounded) from openapi-fetch's result.
 */
async function bounded(head: Response, limit: Limit, middleware?: boolean): Promise<Response> {
  const { body } = head;
  limit(Number(head.headers.get('content-length')));
  // A body-less status (204, 304) has a null body.
  if (!body || (head.ok && !middleware)) return head;
  // The head is the copy's init: its status, reason phrase and headers.
  const copy = new Response(await readBody(body, limit), head);
  // openapi-fetch and middleware see the response as fetch returned it, its URL included.
  Object.defineProperty(copy, 'url', { value: head.url });
  return copy;
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
  // Set at once: a promise's executor runs synchronously.
  let stop: (reason?: unknown) => void;
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
  const limit: Limit = (size) => {
    if (size > call.maxResponseBytes) {
      end('too_large');
      throw new Error('response too large');
    }
  };
  try {
    // openapi-fetch's own fetch option: the head is known once it arrives, for timeouts on the body. The
    // signal goes to fetch, not to openapi-fetch's Request: fetch copies the Request anyway, and each signal
    // a Request follows costs as much as the rest of it.
    const pending = call
      .send(op.method, op.path, {
        ...call.init,
        querySerializer: call.querySerializer,
        // A success's body comes back as a stream, read below.
        parseAs: 'stream',
        fetch: async (sending: Request) => {
          sent = true;
          head = await call.fetch(sending, { signal: controller.signal });
          return bounded(head, limit, call.middleware);
        },
      })
      .then(async (result) => {
        // Decoded as `Response.text()` decodes (UTF-8, a BOM dropped). No stream (no body, or an error's body,
        // which openapi-fetch read) reads as empty, as there; classify reads an error's from `result.error`.
        const body = result.data as ReadableStream<Uint8Array> | null | undefined;
        result.data = body ? new TextDecoder().decode(await readBody(body, limit)) : '';
        return result;
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
