import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  RULES
} from "./chunk-K6B2LZV7.js";
import "./chunk-CXAGDF32.js";
import "./chunk-UYWGPB7R.js";
import "./chunk-4PKAJJXE.js";
export {
  RULES
};
