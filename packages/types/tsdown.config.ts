import { defineConfig } from 'tsdown';

// Types-only package: the JS entries are empty modules so that both `import` and `require` resolve; the
// value is in the declarations. tsdown (not tsup) because it writes declaration maps: with `src/` in the
// tarball, a consumer's go-to-definition lands in the TypeScript source instead of the bundled .d.ts.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // .js / .d.ts for ESM and .cjs / .d.cts for CommonJS, the names package.json's exports point at.
  fixedExtension: false,
  dts: { sourcemap: true },
  // Maps ship with their sources inlined, so stack traces and debuggers of consumers land in our TypeScript.
  sourcemap: true,
  clean: true,
});
