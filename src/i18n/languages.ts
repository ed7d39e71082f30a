// The languages there are message catalogues for, and their tags: a list of its own, so the command line
// can name them (and check --lang) without loading the catalogues and the message formatter.
export const LANGUAGES = ['en', 'cy'] as const;
/** Which catalogue an output's words come from. */
export type Language = (typeof LANGUAGES)[number];

/** The BCP 47 tag of each language, for lang attributes and a PDF's /Lang. */
const TAGS: Record<Language, string> = { en: 'en-GB', cy: 'cy' };

/** The catalogue for a language tag ("cy", "cy-GB" → Welsh); English for any other. */
export function languageOf(tag: string): Language {
  return /^cy(-|$)/i.test(tag) ? 'cy' : 'en';
}

/** The tag a lang attribute carries for a language: "en-GB" or "cy". */
export const languageTag = (language: Language): string => TAGS[language];
