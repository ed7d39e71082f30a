import { defineConfig } from 'vitest/config';

// Files that replace a module with vi.mock need a module cache of their own; so does the preview server's
// test, which passes alone and fails after other files have run in the same worker (module state that a
// single preview process never shares with another). Every other file shares one cache.
const ISOLATED = ['tests/unit/errors/wrapped-errors.test.ts', 'tests/unit/serve/server.test.ts'];

export default defineConfig({
  test: {
    setupFiles: ['tests/support/formats.ts'],
    // Names the folder where builds that several files read are made once (tests/support/shared-builds.ts).
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two files at a time: much of a browser test is waiting (a page loading, a server's debounce, a PDF
    // printing), and the other file uses the core meanwhile. No test is timed, so sharing cores is safe.
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/**/*.test.ts'],
          exclude: ISOLATED,
          // One worker reads the code once for every file, instead of once per file (about a third of the
          // run's time on two cores). The tests leave no state behind them: each makes its own temporary
          // folders and closes its browser and servers, and the one that changes an environment variable
          // puts it back.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
