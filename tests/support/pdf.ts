// Reads PDFs with poppler's command-line tools, as a person's PDF reader would see them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import { tempDir } from './files.js';

// jsqr is a CommonJS module whose types describe an ES default export; require gives the function itself.
const jsQR = createRequire(import.meta.url)('jsqr') as typeof import('jsqr').default;

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!.trim()] = match[2]!.trim();
  }
  return info;
}

/** The text of a PDF: laid out as on the page, or (layout: false) in reading order, column by column. */
export function pdfText(file: string, { layout = true } = {}): string {
  return run('pdftotext', [...(layout ? ['-layout'] : []), file, '-']);
}

/** The links a reader can click, from the PDF's link annotations. */
export function pdfLinks(file: string): string[] {
  return run('pdfinfo', ['-url', file]).split('\n').slice(1).map((line) => line.trim().split(/\s+/)[2]).filter((url): url is string => Boolean(url));
}

/** Each font: its name and whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
    });
}

/**
 * Every QR code on every page, decoded. The decoder looks for one code in an image and gives up when part of
 * another code is in view, so each page is searched in small overlapping windows, a little larger than a code
 * (19 mm is about 225 px at 300 dpi) by more than their step, so every code is whole and alone in some window.
 */
export function decodeQrCodes(file: string, dpi = 300): string[] {
  const dir = tempDir('workshopkit-qr-');
  run('pdftoppm', ['-r', String(dpi), '-png', file, path.join(dir, 'page')]);
  const found = new Set<string>();
  const size = 320;
  const step = 80;
  for (const name of fs.readdirSync(dir).sort()) {
    const png = PNG.sync.read(fs.readFileSync(path.join(dir, name)));
    // A summed-area table of dark pixels: a window holding a whole code holds at least 20,000 dark pixels; text does not.
    const sums = new Uint32Array((png.width + 1) * (png.height + 1));
    for (let y = 0; y < png.height; y++) {
      let row = 0;
      for (let x = 0; x < png.width; x++) {
        row += png.data[(y * png.width + x) * 4]! < 128 ? 1 : 0;
        sums[(y + 1) * (png.width + 1) + x + 1] = sums[y * (png.width + 1) + x + 1]! + row;
      }
    }
    const darkIn = (left: number, top: number, w: number, h: number) => {
      const at = (x: number, y: number) => sums[y * (png.width + 1) + x]!;
      return at(left + w, top + h) - at(left, top + h) - at(left + w, top) + at(left, top);
    };
    for (let top = 0; top < png.height; top += step) {
      for (let left = 0; left < png.width; left += step) {
        const w = Math.min(size, png.width - left);
        const h = Math.min(size, png.height - top);
        if (w < 240 || h < 240 || darkIn(left, top, w, h) < 0.4 * 225 * 225) continue;
        const window = new Uint8ClampedArray(w * h * 4);
        for (let y = 0; y < h; y++) {
          const from = ((top + y) * png.width + left) * 4;
          window.set(png.data.subarray(from, from + w * 4), y * w * 4);
        }
        // Two codes can share a window: paint each one found white and look again.
        for (let attempt = 0; attempt < 4; attempt++) {
          const code = jsQR(window, w, h, { inversionAttempts: 'dontInvert' });
          if (!code) break;
          found.add(code.data);
          const corners = [code.location.topLeftCorner, code.location.topRightCorner, code.location.bottomLeftCorner, code.location.bottomRightCorner];
          const [x0, x1] = [Math.min(...corners.map((c) => c.x)) - 12, Math.max(...corners.map((c) => c.x)) + 12];
          const [y0, y1] = [Math.min(...corners.map((c) => c.y)) - 12, Math.max(...corners.map((c) => c.y)) + 12];
          for (let y = Math.max(0, Math.floor(y0)); y < Math.min(h, y1); y++) {
            window.fill(255, (y * w + Math.max(0, Math.floor(x0))) * 4, (y * w + Math.min(w, Math.ceil(x1))) * 4);
          }
        }
      }
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return [...found];
}
