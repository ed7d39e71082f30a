import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  extractUnits,
  mergeUnits,
  readTranslation,
  translationFile,
  writeXliff
} from "./chunk-IQ5K7DU5.js";
import "./chunk-NXF4VLKS.js";
import {
  ContentError
} from "./chunk-TTZKFZ3Y.js";
import "./chunk-27YKXC3P.js";
import "./chunk-Q4R5K75Y.js";
import "./chunk-CXAGDF32.js";
import "./chunk-CXXQMAN5.js";
import "./chunk-W7DUMURV.js";
import "./chunk-4PKAJJXE.js";

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
