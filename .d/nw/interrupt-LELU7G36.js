import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  exitOnInterrupt,
  undoOnInterrupt
} from "./chunk-LTUXSBKX.js";
import "./chunk-AKJVFXR4.js";
export {
  exitOnInterrupt,
  undoOnInterrupt
};
