import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  require_src
} from "./chunk-HM5VNEME.js";
import "./chunk-4PKAJJXE.js";
export default require_src();
