// The report's bounds and what it may show: request inputs checked with the mock's own checks, values shown only
// with showValues and only when short, word-like and not secret, distinct items capped, CORS preflights not
// taken for operations.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkResponse } from '../src/proxy/checks.js';
import { type ProxyServer, startProxy } from '../src/proxy/index.js';

const API_KEY = 'key-0f3a9c';
let extra: Record<string, unknown> = {};
const upstream = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ AccountSid: 'AC1', Sid: 'SM1', ...extra }));
});
let upstreamUrl: string;
const proxies: ProxyServer[] = [];

beforeAll(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const proxy of proxies) await proxy.close();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

async function proxyWith(
  options: {
    showValues?: boolean;
    maxEntries?: number;
    maxBodyBytes?: number;
    record?: string;
    log?: (line: string) => void;
  } = {},
) {
  const proxy = await startProxy({ upstream: upstreamUrl, ...options });
  proxies.push(proxy);
  return proxy;
}

const resend = (proxy: ProxyServer, query = `apikey=${API_KEY}&secondfactorauthenticationtoken=t-1`) =>
  fetch(`${proxy.url}/identity/v2/auth/login/2fa/sms/resend?${query}`).then((r) => r.text());

describe('the report', () => {
  it('names a request input that breaks its schema, without its value', async () => {
    extra = {};
    const proxy = await proxyWith();
    await resend(proxy, `apikey=${API_KEY}&isvoiceotp=maybe`);
    const items = proxy.report().items.filter((i) => i.kind === 'request-input');
    expect(items.map((i) => [i.pointer, i.seen])).toEqual([
      ['/query/isvoiceotp', { invalid: 1 }],
      ['/query/secondfactorauthenticationtoken', { missing: 1 }],
    ]);
    expect(items[0]?.at).toMatch(/^spec\/paths\/.+\.yaml:\d+$/);
    expect(JSON.stringify(proxy.report())).not.toContain('maybe');
  });

  it('shows short word-like values with showValues, never a secret name or a known secret', async () => {
    extra = { Status: 'queued', access_token: 'tok-9d81', Echo: API_KEY };
    const shown = await proxyWith({ showValues: true });
    await resend(shown);
    const value = (pointer: string) => shown.report().items.find((i) => i.pointer === pointer)?.values;
    expect(value('/Status')).toEqual(['queued']);
    expect(value('/access_token')).toBeUndefined();
    expect(value('/Echo')).toBeUndefined();
    const hidden = await proxyWith();
    await resend(hidden);
    expect(hidden.report().items.find((i) => i.pointer === '/Status')).not.toHaveProperty('values');
    expect(JSON.stringify(hidden.report())).not.toContain('queued');
  });

  it('one item for a value that fits no branch of an anyOf, naming every type the branches allow', () => {
    const body = { Profile: { IsProtected: 7 }, access_token: 'a', expires_in: 'e' };
    const { findings } = checkResponse(
      'verifySmsOtp',
      200,
      'application/json',
      JSON.stringify(body),
      1 << 20,
    );
    expect(findings.filter((f) => f.pointer === '/Profile/IsProtected')).toEqual([
      expect.objectContaining({ kind: 'type', expected: 'boolean | string', seen: 'integer' }),
    ]);
  });

  it('keeps at most maxEntries distinct items and counts the rest as dropped', async () => {
    extra = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`Extra${i}`, i]));
    const proxy = await proxyWith({ maxEntries: 10 });
    await resend(proxy);
    await resend(proxy);
    const report = proxy.report();
    expect(report.items).toHaveLength(10);
    expect(report.items.every((i) => i.count === 2)).toBe(true);
    expect(report.dropped).toBe(80);
  });

  it('forwards a body over the check limit whole and reports it unchecked', async () => {
    extra = { Padding: 'x'.repeat(4096) };
    const proxy = await proxyWith({ maxBodyBytes: 1024 });
    const body = await resend(proxy);
    expect(JSON.parse(body)).toMatchObject({ AccountSid: 'AC1', Padding: 'x'.repeat(4096) });
    expect(proxy.report().items).toEqual([
      expect.objectContaining({ kind: 'body-too-large', operation: 'resendSmsOtp', status: '200', count: 1 }),
    ]);
  });

  it('forwards a CORS preflight without reporting it as an operation', async () => {
    extra = {};
    const proxy = await proxyWith();
    const answer = await fetch(`${proxy.url}/identity/v2/auth/login/2fa/sms`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'PUT' },
    });
    expect(answer.status).toBe(200);
    await answer.text();
    expect(proxy.report()).toMatchObject({ exchanges: 1, items: [] });
  });

  it('masks a secret echoed in any encoding (lower-case hex, mixed, form, \\u) in the report, recordings and logs', async () => {
    const token = 'tok/en 9Z';
    const otp = '731928';
    // What the upstream echoes as member names: each secret in an encoding the proxy was never sent.
    const forms = [
      [...API_KEY].map((c) => `%${c.charCodeAt(0).toString(16)}`).join(''), // every character, lower-case hex
      'k%65y%2d0f3a9c', // some characters encoded
      'tok%2fen+9Z', // form-encoded
      [...otp].map((c) => `\\u00${c.charCodeAt(0).toString(16)}`).join(''), // JSON \u escapes
    ];
    extra = Object.fromEntries(forms.map((form) => [`Echo-${form}`, 1]));
    const dir = mkdtempSync(join(tmpdir(), 'proxy-mask-'));
    const logs: string[] = [];
    const proxy = await proxyWith({ record: dir, log: (line) => logs.push(line) });
    const query = `apikey=${API_KEY}&secondfactorauthenticationtoken=${encodeURIComponent(token)}`;
    const verify = await fetch(`${proxy.url}/identity/v2/auth/login/2fa/sms?${query}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      // The OTP sent JSON-escaped: the proxy learns the value it decodes to.
      body: `{"otp":"${[...otp].map((c) => `\\u00${c.charCodeAt(0).toString(16)}`).join('')}"}`,
    });
    await verify.text();
    // The proxy notes an exchange once its answer has been forwarded.
    await vi.waitFor(() =>
      expect(proxy.report().items.filter((i) => i.pointer === '/Echo-***')).toHaveLength(forms.length),
    );
    const written = [
      JSON.stringify(proxy.report()),
      ...readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8')),
      logs.join('\n'),
    ].join('\n');
    rmSync(dir, { recursive: true, force: true });
    expect(logs.filter((line) => line.includes('/Echo-***'))).toHaveLength(forms.length);
    expect(written).toContain('"Echo-***"');
    for (const secret of [API_KEY, token, otp, ...forms]) expect(written).not.toContain(secret);
  });
});
