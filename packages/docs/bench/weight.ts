// Page weight of the built reference: bytes, gzip bytes, and the time to DOM-ready (DOMContentLoaded) and to a
// hydrated page in Debian's chromium (desktop viewport) under a phone-like budget: 4× CPU slowdown and a 4G network (Lighthouse's
// mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), served gzip-compressed from 127.0.0.1.
//
//   tsx bench/weight.ts [--page dist/index.html] [--runs 5] [--json]
//
// Prints a table (or, with --json, one JSON object for the repository's bench). Figures are reported, never
// judged: a test must not assert a duration.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_FLAGS } from '@lr-mfa/testkit/browser';
import { chromium } from 'playwright-core';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The throttling the figures are taken under (Chrome DevTools Protocol units: bytes/s, ms). */
export const PROFILE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
} as const;

/** Where the page's bytes go: raw and gzip bytes of each part. */
export interface PagePart {
  part: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageWeight {
  page: string;
  bytes: number;
  gzipBytes: number;
  parts: PagePart[];
  runs: number;
  /** Median over runs, milliseconds from navigation start. */
  domReadyMs: number;
  /** Median time to the first contentful paint (the prerendered reference, before any script ran). */
  firstPaintMs: number;
  /** Median time until Redoc has hydrated the page (its search box answers input). */
  hydratedMs: number;
  profile: typeof PROFILE;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Splits redocly's page into its parts: the renderer's script, its prerendered styles and markup, the API definition. */
export function pageParts(html: string): PagePart[] {
  const size = (part: string, text: string) => ({
    part,
    bytes: Buffer.byteLength(text),
    gzipBytes: gzipSync(text, { level: 9 }).length,
  });
  const script = html.indexOf('<script type="module">');
  const definition = html.indexOf('const __redoc_definition');
  const definitionEnd = html.indexOf('\n', definition);
  const styles = html.indexOf('<style data-styled');
  const stylesEnd = html.indexOf('</style>', styles);
  if ([script, definition, styles, stylesEnd].includes(-1)) return [];
  return [
    size('Redoc renderer (script)', html.slice(script, definition)),
    size('API definition (JSON)', html.slice(definition, definitionEnd)),
    size('prerendered styles', html.slice(styles, stylesEnd)),
    size(
      'prerendered markup and the rest',
      html.slice(0, styles) + html.slice(stylesEnd, script) + html.slice(definitionEnd),
    ),
  ];
}

/** Loads the page `runs` times, each in a fresh profile (nothing cached), and takes the medians. */
export async function measurePageWeight(
  page: string,
  { runs = 5, executablePath = CHROMIUM } = {},
): Promise<PageWeight> {
  const body = await readFile(page);
  const gzipped = gzipSync(body, { level: 9 });
  const server = createServer((request, response) => {
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      })
      .end(gzip ? gzipped : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const domReady: number[] = [];
  const firstPaint: number[] = [];
  const hydrated: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const profile = await mkdtemp(join(tmpdir(), 'lr-mfa-docs-weight-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath,
        headless: true,
        args: CHROMIUM_FLAGS,
        viewport: { width: 1440, height: 900 },
      });
      try {
        const tab = context.pages()[0] ?? (await context.newPage());
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: PROFILE.latencyMs,
          downloadThroughput: PROFILE.downloadBytesPerSecond,
          uploadThroughput: PROFILE.uploadBytesPerSecond,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
        await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
        // Hydrated: Redoc's React tree is live once its search trigger opens the search dialog.
        await tab.getByTestId('search-trigger').first().click({ timeout: 60_000 });
        await tab
          .getByPlaceholder(/search/i)
          .last()
          .waitFor({ timeout: 60_000 });
        const hydratedAt = await tab.evaluate(() => performance.now());
        const timing = await tab.evaluate(() => {
          const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          return {
            domReady: entry ? entry.domContentLoadedEventEnd : Number.NaN,
            firstPaint: paint?.startTime ?? Number.NaN,
          };
        });
        domReady.push(timing.domReady);
        firstPaint.push(timing.firstPaint);
        hydrated.push(hydratedAt);
      } finally {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
  }
  return {
    page,
    bytes: body.length,
    gzipBytes: gzipped.length,
    parts: pageParts(body.toString('utf8')),
    runs,
    domReadyMs: median(domReady),
    firstPaintMs: median(firstPaint),
    hydratedMs: median(hydrated),
    profile: PROFILE,
  };
}

export function formatPageWeight(weight: PageWeight): string {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    `API reference page weight (chromium, ${weight.profile.cpuSlowdown}× CPU slowdown, 4G: ${weight.profile.latencyMs} ms RTT, ` +
      `1.6 Mbit/s down, 750 kbit/s up; served gzip; median of ${weight.runs} cold loads)`,
    '',
    '| page | bytes | gzip bytes | first paint | DOM-ready | hydrated |',
    '|---|---:|---:|---:|---:|---:|',
    `| ${basename(weight.page)} | ${kB(weight.bytes)} | ${kB(weight.gzipBytes)} | ${s(weight.firstPaintMs)} | ${s(weight.domReadyMs)} | ${s(weight.hydratedMs)} |`,
    '',
    '| part | bytes | gzip bytes (alone) |',
    '|---|---:|---:|',
    ...weight.parts.map((p) => `| ${p.part} | ${kB(p.bytes)} | ${kB(p.gzipBytes)} |`),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      page: { type: 'string', default: join(packageDir, 'dist/index.html') },
      runs: { type: 'string', default: '5' },
      json: { type: 'boolean', default: false },
    },
  });
  const page = resolve(values.page);
  if (!existsSync(page)) {
    console.error(`${page} does not exist: build the docs first (pnpm build).`);
    process.exit(1);
  }
  const weight = await measurePageWeight(page, { runs: Number(values.runs) });
  console.log(values.json ? JSON.stringify(weight) : formatPageWeight(weight));
}
