// Every output format, listed once. Adding a format is a file in this folder, its templates, and a line
// here: the schema, the CLI, the build, the check and the preview all read this list.
import { didYouMean } from '../errors/did-you-mean.js';
import { UsageError } from '../errors/finding.js';
import { registerFormatId, unregisterFormatId } from '../schema/format-ids.js';
import { deck } from './deck.js';
import { deckFile } from './deck-file.js';
import type { OutputFormat } from './format.js';
import { handout } from './handout.js';
import { lessonPlan } from './lesson-plan.js';
import { notes } from './notes.js';
import { pptx } from './pptx.js';
import { slidesPdf } from './slides-pdf.js';

const FORMATS = new Map<string, OutputFormat>();

/** Adds a format (the built-in ones below; a test may add its own). */
export function registerFormat(format: OutputFormat): void {
  FORMATS.set(format.id, format);
  registerFormatId(format.id);
}

/** Takes a format out again (for a test that added one). */
export function unregisterFormat(id: string): void {
  FORMATS.delete(id);
  unregisterFormatId(id);
}

for (const format of [deck, deckFile, handout, lessonPlan, notes, pptx, slidesPdf]) registerFormat(format);

export function allFormats(): OutputFormat[] {
  return [...FORMATS.values()];
}

export function formatIdList(): string[] {
  return [...FORMATS.keys()];
}

/** A format by id; ids come from validated modules or parsed options, so an unknown one is a bug. */
export function formatOf(id: string): OutputFormat {
  const format = FORMATS.get(id);
  if (!format) throw new Error(`formatOf: there is no format "${id}"`);
  return format;
}

/** A format named on the command line: an unknown one is a usage error with "did you mean". */
export function parseFormatId(value: string): string {
  if (FORMATS.has(value)) return value;
  throw new UsageError(`unknown format "${value}"`, didYouMean(value, formatIdList()));
}

/** Whether building these formats (all, when none are given) prints anything, so a browser is needed. */
export function printsAny(ids?: readonly string[]): boolean {
  return (ids ?? formatIdList()).some((id) => FORMATS.get(id)?.page !== undefined);
}

/** The formats that are printed to PDF. */
export function printFormats(): OutputFormat[] {
  return allFormats().filter((f) => f.page !== undefined);
}
