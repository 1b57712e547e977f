// What every Chromium run of the docs shares (the browser tests and the page-weight bench): Debian's chromium
// through playwright-core, the flags it needs headless, and a read-only static server for dist/ on 127.0.0.1.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { distDir } from './site.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';
/** Outside CI a machine without chromium skips the browser tests (with a message); in CI they must run. */
export const runBrowser = existsSync(CHROMIUM) || inCi;

/** What Debian's chromium needs headless (playwright adds --headless; the profile is a fresh temp folder). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.yaml': 'application/yaml',
};

/** Serves dist/ read-only on 127.0.0.1 (a free port); records each path asked for in `served`. */
export function serveDist(served: string[] = []): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    served.push(path);
    const file = path === '/' ? 'index.html' : path.slice(1);
    const type = TYPES[extname(file)];
    if (!/^[\w.-]+$/.test(file) || !type) return void response.writeHead(404).end();
    try {
      response.writeHead(200, { 'content-type': type }).end(await readFile(join(distDir, file)));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
