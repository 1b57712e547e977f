// How the client talks to its own Node transport without WHATWG objects. Node's fetch machinery (Request,
// Response, Headers, AbortController, listeners on signals) costs more per loopback call than the client
// itself, so when the client's fetch is the built-in Node transport and no middleware is registered, it
// calls the transport's `exchange` (found on that fetch under EXCHANGE) instead. No `node:` import here:
// the default entry imports this module.

/** What an attempt received: a `Response` from fetch, or the Node transport's raw reply. */
export interface Reply {
  status: number;
  statusText: string;
  readonly headers: Headers;
  text(): Promise<string>;
}

/** One request in flight: its reply, and how to end it early (timeout, caller abort). */
export interface Pending {
  reply: Promise<Reply>;
  /** Ends the request, rejecting whatever is pending (the reply or its body) with `reason`. */
  cancel(reason?: unknown): void;
}

/**
 * Sends one request. `headers` names are lower-case; the transport adds `content-length`. `base` is a
 * prefix of `url` the transport may parse once for every request under it.
 */
export type Exchange = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
  base?: string,
) => Pending;

/** Where the Node transport's `fetch` carries its `Exchange`. */
export const EXCHANGE: unique symbol = /* @__PURE__ */ Symbol.for('@lr-mfa/client exchange');
