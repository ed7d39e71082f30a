import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  require_lib
} from "./chunk-H364GKZU.js";
import "./chunk-ZCI7MH2D.js";
import "./chunk-EKPZLLH7.js";
import "./chunk-4PKAJJXE.js";
export default require_lib();
