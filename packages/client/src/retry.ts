import type { ClientError } from './errors.js';

/**
 * When and how a call is tried again; `retry: false` turns retries off. Which failures are retried
 * defaults to the operation's rule in the spec (`x-lr-retry`): a call whose replay would repeat a side
 * effect (an OTP consumed, an SMS sent) states there exactly when a retry is safe. Every field given here
 * overrides it.
 */
export interface RetryOptions {
  /** Extra attempts after the first one. Default 2 (so at most 3 attempts). */
  retries?: number | undefined;
  /** Backoff ceiling before the first retry; it doubles each retry, with jitter. Default 200 ms. */
  minDelayMs?: number | undefined;
  /** Largest backoff ceiling. Default 5000 ms. A server's `Retry-After` may ask for more (see below). */
  maxDelayMs?: number | undefined;
  /** Statuses retried whatever the body says. Default: the operation's rule (Verify SMS OTP: 429, 502,
   * 503, 504). Never add 500 or 4xx API errors lightly: the OTP may already have been consumed. */
  statuses?: readonly number[] | undefined;
  /** Retry an attempt that timed out before its response started. Default: the operation's rule. Never
   * for an operation the spec marks not idempotent: the request may have been processed. */
  retryOnTimeout?: boolean | undefined;
  /** Retry a network failure before any response (refused, reset, DNS). Default: the operation's rule. For
   * an operation the spec marks not idempotent, only a failure that proves nothing was sent is retried. */
  retryOnNetworkError?: boolean | undefined;
  /** Longest `Retry-After` honoured. A longer one ends the retries and returns the error (with
   * `retryAfterMs`) for the caller to schedule. Default 30000 ms. */
  maxRetryAfterMs?: number | undefined;
  /** Replaces the default decision (retries are still bounded by `retries`; aborted calls and invalid
   * options are never retried). `attempt` is the number of the attempt that failed, from 1. */
  shouldRetry?: ((error: ClientError, attempt: number) => boolean) | undefined;
  /** How to wait between attempts; must resolve early when `signal` aborts. Default: an abortable
   * `setTimeout`. Override it to use a scheduler, or in tests to avoid real waiting. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

export interface RetryPolicy {
  retries: number;
  minDelayMs: number;
  maxDelayMs: number;
  statuses: readonly number[];
  retryOnTimeout: boolean;
  retryOnNetworkError: boolean;
  maxRetryAfterMs: number;
  /** From the operation's rule: false when a processed attempt must not be sent again. */
  idempotent: boolean;
  shouldRetry?: ((error: ClientError, attempt: number) => boolean) | undefined;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** An operation's retry rule as the generated table states it: [statuses, network, timeout, idempotent]. */
export type RetryRule = readonly [
  statuses: readonly number[],
  network: boolean,
  timeout: boolean,
  idempotent: boolean,
];

/** Abortable wait: resolves after `ms`, or as soon as `signal` aborts (the caller checks which). */
const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });

/** Options whose value is `undefined` are left out, so they do not replace a default. */
const defined = (options: RetryOptions | undefined): RetryOptions =>
  Object.fromEntries(Object.entries(options ?? {}).filter(([, value]) => value !== undefined));

/**
 * The policy of one call: timings, then the operation's rule, then the client's and the call's options; none
 * when the call's `retry` is `false`, or the client's is and the call's is not given (one attempt).
 */
export function retryPolicy(
  rule: RetryRule,
  client: RetryOptions | false | undefined,
  call: RetryOptions | false | undefined,
): RetryPolicy | undefined {
  if (call === false || (call === undefined && client === false)) return undefined;
  return Object.assign(
    {
      retries: 2,
      minDelayMs: 200,
      maxDelayMs: 5000,
      statuses: rule[0],
      retryOnNetworkError: rule[1],
      retryOnTimeout: rule[2],
      maxRetryAfterMs: 30_000,
      sleep,
    },
    defined(client || undefined),
    defined(call),
    // Last, so no option can declare a non-idempotent operation safe to replay.
    { idempotent: rule[3] },
  );
}

/**
 * The default decision: a response status in `statuses` (whatever its body: an HTML 502 from a proxy
 * counts), otherwise a network failure before any response when `retryOnNetworkError`, or a timeout
 * before any response when `retryOnTimeout`. A failure after a response started (status known) follows
 * its status, so a 200 whose body was cut is never replayed: the OTP was consumed. A failure whose outcome is
 * unknown (the request may have reached the server) is replayed only when the operation is idempotent.
 */
function isRetryable(error: ClientError, attempt: number, policy: RetryPolicy): boolean {
  if (error.kind === 'aborted' || error.kind === 'invalid_option') return false;
  if (policy.shouldRetry) return policy.shouldRetry(error, attempt);
  if (error.status !== undefined) return policy.statuses.includes(error.status);
  if (error.kind !== 'network' && error.kind !== 'timeout') return false;
  if (error.outcomeUnknown && !policy.idempotent) return false;
  return error.kind === 'network' ? policy.retryOnNetworkError : policy.retryOnTimeout;
}

/** Exponential backoff with "equal jitter": a delay in [ceiling/2, ceiling] for retry number `retry`. */
function backoff(retry: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/** `Retry-After` as milliseconds from now: delay-seconds or an HTTP date; undefined when absent or bad. */
export function parseRetryAfter(value: string | null): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/**
 * The wait before the next attempt when attempt `attempt` failed with `error`: the backoff, or the server's
 * `Retry-After` when longer; undefined when the call ends here.
 */
export function retryDelay(error: ClientError, attempt: number, policy: RetryPolicy): number | undefined {
  const retryAfter = error.retryAfterMs ?? 0;
  if (
    attempt > policy.retries ||
    retryAfter > policy.maxRetryAfterMs ||
    !isRetryable(error, attempt, policy)
  ) {
    return undefined;
  }
  return Math.max(backoff(attempt, policy), retryAfter);
}
