// Size budget of @lr-mfa/client as a browser app pays for it: its default entry bundled by esbuild for the
// browser (minified, every dependency it imports included: openapi-fetch, which sends every request), then
// gzip-compressed with node:zlib.
//   node scripts/client-size.mjs        (after `pnpm build`)
// The target (≤ 5.5 kB min+gzip with one operation, openapi-fetch included; 1 kB = 1000 bytes, as size-limit
// counts) is printed beside the enforced budget, which is what the entry measures now plus at most 3%: growth
// fails, and the gap to the target stays visible. openapi-fetch alone is 6.6 kB minified, 2.6 kB min+gzip of it.
// The per-operation slope is measured by scripts/bench/calls/client-size.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { root, runStep, StepError } from './lib/step.mjs';

/** The target (min+gzip, openapi-fetch included); the minified figure has no target of its own. */
export const TARGET = { minified: undefined, gzip: 5500 };
/** Enforced: measured 19.43 kB / 8.02 kB (default entry with one operation, openapi-fetch included), rounded up. */
export const BUDGET = { minified: 19900, gzip: 8200 };
export const clientDir = join(root, 'packages/client');

/** The file a browser bundler picks for `import '@lr-mfa/client'` (conditions browser, import, default). */
export function browserEntry() {
  const manifest = JSON.parse(readFileSync(join(clientDir, 'package.json'), 'utf8'));
  const pick = (target) => {
    if (typeof target === 'string') return target;
    if (!target || typeof target !== 'object') return undefined;
    for (const condition of ['browser', 'import', 'default']) {
      const found = pick(target[condition]);
      if (found) return found;
    }
    return undefined;
  };
  const entry = pick(manifest.exports?.['.']);
  if (!entry) throw new StepError('@lr-mfa/client exports no browser/import entry for "."');
  return join(clientDir, entry);
}

/**
 * Bundles `code` (which imports the client by the absolute path of its entry) as esbuild does for a browser
 * app. Returns the minified and gzipped sizes and how many bytes each input contributed.
 */
export async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: clientDir, loader: 'ts', sourcefile: 'app.ts' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  const [meta] = Object.values(result.metafile.outputs);
  const inputs = Object.fromEntries(
    Object.entries(meta?.inputs ?? {}).map(([file, { bytesInOutput }]) => [file, bytesInOutput]),
  );
  return {
    minified: output.length,
    gzip: gzipSync(output, { level: 9 }).length,
    inputs,
    text: new TextDecoder().decode(output),
  };
}

/** The whole default entry: every export kept, as when an app uses all of it. */
export const measureDefaultEntry = () => bundle(`export * from ${JSON.stringify(browserEntry())};`);

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runStep('size of @lr-mfa/client (browser, minified, dependencies bundled)', async () => {
    const size = await measureDefaultEntry();
    for (const key of ['minified', 'gzip']) {
      const label = key === 'gzip' ? 'min+gzip' : key;
      console.log(
        `  ${label.padEnd(8)}  ${kB(size[key]).padStart(9)}  (budget ${kB(BUDGET[key])}${TARGET[key] ? `; target ${kB(TARGET[key])}` : ''})`,
      );
    }
    for (const [file, bytes] of Object.entries(size.inputs).sort((a, b) => b[1] - a[1])) {
      console.log(`    ${String(bytes).padStart(6)} B  ${file}`);
    }
    if (size.minified > BUDGET.minified || size.gzip > BUDGET.gzip)
      throw new StepError('@lr-mfa/client is over its size budget');
    return [];
  });
}
