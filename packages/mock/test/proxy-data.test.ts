// The built proxy (dist/, ESM and CommonJS) reads its spec index, src/generated/proxy-data.json, at run time
// from beside dist/ as laid out in the tarball, so a spec edit that only moves lines reaches its report without
// a rebuild. Each build runs in a child process from a copy of dist/ whose index has every line moved.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageDir } from './bin.js';

const MOVED_BY = 1000;
const RESEND = '/identity/v2/auth/login/2fa/sms/resend?apikey=k&secondfactorauthenticationtoken=t';

/** Starts the built proxy, sends one drifting exchange through it and prints the report's items. */
const script = (load: string) => `
const { startProxy } = ${load};
const proxy = await startProxy({ upstream: process.argv[1] });
await (await fetch(proxy.url + ${JSON.stringify(RESEND)})).text();
console.log(JSON.stringify(proxy.report().items.map((i) => ({ pointer: i.pointer, at: i.at }))));
await proxy.close();
`;

let copy: string;
let upstream: Server;
let upstreamUrl: string;
const original = readFileSync(join(packageDir, 'src/generated/proxy-data.json'), 'utf8');

beforeAll(async () => {
  // Under node_modules, so the copy resolves @lr-mfa/client like an installed package does.
  copy = mkdtempSync(join(packageDir, 'node_modules', '.proxy-data-'));
  cpSync(join(packageDir, 'dist'), join(copy, 'dist'), { recursive: true });
  mkdirSync(join(copy, 'src/generated'), { recursive: true });
  const moved = original.replace(/(\.yaml:)(\d+)"/g, (_, at, line) => `${at}${Number(line) + MOVED_BY}"`);
  writeFileSync(join(copy, 'src/generated/proxy-data.json'), moved);
  upstream = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ AccountSid: 12, Sid: 'SM1' })); // a string field sent as a number
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve()));
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** The line the unmoved index gives the drifting field, plus MOVED_BY. */
function movedLine(): string {
  const data = JSON.parse(original) as {
    components: Record<string, { props?: Record<string, { at: string }> }>;
  };
  const at = Object.values(data.components).find((c) => c.props?.AccountSid)?.props?.AccountSid?.at ?? '';
  const [file, line] = at.split(':');
  return `${file}:${Number(line) + MOVED_BY}`;
}

describe.each([
  ['ESM', ['--input-type=module', '-e', script(`await import(${JSON.stringify('./dist/proxy.js')})`)]],
  [
    'CommonJS',
    [
      '--input-type=module',
      '-e',
      script(`(await import('node:module')).createRequire(process.cwd() + '/')('./dist/proxy.cjs')`),
    ],
  ],
])('the %s build', (_, args) => {
  it('reports the spec line of the index beside it, read at run time', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [...args, upstreamUrl], { cwd: copy });
    const items = JSON.parse(stdout) as { pointer: string; at: string }[];
    expect(items).toEqual([{ pointer: '/AccountSid', at: movedLine() }]);
    expect(movedLine()).toMatch(/^spec\/components\/schemas\/\w+\.yaml:\d{4}$/);
  });
});
