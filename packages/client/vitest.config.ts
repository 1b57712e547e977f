import { defineProject } from 'vitest/config';

// Runtime tests talk to real loopback servers; type tests (*.test-d.ts) run through the compiler.
export default defineProject({
  test: {
    name: '@lr-mfa/client',
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 30_000,
  },
});
