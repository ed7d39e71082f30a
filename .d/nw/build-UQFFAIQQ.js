import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  build,
  checkForBuild,
  editionOf,
  editionOptions,
  editionViews,
  planOutputs,
  renderAudience,
  resolveContext
} from "./chunk-BFMRU2ER.js";
import "./chunk-DB2SBADR.js";
import {
  generatorName
} from "./chunk-YHGEEWSI.js";
import {
  loadAndValidate,
  resolveModuleDirs
} from "./chunk-ITMMEAVI.js";
import "./chunk-ZEEWPGQO.js";
import "./chunk-OF6JLMX6.js";
import "./chunk-AJ3ASNJW.js";
import "./chunk-P2W3ZIII.js";
import "./chunk-YIXDDJ7A.js";
import "./chunk-SYOSH5MZ.js";
import "./chunk-XESYWITN.js";
import "./chunk-IAZRVZ5K.js";
import "./chunk-RILM3WUK.js";
import "./chunk-4ARIKUGY.js";
import "./chunk-KSLRJXZW.js";
import "./chunk-B7X7GBWM.js";
import "./chunk-56ZYFSJB.js";
import "./chunk-YLOQZXXQ.js";
import "./chunk-HJOGXDO5.js";
import "./chunk-2TYOCTPZ.js";
import "./chunk-HVS3JSRA.js";
import "./chunk-T2ZCH4WB.js";
import "./chunk-T5AWP2HC.js";
import "./chunk-7H7YTJ3L.js";
import "./chunk-Q2OHFXL2.js";
import "./chunk-55PFKYG3.js";
import "./chunk-5GU7PNA4.js";
import "./chunk-MRBUHNY7.js";
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
import "./chunk-LTUXSBKX.js";
import "./chunk-AKJVFXR4.js";
export {
  build,
  checkForBuild,
  editionOf,
  editionOptions,
  editionViews,
  generatorName,
  loadAndValidate,
  planOutputs,
  renderAudience,
  resolveContext,
  resolveModuleDirs
};
