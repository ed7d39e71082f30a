import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  NO_BROWSER_MESSAGE,
  NO_SANDBOX_VARIABLE,
  findBrowser,
  launchArgs,
  launchBrowser
} from "./chunk-HJOGXDO5.js";
import "./chunk-2TYOCTPZ.js";
import "./chunk-HVS3JSRA.js";
import "./chunk-T2ZCH4WB.js";
import "./chunk-T5AWP2HC.js";
import "./chunk-7H7YTJ3L.js";
import "./chunk-Q2OHFXL2.js";
import "./chunk-55PFKYG3.js";
import "./chunk-YIOUWWQO.js";
import "./chunk-LTUXSBKX.js";
import "./chunk-AKJVFXR4.js";
export {
  NO_BROWSER_MESSAGE,
  NO_SANDBOX_VARIABLE,
  findBrowser,
  launchArgs,
  launchBrowser
};
