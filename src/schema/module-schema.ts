// The module format, written once: the TypeScript types, the runtime validation and the JSON schema that
// editors use (schemas/*.schema.json) all come from these definitions.
import { z } from 'zod';
import { formatIds } from './format-ids.js';
import { NATIONS, type Nation } from './nations.js';
import { editorJsonSchema } from './editor-json-schema.js';
import { LANGUAGES } from './languages.js';

/** An output format's id: one of those src/formats/registry.ts lists. */
export type Format = string;
export const formatIdSchema = z.string().superRefine((value, ctx) => {
  const ids = formatIds();
  if (!ids.includes(value)) ctx.addIssue({ code: 'invalid_value', values: [...ids], input: value, message: `Invalid option: expected one of ${ids.map((id) => `"${id}"`).join('|')}` });
});
/** The JSON schema names the formats as a list, as an enum would, so editors can complete them. */
export const formatsInJson = (ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) => {
  if (ctx.zodSchema === formatIdSchema) ctx.jsonSchema.enum = [...formatIds()];
};

export { NATIONS, type Nation } from './nations.js';

/** Whether something kept to `nations` (every nation when absent) is shown in a build for `nation`. */
export function isKeptFor(nations: readonly Nation[] | undefined, nation: Nation): boolean {
  return !nations || nations.includes(nation);
}

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, like "report-remove"');

const text = z.string().min(1, 'must not be empty');
/** The nations a block, list item or service is kept to: guidance, curricula and services differ by nation. */
export const nationList = z
  .array(z.enum(NATIONS))
  .min(1)
  .describe('Show this only in builds for these nations (england, wales, scotland, northern-ireland); every nation when absent.');
const audienceList = z.array(z.string()).min(1).describe('Show this only to these audiences (ids from `audiences`).');

/** Minutes for a block: one number for every audience, or a number per audience id. */
const minutes = z.union([z.number().nonnegative(), z.record(z.string(), z.number().nonnegative())]);

/** Speaker notes: Markdown, one text for every audience or a text per audience id. */
const notes = z.union([text, z.record(z.string(), text)]);

/** A list item: plain Markdown text, or text shown only to some audiences. */
const item = z.union([
  text,
  z.strictObject({ text, detail: text.optional(), audiences: audienceList.optional(), nations: nationList.optional() }),
]);
export type Item = z.infer<typeof item>;

const blockBase = {
  id: id.optional().describe('A stable name for the block, so others can refer to it.'),
  title: text.optional(),
  audiences: audienceList.optional(),
  nations: nationList.optional(),
  minutes: minutes.optional(),
  notes: notes.optional(),
  formats: z
    .union([z.array(formatIdSchema).min(1), z.record(z.string(), z.array(formatIdSchema).min(1))])
    .optional()
    .describe('Show this block only in these formats, for every audience or per audience id (the slides PDF, the presenter script, the one-file deck and the PowerPoint follow the deck).'),
};

const titleBlock = z.strictObject({ type: z.literal('title'), ...blockBase, subtitle: text.optional() });
const agendaBlock = z.strictObject({ type: z.literal('agenda'), ...blockBase, items: z.array(item).min(1) });
const holdingBlock = z.strictObject({
  type: z.literal('holding'),
  ...blockBase,
  text: text.optional(),
  items: z.array(item).optional(),
});
const person = z.strictObject({
  name: text,
  role: text.optional(),
  organisation: text.optional(),
  contact: text.optional(),
});
const presentersBlock = z.strictObject({
  type: z.literal('presenters'),
  ...blockBase,
  people: z.array(person).min(1),
});
const definitionBlock = z.strictObject({
  type: z.literal('definition'),
  ...blockBase,
  term: text,
  text,
  points: z.array(item).optional(),
  'not-to-be-confused-with': z.strictObject({ term: text, text }).optional(),
});
const statisticsBlock = z.strictObject({
  type: z.literal('statistics'),
  ...blockBase,
  intro: text.optional(),
  figures: z.array(id).min(1).describe('Ids of figures in stats.yaml.'),
  compare: z
    .array(z.strictObject({ from: id, to: id }))
    .optional()
    .describe('Pairs of figures from one series; the change is computed, never typed.'),
});
const markdownBlock = z.strictObject({
  type: z.literal('markdown'),
  ...blockBase,
  file: z.string().regex(/\.md$/, 'must name a Markdown file ending in .md'),
});
const tipsBlock = z.strictObject({
  type: z.literal('tips'),
  ...blockBase,
  intro: text.optional(),
  items: z.array(item).min(1),
});
const dosAndDontsBlock = z.strictObject({
  type: z.literal('dos-and-donts'),
  ...blockBase,
  intro: text.optional(),
  do: z.array(item).min(1),
  dont: z.array(item).min(1),
  'dont-notes': notes
    .optional()
    .describe('Notes for the "don\'t" slide when a long list is split over two slides; on one slide they follow the notes.'),
});
const signpostingBlock = z.strictObject({
  type: z.literal('signposting'),
  ...blockBase,
  intro: text.optional(),
  resources: z.array(id).min(1).describe('Ids of resources in resources.yaml.'),
});
const quizQuestion = z.strictObject({ statement: text, answer: z.boolean(), explain: text });
const activityBlock = z.strictObject({
  type: z.literal('activity'),
  ...blockBase,
  kind: z.enum(['baseline', 'main', 'end-point', 'quiz', 'scenario', 'discussion', 'closing']),
  instructions: text,
  scenario: text.optional().describe('A wholly fictional story for distancing; never a real case.'),
  questions: z.array(item).optional(),
  quiz: z.array(quizQuestion).optional(),
  support: text.optional().describe('How to adapt the activity for pupils who need more support.'),
  challenge: text.optional().describe('How to stretch pupils who are ready for more.'),
  materials: z.array(text).optional().describe('What the teacher needs to have ready, such as "mini-whiteboards".'),
  directions: text.optional().describe('What the teacher does, printed apart from what to say (the notes).'),
  'returns-to': id.optional().describe('The id of the baseline activity this one goes back to.'),
});
const questionsBlock = z.strictObject({ type: z.literal('questions'), ...blockBase, text: text.optional() });

export const blockSchema = z.discriminatedUnion('type', [
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
  questionsBlock,
]);
export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block['type'];
export const BLOCK_TYPES = blockSchema.options.map((option) => option.shape.type.value) as BlockType[];

const audienceEntry = z.strictObject({
  duration: z.number().int().positive().describe('Length of the session in minutes.'),
  formats: z.array(formatIdSchema).min(1),
  label: text.optional().describe('Overrides the profile label on title slides.'),
  outcomes: z
    .array(text)
    .optional()
    .describe('Learning outcomes for lessons, written as "I can" with an active verb.'),
  objectives: z.array(text).optional().describe('Learning objectives for lessons.'),
});

/** Terms to avoid and what to say instead: the format of the built-in list and of a module's own. */
const termEntry = z.strictObject({
  avoid: z.array(text).min(1).describe('Words or phrases to avoid, matched as whole words in any case.'),
  say: text.describe('What to say instead.'),
  why: text.optional(),
  for: z.enum(['everyone', 'adults', 'pupils']).default('everyone').describe('Which audiences should not meet the term.'),
  level: z.enum(['error', 'warning']).optional().describe('Overrides the level of language/terminology for this term.'),
  quoted: z
    .enum(['allowed', 'flagged'])
    .default('flagged')
    .describe('"allowed": the term may appear in quotation marks, where it is being named or explained.'),
  'explained-by': z
    .array(text)
    .optional()
    .describe('The term is fine once one of these has appeared in the same text or earlier for that audience.'),
});
export const terminologySchema = z.strictObject({
  $schema: z.string().optional(),
  terms: z.array(termEntry).default([]),
  allow: z
    .array(text)
    .default([])
    .describe('Names that contain a term but keep their wording, such as "Revenge Porn Helpline".'),
});
export type TerminologySource = z.infer<typeof terminologySchema>;

const ruleLevel = z.enum(['off', 'warning', 'error']);
const checkConfig = z.strictObject({
  rules: z
    .record(z.string(), z.union([ruleLevel, z.looseObject({ level: ruleLevel.optional() })]))
    .optional()
    .describe('Set a check rule\'s level or turn it off ("readability/level: off"); some rules take options ({ level: warning, years: 5 }).'),
  terminology: z
    .union([z.string().regex(/\.ya?ml$/, 'must name a YAML file in the module folder'), terminologySchema])
    .optional()
    .describe('More terms to avoid and names to allow: a YAML file in the module folder, or the terms themselves.'),
});

export const moduleSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: text,
  subtitle: text.optional(),
  locale: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'use a language tag like "en-GB"'),
  reviewed: z.iso.date().describe('When the content was last reviewed (YYYY-MM-DD).'),
  organisation: text.optional().describe('Who gives the session; printed in footers.'),
  languages: z
    .array(z.enum(LANGUAGES))
    .min(1)
    .optional()
    .describe('The languages the module has: English, and each language with a translation in translations/<lang>.xlf, e.g. [en, cy]. English only when not given.'),
  nation: z.enum(NATIONS).default('england').describe('Which nation\'s terms to use unless a build says otherwise.'),
  variables: z
    .record(id, z.partialRecord(z.enum(NATIONS), text))
    .optional()
    .describe('Words that differ by nation, used in text as {{var name}}.'),
  audiences: z.record(z.string(), audienceEntry),
  blocks: z.array(blockSchema).min(1),
  check: checkConfig.optional().describe('How `workshopkit check` treats this module: rule levels and extra terms.'),
});
export type ModuleSource = z.infer<typeof moduleSchema>;
export type AudienceEntry = z.infer<typeof audienceEntry>;

export const figureSchema = z.strictObject({
  id,
  value: z.number(),
  unit: z.enum(['count', 'percent']).default('count'),
  qualifier: z
    .enum(['more than', 'nearly', 'about'])
    .optional()
    .describe('Said before the value when the source gives a floor or a rounding ("more than 900"), never dropped.'),
  label: text.describe('What the figure counts, in words, e.g. "financial sextortion reports".'),
  measure: z.enum(['reports', 'confirmed reports', 'cases', 'victims', 'contacts', 'requests', 'share of victims', 'share of reports', 'share of respondents']),
  year: z.number().int().min(1990).max(2100),
  period: text.optional().describe('When the period is not a calendar year, e.g. "January to June 2024".'),
  geography: text,
  population: text.optional(),
  publisher: text,
  series: id.describe('Figures from one publisher and one measure share a series; only they can be compared.'),
  source: text.describe('The title of the page or report the figure comes from.'),
  url: z.url(),
  via: z.url().optional().describe('Where the figure was read, when not at the primary source.'),
  retrieved: z.iso.date().optional(),
  caveat: text.optional(),
  status: z.enum(['verified', 'unverified', 'draft']),
});
export const statsFileSchema = z.strictObject({ $schema: z.string().optional(), figures: z.array(figureSchema) });
export type Figure = z.infer<typeof figureSchema>;

export const resourceSchema = z.strictObject({
  id,
  name: text,
  what: text.describe('What the service does, in a sentence.'),
  who: text.describe('Who it is for, in words.'),
  ages: z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(0).optional() }).optional(),
  region: text,
  nations: nationList.optional(),
  url: z.url().optional(),
  phone: text.optional(),
  hours: text.optional(),
  anonymous: z.boolean().optional(),
  next: text.optional().describe('What happens after someone gets in touch.'),
  source: z.url().optional(),
  checked: z.iso.date().optional(),
});
export const resourcesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  resources: z.array(resourceSchema),
});
export type Resource = z.infer<typeof resourceSchema>;

export const sectionFrontMatterSchema = z.strictObject({ title: text.optional(), minutes: minutes.optional() });

/** The JSON schemas written to schemas/, keyed by file name. */
export function buildJsonSchemas(): Record<string, unknown> {
  return {
    'module.schema.json': editorJsonSchema(moduleSchema, 'workshopkit module.yaml', formatsInJson),
    'stats.schema.json': editorJsonSchema(statsFileSchema, 'workshopkit stats.yaml'),
    'resources.schema.json': editorJsonSchema(resourcesFileSchema, 'workshopkit resources.yaml'),
    'terminology.schema.json': editorJsonSchema(terminologySchema, 'workshopkit terms to avoid'),
  };
}
