// The lr-mfa-mock bin, built from src/cli.ts the way tsdown builds dist/cli.js, run as a real process.
import { access, constants, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBin, killAll, listening, packageDir, run as runBin } from './bin.js';
import { startLogin, verify } from './helpers.js';

let outDir: string;
let cli: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'lr-mfa-mock-cli-'));
  cli = await buildBin(outDir);
});

afterAll(async () => {
  killAll();
  await rm(outDir, { recursive: true, force: true });
});

// Executed directly, through its shebang, as npm's bin link would.
const run = (args: string[]) => runBin(cli, args);

describe('lr-mfa-mock', () => {
  it('is built with its shebang and is executable', async () => {
    expect((await readFile(cli, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
    await access(cli, constants.X_OK);
    const pkg = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ 'lr-mfa-mock': './dist/cli.js' });
  });

  it('--port 0 listens on a free port, prints its URL and how to get an OTP, and serves a login', async () => {
    const mock = run(['--port', '0']);
    const url = await listening(mock);
    expect(mock.stdout()).toContain(`${url}/__mock/second-factor-tokens`);
    expect(mock.stdout()).toContain('/otp');
    expect(mock.stdout()).toContain('mock-api-key');
    expect(mock.stdout()).toContain(`${url}/identity/v2/auth/login/2fa/sms?apikey=mock-api-key&`);
    const { token, otp } = await startLogin(url);
    expect((await verify(url, { apiKey: 'mock-api-key', token, body: { otp } })).status).toBe(200);
    mock.child.kill('SIGTERM');
    expect(await mock.exited).toBe(0);
  });

  it('--config loads tenants and users from a JSON file', async () => {
    const config = join(outDir, 'mock.json');
    await writeFile(
      config,
      JSON.stringify({
        tenants: [{ apiKey: 'team-key', name: 'team', lockout: { type: 'captcha', maxAttempts: 1 } }],
        users: [{ profile: { UserName: 'grace', PhoneId: '+44 20 7946 0000' } }],
      }),
    );
    const mock = run(['--port', '0', '--config', config]);
    const url = await listening(mock);
    expect(mock.stdout()).toContain('team-key (team)');
    const { token } = await startLogin(url, { user: 'grace' });
    const locked = await verify(url, { apiKey: 'team-key', token, body: { otp: 'nope' } });
    expect((await locked.json()).ErrorCode).toBe(1132);
    mock.child.kill('SIGINT');
    expect(await mock.exited).toBe(0);
  });

  it('--help prints the usage', async () => {
    const help = run(['--help']);
    expect(await help.exited).toBe(0);
    expect(help.stdout()).toMatch(/^Usage: lr-mfa-mock/);
  });

  it.each([
    [['--port', 'abc'], /--port must be/],
    [['--bogus'], /Unknown option/],
    [['--config', '/nonexistent/mock.json'], /cannot read --config/],
  ])('%j exits 2 with a message and the usage', async (args, message) => {
    const bad = run(args);
    expect(await bad.exited).toBe(2);
    expect(bad.stderr()).toMatch(message);
    expect(bad.stderr()).toContain('Usage:');
  });

  it('exits 2 when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const clash = run(['--port', String(port)]);
      expect(await clash.exited).toBe(2);
      expect(clash.stderr()).toContain(`port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
