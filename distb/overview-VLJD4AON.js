import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  formatOverview,
  reviewMonthsOf,
  summariseModule
} from "./chunk-Y7P45U5A.js";
import "./chunk-7TTDGNBT.js";
import "./chunk-K6B2LZV7.js";
import "./chunk-NXF4VLKS.js";
import "./chunk-TTZKFZ3Y.js";
import "./chunk-CXAGDF32.js";
import "./chunk-CXXQMAN5.js";
import "./chunk-W7DUMURV.js";
import "./chunk-UYWGPB7R.js";
import "./chunk-4PKAJJXE.js";
export {
  formatOverview,
  reviewMonthsOf,
  summariseModule
};
