// Size: what each contender adds to an application bundle, measured by size-limit (the project's one size
// measurer, which also enforces the budgets in the root package.json): its esbuild plugin bundles minified
// ESM for the browser (browser export conditions) and for Node (node export conditions; built-in modules stay
// external); the figures are the minified output and its gzip. No source map is written or counted.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
// @ts-expect-error the preset ships no type declarations; size-limit's API takes it as an untyped plugin list
import smallLib from '@size-limit/preset-small-lib';
import sizeLimit from 'size-limit';
import { clientDir, linkedScratch, manifest } from './lib/scratch.js';
import { fmt, table } from './lib/stats.js';
import { CLIENT_SIZE_TARGET } from './targets.js';

/**
 * A check in size-limit's resolved form (`files`, as its API takes it), which its esbuild plugin leaves with
 * the bundle's metafile; size-limit's types describe only the config-file form.
 */
interface SizeLimitCheck {
  files: string[];
  gzip: boolean;
  brotli: boolean;
  modifyEsbuildConfig: (config: object) => object;
  esbuildMetafile?: { outputs?: Record<string, { inputs?: Record<string, { bytesInOutput: number }> }> };
}

/** An esbuild error as size-limit rethrows it. */
interface EsbuildMessage {
  text: string;
  location?: { file: string } | null;
}

interface Entry {
  id: string;
  label: string;
  /** Package and the export subpath the entry needs (null: the package only has to be there). */
  requires: [string, string | null];
  source: string | ((dir: string) => string);
  /** The same code from the client's sources, for the per-file breakdown. */
  fromSources?: string;
}

export interface Measured {
  minBytes: number;
  gzipBytes: number;
  inputs: { origin: string; bytes: number }[];
  error?: undefined;
}
export type Measurement = Measured | { error: string };

export type Platform = 'browser' | 'node';

export interface SizeRow extends Record<Platform, Measurement> {
  id: string;
  label: string;
  browserBySource?: Measured['inputs'];
}

export interface SizeResult {
  bundler: string;
  rows: SizeRow[];
}

/** Bundles, by entry: the module source (all of a package's public exports, so nothing is tree-shaken away). */
export const ENTRIES: Entry[] = [
  {
    id: 'client',
    label: '@lr-mfa/client (default entry)',
    requires: ['@lr-mfa/client', '.'],
    source: "export * from '@lr-mfa/client';",
  },
  {
    id: 'client-createClient',
    label: '@lr-mfa/client, createClient only',
    requires: ['@lr-mfa/client', '.'],
    source: "export { createClient } from '@lr-mfa/client';",
    fromSources: "export { createClient } from './src/index.ts';",
  },
  {
    id: 'client-validate',
    label: '@lr-mfa/client/validate',
    requires: ['@lr-mfa/client', './validate'],
    source: "export * from '@lr-mfa/client/validate';",
  },
  {
    id: 'client+validate',
    label: '@lr-mfa/client + /validate together',
    requires: ['@lr-mfa/client', './validate'],
    source: "export * from '@lr-mfa/client';\nexport * from '@lr-mfa/client/validate';",
  },
  {
    id: 'openapi-fetch',
    label: 'bare openapi-fetch (createClient)',
    requires: ['openapi-fetch', '.'],
    source: "export { default } from 'openapi-fetch';",
  },
  {
    id: 'vendor-sdk',
    label: 'vendor SDK (loginradius-sdk)',
    requires: ['loginradius-sdk', null],
    // The SDK loads its API modules with require(path.join(__dirname, ...)), which no bundler can follow:
    // import every module it loads at start-up explicitly, or the bundle would miss almost all of its code.
    source: (dir) =>
      [
        "export { default } from 'loginradius-sdk';",
        ...sdkModules(join(dir, 'node_modules/loginradius-sdk')).map((m) => `import 'loginradius-sdk/${m}';`),
      ].join('\n'),
  },
];

/** Every module under the vendor SDK's sdk/ folder (all are required when the SDK is created). */
function sdkModules(pkg: string): string[] {
  return readdirSync(join(pkg, 'sdk'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => `sdk/${f.split(sep).join('/')}`)
    .sort();
}
export const PLATFORMS: readonly Platform[] = ['browser', 'node'];

/** One size-limit run of an entry file; returns its size and esbuild's metafile (for the breakdown). */
async function sizeOf(file: string, platform: Platform, gzip: boolean) {
  const check: SizeLimitCheck = {
    files: [file],
    gzip,
    brotli: false,
    modifyEsbuildConfig: (config) => ({
      ...config,
      platform,
      format: 'esm',
      target: 'es2022',
      legalComments: 'none',
      logLevel: 'silent',
    }),
  };
  const [result] = (await sizeLimit(smallLib, { checks: [check] })) as { size: number }[];
  return { size: result?.size ?? Number.NaN, metafile: check.esbuildMetafile };
}

async function measure(
  entry: Entry,
  platform: Platform,
  resolveDir: string,
  source: Entry['source'] = entry.source,
): Promise<Measurement> {
  // The entry sits in resolveDir itself: its imports resolve from there, as a file of that project would.
  const file = join(resolveDir, `.size-${entry.id}-${process.pid}.mjs`);
  try {
    writeFileSync(file, typeof source === 'function' ? source(resolveDir) : source);
    const minified = await sizeOf(file, platform, false);
    const gzipped = await sizeOf(file, platform, true);
    const [output] = Object.values(minified.metafile?.outputs ?? {});
    return { minBytes: minified.size, gzipBytes: gzipped.size, inputs: largestInputs(output?.inputs ?? {}) };
  } catch (error) {
    // e.g. the vendor SDK for the browser: it needs node:https, which no browser bundle can provide.
    const first = (error as { errors?: EsbuildMessage[] }).errors?.[0];
    return {
      error: first
        ? `${first.text}${first.location ? ` (${first.location.file})` : ''}`
        : String(error instanceof Error ? error.message : error),
    };
  } finally {
    rmSync(file, { force: true });
  }
}

/** Where the bytes come from: minified bytes per source file (package files grouped by package), largest first. */
function largestInputs(inputs: Record<string, { bytesInOutput: number }>): Measured['inputs'] {
  const byOrigin: Record<string, number> = {};
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    if (!bytesInOutput) continue;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(file)?.[1];
    const origin = pkg ?? file.replace(/^.*packages\/client\//, '');
    byOrigin[origin] = (byOrigin[origin] ?? 0) + bytesInOutput;
  }
  return Object.entries(byOrigin)
    .sort((a, b) => b[1] - a[1])
    .map(([origin, bytes]) => ({ origin, bytes }));
}

/** Whether `entry` can be bundled here: its package is linked and exports the needed subpath. */
function available(entry: Entry, scratchDir: string): true | string {
  const [name, subpath] = entry.requires;
  const dir = join(scratchDir, 'node_modules', name);
  if (!existsSync(join(dir, 'package.json'))) return `${name} is not installed`;
  if (subpath === null) return true;
  const { exports } = manifest(dir);
  const subpaths =
    exports && typeof exports === 'object' && Object.keys(exports).some((k) => k.startsWith('.'));
  if (subpaths ? !(subpath in (exports as object)) : subpath !== '.')
    return `${name} has no "${subpath}" export`;
  return true;
}

const sizeLimitVersion = () =>
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('size-limit/package.json'), 'utf8')).version;

export async function benchSize(): Promise<SizeResult> {
  const scratch = linkedScratch('size');
  try {
    const rows: SizeRow[] = [];
    for (const entry of ENTRIES) {
      const ok = available(entry, scratch.dir);
      const measureOn = (platform: Platform) =>
        ok === true ? measure(entry, platform, scratch.dir) : { error: ok };
      const row: SizeRow = {
        id: entry.id,
        label: entry.label,
        browser: await measureOn('browser'),
        node: await measureOn('node'),
      };
      // The published files are bundled chunks, so per-file attribution needs the same code from its sources.
      if (ok === true && entry.fromSources) {
        const fromSources = await measure(entry, 'browser', clientDir, entry.fromSources);
        if (fromSources.error === undefined) row.browserBySource = fromSources.inputs;
      }
      rows.push(row);
    }
    return { bundler: `size-limit ${sizeLimitVersion()} (esbuild), minify, ESM, es2022, gzip`, rows };
  } finally {
    scratch.dispose();
  }
}

const cell = (m: Measurement, key: 'minBytes' | 'gzipBytes') =>
  m.error !== undefined ? 'n/a' : fmt.kB(m[key]);

export function formatSize(result: SizeResult): string {
  const notes = result.rows.flatMap((r) =>
    PLATFORMS.flatMap((p) => {
      const { error } = r[p];
      return error === undefined ? [] : [`  n/a ${r.label} (${p}): ${error.split('\n')[0]}`];
    }),
  );
  const dedup = [...new Set(notes)];
  const breakdown = result.rows.flatMap((r) =>
    r.browserBySource === undefined
      ? []
      : `  ${r.label}, browser, by source file: ${r.browserBySource
          .slice(0, 6)
          .map((i) => `${i.origin} ${fmt.kB(i.bytes)}`)
          .join(', ')}`,
  );
  return `Size (${result.bundler}); target for the client default entry: ≤ ${fmt.kB(CLIENT_SIZE_TARGET.gzipBytes)} min+gzip
${table(
  ['bundle', 'browser min', 'browser min+gz', 'node min', 'node min+gz'],
  result.rows.map((r) => [
    r.label,
    cell(r.browser, 'minBytes'),
    cell(r.browser, 'gzipBytes'),
    cell(r.node, 'minBytes'),
    cell(r.node, 'gzipBytes'),
  ]),
  { align: ['left', 'right', 'right', 'right', 'right'] },
)}
${[...dedup, ...breakdown].join('\n')}
`;
}
