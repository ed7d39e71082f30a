import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  editorJsonSchema
} from "./chunk-RILM3WUK.js";
import {
  NATIONS
} from "./chunk-4ARIKUGY.js";
import {
  formatIds
} from "./chunk-HRRYUBNR.js";
import {
  LANGUAGES
} from "./chunk-7LJGQP6V.js";
import {
  external_exports
} from "./chunk-VJZFBD7F.js";

// src/schema/module-schema.ts
var formatIdSchema = external_exports.string().superRefine((value, ctx) => {
  const ids = formatIds();
  if (!ids.includes(value)) ctx.addIssue({ code: "invalid_value", values: [...ids], input: value, message: `Invalid option: expected one of ${ids.map((id2) => `"${id2}"`).join("|")}` });
});
var formatsInJson = (ctx) => {
  if (ctx.zodSchema === formatIdSchema) ctx.jsonSchema.enum = [...formatIds()];
};
function isKeptFor(nations, nation) {
  return !nations || nations.includes(nation);
}
var id = external_exports.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, like "report-remove"');
var text = external_exports.string().min(1, "must not be empty");
var nationList = external_exports.array(external_exports.enum(NATIONS)).min(1).describe("Show this only in builds for these nations (england, wales, scotland, northern-ireland); every nation when absent.");
var audienceList = external_exports.array(external_exports.string()).min(1).describe("Show this only to these audiences (ids from `audiences`).");
var minutes = external_exports.union([external_exports.number().nonnegative(), external_exports.record(external_exports.string(), external_exports.number().nonnegative())]);
var notes = external_exports.union([text, external_exports.record(external_exports.string(), text)]);
var item = external_exports.union([
  text,
  external_exports.strictObject({ text, detail: text.optional(), audiences: audienceList.optional(), nations: nationList.optional() })
]);
var blockBase = {
  id: id.optional().describe("A stable name for the block, so others can refer to it."),
  title: text.optional(),
  audiences: audienceList.optional(),
  nations: nationList.optional(),
  minutes: minutes.optional(),
  notes: notes.optional(),
  formats: external_exports.union([external_exports.array(formatIdSchema).min(1), external_exports.record(external_exports.string(), external_exports.array(formatIdSchema).min(1))]).optional().describe("Show this block only in these formats, for every audience or per audience id (the slides PDF, the presenter script, the one-file deck and the PowerPoint follow the deck).")
};
var titleBlock = external_exports.strictObject({ type: external_exports.literal("title"), ...blockBase, subtitle: text.optional() });
var agendaBlock = external_exports.strictObject({ type: external_exports.literal("agenda"), ...blockBase, items: external_exports.array(item).min(1) });
var holdingBlock = external_exports.strictObject({
  type: external_exports.literal("holding"),
  ...blockBase,
  text: text.optional(),
  items: external_exports.array(item).optional()
});
var person = external_exports.strictObject({
  name: text,
  role: text.optional(),
  organisation: text.optional(),
  contact: text.optional()
});
var presentersBlock = external_exports.strictObject({
  type: external_exports.literal("presenters"),
  ...blockBase,
  people: external_exports.array(person).min(1)
});
var definitionBlock = external_exports.strictObject({
  type: external_exports.literal("definition"),
  ...blockBase,
  term: text,
  text,
  points: external_exports.array(item).optional(),
  "not-to-be-confused-with": external_exports.strictObject({ term: text, text }).optional()
});
var statisticsBlock = external_exports.strictObject({
  type: external_exports.literal("statistics"),
  ...blockBase,
  intro: text.optional(),
  figures: external_exports.array(id).min(1).describe("Ids of figures in stats.yaml."),
  compare: external_exports.array(external_exports.strictObject({ from: id, to: id })).optional().describe("Pairs of figures from one series; the change is computed, never typed.")
});
var markdownBlock = external_exports.strictObject({
  type: external_exports.literal("markdown"),
  ...blockBase,
  file: external_exports.string().regex(/\.md$/, "must name a Markdown file ending in .md")
});
var tipsBlock = external_exports.strictObject({
  type: external_exports.literal("tips"),
  ...blockBase,
  intro: text.optional(),
  items: external_exports.array(item).min(1)
});
var dosAndDontsBlock = external_exports.strictObject({
  type: external_exports.literal("dos-and-donts"),
  ...blockBase,
  intro: text.optional(),
  do: external_exports.array(item).min(1),
  dont: external_exports.array(item).min(1),
  "dont-notes": notes.optional().describe(`Notes for the "don't" slide when a long list is split over two slides; on one slide they follow the notes.`)
});
var signpostingBlock = external_exports.strictObject({
  type: external_exports.literal("signposting"),
  ...blockBase,
  intro: text.optional(),
  resources: external_exports.array(id).min(1).describe("Ids of resources in resources.yaml.")
});
var quizQuestion = external_exports.strictObject({ statement: text, answer: external_exports.boolean(), explain: text });
var activityBlock = external_exports.strictObject({
  type: external_exports.literal("activity"),
  ...blockBase,
  kind: external_exports.enum(["baseline", "main", "end-point", "quiz", "scenario", "discussion", "closing"]),
  instructions: text,
  scenario: text.optional().describe("A wholly fictional story for distancing; never a real case."),
  questions: external_exports.array(item).optional(),
  quiz: external_exports.array(quizQuestion).optional(),
  support: text.optional().describe("How to adapt the activity for pupils who need more support."),
  challenge: text.optional().describe("How to stretch pupils who are ready for more."),
  materials: external_exports.array(text).optional().describe('What the teacher needs to have ready, such as "mini-whiteboards".'),
  directions: text.optional().describe("What the teacher does, printed apart from what to say (the notes)."),
  "returns-to": id.optional().describe("The id of the baseline activity this one goes back to.")
});
var questionsBlock = external_exports.strictObject({ type: external_exports.literal("questions"), ...blockBase, text: text.optional() });
var blockSchema = external_exports.discriminatedUnion("type", [
  titleBlock,
  agendaBlock,
  holdingBlock,
  presentersBlock,
  definitionBlock,
  statisticsBlock,
  markdownBlock,
  tipsBlock,
  dosAndDontsBlock,
  signpostingBlock,
  activityBlock,
  questionsBlock
]);
var BLOCK_TYPES = blockSchema.options.map((option) => option.shape.type.value);
var audienceEntry = external_exports.strictObject({
  duration: external_exports.number().int().positive().describe("Length of the session in minutes."),
  formats: external_exports.array(formatIdSchema).min(1),
  label: text.optional().describe("Overrides the profile label on title slides."),
  outcomes: external_exports.array(text).optional().describe('Learning outcomes for lessons, written as "I can" with an active verb.'),
  objectives: external_exports.array(text).optional().describe("Learning objectives for lessons.")
});
var termEntry = external_exports.strictObject({
  avoid: external_exports.array(text).min(1).describe("Words or phrases to avoid, matched as whole words in any case."),
  say: text.describe("What to say instead."),
  why: text.optional(),
  for: external_exports.enum(["everyone", "adults", "pupils"]).default("everyone").describe("Which audiences should not meet the term."),
  level: external_exports.enum(["error", "warning"]).optional().describe("Overrides the level of language/terminology for this term."),
  quoted: external_exports.enum(["allowed", "flagged"]).default("flagged").describe('"allowed": the term may appear in quotation marks, where it is being named or explained.'),
  "explained-by": external_exports.array(text).optional().describe("The term is fine once one of these has appeared in the same text or earlier for that audience.")
});
var terminologySchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  terms: external_exports.array(termEntry).default([]),
  allow: external_exports.array(text).default([]).describe('Names that contain a term but keep their wording, such as "Revenge Porn Helpline".')
});
var ruleLevel = external_exports.enum(["off", "warning", "error"]);
var checkConfig = external_exports.strictObject({
  rules: external_exports.record(external_exports.string(), external_exports.union([ruleLevel, external_exports.looseObject({ level: ruleLevel.optional() })])).optional().describe(`Set a check rule's level or turn it off ("readability/level: off"); some rules take options ({ level: warning, years: 5 }).`),
  terminology: external_exports.union([external_exports.string().regex(/\.ya?ml$/, "must name a YAML file in the module folder"), terminologySchema]).optional().describe("More terms to avoid and names to allow: a YAML file in the module folder, or the terms themselves.")
});
var moduleSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  id,
  title: text,
  subtitle: text.optional(),
  locale: external_exports.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'use a language tag like "en-GB"'),
  reviewed: external_exports.iso.date().describe("When the content was last reviewed (YYYY-MM-DD)."),
  organisation: text.optional().describe("Who gives the session; printed in footers."),
  languages: external_exports.array(external_exports.enum(LANGUAGES)).min(1).optional().describe("The languages the module has: English, and each language with a translation in translations/<lang>.xlf, e.g. [en, cy]. English only when not given."),
  nation: external_exports.enum(NATIONS).default("england").describe("Which nation's terms to use unless a build says otherwise."),
  variables: external_exports.record(id, external_exports.partialRecord(external_exports.enum(NATIONS), text)).optional().describe("Words that differ by nation, used in text as {{var name}}."),
  audiences: external_exports.record(external_exports.string(), audienceEntry),
  blocks: external_exports.array(blockSchema).min(1),
  check: checkConfig.optional().describe("How `workshopkit check` treats this module: rule levels and extra terms.")
});
var figureSchema = external_exports.strictObject({
  id,
  value: external_exports.number(),
  unit: external_exports.enum(["count", "percent"]).default("count"),
  qualifier: external_exports.enum(["more than", "nearly", "about"]).optional().describe('Said before the value when the source gives a floor or a rounding ("more than 900"), never dropped.'),
  label: text.describe('What the figure counts, in words, e.g. "financial sextortion reports".'),
  measure: external_exports.enum(["reports", "confirmed reports", "cases", "victims", "contacts", "requests", "share of victims", "share of reports", "share of respondents"]),
  year: external_exports.number().int().min(1990).max(2100),
  period: text.optional().describe('When the period is not a calendar year, e.g. "January to June 2024".'),
  geography: text,
  population: text.optional(),
  publisher: text,
  series: id.describe("Figures from one publisher and one measure share a series; only they can be compared."),
  source: text.describe("The title of the page or report the figure comes from."),
  url: external_exports.url(),
  via: external_exports.url().optional().describe("Where the figure was read, when not at the primary source."),
  retrieved: external_exports.iso.date().optional(),
  caveat: text.optional(),
  status: external_exports.enum(["verified", "unverified", "draft"])
});
var statsFileSchema = external_exports.strictObject({ $schema: external_exports.string().optional(), figures: external_exports.array(figureSchema) });
var resourceSchema = external_exports.strictObject({
  id,
  name: text,
  what: text.describe("What the service does, in a sentence."),
  who: text.describe("Who it is for, in words."),
  ages: external_exports.strictObject({ min: external_exports.number().int().min(0), max: external_exports.number().int().min(0).optional() }).optional(),
  region: text,
  nations: nationList.optional(),
  url: external_exports.url().optional(),
  phone: text.optional(),
  hours: text.optional(),
  anonymous: external_exports.boolean().optional(),
  next: text.optional().describe("What happens after someone gets in touch."),
  source: external_exports.url().optional(),
  checked: external_exports.iso.date().optional()
});
var resourcesFileSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  resources: external_exports.array(resourceSchema)
});
var sectionFrontMatterSchema = external_exports.strictObject({ title: text.optional(), minutes: minutes.optional() });
function buildJsonSchemas() {
  return {
    "module.schema.json": editorJsonSchema(moduleSchema, "workshopkit module.yaml", formatsInJson),
    "stats.schema.json": editorJsonSchema(statsFileSchema, "workshopkit stats.yaml"),
    "resources.schema.json": editorJsonSchema(resourcesFileSchema, "workshopkit resources.yaml"),
    "terminology.schema.json": editorJsonSchema(terminologySchema, "workshopkit terms to avoid")
  };
}

export {
  formatIdSchema,
  formatsInJson,
  isKeptFor,
  nationList,
  blockSchema,
  BLOCK_TYPES,
  terminologySchema,
  moduleSchema,
  figureSchema,
  statsFileSchema,
  resourceSchema,
  resourcesFileSchema,
  sectionFrontMatterSchema,
  buildJsonSchemas
};
