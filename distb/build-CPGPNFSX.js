import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  build,
  checkForBuild,
  editionOf,
  editionOptions,
  editionViews,
  planOutputs,
  renderAudience,
  resolveContext
} from "./chunk-76KXFUJR.js";
import "./chunk-IO3QRO6K.js";
import {
  generatorName
} from "./chunk-JUYLUIA2.js";
import {
  loadAndValidate,
  resolveModuleDirs
} from "./chunk-FOPS7VM5.js";
import "./chunk-25KQO4R4.js";
import "./chunk-BJ6NCLIR.js";
import "./chunk-IQ5K7DU5.js";
import "./chunk-UZI63UZ4.js";
import "./chunk-VGFJTCEN.js";
import "./chunk-2CJBUH4N.js";
import "./chunk-7TTDGNBT.js";
import "./chunk-K6B2LZV7.js";
import "./chunk-USC72TR2.js";
import "./chunk-A32NIKCA.js";
import "./chunk-Y74YUKOB.js";
import "./chunk-NYWVP3NW.js";
import "./chunk-XCIAA7LZ.js";
import "./chunk-3RXUK5SS.js";
import "./chunk-NXF4VLKS.js";
import "./chunk-H2JS357Q.js";
import "./chunk-QPGVLBBP.js";
import "./chunk-R4M43DBU.js";
import "./chunk-C7F4ZCQT.js";
import "./chunk-MTKTMLTM.js";
import "./chunk-EKPZLLH7.js";
import "./chunk-FT7Y7DNL.js";
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
import "./chunk-Q4YLLKYV.js";
import "./chunk-HM5VNEME.js";
import "./chunk-4PKAJJXE.js";
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
