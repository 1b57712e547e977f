import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@lr-mfa/mock',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The contract and CLI tests bundle the spec / build the bin first.
    hookTimeout: 120_000,
    testTimeout: 30_000,
  },
});
