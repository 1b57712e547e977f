import { defineConfig, type UserConfig } from 'tsdown';

const DECLARATION = /\.d\.[cm]?ts$/;

const shared: UserConfig = {
  entry: {
    index: 'src/index.ts',
    validate: 'src/validate.ts',
    raw: 'src/raw.ts',
    mask: 'src/mask.ts',
  },
  // .js / .d.ts for ESM and .cjs / .d.cts for CommonJS, the names package.json's exports point at.
  fixedExtension: false,
  // Declaration maps with `src/` in the tarball: a consumer's go-to-definition lands in our TypeScript.
  dts: { sourcemap: true },
  target: 'es2022',
  platform: 'neutral',
  // tsdown builds CommonJS for platform node; the client runs anywhere, in either format.
  inputOptions: { platform: 'neutral' },
  // Maps ship with their sources inlined, so stack traces and debuggers of consumers land in our TypeScript.
  sourcemap: true,
  // Build durations are not a finding: the report of slow plugins only buries real warnings in CI logs.
  checks: { pluginTimings: false },
};

export default defineConfig([
  // ESM keeps openapi-fetch external so consumers' bundlers share one copy with their own.
  { ...shared, format: 'esm' },
  // openapi-fetch is ESM-only: the CommonJS build carries it, so require() works on every Node >= 18.
  // Only its code: the .d.cts keep importing its types (a dependency), as the .d.ts do. Nothing else may be
  // bundled (the declaration build, which bundles nothing, logs the `onlyBundle` entry as unused).
  {
    ...shared,
    format: 'cjs',
    deps: {
      alwaysBundle: (id, importer) => id === 'openapi-fetch' && !DECLARATION.test(importer ?? ''),
      onlyBundle: ['openapi-fetch'],
    },
  },
]);
