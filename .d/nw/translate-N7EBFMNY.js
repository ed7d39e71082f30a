import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  extractUnits,
  mergeUnits,
  readTranslation,
  translationFile,
  writeXliff
} from "./chunk-ZEEWPGQO.js";
import "./chunk-KSLRJXZW.js";
import {
  ContentError
} from "./chunk-YIOUWWQO.js";
import "./chunk-ZA5X3MFD.js";
import "./chunk-7LJGQP6V.js";
import "./chunk-ATT2L2IN.js";
import "./chunk-APUE7URT.js";
import "./chunk-IN3YCHNO.js";
import "./chunk-AKJVFXR4.js";

// src/translation/translate.ts
import fs from "node:fs";
import path from "node:path";
function translateModule(m, language) {
  const { file, shown } = translationFile(m, language);
  const exists = fs.existsSync(file);
  const old = exists ? readTranslation(m, language) : void 0;
  if (old && !old.document) throw new ContentError(old.findings);
  const { document, counts } = mergeUnits(extractUnits(m), old?.document, { source: m.source.locale, target: language });
  const text = writeXliff(document);
  const changed = !exists || fs.readFileSync(file, "utf8") !== text;
  if (changed) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
  }
  return { shown, counts, untranslated: document.units.filter((u) => !u.target?.trim()).length, changed };
}
export {
  translateModule
};
