import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  require_lib
} from "./chunk-FT7Y7DNL.js";
import "./chunk-4PKAJJXE.js";
export default require_lib();
