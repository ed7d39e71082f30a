import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  NO_BROWSER_MESSAGE,
  NO_SANDBOX_VARIABLE,
  findBrowser,
  launchArgs,
  launchBrowser
} from "./chunk-UZI63UZ4.js";
import "./chunk-VGFJTCEN.js";
import "./chunk-H2JS357Q.js";
import "./chunk-QPGVLBBP.js";
import "./chunk-R4M43DBU.js";
import "./chunk-C7F4ZCQT.js";
import "./chunk-MTKTMLTM.js";
import "./chunk-TTZKFZ3Y.js";
import "./chunk-Q4YLLKYV.js";
import "./chunk-HM5VNEME.js";
import "./chunk-4PKAJJXE.js";
export {
  NO_BROWSER_MESSAGE,
  NO_SANDBOX_VARIABLE,
  findBrowser,
  launchArgs,
  launchBrowser
};
