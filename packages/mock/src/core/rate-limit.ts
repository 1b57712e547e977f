// A fixed-window request counter per key, on whatever clock the caller reads (the mock's runs on its own).

/** At most `requests` per window of `windowSeconds`. */
export interface RateLimit {
  requests: number;
  windowSeconds: number;
}

export class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  /**
   * Counts one request for `key` at `now` (ms): undefined while within `limit`, else the seconds until its window
   * ends (at least 1), for a `Retry-After`.
   */
  take(key: string, limit: RateLimit, now: number): number | undefined {
    const windowMs = limit.windowSeconds * 1000;
    let window = this.windows.get(key);
    if (!window || now >= window.start + windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    if (window.count <= limit.requests) return undefined;
    return Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
  }

  /** Starts `key` over, e.g. when its limit changes. */
  forget(key: string): void {
    this.windows.delete(key);
  }

  clear(): void {
    this.windows.clear();
  }
}
