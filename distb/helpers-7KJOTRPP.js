import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  applyExtends,
  esm_default,
  hideBin,
  lib_default
} from "./chunk-BPAAOIMY.js";
import "./chunk-4PKAJJXE.js";

// node_modules/yargs/helpers/helpers.mjs
var applyExtends2 = (config, cwd, mergeExtends) => {
  return applyExtends(config, cwd, mergeExtends, esm_default);
};
export {
  lib_default as Parser,
  applyExtends2 as applyExtends,
  hideBin
};
