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

export function pdfText(file: string): string {
  return run('pdftotext', ['-layout', file, '-']);
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
 * Every QR code on every page, decoded. The decoder finds one code in an image, so each page is searched in
 * overlapping square windows, each larger than a code (22 mm is about 175 px at 200 dpi) by more than its step.
 */
export function decodeQrCodes(file: string, dpi = 200): string[] {
  const dir = tempDir('workshopkit-qr-');
  run('pdftoppm', ['-r', String(dpi), '-png', file, path.join(dir, 'page')]);
  const found = new Set<string>();
  const size = 400;
  const step = 200;
  for (const name of fs.readdirSync(dir).sort()) {
    const png = PNG.sync.read(fs.readFileSync(path.join(dir, name)));
    for (let top = 0; top < png.height; top += step) {
      for (let left = 0; left < png.width; left += step) {
        const w = Math.min(size, png.width - left);
        const h = Math.min(size, png.height - top);
        const window = new Uint8ClampedArray(w * h * 4);
        for (let y = 0; y < h; y++) {
          const from = ((top + y) * png.width + left) * 4;
          window.set(png.data.subarray(from, from + w * 4), y * w * 4);
        }
        const code = jsQR(window, w, h, { inversionAttempts: 'dontInvert' });
        if (code) found.add(code.data);
      }
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return [...found];
}
