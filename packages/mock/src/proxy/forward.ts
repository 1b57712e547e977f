// Forwarding one request to the upstream unchanged (method, path, query, headers but the hop-by-hop ones, body)
// over http or https, with a deadline for the whole exchange.
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';

/** Headers that belong to one connection, not to the message (RFC 9110 §7.6.1), never forwarded. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** The headers without hop-by-hop ones (and those the `Connection` header names). */
export function endToEnd(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase()),
  );
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || named.has(name)) continue;
    out[name] = value;
  }
  return out;
}

export interface Upstream {
  url: URL;
  agent: http.Agent;
  /** Sends one request; resolves with the response head, rejects on a network error or the deadline. */
  send(
    method: string,
    path: string,
    headers: IncomingHttpHeaders,
    body: string,
    signal: AbortSignal,
  ): Promise<IncomingMessage>;
}

export function createUpstream(target: string, ca: string | string[] | undefined): Upstream {
  const url = new URL(target);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`upstream must be an http:// or https:// URL, got ${url.protocol}`);
  const secure = url.protocol === 'https:';
  const agent = secure
    ? new https.Agent({ keepAlive: true, ...(ca !== undefined ? { ca } : {}) })
    : new http.Agent({ keepAlive: true });
  const base = url.pathname.replace(/\/+$/, '');
  return {
    url,
    agent,
    send(method, path, headers, body, signal) {
      return new Promise((resolve, reject) => {
        const request = (secure ? https : http).request({
          protocol: url.protocol,
          hostname: url.hostname,
          port: url.port || undefined,
          method,
          path: `${base}${path}`,
          headers: {
            ...endToEnd(headers),
            host: url.host,
            // The body was read as text: its length is re-counted, so a re-encoded byte cannot desync it.
            ...(headers['content-length'] !== undefined
              ? { 'content-length': String(Buffer.byteLength(body)) }
              : {}),
          },
          agent,
          signal,
        });
        request.once('response', resolve);
        // Every error, also one after the response began (an abort): rejecting twice is a no-op.
        request.on('error', reject);
        request.end(body.length > 0 ? body : undefined);
      });
    },
  };
}
