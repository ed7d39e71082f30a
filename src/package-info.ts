// The name and version written into every output and shown by `--version`: read from package.json, and
// kept apart from the pipeline so `workshopkit --version` loads nothing else.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './project-root.js';

export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export function generatorName(): string {
  return `workshopkit ${packageVersion()}`;
}
