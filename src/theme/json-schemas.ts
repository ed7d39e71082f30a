// JSON schemas for the look's files, written to schemas/ by `workshopkit schema` beside the module's, so
// editors complete and check brand.yaml, workshopkit.config.yaml and a theme's theme.yaml too.
import { z } from 'zod';
import { brandSchema } from '../brand/brand-schema.js';
import { projectConfigSchema } from '../config/project-config.js';
import { themeSchema } from './theme-schema.js';

export function lookJsonSchemas(): Record<string, unknown> {
  const toJson = (schema: z.ZodType, title: string) => ({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title });
  return {
    'brand.schema.json': toJson(brandSchema, 'workshopkit brand file'),
    'theme.schema.json': toJson(themeSchema, 'workshopkit theme tokens'),
    'workshopkit-config.schema.json': toJson(projectConfigSchema, 'workshopkit.config.yaml'),
  };
}
