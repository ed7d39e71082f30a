// A brand's logo as PNG for PowerPoint: an SVG logo is drawn by resvg (PowerPoint needs a PNG beside an SVG,
// and pptxgenjs cannot make one outside a browser). Same file, same bytes.
import fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Logo } from '../brand/load-brand.js';

/** Wide enough to stay sharp at the size the title slide shows it (about 3 inches). */
const LOGO_PNG_WIDTH = 900;

export function logoPng(logo: Logo): Uint8Array {
  const bytes = fs.readFileSync(logo.from);
  if (logo.ext === 'png') return bytes;
  const svg = new Resvg(bytes, { fitTo: { mode: 'width', value: LOGO_PNG_WIDTH }, font: { loadSystemFonts: true } });
  return svg.render().asPng();
}
