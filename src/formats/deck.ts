// The deck: a Reveal.js presentation, a folder that works offline (reveal.js, fonts and styles beside it).
import { deckScripts, styleAssets } from '../render/assets.js';
import { lookFor } from '../render/context.js';
import type { OutputFile } from '../render/assets.js';
import type { RenderOptions } from '../render/context.js';
import { withDeckPolicy } from '../render/csp.js';
import { editionLanguages, renderBilingualDeck } from './bilingual.js';
import { deckHtml } from './deck-html.js';
import type { OutputFormat, Rendered } from './format.js';

const FOLDER = 'deck';

export const deck: OutputFormat = {
  id: 'deck',
  label: 'Deck',
  output: `${FOLDER}/index.html`,
  blocksFrom: 'deck',
  filterAs: 'deck',
  splitsSlides: true,
  stylesheets: ['reveal/reset.css', 'reveal/reveal.css', 'tokens.css', 'deck.css'],
  async render(tailored, templates, options) {
    if (options.second) return withPolicy(await renderBilingualDeck(deck, editionLanguages(tailored, options.second), templates, options));
    return withPolicy({ files: [{ path: deck.output, contents: deckHtml(tailored, templates, options) }, ...deckAssets(options)] });
  },
  bilingual: true,
  renderBilingual: async (views, templates, options) => withPolicy(await renderBilingualDeck(deck, views, templates, options)),
};

/** The deck's page with its Content-Security-Policy, worked out from the page as it finally is. */
function withPolicy(rendered: Rendered): Rendered {
  return { ...rendered, files: rendered.files.map((file) => (file.path === deck.output && typeof file.contents === 'string' ? { ...file, contents: withDeckPolicy(file.contents) } : file)) };
}

/** What the deck's page needs beside it: reveal.js, its scripts, fonts, styles and the brand's logo. */
export function deckAssets(options: RenderOptions): OutputFile[] {
  return [...deckScripts(), ...styleAssets(`${FOLDER}/assets`, lookFor(options), deck.stylesheets)];
}
