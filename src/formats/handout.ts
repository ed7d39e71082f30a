// The handout: A4, black-and-white friendly, a QR code for every link; for parents, carers, staff rooms.
import { renderBilingualHandout } from './bilingual.js';
import type { OutputFormat } from './format.js';
import { printFormat } from './print-format.js';

export const handout: OutputFormat = printFormat({
  id: 'handout',
  label: 'Handout',
  pdf: 'handout.pdf',
  page: 'a4',
  blocksFrom: 'handout',
  filterAs: 'handout',
  stylesheets: ['tokens.css', 'print.css'],
});
handout.bilingual = true;
handout.renderBilingual = (views, templates, options) => renderBilingualHandout(handout, views, templates, options);
