import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  entry: {
    index: 'src/index.ts',
    validate: 'src/validate.ts',
    raw: 'src/raw.ts',
  },
  dts: true,
  target: 'es2022',
  platform: 'neutral',
  // Maps ship with their sources inlined, so stack traces and debuggers of consumers land in our TypeScript.
  sourcemap: true,
};

export default defineConfig([
  // ESM keeps openapi-fetch external so consumers' bundlers share one copy with their own.
  { ...shared, format: 'esm', clean: true },
  // openapi-fetch is ESM-only: the CommonJS build carries it, so require() works on every Node >= 18.
  { ...shared, format: 'cjs', noExternal: ['openapi-fetch'] },
]);
