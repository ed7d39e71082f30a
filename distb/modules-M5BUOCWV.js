import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  checkHasLanguage,
  checkModules,
  languagesOf,
  loadAndValidate,
  resolveModuleDirs,
  tailorAudiences
} from "./chunk-FOPS7VM5.js";
import "./chunk-BJ6NCLIR.js";
import "./chunk-IQ5K7DU5.js";
import "./chunk-2CJBUH4N.js";
import "./chunk-7TTDGNBT.js";
import "./chunk-K6B2LZV7.js";
import "./chunk-Y74YUKOB.js";
import "./chunk-NYWVP3NW.js";
import "./chunk-XCIAA7LZ.js";
import "./chunk-3RXUK5SS.js";
import "./chunk-NXF4VLKS.js";
import "./chunk-GDJRLAI4.js";
import "./chunk-XSVGODZ6.js";
import "./chunk-TTZKFZ3Y.js";
import "./chunk-6QSE2MLG.js";
import "./chunk-27YKXC3P.js";
import "./chunk-UYR5KMNP.js";
import "./chunk-GZTRSJ35.js";
import "./chunk-QDXPYW47.js";
import "./chunk-BMQUALWR.js";
import "./chunk-L64JJ7UP.js";
import "./chunk-Q4R5K75Y.js";
import "./chunk-CXAGDF32.js";
import "./chunk-CXXQMAN5.js";
import "./chunk-W7DUMURV.js";
import "./chunk-UYWGPB7R.js";
import "./chunk-4PKAJJXE.js";
export {
  checkHasLanguage,
  checkModules,
  languagesOf,
  loadAndValidate,
  resolveModuleDirs,
  tailorAudiences
};
