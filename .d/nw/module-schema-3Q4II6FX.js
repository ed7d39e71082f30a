import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
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
} from "./chunk-IAZRVZ5K.js";
import "./chunk-RILM3WUK.js";
import {
  NATIONS
} from "./chunk-4ARIKUGY.js";
import "./chunk-KSLRJXZW.js";
import "./chunk-HRRYUBNR.js";
import "./chunk-YIOUWWQO.js";
import "./chunk-7LJGQP6V.js";
import "./chunk-IN3YCHNO.js";
import "./chunk-VJZFBD7F.js";
import "./chunk-AKJVFXR4.js";
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
