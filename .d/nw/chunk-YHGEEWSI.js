import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  PROJECT_ROOT
} from "./chunk-AH7RKJCQ.js";

// src/package-info.ts
import fs from "node:fs";
import path from "node:path";
function packageVersion() {
  return JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")).version;
}
function generatorName() {
  return `workshopkit ${packageVersion()}`;
}

export {
  packageVersion,
  generatorName
};
