import { defineConfig } from 'tsup';

// Types-only package: the JS entries are empty modules so that both `import` and `require`
// resolve; the value is in the .d.ts / .d.cts declarations.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // Maps ship with their sources inlined, so stack traces and debuggers of consumers land in our TypeScript.
  sourcemap: true,
  treeshake: true,
});
