import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  allFormats,
  formatIdList,
  formatOf,
  parseFormatId,
  printFormats,
  printsAny,
  registerFormat,
  unregisterFormat
} from "./chunk-GDJRLAI4.js";
import "./chunk-XSVGODZ6.js";
import "./chunk-TTZKFZ3Y.js";
import "./chunk-6QSE2MLG.js";
import "./chunk-27YKXC3P.js";
import "./chunk-UYR5KMNP.js";
import "./chunk-GZTRSJ35.js";
import "./chunk-QDXPYW47.js";
import "./chunk-BMQUALWR.js";
import "./chunk-L64JJ7UP.js";
import "./chunk-Q4R5K75Y.js";
import "./chunk-CXAGDF32.js";
import "./chunk-CXXQMAN5.js";
import "./chunk-W7DUMURV.js";
import "./chunk-UYWGPB7R.js";
import "./chunk-4PKAJJXE.js";
export {
  allFormats,
  formatIdList,
  formatOf,
  parseFormatId,
  printFormats,
  printsAny,
  registerFormat,
  unregisterFormat
};
