import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-YIOUWWQO.js";
import {
  LANGUAGES,
  languageTag
} from "./chunk-7LJGQP6V.js";
import {
  didYouMean
} from "./chunk-IN3YCHNO.js";

// src/schema/languages.ts
var SOURCE_LANGUAGE = "en";
var LANGUAGE_NAMES = { en: "English", cy: "Welsh" };
var LANGUAGE_TAGS = { en: languageTag("en"), cy: languageTag("cy") };
var isLanguage = (value) => LANGUAGES.includes(value);
function parseLanguageList(value) {
  const asked = value.split(",").map((v) => v.trim().toLowerCase()).filter(Boolean);
  if (!asked.length) throw new UsageError("--lang needs a language", `Use one of: ${LANGUAGES.join(", ")}; or two, comma-separated, for bilingual outputs (cy,en).`);
  for (const language of asked) {
    if (!isLanguage(language)) {
      throw new UsageError(`unknown language "${language}"`, `${didYouMean(language, LANGUAGES)} Two, comma-separated, make bilingual outputs (cy,en puts Welsh first).`);
    }
  }
  if (asked.length > 2 || new Set(asked).size !== asked.length) {
    throw new UsageError(`--lang ${value}: give one language, or two different ones for bilingual outputs`, "For example --lang cy, or --lang cy,en (Welsh first) or --lang en,cy (English first).");
  }
  return asked;
}

export {
  SOURCE_LANGUAGE,
  LANGUAGE_NAMES,
  LANGUAGE_TAGS,
  parseLanguageList
};
