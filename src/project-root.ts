// Where the project's own templates, themes and modules are, whether run from src/ or from dist/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('workshopkit: cannot find the package root');
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot();
export const TEMPLATES_DIR = path.join(PROJECT_ROOT, 'templates');
export const THEMES_DIR = path.join(PROJECT_ROOT, 'themes');
