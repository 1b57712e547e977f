import { defineConfig } from 'vitest/config';

// One root config, one project per package plus the spec and the pipeline scripts.
export default defineConfig({
  test: {
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
