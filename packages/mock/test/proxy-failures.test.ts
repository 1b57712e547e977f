// The proxy when the exchange goes wrong: an upstream that is down, slow or cuts its answer, an https upstream
// with a certificate made for the test, a request body over the limit, and a client that leaves mid-response.
// Each case answers (or cuts) the client as stated and leaves the proxy serving the next request.
import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { afterEach, describe, expect, it } from 'vitest';
import { type ProxyOptions, type ProxyServer, startProxy } from '../src/proxy/index.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function proxyTo(upstream: string, options: Partial<ProxyOptions> = {}): Promise<ProxyServer> {
  const proxy = await startProxy({ upstream, ...options });
  cleanups.push(() => proxy.close());
  return proxy;
}

const ok: RequestListener = (req, res) => {
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"AccountSid":"AC1","Sid":"SM1"}');
};
const RESEND = '/identity/v2/auth/login/2fa/sms/resend?apikey=k&secondfactorauthenticationtoken=t';

describe('upstream failures', () => {
  it('an unreachable upstream gets a vendor-shaped 502 that says the proxy answered', async () => {
    const closed = createHttpServer();
    const address = await listen(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const proxy = await proxyTo(`http://${address}`);
    const answer = await fetch(`${proxy.url}${RESEND}`);
    expect(answer.status).toBe(502);
    const body = (await answer.json()) as { ErrorCode: number; Description: string };
    expect(body).toMatchObject({ ErrorCode: 502, Message: 'Bad Gateway', IsProviderError: false });
    expect(body.Description).toMatch(/^lr-mfa-mock proxy answered, not the API: .*ECONNREFUSED/);
    expect(proxy.report().upstreamFailures).toBe(1);
    expect(proxy.drifted()).toBe(true);
  });

  it('a slow upstream times out into a 502, and the next request is served', async () => {
    let calls = 0;
    const address = await listen(
      createHttpServer((req, res) => {
        calls += 1;
        if (calls === 1) return; // never answers
        ok(req, res);
      }),
    );
    const proxy = await proxyTo(`http://${address}`, { timeoutMs: 200 });
    const slow = await fetch(`${proxy.url}${RESEND}`);
    expect(slow.status).toBe(502);
    expect(((await slow.json()) as { Description: string }).Description).toMatch(
      /did not answer within 200 ms/,
    );
    const next = await fetch(`${proxy.url}${RESEND}`);
    expect(next.status).toBe(200);
    expect(await next.json()).toEqual({ AccountSid: 'AC1', Sid: 'SM1' });
  });

  it('an upstream that cuts its answer cuts the client too', async () => {
    const address = await listen(
      createHttpServer((req, res) => {
        req.resume();
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"AccountSid":');
        setTimeout(() => res.destroy(), 20);
      }),
    );
    const proxy = await proxyTo(`http://${address}`);
    const answer = await fetch(`${proxy.url}${RESEND}`);
    await expect(answer.text()).rejects.toThrow();
    await expect.poll(() => proxy.report().upstreamFailures).toBe(1);
  });

  it('forwards to an https upstream whose certificate it is told to trust', async () => {
    const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notAfterDate: new Date(Date.now() + 86_400_000),
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
    });
    const address = await listen(createHttpsServer({ key: pems.private, cert: pems.cert }, ok));
    const untrusting = await proxyTo(`https://${address}`);
    const refused = await fetch(`${untrusting.url}${RESEND}`);
    expect(refused.status).toBe(502);
    expect(((await refused.json()) as { Description: string }).Description).toMatch(/could not be reached/);
    const trusting = await proxyTo(`https://${address}`, { ca: pems.cert });
    const answer = await fetch(`${trusting.url}${RESEND}`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ AccountSid: 'AC1', Sid: 'SM1' });
  });
});

describe('clients', () => {
  it('a request body over the limit is refused with 413 and never forwarded', async () => {
    let forwarded = 0;
    const address = await listen(
      createHttpServer((req, res) => {
        forwarded += 1;
        ok(req, res);
      }),
    );
    const proxy = await proxyTo(`http://${address}`, { maxBodyBytes: 1024 });
    const answer = await fetch(`${proxy.url}/identity/v2/auth/login/2fa/sms?apikey=k`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ otp: 'x'.repeat(4096) }),
    });
    expect(answer.status).toBe(413);
    expect(((await answer.json()) as { ErrorCode: number }).ErrorCode).toBe(413);
    expect(forwarded).toBe(0);
  });

  it('a client that leaves mid-response is counted, not checked, and the proxy keeps serving', async () => {
    const address = await listen(
      createHttpServer((req, res) => {
        req.resume();
        if (req.url?.includes('slow')) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"AccountSid":"AC1",');
          return; // the rest never comes
        }
        ok(req, res);
      }),
    );
    const proxy = await proxyTo(`http://${address}`);
    const abort = new AbortController();
    const answer = await fetch(`${proxy.url}${RESEND}&slow=1`, { signal: abort.signal });
    expect(answer.status).toBe(200);
    abort.abort();
    await expect.poll(() => proxy.report().abandoned).toBe(1);
    const next = await fetch(`${proxy.url}${RESEND}`);
    expect(next.status).toBe(200);
    await next.text();
    expect(proxy.report().items).toEqual([]);
  });
});
