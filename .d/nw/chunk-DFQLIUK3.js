import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  THEMES_DIR
} from "./chunk-AH7RKJCQ.js";

// src/theme/theme-names.ts
import fs from "node:fs";
import path from "node:path";
var THEME_FILE = "theme.yaml";
function availableThemes() {
  return fs.readdirSync(THEMES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory() && fs.existsSync(path.join(THEMES_DIR, e.name, THEME_FILE))).map((e) => e.name).sort();
}

export {
  THEME_FILE,
  availableThemes
};
