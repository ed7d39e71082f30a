// `workshopkit translate <module> --lang cy`: creates or updates modules/<id>/translations/<lang>.xlf from
// the module's English (see merge.ts for what is kept), written whole or not at all.
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '../errors/finding.js';
import type { ValidModule } from '../module/validate.js';
import { type Language } from '../schema/languages.js';
import { mergeUnits, type MergeCounts } from './merge.js';
import { readTranslation, translationFile } from './translation-file.js';
import { extractUnits } from './units.js';
import { writeXliff } from './xliff.js';

export interface TranslateResult {
  /** The file as the user sees it. */
  shown: string;
  counts: MergeCounts;
  /** Units with no translation yet, after the update. */
  untranslated: number;
  /** False when the file already said exactly this. */
  changed: boolean;
}

export function translateModule(m: ValidModule, language: Language): TranslateResult {
  const { file, shown } = translationFile(m, language);
  const exists = fs.existsSync(file);
  const old = exists ? readTranslation(m, language) : undefined;
  if (old && !old.document) throw new ContentError(old.findings);
  const { document, counts } = mergeUnits(extractUnits(m), old?.document, { source: m.source.locale, target: language });
  const text = writeXliff(document);
  const changed = !exists || fs.readFileSync(file, 'utf8') !== text;
  if (changed) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
  }
  return { shown, counts, untranslated: document.units.filter((u) => !u.target?.trim()).length, changed };
}
