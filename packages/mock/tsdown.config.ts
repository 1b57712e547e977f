import { defineConfig, type UserConfig } from 'tsdown';

// Entries: `index` (engine + node:http server), `msw` (engine + MSW handlers, no node: imports, so it also
// bundles for browsers), `proxy` (the traffic-check proxy, which loads the client's validators) and the `cli` bin, ESM only (`bin` points at dist/cli.js; tsdown keeps its shebang
// and makes it executable). msw and @lr-mfa/types stay external: tsdown never bundles dependencies or peers.
const shared: UserConfig = {
  // .js / .d.ts for ESM and .cjs / .d.cts for CommonJS, the names package.json's exports point at.
  fixedExtension: false,
  // Declaration maps with `src/` in the tarball: a consumer's go-to-definition lands in our TypeScript. The
  // bin has no types to offer. oxc writes them file by file from the sources' own annotations (exports are
  // annotated where inference would be needed), without tsc, so the build reads no other package's dist/
  // and needs not wait for the client's; `pnpm lint` type-checks.
  dts: { sourcemap: true, oxc: true, entry: ['src/index.ts', 'src/msw.ts', 'src/proxy/index.ts'] },
  // Maps ship with their sources inlined, so stack traces and debuggers of consumers land in our TypeScript.
  sourcemap: true,
  target: 'node18',
  platform: 'node',
  // Build durations are not a finding: the report of slow plugins only buries real warnings in CI logs.
  checks: { pluginTimings: false },
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', msw: 'src/msw.ts', proxy: 'src/proxy/index.ts', cli: 'src/cli.ts' },
    format: 'esm',
  },
  {
    ...shared,
    entry: { index: 'src/index.ts', msw: 'src/msw.ts', proxy: 'src/proxy/index.ts' },
    format: 'cjs',
  },
]);
