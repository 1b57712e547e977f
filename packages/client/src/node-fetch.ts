// The Node transport, picked by the `node` export condition: requests on node:http/https with keep-alive
// pools. Node's own fetch (undici) spends most of a loopback call in WHATWG stream and object machinery.
// This one buffers the body with plain node streams and has two faces:
// - `exchange`, which the client calls directly (see ./exchange.ts): status, `Headers` and the body text
//   without a Response, one way to cancel (no AbortController, no listeners on signals);
// - `nodeFetch`, a drop-in `fetch` on top of it returning a real `Response` (a subclass whose body methods
//   read the buffer), for middleware, openapi-fetch (the raw client) and users.
// Differences from fetch: redirects are returned, not followed (the API does not redirect, and replaying
// an OTP to another location is not wanted); bodies are strings, bytes or URLSearchParams.
// Module objects, not named imports: `http.request` is looked up at call time, so request interceptors
// that patch it (msw/node, nock) see this transport's requests just as they see fetch's.
import http, { type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { EXCHANGE, type Exchange, type Head, type Pending } from './exchange.js';

/** Idle sockets close after this long, before servers' own idle timeouts make reuse race a close. */
const IDLE_MS = 4000;
/** Shared keep-alive pools; an idle pooled socket does not keep the process alive. */
const agents = {
  'http:': new http.Agent({ keepAlive: true, timeout: IDLE_MS }),
  'https:': new https.Agent({ keepAlive: true, timeout: IDLE_MS }),
};
const decoder = new TextDecoder();
/** Node's Buffers are views on (non-shared) ArrayBuffers, the type WHATWG bodies use. */
type Bytes = Uint8Array<ArrayBuffer>;
const NULL_BODY = [101, 204, 205, 304];

/** A header name `Headers.get` accepts (an HTTP token). */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * A real `Headers`, filled from the received list on first use: building one (validation, a sorted list)
 * costs a keep-alive request more than its own bookkeeping, and most callers never read the headers.
 * `get`, all the client needs, reads the list without filling it. A value fetch would reject is skipped.
 */
class RawHeaders extends Headers {
  #raw: readonly string[] | undefined;

  constructor(raw: readonly string[]) {
    super();
    this.#raw = raw;
  }

  #fill(): void {
    const raw = this.#raw;
    if (!raw) return;
    this.#raw = undefined;
    for (let i = 0; i < raw.length; i += 2) {
      try {
        super.append(raw[i] as string, raw[i + 1] as string);
      } catch {
        // Skip it rather than fail the response.
      }
    }
  }

  get(name: string): string | null {
    const raw = this.#raw;
    if (!raw || !TOKEN.test(name)) {
      this.#fill();
      return super.get(name);
    }
    // As Headers.get: case-insensitive, repeated values joined.
    const lower = name.toLowerCase();
    let value: string | null = null;
    for (let i = 0; i < raw.length; i += 2) {
      const key = raw[i] as string;
      if (key.length === lower.length && key.toLowerCase() === lower) {
        value = value === null ? (raw[i + 1] as string) : `${value}, ${raw[i + 1]}`;
      }
    }
    return value;
  }
  has(name: string): boolean {
    this.#fill();
    return super.has(name);
  }
  append(name: string, value: string): void {
    this.#fill();
    super.append(name, value);
  }
  set(name: string, value: string): void {
    this.#fill();
    super.set(name, value);
  }
  delete(name: string): void {
    this.#fill();
    super.delete(name);
  }
  getSetCookie(): string[] {
    this.#fill();
    return super.getSetCookie();
  }
  forEach(callback: (value: string, key: string, parent: Headers) => void, thisArg?: unknown): void {
    this.#fill();
    super.forEach(callback, thisArg);
  }
  entries(): HeadersIterator<[string, string]> {
    this.#fill();
    return super.entries();
  }
  keys(): HeadersIterator<string> {
    this.#fill();
    return super.keys();
  }
  values(): HeadersIterator<string> {
    this.#fill();
    return super.values();
  }
  [Symbol.iterator](): HeadersIterator<[string, string]> {
    return this.entries();
  }
  [Symbol.for('nodejs.util.inspect.custom')](...args: unknown[]): unknown {
    this.#fill();
    const inspect = (Headers.prototype as unknown as Record<symbol, (...a: unknown[]) => unknown>)[
      Symbol.for('nodejs.util.inspect.custom')
    ];
    return inspect ? inspect.apply(this, args) : this;
  }
}

/** A response head as received: status and raw headers, `Headers` made on first read. No Response. */
class RawHead implements Head {
  readonly status: number;
  readonly statusText: string;
  readonly raw: readonly string[];
  #headers: Headers | undefined;

  constructor(res: IncomingMessage) {
    this.status = res.statusCode ?? 0;
    this.statusText = res.statusMessage ?? '';
    this.raw = res.rawHeaders;
  }

  get headers(): Headers {
    this.#headers ??= new RawHeaders(this.raw);
    return this.#headers;
  }
}

/** A response header from the raw list (reading `res.headers` would build an object of all of them). */
function rawHeader(raw: readonly string[], name: string): string | undefined {
  for (let i = 0; i < raw.length; i += 2) if ((raw[i] as string).toLowerCase() === name) return raw[i + 1];
  return undefined;
}

function decoded(res: IncomingMessage): Readable {
  const encoding = rawHeader(res.rawHeaders, 'content-encoding')?.trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (!decoder) return res;
  res.on('error', (error) => decoder.destroy(error));
  return res.pipe(decoder);
}

/** Collects the body; fails like fetch's body methods do when the connection drops. */
function collect(res: IncomingMessage, resolve: (bytes: Bytes) => void, reject: (error: unknown) => void) {
  const chunks: Buffer[] = [];
  const stream = decoded(res);
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => resolve((chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)) as Bytes));
  stream.on('error', (cause) => reject(new TypeError('terminated', { cause })));
  // A connection closed before the declared end of the body ends the stream without 'end'.
  res.on('close', () => {
    if (!res.complete)
      reject(
        new TypeError('terminated', {
          cause: Object.assign(new Error('other side closed'), { code: 'ECONNRESET' }),
        }),
      );
  });
}

/** Where a request goes, as http.request takes it. */
interface Target {
  protocol: 'http:' | 'https:';
  hostname: string;
  port: string;
  path: string;
  auth?: string;
}

function parse(url: string): Target {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    // The message must not echo the URL: it carries the API key.
    throw new TypeError('Invalid URL');
  }
  const { protocol, hostname, port, pathname, search, username, password } = u;
  if (protocol !== 'http:' && protocol !== 'https:') throw new TypeError(`unsupported protocol ${protocol}`);
  return {
    protocol,
    // As http.request(url) would: no brackets around an IPv6 address, credentials as `auth`.
    hostname: hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
    port,
    path: pathname + search,
    auth:
      username || password ? `${decodeURIComponent(username)}:${decodeURIComponent(password)}` : undefined,
  };
}

/** The last base URL parsed, and its target when it can be reused (see `locate`). */
let cached: { base: string; target: Target | undefined } | undefined;

/**
 * Where `url` goes. `base`, when given, is a prefix of `url` followed by a normal path and query, as the
 * client builds them: the client sends every call under one base, and parsing a whole URL is a sizeable
 * part of a keep-alive request's own cost, so the base is parsed once. Only a base a URL prints unchanged
 * (no fragment, dot segment or character to escape) is reused: base + path then parses exactly as the
 * base's parts followed by that path.
 */
function locate(url: string, base?: string): Target {
  if (base !== undefined && url.startsWith(base)) {
    if (cached?.base !== base) {
      let target: Target | undefined;
      try {
        const { href } = new URL(base);
        if (!base.includes('#') && (href === base || href === `${base}/`)) target = parse(base);
      } catch {
        // Not reusable: parse(url) below reports it.
      }
      cached = { base, target };
    }
    const { target } = cached;
    if (target) return { ...target, path: (target.path === '/' ? '' : target.path) + url.slice(base.length) };
  }
  return parse(url);
}

/** What a request reports: its head when it arrives, then its whole body, or why it failed. */
interface Events {
  head(head: RawHead): void;
  body(bytes: Bytes): void;
  fail(error: unknown): void;
}

/**
 * Sends one request on the keep-alive pools and returns how to cancel it. Failures are reported as
 * fetch's: `TypeError('fetch failed')` with the runtime's error as `cause` before a response,
 * `TypeError('terminated')` for a body cut short; a cancel reports its reason. Exactly one of `body` and
 * `fail` is called, once.
 */
function send(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string | Uint8Array },
  base: string | undefined,
  events: Events,
): (reason?: unknown) => void {
  let request: ClientRequest | undefined;
  let res: IncomingMessage | undefined;
  let settled = false;
  const fail = (error: unknown) => {
    if (!settled) {
      settled = true;
      events.fail(error);
    }
  };
  try {
    const target = locate(url, base);
    const { body } = init;
    const headers =
      body === undefined
        ? init.headers
        : {
            ...init.headers,
            'content-length': String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength),
          };
    const { protocol, auth } = target;
    // The protocol follows from the agent; http.request only gets keys it needs to read.
    const options: RequestOptions = {
      hostname: target.hostname,
      port: target.port,
      path: target.path,
      method: init.method,
      headers,
      agent: agents[protocol],
    };
    if (auth !== undefined) options.auth = auth;
    request = (protocol === 'https:' ? https : http).request(options);
    // Before a response only: a failure after it reaches the body through 'close' ("terminated").
    request.on('error', (cause) => {
      if (!res) fail(new TypeError('fetch failed', { cause }));
    });
    request.on('response', (incoming: IncomingMessage) => {
      res = incoming;
      events.head(new RawHead(incoming));
      collect(
        incoming,
        (bytes) => {
          if (!settled) {
            settled = true;
            events.body(bytes);
          }
        },
        fail,
      );
    });
    request.end(body);
  } catch (error) {
    fail(error);
  }
  return (reason) => {
    if (settled) return;
    // Report first: the errors destroying the request emits find the exchange settled.
    fail(reason);
    if (res) res.destroy();
    else request?.destroy();
  };
}

/** The client's direct path (see ./exchange.ts): the body as text, no Response. */
export const exchange: Exchange = (url, init, base) => {
  const pending = {} as Pending;
  pending.text = new Promise<string>((resolve, reject) => {
    pending.cancel = send(url, init, base, {
      head: (head) => {
        pending.head = head;
      },
      body: (bytes) => resolve(decoder.decode(bytes)),
      fail: reject,
    });
  });
  return pending;
};

/** A Response over a raw head and its arriving body: the body methods read the buffer; `headers` is filled on first use. */
class NodeResponse extends Response {
  readonly #head: RawHead;
  readonly #bytes: Promise<Bytes>;
  readonly #url: string;
  #headers: Headers | undefined;
  #used = false;
  #stream: ReadableStream<Bytes> | null | undefined;

  constructor(head: RawHead, bytes: Promise<Bytes>, url: string) {
    super(null, { status: head.status, statusText: head.statusText });
    this.#head = head;
    this.#bytes = bytes;
    this.#url = url;
  }

  get headers(): Headers {
    this.#headers ??= new RawHeaders(this.#head.raw);
    return this.#headers;
  }
  get url(): string {
    return this.#url;
  }
  get bodyUsed(): boolean {
    return this.#used;
  }
  get body(): ReadableStream<Bytes> | null {
    if (this.#stream === undefined) {
      this.#stream = NULL_BODY.includes(this.status)
        ? null
        : new ReadableStream<Bytes>({
            pull: async (controller) => {
              const bytes = await this.#consume();
              if (bytes.byteLength) controller.enqueue(bytes);
              controller.close();
            },
          });
    }
    return this.#stream;
  }

  #consume(): Promise<Bytes> {
    if (this.#used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    this.#used = true;
    return this.#bytes;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.#consume();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
  async bytes(): Promise<Bytes> {
    return new Uint8Array(await this.#consume());
  }
  async blob(): Promise<Blob> {
    return new Blob([await this.bytes()], { type: this.headers.get('content-type') ?? '' });
  }
  async text(): Promise<string> {
    return decoder.decode(await this.#consume());
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
  async formData(): Promise<FormData> {
    throw new TypeError('formData() is not supported by the node transport');
  }
  clone(): Response {
    if (this.#used) throw new TypeError('Response.clone: Body has already been consumed.');
    return new NodeResponse(this.#head, this.#bytes, this.#url);
  }
}

type Body = string | ArrayBuffer | ArrayBufferView | URLSearchParams | null | undefined;

/**
 * A `fetch` on node:http/https with keep-alive pools, for Node (and runtimes with node:http). Accepts a
 * URL or a `Request`; returns a standard `Response`. Redirects are returned, not followed.
 */
export async function nodeFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const request = typeof input === 'string' || input instanceof URL ? undefined : input;
  const url = request ? request.url : String(input);
  const signal = 'signal' in init ? init.signal : request?.signal;
  if (signal?.aborted) throw signal.reason;
  const headers: Record<string, string> = {};
  new Headers('headers' in init ? init.headers : request?.headers).forEach((value, name) => {
    headers[name] = value;
  });
  const body = (
    'body' in init || !request?.body ? init.body : new Uint8Array(await request.arrayBuffer())
  ) as Body;
  let payload: string | Uint8Array | undefined;
  if (body instanceof URLSearchParams) {
    headers['content-type'] ??= 'application/x-www-form-urlencoded;charset=UTF-8';
    payload = body.toString();
  } else if (typeof body === 'string') payload = body;
  else if (body instanceof ArrayBuffer) payload = new Uint8Array(body);
  else if (ArrayBuffer.isView(body)) payload = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  else if (body != null)
    throw new TypeError('the node transport sends string, binary or URLSearchParams bodies');
  let cancel: (reason?: unknown) => void = () => {};
  let arrived: (bytes: Bytes) => void = () => {};
  let cut: (error: unknown) => void = () => {};
  const bytes = new Promise<Bytes>((resolve, reject) => {
    arrived = resolve;
    cut = reject;
  });
  // Unread bodies must not surface as unhandled rejections; readers still see the rejection.
  bytes.catch(() => {});
  const head = await new Promise<RawHead>((resolve, reject) => {
    const method = init.method ?? request?.method ?? 'GET';
    cancel = send(url, { method, headers, body: payload }, undefined, {
      head: resolve,
      body: arrived,
      fail: (error) => {
        reject(error);
        cut(error);
      },
    });
    if (signal) {
      // One listener for the whole exchange, removed once the body is in (or the request failed).
      const onAbort = () => cancel(signal.reason);
      const done = () => signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', onAbort);
      bytes.then(done, done);
    }
  });
  try {
    return new NodeResponse(head, bytes, url);
  } catch (cause) {
    // A status Response refuses (outside 200–599).
    cancel();
    throw new TypeError('fetch failed', { cause });
  }
}

// The client finds the transport's own API here (see ./exchange.ts).
Object.defineProperty(nodeFetch, EXCHANGE, { value: exchange });
