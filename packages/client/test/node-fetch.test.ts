// The node:http transport behind the `node` export condition: a standard-enough `fetch` with keep-alive.
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { selfSignedCertificate } from '../../../scripts/lib/tls.mjs';
import { createClient } from '../src/index.js';
import { exchange, nodeFetch } from '../src/node-fetch.js';
import { closedPort, hang, json, raw, resetMidBody, startServer, type TestServer } from './server.js';

/** A self-signed certificate for 127.0.0.1 (the HTTPS tests skip where openssl is missing). */
function selfSigned(): { key: string; cert: string } | undefined {
  try {
    const { key, cert, dispose } = selfSignedCertificate();
    dispose();
    return { key, cert };
  } catch {
    return undefined;
  }
}
const tls = selfSigned();

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('nodeFetch', () => {
  test('reuses one keep-alive connection for sequential requests', async () => {
    server = await startServer(json(200, { ok: true }));
    for (let i = 0; i < 5; i++)
      expect(await (await nodeFetch(`${server.url}/x`)).json()).toEqual({ ok: true });
    expect(new Set(server.requests.map((r) => r.remotePort)).size).toBe(1);
  });

  test('returns a real Response with status, headers, url and a one-shot body', async () => {
    server = await startServer(raw(201, 'hello', { 'x-one': '1', 'set-cookie': 'a=1' }));
    const response = await nodeFetch(`${server.url}/path?q=1`);
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${server.url}/path?q=1`);
    expect(response.headers.get('x-one')).toBe('1');
    const copy = response.clone();
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe('hello');
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrowError(TypeError);
    expect(() => response.clone()).toThrowError(TypeError);
    expect(new TextDecoder().decode(await copy.arrayBuffer())).toBe('hello');
  });

  test('headers: a real Headers, filled on first use (get, iteration, copies, inspect)', async () => {
    server = await startServer((_req, res) => {
      res.setHeader('X-Request-Id', 'r-1');
      res.setHeader('X-Dup', ['1', '2']);
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.end('ok');
    });
    const headers = async () => (await nodeFetch(server?.url ?? '')).headers;
    const read = await headers();
    expect(read).toBeInstanceOf(Headers);
    // get reads the received list without filling it: same answers as a filled Headers.
    expect([read.get('x-request-id'), read.get('X-DUP'), read.get('set-cookie'), read.get('nope')]).toEqual([
      'r-1',
      '1, 2',
      'a=1, b=2',
      null,
    ]);
    expect(() => read.get('bad name')).toThrowError(TypeError);
    const iterated = await headers();
    expect(Object.fromEntries(iterated)['x-dup']).toBe('1, 2');
    expect((await headers()).getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(new Headers(await headers()).get('x-request-id')).toBe('r-1');
    expect(new Response(null, { headers: await headers() }).headers.get('x-dup')).toBe('1, 2');
    expect(inspect(await headers())).toContain('r-1');
    const changed = await headers();
    changed.set('x-request-id', 'mine');
    expect([changed.get('x-request-id'), changed.has('x-dup')]).toEqual(['mine', true]);
  });

  test('exchange under a base URL: the base is parsed once and joined exactly as a whole URL parses', async () => {
    server = await startServer(json(200, {}));
    const port = new URL(server.url).port;
    const send = async (url: string, base?: string) => {
      await exchange(url, { method: 'GET', headers: {}, body: '' }, base).text;
      return server?.requests.at(-1)?.url;
    };
    const rest = '/identity/v2/auth/login/2fa/sms?apikey=k%20y&x=1';
    for (const base of [
      server.url,
      `${server.url}/prefix`,
      `http://127.0.0.1:${port}/a/../prefix`,
      `http://127.0.0.1:${port}/sp ace`,
    ]) {
      expect(await send(base + rest, base), base).toBe(await send(base + rest));
    }
    expect(await send(`${server.url}/prefix${rest}`, `${server.url}/prefix`)).toBe(`/prefix${rest}`);
  });

  test('streams the buffered body through `body`, and has none for 204', async () => {
    server = await startServer(raw(200, 'streamed'), raw(204, ''));
    const response = await nodeFetch(server.url);
    expect(await new Response(response.body).text()).toBe('streamed');
    expect((await nodeFetch(server.url)).body).toBeNull();
  });

  test('decodes gzip bodies', async () => {
    const body = JSON.stringify({ text: 'x'.repeat(5000) });
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(body));
    });
    expect(await (await nodeFetch(server.url)).text()).toBe(body);
  });

  test('sends a Request (method, headers, body) as openapi-fetch passes it', async () => {
    server = await startServer(json(200, {}));
    const request = new Request(`${server.url}/r`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-a': 'b' },
      body: '{"otp":"1"}',
    });
    await nodeFetch(request);
    await nodeFetch(`${server.url}/s`, { method: 'POST', body: new URLSearchParams({ a: '1 2' }) });
    await nodeFetch(`${server.url}/t`, { method: 'POST', body: new TextEncoder().encode('bytes') });
    const [put, post, bytes] = server.requests;
    expect(put).toMatchObject({ method: 'PUT', path: '/r', body: '{"otp":"1"}' });
    expect(put?.headers).toMatchObject({
      'content-type': 'application/json',
      'x-a': 'b',
      'content-length': '11',
    });
    expect(post).toMatchObject({ method: 'POST', body: 'a=1+2' });
    expect(post?.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8');
    expect(bytes?.body).toBe('bytes');
  });

  test('returns redirects instead of following them', async () => {
    server = await startServer(raw(307, '', { location: '/elsewhere' }));
    const response = await nodeFetch(server.url, { method: 'PUT', body: '{}' });
    expect(response.status).toBe(307);
    expect(server.requests).toHaveLength(1);
  });

  test('aborts before sending, while waiting for headers, and while reading the body', async () => {
    server = await startServer(hang, (_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('partial');
    });
    const reason = new Error('stop');
    await expect(nodeFetch(server.url, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(server.requests).toHaveLength(0);

    const waiting = new AbortController();
    const pending = nodeFetch(server.url, { signal: waiting.signal });
    setTimeout(() => waiting.abort(reason), 30);
    await expect(pending).rejects.toBe(reason);

    const reading = new AbortController();
    const response = await nodeFetch(server.url, { signal: reading.signal });
    setTimeout(() => reading.abort(reason), 30);
    await expect(response.text()).rejects.toBe(reason);
  });

  test('a connection dropped mid-body rejects the body like fetch ("terminated")', async () => {
    server = await startServer(resetMidBody(200, '{"a":'));
    const response = await nodeFetch(server.url);
    await expect(response.text()).rejects.toThrowError('terminated');
  });

  test('network failures reject with TypeError("fetch failed") carrying the code; bad URLs are not echoed', async () => {
    const refused = await nodeFetch(`http://127.0.0.1:${await closedPort()}/x`).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(TypeError);
    expect(refused).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
    await expect(nodeFetch('not a url?apikey=secret-value')).rejects.toThrowError(/^Invalid URL$/);
    await expect(nodeFetch('ftp://127.0.0.1/')).rejects.toThrowError('unsupported protocol ftp:');
  });

  test.skipIf(!tls)('speaks HTTPS with keep-alive; an untrusted certificate is a NetworkError', async () => {
    const https = createServer({ key: tls?.key, cert: tls?.cert }, (req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ ErrorCode: 1067, Message: 'm', Description: 'd', port: req.socket.remotePort }),
        );
      });
    });
    await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(https.address() as AddressInfo).port}`;
    try {
      const client = createClient({ apiKey: 'k-123', baseUrl: url, fetch: nodeFetch, retry: false });
      const call = { secondFactorAuthenticationToken: 't-123', otp: '123456' };
      const untrusted = await client.verifySmsOtp(call);
      expect(untrusted.error).toMatchObject({ kind: 'network', reason: 'network' });
      expect(untrusted.error?.kind === 'network' && untrusted.error.code).toMatch(/SELF_SIGNED|CERT/);

      // Trust it the way a test may (Node reads this per TLS connection).
      const previous = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
      try {
        const first = await client.verifySmsOtp(call);
        const second = await client.verifySmsOtp(call);
        expect(first.error).toMatchObject({ kind: 'api', ErrorCode: 1067 });
        const port = (e: typeof first.error) =>
          e?.kind === 'api' ? (e.body as { port?: number }).port : undefined;
        expect(port(second.error)).toBe(port(first.error));
      } finally {
        if (previous === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
        else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previous;
      }
    } finally {
      https.closeAllConnections();
      await new Promise((resolve) => https.close(resolve));
    }
  });
});
