import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  exitOnInterrupt,
  undoOnInterrupt
} from "./chunk-Q4YLLKYV.js";
import "./chunk-4PKAJJXE.js";
export {
  exitOnInterrupt,
  undoOnInterrupt
};
