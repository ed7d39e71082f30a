// The presenter script: A4, each slide of the deck (its own partials, so it never drifts) with its notes,
// minutes and the running time.
import { deck } from './deck.js';
import { printFormat } from './print-format.js';

export const notes = printFormat({
  id: 'notes',
  label: 'Presenter script',
  pdf: 'notes.pdf',
  page: 'a4',
  blocksFrom: deck.id,
  filterAs: deck.filterAs,
  splitsSlides: true,
  stylesheets: ['tokens.css', 'deck.css', 'print.css', 'slides-print.css'],
});
