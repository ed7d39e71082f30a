import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  CHECK_FORMATS,
  checkJson,
  checkSarif,
  formatCheck,
  formatCheckText
} from "./chunk-SF55FJCP.js";
import "./chunk-JXAMSG56.js";
import "./chunk-4PKAJJXE.js";
export {
  CHECK_FORMATS,
  checkJson,
  checkSarif,
  formatCheck,
  formatCheckText
};
