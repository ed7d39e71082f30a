import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);

// src/project-root.ts
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function findRoot() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("workshopkit: cannot find the package root");
    dir = parent;
  }
  return dir;
}
var PROJECT_ROOT = findRoot();
var TEMPLATES_DIR = path.join(PROJECT_ROOT, "templates");
var THEMES_DIR = path.join(PROJECT_ROOT, "themes");

export {
  PROJECT_ROOT,
  TEMPLATES_DIR,
  THEMES_DIR
};
