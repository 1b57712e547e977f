// What every Chromium run shares (the docs' browser tests and page-weight bench, the root's site e2e test):
// Debian's chromium for playwright-core, the flags it needs headless, and a read-only static server on 127.0.0.1.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

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
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
  /** Paths the server was asked for are pushed here. */
  served?: string[];
  /** The URL path the folder is served under, e.g. `/lr-mfa/` (a GitHub Pages project site); default `/`. */
  prefix?: string;
  /** As GitHub Pages does: a missing path under the prefix gets `<folder>/404.html` with status 404. */
  notFoundPage?: boolean;
}

/** The file a URL path names under `root` (a folder's URL names its index.html); undefined outside it. */
function fileFor(root: string, path: string): string | undefined {
  const file = normalize(join(root, path === '' || path.endsWith('/') ? `${path}index.html` : path));
  return file.startsWith(join(root, '/')) ? file : undefined;
}

/** Serves a folder read-only on 127.0.0.1 (a free port). */
export function serveFolder(root: string, options: ServeOptions = {}): Promise<Server> {
  const { served = [], prefix = '/', notFoundPage = false } = options;
  const read = (file: string | undefined) => (file ? readFile(file).catch(() => undefined) : undefined);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    served.push(path);
    if (!path.startsWith(prefix)) return void response.writeHead(404).end();
    const file = fileFor(root, path.slice(prefix.length));
    const type = file && TYPES[extname(file)];
    const body = type ? await read(file) : undefined;
    if (body) return void response.writeHead(200, { 'content-type': type }).end(body);
    const fallback = notFoundPage ? await read(join(root, '404.html')) : undefined;
    if (fallback) return void response.writeHead(404, { 'content-type': TYPES['.html'] }).end(fallback);
    response.writeHead(404).end();
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
