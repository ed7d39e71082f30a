import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  audienceDefaultsSchema,
  audienceFileSchema,
  audienceJsonSchemas
} from "./chunk-P2W3ZIII.js";
import "./chunk-IAZRVZ5K.js";
import "./chunk-RILM3WUK.js";
import "./chunk-4ARIKUGY.js";
import "./chunk-KSLRJXZW.js";
import "./chunk-HRRYUBNR.js";
import "./chunk-YIOUWWQO.js";
import "./chunk-7LJGQP6V.js";
import "./chunk-IN3YCHNO.js";
import "./chunk-VJZFBD7F.js";
import "./chunk-AKJVFXR4.js";
export {
  audienceDefaultsSchema,
  audienceFileSchema,
  audienceJsonSchemas
};
