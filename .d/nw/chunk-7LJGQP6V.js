import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);

// src/i18n/languages.ts
var LANGUAGES = ["en", "cy"];
var TAGS = { en: "en-GB", cy: "cy" };
function languageOf(tag) {
  return /^cy(-|$)/i.test(tag) ? "cy" : "en";
}
var languageTag = (language) => TAGS[language];

export {
  LANGUAGES,
  languageOf,
  languageTag
};
