// Builds that several test files read: each is made once, by the first file that asks, into a folder keyed
// by the build's inputs (global-setup.ts) and its arguments, and read by every other file, in this run and
// in later runs while nothing it depends on has changed. The tests read them and never write into them.
// A test about building itself (same bytes twice, a failed build, a missing browser) still builds its own.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { FIXTURES, GOOD, ROOT, runCli } from './cli.js';
import { treeFingerprint } from './files.js';
import { stagePrintHtml, type StagedPrintHtml } from './print-html.js';

export const MODULES = path.join(ROOT, 'modules');
export const brandFile = (name: string) => path.join(FIXTURES, 'brands', name, 'brand.yaml');

/** The shipped module in a theme: every output in the default theme; the decks and handouts in the others. */
export const sextortionIn = (theme: string): string[] =>
  theme === 'default' ? ['build', 'sextortion'] : ['build', 'sextortion', '--theme', theme, '--format', 'deck,handout'];
/** The small module that uses every block, every output. */
export const EVERY_BLOCK = ['build', '--modules-dir', GOOD];
/** The shipped module with the example brand, for two audiences that between them have every output. */
export const NORTHSHIRE = ['build', 'sextortion', '--audience', 'parents,pupils-14-18', '--brand', brandFile('northshire')];

const made = new Map<string, Promise<string>>();

/** A folder under the shared builds for these arguments: its name says what it is, its hash what exactly. */
function placeFor(kind: string, args: unknown): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify(args)).digest('hex').slice(0, 12);
  const slug = JSON.stringify(args).replaceAll(ROOT, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 60);
  return path.join(inject('sharedBuildsDir'), `${kind}-${slug}-${hash}`);
}

/** Makes `final` with `make` into a fresh folder beside it, moved into place when whole: never half a build. */
async function once(final: string, make: (into: string) => Promise<void>): Promise<string> {
  if (fs.existsSync(final)) return final;
  fs.mkdirSync(path.dirname(final), { recursive: true });
  const into = fs.mkdtempSync(`${final}.making-`);
  try {
    await make(into);
    // What it holds, beside it: the run's teardown checks that no test changed it (global-setup.ts).
    fs.writeFileSync(`${final}.json`, treeFingerprint(into));
    fs.renameSync(into, final);
  } catch (error) {
    fs.rmSync(into, { recursive: true, force: true });
    // Another run made it first: theirs is the same build.
    if (!fs.existsSync(final)) throw error;
  }
  return final;
}

/** The out/ folder of `workshopkit <args> --out <folder>`, run from the project's root. */
export function sharedBuild(args: string[]): Promise<string> {
  const final = placeFor('build', args);
  if (!made.has(final)) {
    made.set(final, once(final, async (into) => {
      const result = await runCli([...args, '--out', into]);
      if (result.code !== 0) throw new Error(`workshopkit ${args.join(' ')} exited ${result.code}:\n${result.err}`);
    }));
  }
  return made.get(final)!;
}

/** The tailored models of a dry run (`--dry-run --json`), by audience. */
export async function sharedModels<T>(args: string[]): Promise<T[]> {
  const final = placeFor('models', args);
  await once(final, async (into) => {
    const result = await runCli([...args, '--dry-run', '--json']);
    if (result.code !== 0) throw new Error(`workshopkit ${args.join(' ')} --dry-run --json exited ${result.code}:\n${result.err}`);
    fs.writeFileSync(path.join(into, 'models.json'), result.out);
  });
  return (JSON.parse(fs.readFileSync(path.join(final, 'models.json'), 'utf8')) as { models: T[] }).models;
}

/** The print stage's HTML for every print format of the shipped modules in a look (see print-html.ts). */
export async function sharedPrintHtml(look: { theme: string; brand?: string }): Promise<StagedPrintHtml[]> {
  const final = placeFor('print-html', look);
  await once(final, async (into) => {
    const pages = (await stagePrintHtml(MODULES, into, look)).map((p) => ({ ...p, html: path.relative(into, p.html) }));
    fs.writeFileSync(path.join(into, 'pages.json'), JSON.stringify(pages));
  });
  const pages = JSON.parse(fs.readFileSync(path.join(final, 'pages.json'), 'utf8')) as StagedPrintHtml[];
  return pages.map((p) => ({ ...p, html: path.join(final, p.html) }));
}
