// The deck: a Reveal.js presentation, a folder that works offline (reveal.js, fonts and styles beside it).
import { deckScripts, styleAssets } from '../render/assets.js';
import { lookFor, templateContext } from '../render/context.js';
import type { OutputFormat } from './format.js';

const FOLDER = 'deck';

export const deck: OutputFormat = {
  id: 'deck',
  label: 'Deck',
  output: `${FOLDER}/index.html`,
  blocksFrom: 'deck',
  filterAs: 'deck',
  stylesheets: ['reveal/reset.css', 'reveal/reveal.css', 'tokens.css', 'deck.css'],
  async render(tailored, templates, options) {
    const html = templates.render(templateContext(tailored, deck, options));
    return { files: [{ path: deck.output, contents: html }, ...deckScripts(), ...styleAssets(`${FOLDER}/assets`, lookFor(options), deck.stylesheets)] };
  },
};
