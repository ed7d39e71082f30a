import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  brandSchema
} from "./chunk-IO3QRO6K.js";
import {
  projectConfigSchema
} from "./chunk-USC72TR2.js";
import "./chunk-A32NIKCA.js";
import {
  editorJsonSchema
} from "./chunk-XCIAA7LZ.js";
import "./chunk-TTZKFZ3Y.js";
import {
  themeSchema
} from "./chunk-GZTRSJ35.js";
import "./chunk-QDXPYW47.js";
import "./chunk-BMQUALWR.js";
import "./chunk-L64JJ7UP.js";
import "./chunk-Q4R5K75Y.js";
import "./chunk-CXAGDF32.js";
import "./chunk-W7DUMURV.js";
import "./chunk-UYWGPB7R.js";
import "./chunk-4PKAJJXE.js";

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
