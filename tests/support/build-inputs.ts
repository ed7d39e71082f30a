// What a build's output depends on, as one hash: the code, templates, themes, modules, fixtures and test
// support files, the locked dependency versions, Node and the browser. Shared builds are kept under this
// key, so a change to any of these builds them again and an unchanged tree reuses them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUT_FOLDERS = ['src', 'templates', 'themes', 'modules', 'tests/fixtures', 'tests/support'];
const INPUT_FILES = ['package-lock.json', 'tsconfig.json'];
/** Where Chromium is looked for when no variable names it; its size and time stand for its version. */
const BROWSER_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function addFile(hash: crypto.Hash, root: string, relative: string): void {
  hash.update(`${relative}\0`);
  hash.update(fs.readFileSync(path.join(root, relative)));
  hash.update('\0');
}

function addFolder(hash: crypto.Hash, root: string, folder: string): void {
  const entries = fs.readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const relative of entries) addFile(hash, root, relative);
}

/** A stat of the browser that would print: a different Chromium draws different PDFs. */
function browserIdentity(): string {
  const named = process.env['PUPPETEER_EXECUTABLE_PATH'] ?? process.env['CHROME_PATH'];
  const candidates = named ? [named] : BROWSER_PATHS;
  return candidates.map((file) => {
    try {
      const real = fs.realpathSync(file);
      const stat = fs.statSync(real);
      return `${file}=${real}:${stat.size}:${stat.mtimeMs}`;
    } catch {
      return `${file}=none`;
    }
  }).join(';');
}

export function buildInputsKey(root: string): string {
  const hash = crypto.createHash('sha256');
  hash.update(`node ${process.version} ${process.platform} ${process.arch}\0${browserIdentity()}\0`);
  for (const folder of INPUT_FOLDERS) addFolder(hash, root, folder);
  for (const file of INPUT_FILES) addFile(hash, root, file);
  return hash.digest('hex').slice(0, 16);
}
