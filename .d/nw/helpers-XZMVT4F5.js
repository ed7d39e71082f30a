import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  applyExtends,
  esm_default,
  hideBin,
  lib_default
} from "./chunk-7Q67HFFZ.js";
import "./chunk-AKJVFXR4.js";

// node_modules/yargs/helpers/helpers.mjs
var applyExtends2 = (config, cwd, mergeExtends) => {
  return applyExtends(config, cwd, mergeExtends, esm_default);
};
export {
  lib_default as Parser,
  applyExtends2 as applyExtends,
  hideBin
};
