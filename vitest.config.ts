import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // nodejieba's dictionary is process-global; forks keep test files from sharing it.
    pool: 'forks',
    testTimeout: 120000,
  },
});
