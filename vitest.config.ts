import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// One root config, one project per package plus the spec and the pipeline scripts. The split between the two
// test commands is by file name: `*.e2e.test.ts` (registry, Node matrix, remote cache, browser, sandbox
// pipelines) runs under `pnpm test:e2e` only; every package script passes `--exclude` for the fast run.
//
// Run through a package.json `test*` script (turbo runs them), results also land in
// `<package>/.artifacts/vitest-<script>.json`, which turbo caches and `.ci/run` sums into its closing line.
const script = process.env.npm_lifecycle_event;
const report = script?.startsWith('test')
  ? join(process.cwd(), '.artifacts', `vitest-${script.replace(/\W/g, '-')}.json`)
  : undefined;

export default defineConfig({
  test: {
    reporters: report ? ['default', 'json'] : ['default'],
    ...(report ? { outputFile: { json: report } } : {}),
    projects: [
      {
        test: {
          name: 'spec',
          include: ['spec/tests/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'scripts',
          include: ['scripts/tests/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      'packages/*',
    ],
  },
});
