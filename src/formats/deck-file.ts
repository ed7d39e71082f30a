// The deck as one HTML file: reveal.js, styles, fonts and pictures inside it, to send by email.
import { withDeckPolicy } from '../render/csp.js';
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
    // The policy is worked out last, from the stylesheets and scripts as they are inside it.
    return { files: [{ path: deckFile.output, contents: withDeckPolicy(inlineDeck(html, assets)) }] };
  },
};
