import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Names the folder where builds that several files read are made once (tests/support/shared-builds.ts).
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests share one machine's two cores; run files one after another to keep timings honest.
    fileParallelism: false,
    // One worker reads the code once for every file, instead of once per file (about a third of the run's time
    // on two cores). The tests leave no state behind them: each makes its own temporary folders and closes its
    // browser and servers, and the one that changes an environment variable puts it back.
    isolate: false,
  },
});
