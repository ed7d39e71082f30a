import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  BLOCK_TYPES,
  formatIdSchema,
  formatsInJson
} from "./chunk-IAZRVZ5K.js";
import {
  editorJsonSchema
} from "./chunk-RILM3WUK.js";
import {
  NATIONS
} from "./chunk-4ARIKUGY.js";
import {
  external_exports
} from "./chunk-VJZFBD7F.js";

// src/schema/audience-schema.ts
var text = external_exports.string().min(1, "must not be empty");
var age = external_exports.number().int().min(0).max(120);
var pt = external_exports.string().regex(/^\d+(\.\d+)?pt$/, 'write a size in points, like "14pt"');
var audienceFileSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  // The words people read: kept together at the top so a translation has one place to look.
  label: text.describe('What the audience is called on title slides and in file subjects, e.g. "Parents and carers".'),
  who: text.describe("One sentence on who is in the room."),
  kind: external_exports.enum(["adult", "pupil"]).describe("Pupils see only services meant for their age; adults see all, labelled by age."),
  ages: external_exports.strictObject({ min: age, max: age.optional() }).refine((a) => a.max === void 0 || a.max >= a.min, { message: "max must not be below min", path: ["max"] }).describe("The ages in the room; a pupil audience sees only services meant for its youngest."),
  "year-groups": external_exports.partialRecord(external_exports.enum(NATIONS), text).optional().describe('The school years, as each nation names them, e.g. "Years 10 to 13" or "S4 to S6".'),
  "holding-first": external_exports.boolean().default(false).describe('Start with a "starting shortly" slide (webinars).'),
  "ground-rules": external_exports.boolean().default(false).describe('Add the ground rules near the start (lessons), unless the module has a block with id "ground-rules".'),
  "staff-duties": external_exports.boolean().default(false).describe("The staff do/don't list is required (anyone who works with under-18s)."),
  "speaker-notes": external_exports.boolean().default(false).describe("Given from a script (webinars, staff briefings): every spoken slide needs speaker notes."),
  "default-formats": external_exports.array(formatIdSchema).min(1).describe("The formats a new module gives this audience."),
  print: external_exports.strictObject({
    "min-text-size": pt.optional().describe(`No printed text smaller than this (large print: "14pt"); raises the theme's sizes, never lowers them.`)
  }).default({}).describe("How printed outputs (handouts, lesson plans, presenter scripts) are set for this audience."),
  requires: external_exports.array(external_exports.enum(BLOCK_TYPES)).default(["signposting"]).describe("Block types every output for this audience must contain; signposting is always required.")
}).describe("A workshopkit audience: who is in the room and what every output for them must have. The file name is its id.");
var audienceDefaultsSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  holding: external_exports.strictObject({ title: text, items: external_exports.array(text) }).describe("The holding slide a webinar starts with when its module brings none."),
  "ground-rules": external_exports.strictObject({ title: text, notes: text.describe("Speaker notes for the ground rules slide."), items: external_exports.array(text).min(1) }).describe('The ground rules a lesson starts with when its module brings none (a block with id "ground-rules").')
}).describe("The words every audience shares: the default holding slide and ground rules.");
function audienceJsonSchemas() {
  return {
    "audience.schema.json": editorJsonSchema(audienceFileSchema, "workshopkit audience", formatsInJson),
    "audience-defaults.schema.json": editorJsonSchema(audienceDefaultsSchema, "workshopkit audience defaults")
  };
}

export {
  audienceFileSchema,
  audienceDefaultsSchema,
  audienceJsonSchemas
};
