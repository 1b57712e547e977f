import type { VerifySmsOtpError } from './errors.js';

/** When and how `verifySmsOtp` tries again. Every field is optional; `retry: false` turns retries off. */
export interface RetryOptions {
  /** Extra attempts after the first one. Default 2 (so at most 3 attempts). */
  retries?: number;
  /** Backoff ceiling before the first retry; it doubles each retry, with jitter. Default 200 ms. */
  minDelayMs?: number;
  /** Largest backoff ceiling. Default 5000 ms. A server's `Retry-After` may ask for more (see below). */
  maxDelayMs?: number;
  /** Statuses retried whatever the body says. Default `[429, 502, 503, 504]`; never add 500 or 4xx API
   * errors lightly: the OTP may already have been consumed. */
  statuses?: readonly number[];
  /** Also retry an attempt that timed out before the response started. Default false, for the same reason. */
  retryOnTimeout?: boolean;
  /** Longest `Retry-After` honoured. A longer one ends the retries and returns the error (with
   * `retryAfterMs`) for the caller to schedule. Default 30000 ms. */
  maxRetryAfterMs?: number;
  /** Replaces the default decision (retries are still bounded by `retries`; aborted calls and invalid
   * options are never retried). `attempt` is the number of the attempt that failed, from 1. */
  shouldRetry?: (error: VerifySmsOtpError, attempt: number) => boolean;
  /** How to wait between attempts; must resolve early when `signal` aborts. Default: an abortable
   * `setTimeout`. Override it to use a scheduler, or in tests to avoid real waiting. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export type RetryPolicy = Required<Omit<RetryOptions, 'shouldRetry'>> & Pick<RetryOptions, 'shouldRetry'>;

/** Abortable wait: resolves after `ms`, or as soon as `signal` aborts (the caller checks which). */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 2,
  minDelayMs: 200,
  maxDelayMs: 5000,
  statuses: [429, 502, 503, 504],
  retryOnTimeout: false,
  maxRetryAfterMs: 30_000,
  sleep,
};

/**
 * The default decision: a response status in `statuses` (whatever its body: an HTML 502 from a proxy
 * counts), otherwise a network failure before any response, or a timeout when `retryOnTimeout`.
 * A failure after a response started (status known) follows its status, so a 200 whose body was cut
 * is never replayed: the OTP was consumed.
 */
export function isRetryable(error: VerifySmsOtpError, attempt: number, policy: RetryPolicy): boolean {
  if (error.kind === 'aborted' || error.kind === 'invalid_option') return false;
  if (policy.shouldRetry) return policy.shouldRetry(error, attempt);
  if (error.status !== undefined) return policy.statuses.includes(error.status);
  return error.kind === 'network' || (error.kind === 'timeout' && policy.retryOnTimeout);
}

/** Exponential backoff with "equal jitter": a delay in [ceiling/2, ceiling] for retry number `retry`. */
export function backoff(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** `Retry-After` as milliseconds from now: delay-seconds or an HTTP date; undefined when absent or bad. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
