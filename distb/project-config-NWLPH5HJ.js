import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  DEFAULT_THEME,
  chooseLook,
  projectConfigSchema
} from "./chunk-USC72TR2.js";
import {
  CONFIG_FILE
} from "./chunk-A32NIKCA.js";
import "./chunk-TTZKFZ3Y.js";
import "./chunk-GZTRSJ35.js";
import "./chunk-QDXPYW47.js";
import "./chunk-BMQUALWR.js";
import "./chunk-L64JJ7UP.js";
import "./chunk-Q4R5K75Y.js";
import "./chunk-CXAGDF32.js";
import "./chunk-W7DUMURV.js";
import "./chunk-UYWGPB7R.js";
import "./chunk-4PKAJJXE.js";
export {
  CONFIG_FILE,
  DEFAULT_THEME,
  chooseLook,
  projectConfigSchema
};
