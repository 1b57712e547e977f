// The traffic-check proxy between real clients and a fake upstream that drifts the way the vendor's samples do:
// the mock behind a front that sends a strict boolean as "true", an integer as "12", an extra field, drops a
// required field, and answers a status the spec does not list on request. The client and the vendor SDK work
// through the proxy as they do directly; the report lists each drift once with its count and spec line; nothing
// the proxy writes or logs holds a secret that was sent or returned.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@lr-mfa/client';
import { validateResponse } from '@lr-mfa/client/validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { type DriftReportJson, type ProxyServer, REPORT_PATH, startProxy } from '../src/proxy/index.js';
import { wrong } from './helpers.js';
import { vendorSdkAt } from './vendor-sdk-front.js';

let mock: MockServer;
let upstream: Server;
let upstreamUrl: string;
let proxy: ProxyServer;
let dir: string;
const logs: string[] = [];
/** Every secret sent or returned, for the scan at the end. */
const secrets = new Set<string>(['mock-api-key']);

/** The drift the vendor's samples show, applied to a successful login's body. */
function drift(body: Record<string, unknown>): void {
  const profile = body.Profile as Record<string, unknown>;
  profile.EmailVerified = String(profile.EmailVerified ?? true); // boolean sent as "true"
  profile.NoOfLogins = String(profile.NoOfLogins ?? 12); // integer sent as "12"
  profile.FavouriteSport = 'Curling'; // a field the spec does not declare
  delete body.expires_in; // a required field missing
}

async function readAll(req: import('node:http').IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  mock = await startMockServer();
  upstream = createServer(async (req, res) => {
    const body = await readAll(req);
    const status = req.headers['x-test-status'];
    if (status) {
      res.writeHead(Number(status), { 'content-type': 'application/json' });
      return res.end('{"Message":"I am a teapot"}');
    }
    const answer = await fetch(`${mock.url}${req.url}`, {
      method: req.method ?? 'GET',
      headers: Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => ['content-type', 'x-mock-fault'].includes(k)),
      ) as Record<string, string>,
      ...(body ? { body } : {}),
    });
    let text = await answer.text();
    if (answer.status === 200 && text.includes('"access_token"')) {
      const json = JSON.parse(text) as Record<string, unknown>;
      drift(json);
      text = JSON.stringify(json);
    }
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
    res.end(text);
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'lr-mfa-proxy-'));
  proxy = await startProxy({
    upstream: upstreamUrl,
    report: join(dir, 'report.json'),
    record: join(dir, 'recorded'),
    log: (line) => logs.push(line),
  });
});

afterAll(async () => {
  await proxy?.close();
  await new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve()));
  await mock?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A login started on the mock, its token and OTP remembered as secrets. */
function login() {
  const started = mock.mock.createSecondFactorToken({ freshUser: true });
  const { otp } = mock.mock.readOtp(started.secondFactorAuthenticationToken);
  secrets.add(started.secondFactorAuthenticationToken);
  secrets.add(otp);
  return { ...started, otp };
}

function remember(data: { access_token?: string; refresh_token?: string | null } | undefined) {
  if (data?.access_token) secrets.add(data.access_token);
  if (data?.refresh_token) secrets.add(data.refresh_token);
}

describe('clients through the proxy', () => {
  it('@lr-mfa/client logs in and is refused a wrong OTP as it is directly', async () => {
    for (const baseUrl of [upstreamUrl, proxy.url]) {
      const client = createClient({ apiKey: 'mock-api-key', baseUrl });
      const { secondFactorAuthenticationToken, otp, uid } = login();
      const refused = await client.verifySmsOtp({ secondFactorAuthenticationToken, otp: wrong(otp) });
      expect(refused.error?.kind === 'api' && refused.error.ErrorCode).toBe(1067);
      const { data, error } = await client.verifySmsOtp({ secondFactorAuthenticationToken, otp });
      expect(error).toBeUndefined();
      remember(data);
      expect(data?.Profile.Uid).toBe(uid);
      expect(data?.Profile.EmailVerified).toBe('true'); // the drift reaches the client unchanged
    }
  });

  it('loginradius-sdk logs in, resends and is refused a wrong OTP through the proxy', async () => {
    const front = await vendorSdkAt(proxy.port);
    try {
      const { secondFactorAuthenticationToken, otp } = login();
      const api = front.sdk.multiFactorAuthenticationApi;
      const refused = await api
        .mfaValidateOTPByPhone({ otp: wrong(otp) }, secondFactorAuthenticationToken)
        .catch((error: { ErrorCode?: number }) => error.ErrorCode);
      expect(refused).toBe(1067);
      const sent = (await api.mfaResendOTP(secondFactorAuthenticationToken, null, null)) as { Sid: string };
      expect(sent.Sid).toMatch(/^SM/);
      const resent = mock.mock.readOtp(secondFactorAuthenticationToken).otp;
      secrets.add(resent);
      const result = await api.mfaValidateOTPByPhone({ otp: resent }, secondFactorAuthenticationToken);
      remember(result as { access_token?: string });
      expect(result.access_token).toBeTypeOf('string');
    } finally {
      await front.close();
    }
  });

  it('passes a 502 HTML page, an unlisted status and an unknown path through unchanged', async () => {
    const { secondFactorAuthenticationToken, otp } = login();
    const url = `${proxy.url}/identity/v2/auth/login/2fa/sms?apikey=mock-api-key&secondfactorauthenticationtoken=${secondFactorAuthenticationToken}`;
    const put = (headers: Record<string, string>) =>
      fetch(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ otp }),
      });
    const html = await put({ 'x-mock-fault': 'html-502' });
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(await html.text()).toMatch(/<html/i);
    const teapot = await put({ 'x-test-status': '418' });
    expect(teapot.status).toBe(418);
    expect(await teapot.json()).toEqual({ Message: 'I am a teapot' });
    const unknown = await fetch(
      `${proxy.url}/identity/v2/auth/unknown/${secondFactorAuthenticationToken}?apikey=mock-api-key`,
    );
    expect(unknown.status).toBe(404);
    await unknown.text();
  });
});

describe('the report', () => {
  let report: DriftReportJson;
  beforeAll(async () => {
    const answer = await fetch(`${proxy.url}${REPORT_PATH}`, { method: 'POST' });
    report = (await answer.json()) as DriftReportJson;
  });
  const item = (pointer: string, kind: string, status = '200') =>
    report.items.filter(
      (i) =>
        i.operation === 'verifySmsOtp' && i.status === status && i.pointer === pointer && i.kind === kind,
    );

  it('lists each drift once, with its count, the type seen and the spec line', () => {
    // Two logins through the proxy: one by the client, one by the vendor SDK.
    expect(item('/Profile/EmailVerified', 'type')).toEqual([
      expect.objectContaining({
        count: 2,
        expected: 'boolean | null',
        seen: { 'string (boolean-like)': 2 },
        at: expect.stringMatching(/^spec\/components\/schemas\/Profile\.yaml:\d+$/),
      }),
    ]);
    expect(item('/Profile/NoOfLogins', 'type')[0]).toMatchObject({
      count: 2,
      seen: { 'string (integer-like)': 2 },
    });
    expect(item('/Profile/FavouriteSport', 'undocumented-field')[0]).toMatchObject({
      count: 2,
      seen: { string: 2 },
    });
    expect(item('/expires_in', 'missing-required')[0]).toMatchObject({
      count: 2,
      at: expect.stringMatching(/MfaLoginResponse\.yaml:\d+$/),
    });
    expect(item('', 'undocumented-status', '502')[0]).toMatchObject({ count: 1, seen: { '502': 1 } });
    expect(item('', 'undocumented-status', '418')[0]).toMatchObject({ count: 1 });
    const unknown = report.items.filter((i) => i.kind === 'undocumented-operation');
    expect(unknown).toEqual([
      expect.objectContaining({
        operation: 'GET /identity/v2/auth/unknown/***',
        count: 1,
        at: expect.stringMatching(/^spec\/openapi\.yaml:\d+$/),
      }),
    ]);
  });

  it('records which type a widened field took', () => {
    const protectedField = report.observed.find((o) => o.pointer === '/Profile/IsProtected');
    expect(protectedField).toMatchObject({ allowed: 'boolean | string | null', seen: { boolean: 2 } });
  });

  it('writes the JSON and Markdown files, and serves the summary', async () => {
    expect(report.exchangesWithDrift).toBeGreaterThanOrEqual(5);
    const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as DriftReportJson;
    expect(json.items.length).toBe(report.items.length);
    const markdown = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(markdown).toContain('| verifySmsOtp | 200 | `/Profile/EmailVerified` | type | boolean \\| null |');
    expect(await (await fetch(`${proxy.url}${REPORT_PATH}.md`)).text()).toContain('# Traffic check');
  });

  it('recorded exchanges keep the drift, not the values', () => {
    const files = readdirSync(join(dir, 'recorded'));
    const success = files
      .map((f) => JSON.parse(readFileSync(join(dir, 'recorded', f), 'utf8')))
      .find((e) => e.status === 200 && e.operationId === 'verifySmsOtp');
    expect(success).toMatchObject({
      operationId: 'verifySmsOtp',
      name: expect.stringMatching(/^recorded-200-/),
    });
    expect(success.value.Profile).toMatchObject({
      EmailVerified: 'true',
      FavouriteSport: 'recorded',
      UserName: 'recorded',
    });
    expect(success.value.access_token).toBe('***');
  });

  it('the mock serves a recorded answer by name, and the client validation sees its drift', async () => {
    const examples = readdirSync(join(dir, 'recorded')).map((f) =>
      JSON.parse(readFileSync(join(dir, 'recorded', f), 'utf8')),
    );
    const recorded = examples.find((e) => e.status === 200 && e.operationId === 'verifySmsOtp');
    const replay = await startMockServer({ examples });
    try {
      const started = replay.mock.createSecondFactorToken();
      const { otp } = replay.mock.readOtp(started.secondFactorAuthenticationToken);
      const client = createClient({
        apiKey: 'mock-api-key',
        baseUrl: replay.url,
        headers: { prefer: `example=${recorded.name}` },
        validateResponse,
      });
      const { error } = await client.verifySmsOtp({
        secondFactorAuthenticationToken: started.secondFactorAuthenticationToken,
        otp,
      });
      expect(error?.kind).toBe('response_validation');
      const paths = error?.kind === 'response_validation' ? error.issues.map((i) => i.path) : [];
      expect(paths).toEqual(
        expect.arrayContaining(['/Profile/EmailVerified', '/Profile/NoOfLogins', '/expires_in']),
      );
    } finally {
      await replay.close();
    }
  });

  it('nothing written or logged holds a secret that was sent or returned', () => {
    expect(secrets.size).toBeGreaterThan(8);
    expect(logs.length).toBeGreaterThan(0);
    const written = [
      readFileSync(join(dir, 'report.json'), 'utf8'),
      readFileSync(join(dir, 'report.md'), 'utf8'),
      ...readdirSync(join(dir, 'recorded')).map((f) => readFileSync(join(dir, 'recorded', f), 'utf8')),
      logs.join('\n'),
    ].join('\n');
    for (const secret of secrets)
      expect(written.includes(secret), `a secret of ${secret.length} chars`).toBe(false);
  });
});
