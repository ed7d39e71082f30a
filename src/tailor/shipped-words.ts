// The words workshopkit ships in data files (the audiences' names, the holding slide, the ground rules) in
// the output's language: when they are still the shipped English, the message catalogue has them in every
// language; words a project wrote itself are its own, kept as written.
import { hasMessage, t, tList, type Language } from '../i18n/messages.js';

/** `english` in `language` when it is the catalogue's English for `key`; else `english` as it is. */
export function shippedWords(language: Language, key: string, english: string): string {
  if (language === 'en' || !hasMessage('en', key) || t('en', key) !== english) return english;
  return t(language, key);
}

/** The same for a list of lines: translated only when every line is the shipped one. */
export function shippedWordsList(language: Language, key: string, english: readonly string[]): string[] {
  const shipped = tList('en', key);
  if (language === 'en' || shipped.length !== english.length || shipped.some((line, i) => line !== english[i])) return [...english];
  return tList(language, key);
}
