import { defineProject } from 'vitest/config';

// Type tests (*.test-d.ts) run through the TypeScript compiler and count as tests.
export default defineProject({
  test: {
    name: '@lr-mfa/types',
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
