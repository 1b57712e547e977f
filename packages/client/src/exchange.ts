// How the client talks to its own Node transport without WHATWG objects. Node's fetch machinery (Request,
// Response, Headers, AbortController, listeners on signals) costs more per loopback call than the client
// itself, so when the client's fetch is the built-in Node transport and no middleware is registered, it
// calls the transport's `exchange` (found on that fetch under EXCHANGE) instead. No `node:` import here:
// the default entry imports this module.

/** The head of a response: a `Response` from fetch, or the Node transport's raw one. */
export interface Head {
  status: number;
  statusText: string;
  readonly headers: Headers;
}

/**
 * One request in flight. A single promise for the whole exchange (one await per attempt, not one for the
 * head and more for the body): `text` settles once the body has arrived or the request failed, and `head`
 * is set as soon as the response head arrives, so a failure while reading the body knows its status.
 */
export interface Pending {
  text: Promise<string>;
  head?: Head;
  /** Ends the request, rejecting `text` with `reason`. */
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
