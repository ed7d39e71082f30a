import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  require_src
} from "./chunk-T5AWP2HC.js";
import "./chunk-AKJVFXR4.js";
export default require_src();
