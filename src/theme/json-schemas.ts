// JSON schemas for the look's files, written to schemas/ by `workshopkit schema` beside the module's, so
// editors complete and check brand.yaml, workshopkit.config.yaml and a theme's theme.yaml too.
import { brandSchema } from '../brand/brand-schema.js';
import { projectConfigSchema } from '../config/project-config.js';
import { editorJsonSchema } from '../schema/editor-json-schema.js';
import { themeSchema } from './theme-schema.js';

export function lookJsonSchemas(): Record<string, unknown> {
  return {
    'brand.schema.json': editorJsonSchema(brandSchema, 'workshopkit brand file'),
    'theme.schema.json': editorJsonSchema(themeSchema, 'workshopkit theme tokens'),
    'workshopkit-config.schema.json': editorJsonSchema(projectConfigSchema, 'workshopkit.config.yaml'),
  };
}
