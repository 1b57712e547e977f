import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@lr-mfa/docs',
    include: ['test/**/*.test.ts'],
    // The build test runs redocly; the browser test starts chromium and the sample test runs tsc.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
