// The names of the themes there are: a folder listing of its own, so the command line's help can name
// them without loading the theme schema.
import fs from 'node:fs';
import path from 'node:path';
import { THEMES_DIR } from '../project-root.js';

export const THEME_FILE = 'theme.yaml';

export function availableThemes(): string[] {
  return fs
    .readdirSync(THEMES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(THEMES_DIR, e.name, THEME_FILE)))
    .map((e) => e.name)
    .sort();
}
