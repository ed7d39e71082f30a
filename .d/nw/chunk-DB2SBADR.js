import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  colour
} from "./chunk-ABWMCXI7.js";
import {
  external_exports
} from "./chunk-VJZFBD7F.js";

// src/brand/brand-schema.ts
var text = external_exports.string().min(1, "must not be empty");
var brandSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  name: text.describe("The organisation giving the session: printed in footers and as the PDF author, unless the module names one."),
  logo: external_exports.strictObject({
    file: external_exports.string().regex(/\.(svg|png)$/i, "must name an SVG or PNG file").describe("Relative to this file."),
    alt: text.describe("What the logo says, for people who cannot see it: usually the organisation's name.")
  }).optional(),
  colours: external_exports.strictObject({
    primary: colour.optional().describe("Headings, rules, figures and slide numbers (the theme's accent)."),
    secondary: colour.optional().describe("A light colour for the background of panels (the theme's accent-soft)."),
    link: colour.optional()
  }).optional().describe("Used by themes that take a brand's colours (default, dyslexia-friendly); each is checked for contrast."),
  contact: external_exports.array(text).min(1).max(6).optional().describe("Lines on the last slide and at the foot of handouts and lesson plans."),
  presenters: external_exports.array(external_exports.union([text, external_exports.strictObject({ name: text, role: text.optional() })])).min(1).optional().describe("Named on the title slide, unless the module has its own presenters slide.")
});

export {
  brandSchema
};
