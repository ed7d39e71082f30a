import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  RULES
} from "./chunk-XESYWITN.js";
import "./chunk-APUE7URT.js";
import "./chunk-VJZFBD7F.js";
import "./chunk-AKJVFXR4.js";
export {
  RULES
};
