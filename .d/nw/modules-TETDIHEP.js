import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  checkEachModule,
  checkHasLanguage,
  checkModules,
  languagesOf,
  loadAndValidate,
  resolveModuleDirs,
  tailorAudiences
} from "./chunk-ITMMEAVI.js";
import "./chunk-ZEEWPGQO.js";
import "./chunk-AJ3ASNJW.js";
import "./chunk-P2W3ZIII.js";
import "./chunk-YIXDDJ7A.js";
import "./chunk-SYOSH5MZ.js";
import "./chunk-XESYWITN.js";
import "./chunk-IAZRVZ5K.js";
import "./chunk-RILM3WUK.js";
import "./chunk-4ARIKUGY.js";
import "./chunk-KSLRJXZW.js";
import "./chunk-6YAK4YZW.js";
import "./chunk-HRRYUBNR.js";
import "./chunk-YIOUWWQO.js";
import "./chunk-T46MW2HU.js";
import "./chunk-ZA5X3MFD.js";
import "./chunk-NGYMUSKR.js";
import "./chunk-7LJGQP6V.js";
import "./chunk-ABWMCXI7.js";
import "./chunk-DFQLIUK3.js";
import "./chunk-IAD3MKC4.js";
import "./chunk-ATT2L2IN.js";
import "./chunk-AH7RKJCQ.js";
import "./chunk-APUE7URT.js";
import "./chunk-IN3YCHNO.js";
import "./chunk-VJZFBD7F.js";
import "./chunk-AKJVFXR4.js";
export {
  checkEachModule,
  checkHasLanguage,
  checkModules,
  languagesOf,
  loadAndValidate,
  resolveModuleDirs,
  tailorAudiences
};
