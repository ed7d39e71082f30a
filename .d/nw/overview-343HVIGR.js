import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  formatOverview,
  reviewMonthsOf,
  summariseModule
} from "./chunk-AMC5FZW7.js";
import "./chunk-SYOSH5MZ.js";
import "./chunk-XESYWITN.js";
import "./chunk-KSLRJXZW.js";
import "./chunk-YIOUWWQO.js";
import "./chunk-7LJGQP6V.js";
import "./chunk-APUE7URT.js";
import "./chunk-IN3YCHNO.js";
import "./chunk-VJZFBD7F.js";
import "./chunk-AKJVFXR4.js";
export {
  formatOverview,
  reviewMonthsOf,
  summariseModule
};
