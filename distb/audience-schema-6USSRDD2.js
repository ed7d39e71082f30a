import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  audienceDefaultsSchema,
  audienceFileSchema,
  audienceJsonSchemas
} from "./chunk-Y74YUKOB.js";
import "./chunk-NYWVP3NW.js";
import "./chunk-XCIAA7LZ.js";
import "./chunk-3RXUK5SS.js";
import "./chunk-NXF4VLKS.js";
import "./chunk-XSVGODZ6.js";
import "./chunk-TTZKFZ3Y.js";
import "./chunk-CXXQMAN5.js";
import "./chunk-W7DUMURV.js";
import "./chunk-UYWGPB7R.js";
import "./chunk-4PKAJJXE.js";
export {
  audienceDefaultsSchema,
  audienceFileSchema,
  audienceJsonSchemas
};
