import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  formatDate,
  lookFor,
  organisationOf,
  outputLanguage,
  slideMetrics,
  templateContext
} from "./chunk-T46MW2HU.js";
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
  formatDate,
  lookFor,
  organisationOf,
  outputLanguage,
  slideMetrics,
  templateContext
};
