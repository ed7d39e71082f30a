import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  require_lib
} from "./chunk-MRBUHNY7.js";
import "./chunk-AKJVFXR4.js";
export default require_lib();
