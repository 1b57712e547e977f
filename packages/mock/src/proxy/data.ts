// The proxy's generated index (response shapes, secret names, the spec file:line of every place) is JSON read
// at run time rather than compiled in: an edit of the spec that only moves lines rewrites it without a rebuild
// of the package (the build's turbo inputs leave it out). The proxy runs on Node only, so it can read a file.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProxyData } from './spec-shapes.js';

/**
 * Where the file is from this module: `src/proxy/` (sources, tests) reaches `src/generated/` one folder up;
 * `dist/` (the ESM and the CommonJS build alike; tsdown gives CommonJS an `import.meta.url`) two.
 */
const CANDIDATES = ['../generated/proxy-data.json', '../src/generated/proxy-data.json'];

function load(): ProxyData {
  for (const candidate of CANDIDATES) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return JSON.parse(readFileSync(url, 'utf8')) as ProxyData;
  }
  throw new Error(
    `@lr-mfa/mock: the proxy's spec index src/generated/proxy-data.json is missing near ${fileURLToPath(import.meta.url)}`,
  );
}

let loaded: ProxyData | undefined;

/** The index, read on first use: importing the proxy (as the CLI does) costs nothing until it checks traffic. */
export function proxyIndex(): ProxyData {
  loaded ??= load();
  return loaded;
}
