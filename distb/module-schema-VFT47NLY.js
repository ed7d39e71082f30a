import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  BLOCK_TYPES,
  blockSchema,
  buildJsonSchemas,
  figureSchema,
  formatIdSchema,
  formatsInJson,
  isKeptFor,
  moduleSchema,
  nationList,
  resourceSchema,
  resourcesFileSchema,
  sectionFrontMatterSchema,
  statsFileSchema,
  terminologySchema
} from "./chunk-NYWVP3NW.js";
import "./chunk-XCIAA7LZ.js";
import {
  NATIONS
} from "./chunk-3RXUK5SS.js";
import "./chunk-NXF4VLKS.js";
import "./chunk-XSVGODZ6.js";
import "./chunk-TTZKFZ3Y.js";
import "./chunk-CXXQMAN5.js";
import "./chunk-W7DUMURV.js";
import "./chunk-UYWGPB7R.js";
import "./chunk-4PKAJJXE.js";
export {
  BLOCK_TYPES,
  NATIONS,
  blockSchema,
  buildJsonSchemas,
  figureSchema,
  formatIdSchema,
  formatsInJson,
  isKeptFor,
  moduleSchema,
  nationList,
  resourceSchema,
  resourcesFileSchema,
  sectionFrontMatterSchema,
  statsFileSchema,
  terminologySchema
};
