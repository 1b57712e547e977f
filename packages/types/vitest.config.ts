import { defineProject } from 'vitest/config';

// Type tests (*.test-d.ts) run through the TypeScript compiler and count as tests.
export default defineProject({
  test: {
    name: '@lr-mfa/types',
    include: ['test/**/*.test.ts'],
    // The generator's test loads and bundles the whole spec.
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
