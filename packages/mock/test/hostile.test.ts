// Hostile and broken test input never gets a 5xx from the mock, never corrupts its state, and is answered the way a
// client can read: prototype-named security answers, clocks and lifetimes past any date, deeply nested profiles,
// oversized bodies from a peer in another process, and wrong OTPs sent with a spent second-factor token.
import { type ChildProcess, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { ENDPOINT, startLogin, verify, wrong } from './helpers.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

let server: MockServer;
const base = () => server.url;

beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server?.close());
beforeEach(() => server.control('POST', '/reset'));

/** A control request whose answer (any status) the test inspects. */
async function controlCall(method: string, path: string, body?: string) {
  const response = await fetch(`${base()}/__mock${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined ? { body } : {}),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const errorCode = async (response: Response) => ((await response.json()) as { ErrorCode: number }).ErrorCode;

describe('security answers named like Object.prototype members', () => {
  const apiKey = 'mock-api-key-security-question';

  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])(
    '%s is a wrong answer (1148), not a 500',
    async (name) => {
      const { token, otp } = await startLogin(base(), { apiKey, freshUser: true });
      for (let i = 0; i < 3; i++) await verify(base(), { apiKey, token, body: { otp: wrong(otp) } });
      // Raw JSON, so that `__proto__` arrives as a member name as a peer would send it.
      const hostile = await verify(base(), {
        apiKey,
        token,
        body: `{"otp":"${otp}","securityanswer":{"${name}":"x"}}`,
      });
      expect(hostile.status).toBe(403);
      expect(await errorCode(hostile)).toBe(1148);
      const answered = await verify(base(), {
        apiKey,
        token,
        body: { otp, securityanswer: { 'city-of-birth': 'Springfield' } },
      });
      expect(answered.status).toBe(200);
    },
  );
});

describe('the mock clock and lifetimes stay within dates', () => {
  it.each([
    ['advanceMs', '{"advanceMs":1e308}'],
    ['advanceSeconds', '{"advanceSeconds":1e300}'],
    ['set past year 9999', '{"set":"+275760-09-13T00:00:00.000Z"}'],
  ])('%s beyond any date answers 400 and leaves the clock working', async (_, body) => {
    const before = await controlCall('GET', '/clock');
    const refused = await controlCall('POST', '/clock', body);
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatch(/clock/);
    const after = await controlCall('GET', '/clock');
    expect(after.status).toBe(200);
    expect(Date.parse(after.json.now as string) - Date.parse(before.json.now as string)).toBeLessThan(60_000);
  });

  it('refuses lifetimes too long to date; the longest allowed work at the last moment of the clock', async () => {
    const huge = JSON.stringify({ apiKey: 'k-long', secondFactorTokenTtlSeconds: Number.MAX_SAFE_INTEGER });
    const refused = await controlCall('POST', '/tenants', huge);
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatch(/secondFactorTokenTtlSeconds/);

    const century = 100 * 365 * 24 * 3600;
    const tenant = {
      apiKey: 'k-long',
      lockout: { type: 'suspend', maxAttempts: 1, suspendSeconds: century },
      secondFactorTokenTtlSeconds: century,
      otpTtlSeconds: century,
      accessTokenTtlSeconds: century,
    };
    expect((await controlCall('POST', '/tenants', JSON.stringify(tenant))).status).toBe(201);
    expect((await controlCall('POST', '/clock', '{"set":"9999-12-31T23:59:59.999Z"}')).status).toBe(200);
    const first = await startLogin(base(), { apiKey: 'k-long', freshUser: true });
    const done = await verify(base(), { apiKey: 'k-long', token: first.token, body: { otp: first.otp } });
    expect(done.status).toBe(200);
    expect(((await done.json()) as { expires_in: string }).expires_in).toMatch(/^\+010099-/);
    const second = await startLogin(base(), { apiKey: 'k-long', freshUser: true });
    const locked = await verify(base(), {
      apiKey: 'k-long',
      token: second.token,
      body: { otp: wrong(second.otp) },
    });
    expect(await errorCode(locked)).toBe(1198);
  });
});

describe('deeply nested input', () => {
  const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

  it('a 5,000-deep profile is refused with 400; the users stay listable', async () => {
    const refused = await controlCall('POST', '/users', `{"profile":{"Deep":${nested(5000)}}}`);
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatch(/user\.profile nests deeper than \d+ levels/);
    expect((await controlCall('GET', '/users')).status).toBe(200);
    // A profile as deep as the limit allows is accepted and logs in.
    const added = await controlCall('POST', '/users', `{"profile":{"Deep":${nested(31)}}}`);
    expect(added.status).toBe(201);
    const { token, otp } = await startLogin(base(), { user: added.json.uid as string });
    expect((await verify(base(), { apiKey: 'mock-api-key', token, body: { otp } })).status).toBe(200);
  });

  it('a 5,000-deep member of a request body is no 5xx', async () => {
    const { token, otp } = await startLogin(base(), { freshUser: true });
    const response = await verify(base(), {
      apiKey: 'mock-api-key',
      token,
      body: `{"otp":"${otp}","extra":${nested(5000)}}`,
    });
    expect(response.status).toBeLessThan(500);
  });
});

describe('wrong OTPs sent with a spent second-factor token', () => {
  it('answer 1103, as Resend does, and count for nothing toward the next login', async () => {
    const apiKey = 'mock-api-key';
    const { secondFactorAuthenticationToken: token, uid } = server.mock.createSecondFactorToken({
      freshUser: true,
    });
    const { otp } = server.mock.readOtp(token);
    expect((await verify(base(), { apiKey, token, body: { otp } })).status).toBe(200);
    for (let i = 0; i < 4; i++) {
      const spent = await verify(base(), { apiKey, token, body: { otp: wrong(otp) } });
      expect(spent.status).toBe(403);
      expect(await errorCode(spent)).toBe(1103);
    }
    // The OTP that completed the login is still recognised as used.
    expect(await errorCode(await verify(base(), { apiKey, token, body: { otp } }))).toBe(1068);
    const next = await startLogin(base(), { user: uid });
    expect((await verify(base(), { apiKey, token: next.token, body: { otp: next.otp } })).status).toBe(200);
  });
});

describe('a body over the limit from a peer in another process', () => {
  let child: ChildProcess;
  let url: string;
  const path = `${ENDPOINT}?apikey=mock-api-key&secondfactorauthenticationtoken=t`;
  const fiveMegabytes = 5_000_000;

  beforeAll(async () => {
    // The CLI in its own process: in-process, the client's writes all land before the server reads, which hides
    // a reset that a real peer sees. tsx runs it in a child process of its own: both get a process group, so
    // that one kill stops them.
    child = spawn(
      join(packageDir, 'node_modules/.bin/tsx'),
      [join(packageDir, 'src/cli.ts'), '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        detached: true,
      },
    );
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (d) => {
        out += d;
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`the mock CLI exited with ${code}`)));
    });
  });
  afterAll(() => {
    if (child?.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  });

  /** Ten uploads one after another, each answered: the statuses, or the error each failed with. */
  async function tenTimes(upload: () => Promise<Response>): Promise<(number | string)[]> {
    const outcomes: (number | string)[] = [];
    for (let i = 0; i < 10; i++) {
      try {
        const response = await upload();
        const body = (await response.json()) as { ErrorCode: number };
        outcomes.push(
          response.status === body.ErrorCode ? response.status : `${response.status}/${body.ErrorCode}`,
        );
      } catch (error) {
        outcomes.push(String((error as Error & { cause?: { code?: string } }).cause?.code ?? error));
      }
    }
    return outcomes;
  }

  it('plain fetch with Content-Length gets its 413, 10 of 10', async () => {
    const body = 'x'.repeat(fiveMegabytes);
    const outcomes = await tenTimes(() =>
      fetch(`${url}${path}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body }),
    );
    expect(outcomes).toEqual(Array(10).fill(413));
  });

  it('chunked fetch uploads get their 413, 10 of 10', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x78);
    const outcomes = await tenTimes(() => {
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= fiveMegabytes) return controller.close();
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
      return fetch(`${url}${path}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
    });
    expect(outcomes).toEqual(Array(10).fill(413));
  });

  it('a node:http client that writes its whole body gets the 413 with Connection: close', async () => {
    const answer = await new Promise<{ status: number; connection: string | undefined }>(
      (resolve, reject) => {
        const req = httpRequest(`${url}${path}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
        });
        req.on('response', (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
        });
        req.on('error', reject);
        const block = Buffer.alloc(100_000, 0x78);
        for (let i = 0; i < fiveMegabytes / block.length; i++) req.write(block);
        req.end();
      },
    );
    expect(answer).toEqual({ status: 413, connection: 'close' });
  });
});
