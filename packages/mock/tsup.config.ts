import { rm } from 'node:fs/promises';
import { defineConfig } from 'tsup';

// Entries: `index` (engine + node:http server), `msw` (engine + MSW handlers, no node: imports, so it also
// bundles for browsers) and the `cli` bin (its shebang is kept and the file made executable by tsup).
// The engine has no module-level state, so the copy each entry carries is harmless.
export default defineConfig({
  entry: { index: 'src/index.ts', msw: 'src/msw.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', msw: 'src/msw.ts' } },
  clean: true,
  // Maps ship with their sources inlined, so stack traces and debuggers of consumers land in our TypeScript.
  sourcemap: true,
  treeshake: true,
  target: 'node18',
  external: ['msw', '@lr-mfa/types'],
  // The bin is ESM only (`bin` points at dist/cli.js); tsup builds every entry in both formats.
  onSuccess: () => rm('dist/cli.cjs', { force: true }),
});
