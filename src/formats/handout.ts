// The handout: A4, black-and-white friendly, a QR code for every link; for parents, carers, staff rooms.
import { printFormat } from './print-format.js';

export const handout = printFormat({
  id: 'handout',
  label: 'Handout',
  pdf: 'handout.pdf',
  page: 'a4',
  blocksFrom: 'handout',
  filterAs: 'handout',
  stylesheets: ['tokens.css', 'print.css'],
});
