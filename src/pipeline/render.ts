// Stage 4: turn one audience's tailored module into the files of each format. Pure: templates are
// loaded before, files are written after.
import type { Format } from '../schema/module-schema.js';
import { deckAssets, type OutputFile } from '../render/assets.js';
import type { FormatTemplates } from '../render/templates.js';
import { plainText } from '../render/markdown.js';
import type { TailoredModule } from './tailor.js';

export interface RenderOptions {
  theme: string;
  /** The version of the tool, printed in a meta tag so an output says what made it. */
  generator: string;
}

/** What every template sees: the tailored module, plus a few values worked out once. */
export function templateContext(tailored: TailoredModule, options: RenderOptions): object {
  return {
    ...tailored,
    documentTitle: `${plainText(tailored.module.title)}: ${tailored.audience.label}`,
    generator: options.generator,
    blocks: tailored.blocks.map((block) => ({ ...block, partial: `block-${block.type}` })),
  };
}

export function renderDeck(tailored: TailoredModule, templates: FormatTemplates, options: RenderOptions): OutputFile[] {
  const html = templates.render(templateContext(tailored, options));
  return [{ path: 'deck/index.html', contents: html }, ...deckAssets(options.theme)];
}

export type HtmlRenderer = (tailored: TailoredModule, templates: FormatTemplates, options: RenderOptions) => OutputFile[];

export const HTML_FORMATS: Partial<Record<Format, HtmlRenderer>> = { deck: renderDeck };
