// The formats printed to PDF share one way of rendering: their HTML and its assets staged in a hidden
// folder, and a request to print that HTML into the PDF the format is named by.
import { styleAssets } from '../render/assets.js';
import { hasMessage, t } from '../i18n/messages.js';
import { lookFor, templateContext } from '../render/context.js';
import { plainText } from '../render/markdown.js';
import { editionLanguages } from './bilingual.js';
import { PRINT_STAGING, type OutputFormat, type PageKind } from './format.js';

export interface PrintFormatSpec {
  id: string;
  label: string;
  /** The PDF's file name. */
  pdf: string;
  page: PageKind;
  blocksFrom: string;
  filterAs: string;
  stylesheets: readonly string[];
  splitsSlides?: boolean;
}

/** A label mid-sentence: only its first capital is lowered, so "(PSHE)" and names keep theirs. */
function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

export function printFormat(spec: PrintFormatSpec): OutputFormat {
  const { pdf, ...rest } = spec;
  const format: OutputFormat = {
    ...rest,
    output: pdf,
    async render(tailored, templates, options) {
      // A format with a bilingual layout makes it when the build gives it a second language's view.
      if (options.second && format.renderBilingual) return format.renderBilingual(editionLanguages(tailored, options.second), templates, options);
      const folder = `${PRINT_STAGING}/${format.id}`;
      const context = templateContext(tailored, format, options);
      const html = templates.render(context);
      const language = context.language;
      // A format the catalogue does not know (one a test adds) is called by its own label.
      const formatName = hasMessage(language, `format.${format.id}`) ? t(language, `format.${format.id}`) : format.label;
      return {
        files: [{ path: `${folder}/index.html`, contents: html }, ...styleAssets(`${folder}/assets`, lookFor(options), format.stylesheets)],
        print: {
          html: `${folder}/index.html`,
          pdf,
          page: spec.page,
          language,
          ...(options.draft ? { draft: true } : {}),
          subject: t(language, 'pdf.subject', { format: formatName, audience: lowerFirst(tailored.audience.label), title: plainText(tailored.module.subtitle ?? tailored.module.title) }),
        },
      };
    },
  };
  return format;
}
