// What an output format is: everything workshopkit knows about it, in its own file (src/formats/<id>.ts),
// listed once in registry.ts. The build, the preview, the check, the CLI and the schema ask the registry.
import type { Language } from '../i18n/messages.js';
import type { BilingualOptions, LanguageView } from './bilingual.js';
import type { OutputFile } from '../render/assets.js';
import type { RenderOptions, TemplateFormat } from '../render/context.js';
import type { FormatTemplates } from '../render/templates.js';
import type { TailoredModule } from '../tailor/tailor.js';

/** The page a format is printed on. */
export type PageKind = 'a4' | 'slide';

/** What a print format asks the print stage to do with the HTML it rendered. */
export interface PrintRequest {
  /** The HTML to print, relative to the audience's folder. */
  html: string;
  /** The PDF to write, relative to the audience's folder. */
  pdf: string;
  page: PageKind;
  subject: string;
  /** The language of the document's own words: its footer's, and its /Lang. */
  language: Language;
  /** Its Welsh is a draft translation: every page's header says "Drafft / Draft". */
  draft?: boolean;
  /** A document in two languages: each part's language, in order, for the PDF's structure. */
  languageParts?: readonly Language[];
}

/** A format's output for one audience: files (written as they are, or copied from a path) and what to print. */
export interface Rendered {
  files: OutputFile[];
  print?: PrintRequest;
}

export interface OutputFormat extends TemplateFormat {
  /** Where its output lands, relative to the audience's folder: a file, or a folder's index.html. */
  output: string;
  /** The format folder in templates/ whose block partials it uses (its own, or the deck's); absent for a
   * format that renders without templates (its `render` is then given templates that refuse to render). */
  blocksFrom?: string;
  /** The format folder in templates/ whose layout it uses, when not its own (the one-file deck: the deck's). */
  layoutFrom?: string;
  /** Set for a format printed to PDF: the page it is printed on. */
  page?: PageKind;
  /** It makes bilingual outputs (`--lang cy,en`) from `RenderOptions.second`; a format without it is refused for them. */
  bilingual?: boolean;
  /** Renders one audience's tailored module with this format's templates. Pure: writing and printing come after. */
  render(tailored: TailoredModule, templates: FormatTemplates, options: RenderOptions): Promise<Rendered>;
  /**
   * Renders one audience in two languages in one output (src/formats/bilingual.ts), the first view leading;
   * absent for a format made in one language only (a lesson plan is taught in one).
   */
  renderBilingual?(views: readonly LanguageView[], templates: FormatTemplates, options: BilingualOptions): Promise<Rendered>;
}

/** Where a format's HTML is staged for printing; folders starting with "." are never moved into out/. */
export const PRINT_STAGING = '.print';
