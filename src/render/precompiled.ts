// Templates compiled once, when dist/ is built (scripts/build-dist.mjs), rather than at every build: a
// build from dist/ then compiles only a template someone has changed since. Each is found by the digest of
// its text, so a changed file is simply not found, and is parsed, checked and compiled as before. What the
// checks need from a template (its partials and helper calls) is kept with it, so they still run on every
// build: a partial removed since dist/ was built is still reported.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { templateFacts, type TemplateFacts } from './template-errors.js';

/** The table's file, beside the code (dist/); there is none beside the TypeScript sources. */
export const PRECOMPILED_FILE = 'templates-precompiled.cjs';

/** How every template is compiled, here and in templates.ts. */
export const COMPILE_OPTIONS = { strict: false, noEscape: false } as const;

export interface PrecompiledTemplate {
  facts: TemplateFacts;
  spec: TemplateSpecification;
}

const digestOf = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

export type PrecompiledTable = Record<string, PrecompiledTemplate>;

let beside: PrecompiledTable | null | undefined;

/** The table beside this code, read once: none when run from the sources. */
function tableBesideCode(): PrecompiledTable | null {
  if (beside === undefined) {
    const file = fileURLToPath(new URL(`./${PRECOMPILED_FILE}`, import.meta.url));
    // A CommonJS file, so it loads without waiting: templates are read inside a synchronous stage.
    beside = fs.existsSync(file) ? (createRequire(import.meta.url)(file) as PrecompiledTable) : null;
  }
  return beside;
}

/** The precompiled template with exactly this text, if dist/ was built with it. */
export function precompiledFor(text: string, table: PrecompiledTable | null = tableBesideCode()): PrecompiledTemplate | undefined {
  return table?.[digestOf(text)];
}

/** The table's source for every template under `templatesDir`; one that does not parse is left out (the build reports it). */
export function precompileTemplates(templatesDir: string): string {
  const entries: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.hbs')) {
        const text = fs.readFileSync(full, 'utf8');
        let ast: hbs.AST.Program;
        try {
          ast = Handlebars.parse(text);
        } catch {
          continue;
        }
        const spec = Handlebars.precompile(ast, COMPILE_OPTIONS) as string;
        entries.push(`// ${path.relative(templatesDir, full).split(path.sep).join('/')}\n${JSON.stringify(digestOf(text))}: { facts: ${JSON.stringify(templateFacts(ast))}, spec: ${spec} }`);
      }
    }
  };
  walk(templatesDir);
  return `// Made by scripts/build-dist.mjs from templates/ (see src/render/precompiled.ts): do not edit.\nmodule.exports = {\n${entries.join(',\n')}\n};\n`;
}
