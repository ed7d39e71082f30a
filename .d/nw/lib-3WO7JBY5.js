import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  require_lib
} from "./chunk-PETLOJJI.js";
import "./chunk-VF4IV5DZ.js";
import "./chunk-5GU7PNA4.js";
import "./chunk-AKJVFXR4.js";
export default require_lib();
