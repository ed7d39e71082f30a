import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  NodeWebSocketTransport
} from "./chunk-2TYOCTPZ.js";
import "./chunk-Q2OHFXL2.js";
import "./chunk-AKJVFXR4.js";
export {
  NodeWebSocketTransport
};
