// Size: what each contender adds to an application bundle, measured the way an application bundles it: esbuild,
// minified ESM, for the browser (browser export conditions) and for Node (node export conditions; built-in
// modules stay external). The figure is the minified output and its gzip (level 9).
import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { clientDir, linkedScratch, manifest } from './lib/scratch.mjs';
import { fmt, table } from './lib/stats.mjs';

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

async function measure(entry, platform, resolveDir, source = entry.source) {
  try {
    const result = await build({
      stdin: {
        contents: typeof source === 'function' ? source(resolveDir) : source,
        resolveDir,
        sourcefile: `${entry.id}.mjs`,
        loader: 'js',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform,
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      legalComments: 'none',
      metafile: true,
    });
    const code = result.outputFiles[0].contents;
    return {
      minBytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
      inputs: largestInputs(Object.values(result.metafile.outputs)[0].inputs),
    };
  } catch (error) {
    // e.g. the vendor SDK for the browser: it needs node:https, which no browser bundle can provide.
    const first = error?.errors?.[0];
    return {
      error: first ? `${first.text}${first.location ? ` (${first.location.file})` : ''}` : String(error),
    };
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
    return { bundler: `esbuild ${(await import('esbuild')).version}, minify, ESM, es2022, gzip -9`, rows };
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
  return `Size (${result.bundler}); targets for the client default entry: ≤ 8 kB min, ≤ 3.5 kB min+gzip
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
