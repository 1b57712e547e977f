import { defineConfig } from 'tsdown';

// Types-only package: the JS entries are empty modules so that both `import` and `require` resolve; the
// value is in the declarations. tsdown (not tsup) because it writes declaration maps: with `src/` in the
// tarball, a consumer's go-to-definition lands in the TypeScript source instead of the bundled .d.ts.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // .js / .d.ts for ESM and .cjs / .d.cts for CommonJS, the names package.json's exports point at.
  fixedExtension: false,
  // The sources are declarations only (openapi-typescript's output), so they are isolated by nature: oxc writes
  // their .d.ts without starting the TypeScript compiler, the same types in a fraction of the time (tsc stays the
  // type check, in `pnpm lint`).
  dts: { sourcemap: true, oxc: true },
  // Maps ship with their sources inlined, so stack traces and debuggers of consumers land in our TypeScript.
  sourcemap: true,
  clean: true,
});
