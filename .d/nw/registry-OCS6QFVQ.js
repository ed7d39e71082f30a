import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  allFormats,
  formatIdList,
  formatOf,
  parseFormatId,
  printFormats,
  printsAny,
  registerFormat,
  unregisterFormat
} from "./chunk-6YAK4YZW.js";
import "./chunk-HRRYUBNR.js";
import "./chunk-YIOUWWQO.js";
import "./chunk-T46MW2HU.js";
import "./chunk-ZA5X3MFD.js";
import "./chunk-NGYMUSKR.js";
import "./chunk-7LJGQP6V.js";
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
  allFormats,
  formatIdList,
  formatOf,
  parseFormatId,
  printFormats,
  printsAny,
  registerFormat,
  unregisterFormat
};
