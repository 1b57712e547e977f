// Size: what each contender adds to an application bundle, measured by size-limit (the project's one size
// measurer, which also enforces the budgets in the root package.json): its esbuild plugin bundles minified
// ESM for the browser (browser export conditions) and for Node (node export conditions; built-in modules stay
// external); the figures are the minified output and its gzip. No source map is written or counted.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import smallLib from '@size-limit/preset-small-lib';
import sizeLimit from 'size-limit';
import { clientDir, linkedScratch, manifest } from './lib/scratch.js';
import { fmt, table } from './lib/stats.js';
import { CLIENT_SIZE_TARGET } from './targets.ts';

/** Bundles, by entry: the module source (all of a package's public exports, so nothing is tree-shaken away). */
export const ENTRIES = [
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
function sdkModules(pkg) {
  return readdirSync(join(pkg, 'sdk'), { recursive: true })
    .filter((f) => f.endsWith('.js'))
    .map((f) => `sdk/${f.split(sep).join('/')}`)
    .sort();
}
export const PLATFORMS = ['browser', 'node'];

/** One size-limit run of an entry file; returns its size and esbuild's metafile (for the breakdown). */
async function sizeOf(file, platform, gzip) {
  const check = {
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
  const [result] = await sizeLimit(smallLib, { checks: [check] });
  return { size: result.size, metafile: check.esbuildMetafile };
}

async function measure(entry, platform, resolveDir, source = entry.source) {
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
    const first = error?.errors?.[0];
    return {
      error: first
        ? `${first.text}${first.location ? ` (${first.location.file})` : ''}`
        : String(error?.message ?? error),
    };
  } finally {
    rmSync(file, { force: true });
  }
}

/** Where the bytes come from: minified bytes per source file (package files grouped by package), largest first. */
function largestInputs(inputs) {
  const byOrigin = {};
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
function available(entry, scratchDir) {
  const [name, subpath] = entry.requires;
  const dir = join(scratchDir, 'node_modules', name);
  if (!existsSync(join(dir, 'package.json'))) return `${name} is not installed`;
  if (subpath === null) return true;
  const { exports } = manifest(dir);
  const subpaths =
    exports && typeof exports === 'object' && Object.keys(exports).some((k) => k.startsWith('.'));
  if (subpaths ? !(subpath in exports) : subpath !== '.') return `${name} has no "${subpath}" export`;
  return true;
}

const sizeLimitVersion = () =>
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('size-limit/package.json'), 'utf8')).version;

export async function benchSize() {
  const scratch = linkedScratch('size');
  try {
    const rows = [];
    for (const entry of ENTRIES) {
      const ok = available(entry, scratch.dir);
      const row = { id: entry.id, label: entry.label };
      for (const platform of PLATFORMS) {
        row[platform] = ok === true ? await measure(entry, platform, scratch.dir) : { error: ok };
      }
      // The published files are bundled chunks, so per-file attribution needs the same code from its sources.
      if (ok === true && entry.fromSources) {
        const fromSources = await measure(entry, 'browser', clientDir, entry.fromSources);
        if (!fromSources.error) row.browserBySource = fromSources.inputs;
      }
      rows.push(row);
    }
    return { bundler: `size-limit ${sizeLimitVersion()} (esbuild), minify, ESM, es2022, gzip`, rows };
  } finally {
    scratch.dispose();
  }
}

const cell = (m, key) => (m.error ? 'n/a' : fmt.kB(m[key]));

export function formatSize(result) {
  const notes = result.rows.flatMap((r) =>
    PLATFORMS.filter((p) => r[p].error).map((p) => `  n/a ${r.label} (${p}): ${r[p].error.split('\n')[0]}`),
  );
  const dedup = [...new Set(notes)];
  const breakdown = result.rows
    .filter((r) => r.browserBySource)
    .map(
      (r) =>
        `  ${r.label}, browser, by source file: ${r.browserBySource
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
