// The deck as one HTML file: reveal.js, styles, fonts and pictures inside it, to send by email.
import { inlineDeck } from '../render/deck-file.js';
import { deck, deckAssets } from './deck.js';
import { deckHtml } from './deck-html.js';
import type { OutputFormat } from './format.js';

export const deckFile: OutputFormat = {
  id: 'deck-file',
  label: 'Deck in one file (HTML)',
  output: 'deck.html',
  blocksFrom: deck.id,
  layoutFrom: deck.id,
  filterAs: deck.filterAs,
  splitsSlides: true,
  stylesheets: deck.stylesheets,
  async render(tailored, templates, options) {
    const html = deckHtml(tailored, templates, options);
    const assets = deckAssets(options).map((file) => ({ ...file, path: file.path.replace(/^deck\//, '') }));
    return { files: [{ path: deckFile.output, contents: inlineDeck(html, assets) }] };
  },
};
