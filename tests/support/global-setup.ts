// Runs once before the test files: names the folder where this tree's shared builds are kept (see
// shared-builds.ts), keyed by the build's inputs, and removes the builds of trees that are gone.
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildInputsKey } from './build-inputs.js';
import { treeFingerprint } from './files.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CACHE = path.join(ROOT, 'node_modules/.cache/workshopkit-tests');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's shared builds. */
    sharedBuildsDir: string;
  }
}

/** The shared builds that differ from what they held when made: a test wrote into one, which none may. */
export function changedSharedBuilds(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir)
    .filter((name) => name.endsWith('.json') && fs.existsSync(path.join(dir, name.slice(0, -'.json'.length))))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((build) => treeFingerprint(path.join(dir, build)) !== fs.readFileSync(path.join(dir, `${build}.json`), 'utf8'));
}

export default function setup(project: TestProject): () => void {
  const key = buildInputsKey(ROOT);
  fs.mkdirSync(CACHE, { recursive: true });
  for (const entry of fs.readdirSync(CACHE)) {
    if (entry !== key) fs.rmSync(path.join(CACHE, entry), { recursive: true, force: true });
  }
  const dir = path.join(CACHE, key);
  project.provide('sharedBuildsDir', dir);
  return () => {
    const changed = changedSharedBuilds(dir);
    if (changed.length) {
      for (const build of changed) fs.rmSync(path.join(dir, build), { recursive: true, force: true });
      throw new Error(`a test changed these shared builds, which tests may only read: ${changed.join(', ')}`);
    }
  };
}
