// The Node transport, picked by the `node` export condition: a `fetch` on node:http/https with keep-alive
// pools. Node's own fetch (undici) spends most of a loopback call in WHATWG stream and object machinery;
// this one buffers the body with plain node streams and hands back a real `Response` (a subclass whose
// body methods read the buffer), so it is a drop-in `fetch` for the client, openapi-fetch and users.
// Differences from fetch: redirects are returned, not followed (the API does not redirect, and replaying
// an OTP to another location is not wanted); bodies are strings, bytes or URLSearchParams.
// Module objects, not named imports: `http.request` is looked up at call time, so request interceptors
// that patch it (msw/node, nock) see this transport's requests just as they see fetch's.
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

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

/** A Response whose body is already arriving into a buffer; the body methods read that buffer. */
class NodeResponse extends Response {
  readonly #bytes: Promise<Bytes>;
  readonly #url: string;
  #used = false;
  #stream: ReadableStream<Bytes> | null | undefined;

  constructor(bytes: Promise<Bytes>, init: ResponseInit, url: string) {
    super(null, init);
    this.#bytes = bytes;
    this.#url = url;
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
    const { status, statusText, headers } = this;
    return new NodeResponse(this.#bytes, { status, statusText, headers }, this.#url);
  }
}

function decoded(res: IncomingMessage): Readable {
  const encoding = res.headers['content-encoding']?.trim().toLowerCase();
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

/** Collects the body; rejects like fetch's body methods do when the connection drops or the call aborts. */
function collect(res: IncomingMessage, signal: AbortSignal | null | undefined): Promise<Bytes> {
  return new Promise<Bytes>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stream = decoded(res);
    const done = (error?: unknown) => {
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) resolve((chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)) as Bytes);
      else reject(error);
    };
    const onAbort = () => {
      res.destroy();
      done(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort);
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => done());
    stream.on('error', (cause) => done(new TypeError('terminated', { cause })));
    // A connection closed before the declared end of the body ends the stream without 'end'.
    res.on('close', () => {
      if (!res.complete)
        done(
          new TypeError('terminated', {
            cause: Object.assign(new Error('other side closed'), { code: 'ECONNRESET' }),
          }),
        );
    });
  });
}

type Body = string | ArrayBuffer | ArrayBufferView | URLSearchParams | null | undefined;

function plainHeaders(init: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init).forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

function send(url: string, init: RequestInit): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const { signal } = init;
    if (signal?.aborted) return reject(signal.reason);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      // The message must not echo the URL: it carries the API key.
      return reject(new TypeError('Invalid URL'));
    }
    const protocol = target.protocol;
    if (protocol !== 'http:' && protocol !== 'https:')
      return reject(new TypeError(`unsupported protocol ${protocol}`));
    const headers = plainHeaders(init.headers);
    let body = init.body as Body;
    if (body instanceof URLSearchParams) {
      headers['content-type'] ??= 'application/x-www-form-urlencoded;charset=UTF-8';
      body = body.toString();
    }
    if (body != null && typeof body !== 'string') {
      if (body instanceof ArrayBuffer) body = new Uint8Array(body);
      else if (ArrayBuffer.isView(body)) body = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
      else return reject(new TypeError('the node transport sends string, binary or URLSearchParams bodies'));
    }
    if (body != null)
      headers['content-length'] = String(
        typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength,
      );
    const request = (protocol === 'https:' ? https : http).request(target, {
      method: init.method ?? 'GET',
      headers,
      agent: agents[protocol],
    });
    const onAbort = () => {
      request.destroy();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    request.on('error', (cause) => {
      signal?.removeEventListener('abort', onAbort);
      reject(new TypeError('fetch failed', { cause }));
    });
    request.on('response', (res) => {
      signal?.removeEventListener('abort', onAbort);
      const bytes = collect(res, signal);
      // Unread bodies must not surface as unhandled rejections; readers still see the rejection.
      bytes.catch(() => {});
      const headers = new Headers();
      const raw = res.rawHeaders;
      for (let i = 0; i < raw.length; i += 2) {
        try {
          headers.append(raw[i] as string, raw[i + 1] as string);
        } catch {
          // A header value fetch would reject: skip it rather than fail the response.
        }
      }
      try {
        resolve(
          new NodeResponse(bytes, { status: res.statusCode, statusText: res.statusMessage, headers }, url),
        );
      } catch (cause) {
        res.destroy();
        reject(new TypeError('fetch failed', { cause }));
      }
    });
    request.end(body ?? undefined);
  });
}

/**
 * A `fetch` on node:http/https with keep-alive pools, for Node (and runtimes with node:http). Accepts a
 * URL or a `Request`; returns a standard `Response`. Redirects are returned, not followed.
 */
export async function nodeFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  if (typeof input === 'string' || input instanceof URL) return send(String(input), init ?? {});
  const hasBody = input.body !== null && !('body' in (init ?? {}));
  return send(input.url, {
    method: input.method,
    headers: input.headers,
    signal: input.signal,
    ...init,
    body: hasBody ? new Uint8Array(await input.arrayBuffer()) : init?.body,
  });
}
