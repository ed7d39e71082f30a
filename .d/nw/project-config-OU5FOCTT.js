import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  DEFAULT_THEME,
  chooseLook,
  projectConfigSchema
} from "./chunk-B7X7GBWM.js";
import {
  CONFIG_FILE
} from "./chunk-56ZYFSJB.js";
import "./chunk-YIOUWWQO.js";
import "./chunk-ABWMCXI7.js";
import "./chunk-DFQLIUK3.js";
import "./chunk-IAD3MKC4.js";
import "./chunk-ATT2L2IN.js";
import "./chunk-AH7RKJCQ.js";
import "./chunk-APUE7URT.js";
import "./chunk-IN3YCHNO.js";
import "./chunk-VJZFBD7F.js";
import "./chunk-AKJVFXR4.js";
export {
  CONFIG_FILE,
  DEFAULT_THEME,
  chooseLook,
  projectConfigSchema
};
