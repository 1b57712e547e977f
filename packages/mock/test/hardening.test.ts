// The control plane is closed to web pages, resources are bounded, and the clock follows fake timers.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createMock, type MockServer, startMockServer } from '../src/index.js';
import { startLogin, verify, wrong } from './helpers.js';

/** A raw request, so Host and Origin can be set as a browser or an attacker's page would send them. */
function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('control plane', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer();
  });
  afterAll(() => server?.close());

  it('refuses a foreign Origin and sends no CORS headers', async () => {
    const evil = await raw(server.port, {
      path: '/__mock/outbox',
      headers: { origin: 'https://evil.example' },
    });
    expect(evil.status).toBe(403);
    expect(evil.body).not.toContain('otp');
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const own = await raw(server.port, {
      path: '/__mock/outbox',
      headers: { origin: `http://127.0.0.1:${server.port}` },
    });
    expect(own.status).toBe(200);
    expect(own.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses preflights and form-style text/plain bodies', async () => {
    const preflight = await raw(server.port, {
      method: 'OPTIONS',
      path: '/__mock/faults',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const form = await raw(server.port, {
      method: 'POST',
      path: '/__mock/faults',
      headers: { 'content-type': 'text/plain' },
      body: '{"fault":"reset"}',
    });
    expect(form.status).toBe(415);
    expect(server.mock.faults()).toEqual([]);
  });

  it('checks Host against the bound address (DNS rebinding)', async () => {
    const rebound = await raw(server.port, {
      path: '/__mock/outbox',
      headers: { host: `evil.example:${server.port}` },
    });
    expect(rebound.status).toBe(403);
    const local = await raw(server.port, {
      path: '/__mock/outbox',
      headers: { host: `localhost:${server.port}` },
    });
    expect(local.status).toBe(200);
  });

  it('requires the control token when one is set; the server helper sends it', async () => {
    const guarded = await startMockServer({ controlToken: 'let-me-in' });
    try {
      expect((await fetch(`${guarded.url}/__mock/outbox`)).status).toBe(401);
      const wrongToken = await fetch(`${guarded.url}/__mock/outbox`, {
        headers: { 'x-mock-control-token': 'guess' },
      });
      expect(wrongToken.status).toBe(401);
      expect(await wrongToken.text()).not.toContain('let-me-in');
      const bearer = await fetch(`${guarded.url}/__mock/outbox`, {
        headers: { authorization: 'Bearer let-me-in' },
      });
      expect(bearer.status).toBe(200);
      const login = await guarded.control<{ secondFactorAuthenticationToken: string }>(
        'POST',
        '/second-factor-tokens',
        {},
      );
      expect(login.secondFactorAuthenticationToken).toMatch(/-/);
      // The API routes need no control token.
      expect((await fetch(`${guarded.url}/identity/v2/auth/login/2fa/sms`, { method: 'PUT' })).status).toBe(
        400,
      );
    } finally {
      await guarded.close();
    }
  });

  it("the API routes' CORS allows any origin and the headers the preflight asks for", async () => {
    const preflight = await raw(server.port, {
      method: 'OPTIONS',
      path: '/identity/v2/auth/login/2fa/sms',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type,traceparent',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-headers']).toBe('content-type,traceparent');
  });
});

describe('bounded resources', () => {
  it('evicts the oldest logins, outbox messages and webhook events past their caps', async () => {
    const mock = createMock({ limits: { pendingLogins: 3, outbox: 2, completedLogins: 2, webhooks: 2 } });
    const logins = Array.from({ length: 5 }, () => mock.createSecondFactorToken());
    expect(mock.outbox().map((m) => m.secondFactorAuthenticationToken)).toEqual(
      logins.slice(3).map((l) => l.secondFactorAuthenticationToken),
    );
    expect(() => mock.readOtp(logins[0]?.secondFactorAuthenticationToken as string)).toThrow(
      /no pending login/,
    );
    expect(mock.readOtp(logins[4]?.secondFactorAuthenticationToken as string).otp).toMatch(/^\d{6}$/);

    // Completed logins and their webhook events: three logins completed, the newest two kept.
    const done = createMock({ limits: { completedLogins: 2, webhooks: 2 } });
    const tokens: string[] = [];
    for (let i = 0; i < 3; i++) {
      const token = done.createSecondFactorToken({ freshUser: true }).secondFactorAuthenticationToken;
      const outcome = await done.handle({
        method: 'PUT',
        url: `/identity/v2/auth/login/2fa/sms?apikey=mock-api-key&secondfactorauthenticationtoken=${token}`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ otp: done.readOtp(token).otp }),
      });
      expect(outcome.type === 'response' && outcome.status).toBe(200);
      tokens.push(token);
    }
    expect(done.webhooks()).toHaveLength(2);
    expect(() => done.readOtp(tokens[0] as string)).toThrow(/no pending login/);
    expect(done.readOtp(tokens[2] as string).otp).toMatch(/^\d{6}$/);
  });

  it('prunes logins and messages once expired longer than the retention', () => {
    let wall = Date.parse('2026-01-01T00:00:00Z');
    const mock = createMock({ now: () => wall });
    const old = mock.createSecondFactorToken();
    wall += 900_000 + 15 * 60_000 + 1;
    mock.createSecondFactorToken();
    expect(() => mock.readOtp(old.secondFactorAuthenticationToken)).toThrow(/no pending login/);
    expect(mock.outbox()).toHaveLength(1);
  });

  it('rejects limits that are not positive integers', async () => {
    expect(() => createMock({ limits: { outbox: 0 } })).toThrow(/limits.outbox/);
    expect(() => createMock({ limits: { webhooks: 1.5 } })).toThrow(
      'limits.webhooks must be a positive integer',
    );
    expect(() => createMock({ limits: { bogus: 1 } as never })).toThrow('unknown limit "bogus"');
    await expect(startMockServer({ maxBodyBytes: -1 })).rejects.toThrow(
      /maxBodyBytes must be a positive integer/,
    );
  });

  describe('server', () => {
    let server: MockServer;
    beforeAll(async () => {
      server = await startMockServer({ maxBodyBytes: 1024, maxConnections: 4, headersTimeoutMs: 300 });
    });
    afterAll(() => server?.close());

    it('refuses a body over the limit with 413 in the vendor shape, from Content-Length or while reading', async () => {
      const declared = await verify(server.url, {
        apiKey: 'mock-api-key',
        token: 't',
        body: 'x'.repeat(2048),
      });
      expect(declared.status).toBe(413);
      expect((await declared.json()).ErrorCode).toBe(413);
      const chunked = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port: server.port,
            method: 'PUT',
            path: '/identity/v2/auth/login/2fa/sms?apikey=mock-api-key',
            headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        for (let i = 0; i < 4; i++) req.write('y'.repeat(512));
        req.end();
      });
      expect(chunked).toBe(413);
    });

    it('closes a connection whose headers never finish', async () => {
      const closed = await new Promise<string>((resolve) => {
        const socket = connect(server.port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n'));
        let data = '';
        socket.on('data', (d) => {
          data += d;
        });
        socket.on('close', () => resolve(data));
        socket.on('error', () => resolve(data));
      });
      expect(closed).toMatch(/^HTTP\/1\.1 408/);
    });

    it('caps connections', async () => {
      // A server of its own, with the default headers timeout: the shared one's 300 ms could free a slot (by
      // closing an idle socket) before the extra connection arrives on a loaded machine.
      const capped = await startMockServer({ maxConnections: 4 });
      onTestFinished(() => capped.close());
      const sockets = await Promise.all(
        Array.from(
          { length: 4 },
          () =>
            new Promise<ReturnType<typeof connect>>((resolve) => {
              const s = connect(capped.port, '127.0.0.1', () => resolve(s));
              s.on('error', () => {});
            }),
        ),
      );
      const refused = await new Promise<boolean>((resolve) => {
        const extra = connect(capped.port, '127.0.0.1');
        extra.on('close', () => resolve(true));
        extra.on('error', () => resolve(true));
        extra.on('data', () => resolve(false));
        extra.on('connect', () => extra.write('GET /__mock HTTP/1.1\r\nHost: x\r\n\r\n'));
      });
      expect(refused).toBe(true);
      for (const s of sockets) s.destroy();
    });
  });
});

describe('testing ergonomics', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('the mock clock follows fake timers', () => {
    const mock = createMock();
    vi.useFakeTimers({ now: new Date('2030-05-01T00:00:00Z') });
    expect(mock.now().toISOString()).toBe('2030-05-01T00:00:00.000Z');
    const login = mock.createSecondFactorToken();
    vi.advanceTimersByTime(900_000);
    expect(mock.now().toISOString()).toBe('2030-05-01T00:15:00.000Z');
    expect(login.expiresAt).toBe('2030-05-01T00:15:00.000Z');
  });

  it('a fresh user per login keeps lockouts from leaking between tests', async () => {
    const server = await startMockServer();
    try {
      const a = server.mock.createSecondFactorToken({ freshUser: true });
      const b = server.mock.createSecondFactorToken({ freshUser: true });
      expect(a.uid).not.toBe(b.uid);
      for (let i = 0; i < 3; i++) {
        const otp = server.mock.readOtp(a.secondFactorAuthenticationToken).otp;
        await verify(server.url, {
          apiKey: 'mock-api-key',
          token: a.secondFactorAuthenticationToken,
          body: { otp: wrong(otp) },
        });
      }
      const locked = await verify(server.url, {
        apiKey: 'mock-api-key',
        token: a.secondFactorAuthenticationToken,
        body: { otp: server.mock.readOtp(a.secondFactorAuthenticationToken).otp },
      });
      expect((await locked.json()).ErrorCode).toBe(1198);
      const other = await verify(server.url, {
        apiKey: 'mock-api-key',
        token: b.secondFactorAuthenticationToken,
        body: { otp: server.mock.readOtp(b.secondFactorAuthenticationToken).otp },
      });
      expect(other.status).toBe(200);
      const overHttp = await startLogin(server.url, { freshUser: true });
      expect(overHttp.otp).toMatch(/^\d{6}$/);
    } finally {
      await server.close();
    }
  });
});

describe('eviction never breaks a request', () => {
  it('a login whose fresh user was evicted answers 1103, not a 5xx', async () => {
    const mock = createMock({ limits: { addedUsers: 1 } });
    const first = mock.createSecondFactorToken({ freshUser: true });
    const { otp } = mock.readOtp(first.secondFactorAuthenticationToken);
    mock.createSecondFactorToken({ freshUser: true }); // evicts the first login's user
    const outcome = await mock.handle({
      method: 'PUT',
      url: `/identity/v2/auth/login/2fa/sms?apikey=mock-api-key&secondfactorauthenticationtoken=${first.secondFactorAuthenticationToken}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ otp }),
    });
    expect(outcome.type === 'response' && JSON.parse(outcome.body).ErrorCode).toBe(1103);
    // Resend SMS OTP reads the same login the same way: no new OTP for a user who is gone.
    const resend = await mock.handle({
      method: 'GET',
      url: `/identity/v2/auth/login/2fa/sms/resend?apikey=mock-api-key&secondfactorauthenticationtoken=${first.secondFactorAuthenticationToken}`,
      headers: {},
    });
    expect(resend.type === 'response' && JSON.parse(resend.body).ErrorCode).toBe(1103);
  });
});

describe('control request bodies', () => {
  it('refuses a body that is not a JSON object with a 400 naming the rule', async () => {
    const mock = createMock();
    for (const body of ['[1]', 'null', '"x"', '{']) {
      const outcome = await mock.handle({
        method: 'POST',
        url: '/__mock/faults',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(outcome.type === 'response' && outcome.status).toBe(400);
      expect(outcome.type === 'response' && JSON.parse(outcome.body)).toEqual({
        error: 'the control API takes a JSON object body',
      });
    }
  });
});
