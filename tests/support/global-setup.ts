// Runs once before the test files: names the folder where this tree's shared builds are kept (see
// shared-builds.ts), keyed by the build's inputs, and removes the builds of trees that are gone.
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildInputsKey } from './build-inputs.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CACHE = path.join(ROOT, 'node_modules/.cache/workshopkit-tests');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's shared builds. */
    sharedBuildsDir: string;
  }
}

export default function setup(project: TestProject): void {
  const key = buildInputsKey(ROOT);
  fs.mkdirSync(CACHE, { recursive: true });
  for (const entry of fs.readdirSync(CACHE)) {
    if (entry !== key) fs.rmSync(path.join(CACHE, entry), { recursive: true, force: true });
  }
  project.provide('sharedBuildsDir', path.join(CACHE, key));
}
