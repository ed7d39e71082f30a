// Translations for tests: a module copied with cy added to its languages, and its XLIFF filled in as a
// translator's tool would (each target the English marked "CY:", tokens kept), through the same reader and
// writer workshopkit uses.
import fs from 'node:fs';
import path from 'node:path';
import { loadModule } from '../../src/module/load.js';
import { validateModule, type ValidModule } from '../../src/module/validate.js';
import { readXliff, writeXliff, type XliffUnit } from '../../src/translation/xliff.js';
import { GOOD } from './cli.js';
import { copyModule } from './files.js';

/** A copy of the every-block fixture whose module.yaml lists Welsh. */
export function welshModuleCopy(): string {
  const dir = copyModule(path.join(GOOD, 'every-block'));
  const file = path.join(dir, 'module.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^locale: (.*)$/m, 'locale: $1\nlanguages: [en, cy]'));
  return dir;
}

export function validModule(dir: string): ValidModule {
  const result = validateModule(loadModule(dir));
  if (!result.module) throw new Error(`not valid: ${JSON.stringify(result.findings)}`);
  return result.module;
}

export const xlfOf = (dir: string) => path.join(dir, 'translations', 'cy.xlf');

/** Rewrites the module's cy.xlf, each unit changed by `change` (return it unchanged to leave it). */
export function editUnits(dir: string, change: (unit: XliffUnit) => XliffUnit): void {
  const document = readXliff(fs.readFileSync(xlfOf(dir), 'utf8'), 'cy.xlf').document!;
  fs.writeFileSync(xlfOf(dir), writeXliff({ ...document, units: document.units.map(change) }));
}

/** Every unit translated as "CY: <English>", in the given state. */
export function fillAll(dir: string, state = 'translated'): void {
  editUnits(dir, (unit) => ({ ...unit, target: `CY: ${unit.source}`, state }));
}

/** The 1-based line of the first line of a file that contains `needle`. */
export function lineOf(file: string, needle: string): number {
  return fs.readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(needle)) + 1;
}
