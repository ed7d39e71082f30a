import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  BrowserWebSocketTransport
} from "./chunk-R4M43DBU.js";
import "./chunk-4PKAJJXE.js";
export {
  BrowserWebSocketTransport
};
