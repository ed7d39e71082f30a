// The slides PDF: the deck, one 16:9 slide a page, printed from static pages made with the deck's own
// partials (not Reveal's print view), for sending after a session.
import { deck } from './deck.js';
import { printFormat } from './print-format.js';

export const slidesPdf = printFormat({
  id: 'slides-pdf',
  label: 'Slides',
  pdf: 'slides.pdf',
  page: 'slide',
  blocksFrom: deck.id,
  filterAs: deck.filterAs,
  splitsSlides: true,
  stylesheets: ['tokens.css', 'deck.css', 'slides-print.css'],
});
