// The outputs' own words (labels, headings, footers, the lesson plan's and the script's sentences) in each
// language, from locales/<lang>.yaml as ICU messages (intl-messageformat): plural forms by the language's
// own rules (Welsh has six), numbers and dates as people in Wales and England write them. Module content
// never comes from here. Read once, on first use.
import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from '../project-root.js';
import { LANGUAGES, languageOf, languageTag, type Language } from './languages.js';

export { LANGUAGES, languageOf, languageTag, type Language };

/** The locale numbers, dates and plural forms follow. */
const LOCALES: Record<Language, string> = { en: 'en-GB', cy: 'cy-GB' };

export const LOCALES_DIR = path.join(PROJECT_ROOT, 'src/i18n/locales');


export type Values = Record<string, string | number>;

/** Nested mappings and lists as dotted keys: `holding.items.0`. */
function flatten(value: unknown, prefix: string, into: Map<string, string>): void {
  if (typeof value === 'string') into.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((item, i) => flatten(item, `${prefix}.${i}`, into));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  else throw new Error(`workshopkit: ${prefix} in the message catalogue is not text`);
}

const catalogues = new Map<Language, ReadonlyMap<string, string>>();

/** Every message of a language, by key, as written in its catalogue. */
export function messages(language: Language): ReadonlyMap<string, string> {
  let found = catalogues.get(language);
  if (!found) {
    const flat = new Map<string, string>();
    flatten(parseYaml(fs.readFileSync(path.join(LOCALES_DIR, `${language}.yaml`), 'utf8')), '', flat);
    catalogues.set(language, (found = flat));
  }
  return found;
}

const compiled = new Map<string, { format: IntlMessageFormat; plain: Set<string> }>();

// Each message made asks Intl which of its locales it supports, which takes a while, and the answer is
// the same for every message of a language: it is asked once per language (about 40 ms a build).
const resolveLocale = IntlMessageFormat.resolveLocale;
const resolvedLocales = new Map<string, ReturnType<typeof resolveLocale>>();
IntlMessageFormat.resolveLocale = (locales) => {
  const id = String(locales);
  if (!resolvedLocales.has(id)) resolvedLocales.set(id, resolveLocale(locales));
  return resolvedLocales.get(id);
};

/** The arguments a message only puts in as they are ({year}), not as a number or a choice. */
function plainArguments(elements: readonly MessageFormatElement[], plain: Set<string>, chosen: Set<string>): void {
  for (const element of elements) {
    if (element.type === TYPE.argument) plain.add(element.value);
    else if (element.type === TYPE.plural || element.type === TYPE.select) {
      chosen.add(element.value);
      for (const option of Object.values(element.options)) plainArguments(option.value, plain, chosen);
    } else if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) chosen.add(element.value);
    else if (element.type === TYPE.tag) plainArguments(element.children, plain, chosen);
  }
}

function compile(language: Language, key: string) {
  const id = `${language}\0${key}`;
  let found = compiled.get(id);
  if (!found) {
    const text = messages(language).get(key);
    if (text === undefined) throw new Error(`workshopkit: the ${language} message catalogue has no "${key}"`);
    const format = new IntlMessageFormat(text, LOCALES[language]);
    const plain = new Set<string>();
    const chosen = new Set<string>();
    plainArguments(format.getAst(), plain, chosen);
    for (const name of chosen) plain.delete(name);
    compiled.set(id, (found = { format, plain }));
  }
  return found;
}

/** Whether a language's catalogue has a key (the audiences a project adds have none). */
export const hasMessage = (language: Language, key: string): boolean => messages(language).has(key);

/**
 * A message in a language, its values put in. A number put in as it is ({year}) is written as it is, so
 * 2024 stays "2024"; a number the message formats ({n, plural, …}) follows the language's rules.
 */
export function t(language: Language, key: string, values: Values = {}): string {
  const { format, plain } = compile(language, key);
  const given = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, plain.has(name) ? String(value) : value]));
  const result = format.format(given);
  if (typeof result !== 'string') throw new Error(`workshopkit: the message "${key}" did not give text`);
  return result;
}

/** A list of messages under one key (`holding.items`), in order. */
export function tList(language: Language, key: string): string[] {
  const list: string[] = [];
  for (let i = 0; hasMessage(language, `${key}.${i}`); i++) list.push(t(language, `${key}.${i}`));
  return list;
}

/** Every argument a message names, sorted: the same in every language's version of a message. */
export function argumentsOf(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type !== TYPE.literal && element.type !== TYPE.pound && 'value' in element) names.add(String(element.value));
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(text, 'en-GB').getAst());
  return [...names].sort();
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** "10,731": a number as the language writes it. */
export function formatNumber(language: Language, value: number): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(LOCALES[language])));
  return format.format(value);
}

/** "1 October 2026", "1 Hydref 2026": a date (YYYY-MM-DD) as people in the UK write it. */
export function formatDate(language: Language, isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

const VOWEL = /^[aeiouwyâêîôûŵŷáéíóúàèìòùäëïöü]/i;

/**
 * "A, B and C". Welsh is written here rather than by Intl.ListFormat, which gives "a(c)": the word is
 * "ac" before a vowel and "a" before a consonant.
 */
export function listOf(language: Language, items: readonly string[]): string {
  if (language === 'en') return new Intl.ListFormat(LOCALES.en, { type: 'conjunction' }).format(items);
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(', ')} ${VOWEL.test(last) ? 'ac' : 'a'} ${last}`;
}
