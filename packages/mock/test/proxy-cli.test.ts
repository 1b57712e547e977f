// `lr-mfa-mock proxy` as a real process, built from src/cli.ts the way tsdown builds dist/cli.js (into a folder
// under node_modules, so the bin resolves @lr-mfa/client like an installed one): it forwards, writes the report
// on SIGTERM, and with --fail-on-drift exits 1 when the upstream disagreed with the spec, 0 when it did not.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBin, killAll, listening, packageDir, run as runBin } from './bin.js';

let outDir: string;
let cli: string;
let upstream: Server;
let upstreamUrl: string;
let accountSid: unknown = 'AC1';
const RESEND = '/identity/v2/auth/login/2fa/sms/resend?apikey=k&secondfactorauthenticationtoken=t';

beforeAll(async () => {
  outDir = await mkdtemp(join(packageDir, 'node_modules', '.proxy-cli-'));
  cli = await buildBin(outDir);
  upstream = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ AccountSid: accountSid, Sid: 'SM1' }));
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});

afterAll(async () => {
  killAll();
  await new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve()));
  await rm(outDir, { recursive: true, force: true });
});

function run(args: string[]) {
  const proxy = runBin(process.execPath, [cli, ...args]);
  const url = listening(proxy);
  url.catch(() => {}); // awaited by the tests that expect it to start; the others only check the exit
  return { ...proxy, url };
}

describe('lr-mfa-mock proxy', () => {
  it('refuses to start without --upstream, with the usage', async () => {
    const proxy = run(['proxy']);
    expect(await proxy.exited).toBe(2);
    expect(proxy.stderr()).toContain('--upstream is required');
  });

  it('exits 1 with --fail-on-drift after drift, having written the report', async () => {
    accountSid = 12; // a string field sent as a number
    const report = join(outDir, 'drift', 'report.json');
    const proxy = run([
      'proxy',
      '--upstream',
      upstreamUrl,
      '--port',
      '0',
      '--report',
      report,
      '--fail-on-drift',
    ]);
    const answer = await fetch(`${await proxy.url}${RESEND}`);
    expect(await answer.json()).toEqual({ AccountSid: 12, Sid: 'SM1' });
    proxy.child.kill('SIGTERM');
    expect(await proxy.exited).toBe(1);
    expect(proxy.stdout()).toContain('1 disagreement(s) in 1 exchange(s)');
    expect(proxy.stderr()).toMatch(/drift resendSmsOtp 200 \/AccountSid type: spec expects string/);
    const json = JSON.parse(await readFile(report, 'utf8')) as { items: { pointer: string }[] };
    expect(json.items.map((i) => i.pointer)).toEqual(['/AccountSid']);
    expect(await readFile(report.replace(/\.json$/, '.md'), 'utf8')).toContain('`/AccountSid`');
  });

  it('exits 0 with --fail-on-drift when every exchange matched the spec', async () => {
    accountSid = 'AC1';
    const proxy = run(['proxy', '--upstream', upstreamUrl, '--port', '0', '--fail-on-drift']);
    await (await fetch(`${await proxy.url}${RESEND}`)).text();
    proxy.child.kill('SIGTERM');
    expect(await proxy.exited).toBe(0);
    expect(proxy.stdout()).toContain('0 disagreement(s) in 1 exchange(s)');
  });
});
