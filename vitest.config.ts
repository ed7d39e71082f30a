import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/support/formats.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests share one machine's two cores; run files one after another to keep timings honest.
    fileParallelism: false,
  },
});
