import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  brandSchema
} from "./chunk-DB2SBADR.js";
import {
  editorJsonSchema
} from "./chunk-RILM3WUK.js";
import {
  projectConfigSchema
} from "./chunk-B7X7GBWM.js";
import "./chunk-56ZYFSJB.js";
import "./chunk-YIOUWWQO.js";
import {
  themeSchema
} from "./chunk-ABWMCXI7.js";
import "./chunk-DFQLIUK3.js";
import "./chunk-IAD3MKC4.js";
import "./chunk-ATT2L2IN.js";
import "./chunk-AH7RKJCQ.js";
import "./chunk-APUE7URT.js";
import "./chunk-IN3YCHNO.js";
import "./chunk-VJZFBD7F.js";
import "./chunk-AKJVFXR4.js";

// src/theme/json-schemas.ts
function lookJsonSchemas() {
  return {
    "brand.schema.json": editorJsonSchema(brandSchema, "workshopkit brand file"),
    "theme.schema.json": editorJsonSchema(themeSchema, "workshopkit theme tokens"),
    "workshopkit-config.schema.json": editorJsonSchema(projectConfigSchema, "workshopkit.config.yaml")
  };
}
export {
  lookJsonSchemas
};
