// Where a module's translation into a language lives (modules/<id>/translations/<lang>.xlf), and reading it.
import fs from 'node:fs';
import path from 'node:path';
import { CODE } from '../errors/catalogue.js';
import type { Finding } from '../errors/finding.js';
import { readText } from '../errors/read-text.js';
import type { ValidModule } from '../module/validate.js';
import { LANGUAGE_NAMES, type Language } from '../schema/languages.js';
import { readXliff, type XliffDocument } from './xliff.js';

export const TRANSLATIONS_FOLDER = 'translations';

export function translationFile(m: ValidModule, language: Language): { file: string; shown: string } {
  const relative = path.join(TRANSLATIONS_FOLDER, `${language}.xlf`);
  return { file: path.join(m.dir, relative), shown: path.join(path.dirname(m.loaded.module.displayPath), relative) };
}

/** The translation as written, or the findings that say why it cannot be read. */
export function readTranslation(m: ValidModule, language: Language): { document?: XliffDocument; shown: string; findings: Finding[] } {
  const { file, shown } = translationFile(m, language);
  if (!fs.existsSync(file)) {
    const yaml = m.loaded.module;
    const listed = m.source.languages?.indexOf(language) ?? -1;
    const at = listed >= 0 ? yaml.offsetAt(['languages', listed]) : 0;
    return { shown, findings: [yaml.finding(at, 'error', CODE.translationFile, `${m.id} has no ${LANGUAGE_NAMES[language]} translation: ${shown} is not there`,
      `Run "workshopkit translate ${m.id} --lang ${language}" to write it, then translate its units in a translation tool.`)] };
  }
  const read = readText(file, shown, 'xliff');
  if ('finding' in read) return { shown, findings: [read.finding] };
  const parsed = readXliff(read.text, shown);
  if (!parsed.document) return { shown, findings: parsed.findings };
  const target = parsed.document.targetLanguage;
  if (target.split('-')[0]!.toLowerCase() !== language) {
    const at = [...(parsed.document.fileAt?.values() ?? [])][1] ?? { line: 1, col: 1 };
    return { shown, findings: [{ file: shown, ...at, severity: 'error', rule: CODE.translationFile,
      message: `this file is a translation into "${target || 'no language'}", not ${LANGUAGE_NAMES[language]} ("${language}")`,
      hint: `Set target-language="${language}" on each <file>, or put this translation in ${TRANSLATIONS_FOLDER}/${target || '<lang>'}.xlf.` }] };
  }
  return { document: parsed.document, shown, findings: [] };
}
