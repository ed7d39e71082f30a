import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  NodeWebSocketTransport
} from "./chunk-C7F4ZCQT.js";
import "./chunk-MTKTMLTM.js";
import "./chunk-4PKAJJXE.js";
export {
  NodeWebSocketTransport
};
