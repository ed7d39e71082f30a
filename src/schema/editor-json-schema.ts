// One zod schema to a JSON schema that editors and validators read: JSON Schema draft 7, the draft most
// tools understand (default Ajv, ajv-cli, the YAML language server), with only keywords they all accept.
import { z } from 'zod';

/** A URI starts with its scheme; the code checks the rest (zod's url()), so an editor can be no stricter. */
const URI_PATTERN = '^[A-Za-z][A-Za-z0-9+.-]*:';

/** Told of each node as it is written, to add what zod cannot know (a list filled in at run time). */
export type JsonSchemaOverride = (ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) => void;

export function editorJsonSchema(schema: z.ZodType, title: string, extra?: JsonSchemaOverride): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
    // "format" is an optional vocabulary: default Ajv and ajv-cli refuse a schema naming a format they were
    // not given. A date keeps the pattern zod writes beside it; a URI gets a pattern for its scheme.
    override: (ctx) => {
      const { jsonSchema } = ctx;
      if (jsonSchema.format === 'uri' && jsonSchema.pattern === undefined) jsonSchema.pattern = URI_PATTERN;
      delete jsonSchema.format;
      extra?.(ctx as Parameters<JsonSchemaOverride>[0]);
    },
  });
  return { ...json, title };
}
