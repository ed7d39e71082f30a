import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  BrowserWebSocketTransport
} from "./chunk-55PFKYG3.js";
import "./chunk-AKJVFXR4.js";
export {
  BrowserWebSocketTransport
};
