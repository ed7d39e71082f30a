import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-VJZFBD7F.js";

// src/schema/editor-json-schema.ts
var URI_PATTERN = "^[A-Za-z][A-Za-z0-9+.-]*:";
function editorJsonSchema(schema, title, extra) {
  const json = external_exports.toJSONSchema(schema, {
    target: "draft-7",
    io: "input",
    unrepresentable: "any",
    // "format" is an optional vocabulary: default Ajv and ajv-cli refuse a schema naming a format they were
    // not given. A date keeps the pattern zod writes beside it; a URI gets a pattern for its scheme.
    override: (ctx) => {
      const { jsonSchema } = ctx;
      if (jsonSchema.format === "uri" && jsonSchema.pattern === void 0) jsonSchema.pattern = URI_PATTERN;
      delete jsonSchema.format;
      extra?.(ctx);
    }
  });
  return { ...json, title };
}

export {
  editorJsonSchema
};
