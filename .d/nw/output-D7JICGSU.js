import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  CHECK_FORMATS,
  checkJson,
  checkSarif,
  formatCheck,
  formatCheckText
} from "./chunk-JPN5KD5T.js";
import "./chunk-ABCQLWDY.js";
import "./chunk-AKJVFXR4.js";
export {
  CHECK_FORMATS,
  checkJson,
  checkSarif,
  formatCheck,
  formatCheckText
};
