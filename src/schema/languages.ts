// The languages a module's outputs can be made in. English is the language modules are written in; every
// other language comes from a translation (modules/<id>/translations/<lang>.xlf, src/translation/).
import { didYouMean } from '../errors/did-you-mean.js';
import { UsageError } from '../errors/finding.js';
import { LANGUAGES, languageTag, type Language } from '../i18n/languages.js';

// One list of languages: the message catalogues' (src/i18n/), which every output's own words come from.
export { LANGUAGES, type Language };

/** The language every module is written in: the source of every translation. */
export const SOURCE_LANGUAGE: Language = 'en';

/** Each language's name in English, for messages ("no Welsh translation"). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', cy: 'Welsh' };

/** Each language's BCP 47 tag, for `lang` attributes and PDF metadata. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { en: languageTag('en'), cy: languageTag('cy') };

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/**
 * The languages of `--lang`: one ("cy"), or two for bilingual outputs, the first leading ("cy,en": Welsh
 * first, as councils in Wales print; "en,cy": English first).
 */
export function parseLanguageList(value: string): Language[] {
  const asked = value.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  if (!asked.length) throw new UsageError('--lang needs a language', `Use one of: ${LANGUAGES.join(', ')}; or two, comma-separated, for bilingual outputs (cy,en).`);
  for (const language of asked) {
    if (!isLanguage(language)) {
      throw new UsageError(`unknown language "${language}"`, `${didYouMean(language, LANGUAGES)} Two, comma-separated, make bilingual outputs (cy,en puts Welsh first).`);
    }
  }
  if (asked.length > 2 || new Set(asked).size !== asked.length) {
    throw new UsageError(`--lang ${value}: give one language, or two different ones for bilingual outputs`, 'For example --lang cy, or --lang cy,en (Welsh first) or --lang en,cy (English first).');
  }
  return asked as Language[];
}
