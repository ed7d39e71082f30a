// The audience files (audiences/<id>.yaml) and their shared words (audiences/_defaults.yaml), written once:
// the runtime validation, the types and schemas/audience*.schema.json all come from these definitions.
import { z } from 'zod';
import { editorJsonSchema } from './editor-json-schema.js';
import { BLOCK_TYPES, formatIdSchema, formatsInJson, NATIONS, type BlockType } from './module-schema.js';

const text = z.string().min(1, 'must not be empty');
const age = z.number().int().min(0).max(120);
const pt = z.string().regex(/^\d+(\.\d+)?pt$/, 'write a size in points, like "14pt"');

export const audienceFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    // The words people read: kept together at the top so a translation has one place to look.
    label: text.describe('What the audience is called on title slides and in file subjects, e.g. "Parents and carers".'),
    who: text.describe('One sentence on who is in the room.'),
    kind: z.enum(['adult', 'pupil']).describe('Pupils see only services meant for their age; adults see all, labelled by age.'),
    ages: z
      .strictObject({ min: age, max: age.optional() })
      .refine((a) => a.max === undefined || a.max >= a.min, { message: 'max must not be below min', path: ['max'] })
      .describe('The ages in the room; a pupil audience sees only services meant for its youngest.'),
    'year-groups': z
      .partialRecord(z.enum(NATIONS), text)
      .optional()
      .describe('The school years, as each nation names them, e.g. "Years 10 to 13" or "S4 to S6".'),
    'holding-first': z.boolean().default(false).describe('Start with a "starting shortly" slide (webinars).'),
    'ground-rules': z.boolean().default(false).describe('Add the ground rules near the start (lessons), unless the module has a block with id "ground-rules".'),
    'staff-duties': z.boolean().default(false).describe('The staff do/don\'t list is required (anyone who works with under-18s).'),
    'speaker-notes': z.boolean().default(false).describe('Given from a script (webinars, staff briefings): every spoken slide needs speaker notes.'),
    'default-formats': z.array(formatIdSchema).min(1).describe('The formats a new module gives this audience.'),
    print: z
      .strictObject({
        'min-text-size': pt.optional().describe('No printed text smaller than this (large print: "14pt"); raises the theme\'s sizes, never lowers them.'),
      })
      .default({})
      .describe('How printed outputs (handouts, lesson plans, presenter scripts) are set for this audience.'),
    requires: z
      .array(z.enum(BLOCK_TYPES as [BlockType, ...BlockType[]]))
      .default(['signposting'])
      .describe('Block types every output for this audience must contain; signposting is always required.'),
  })
  .describe('A workshopkit audience: who is in the room and what every output for them must have. The file name is its id.');

export type AudienceFile = z.infer<typeof audienceFileSchema>;

export const audienceDefaultsSchema = z
  .strictObject({
    $schema: z.string().optional(),
    holding: z
      .strictObject({ title: text, items: z.array(text) })
      .describe('The holding slide a webinar starts with when its module brings none.'),
    'ground-rules': z
      .strictObject({ title: text, notes: text.describe('Speaker notes for the ground rules slide.'), items: z.array(text).min(1) })
      .describe('The ground rules a lesson starts with when its module brings none (a block with id "ground-rules").'),
  })
  .describe('The words every audience shares: the default holding slide and ground rules.');

export type AudienceDefaults = z.infer<typeof audienceDefaultsSchema>;

export function audienceJsonSchemas(): Record<string, unknown> {
  return {
    'audience.schema.json': editorJsonSchema(audienceFileSchema, 'workshopkit audience', formatsInJson),
    'audience-defaults.schema.json': editorJsonSchema(audienceDefaultsSchema, 'workshopkit audience defaults'),
  };
}
