// A module in another language: the same validated module, every text replaced by its translation from
// translations/<lang>.xlf. Checked, never guessed: a text with no translation is an error at its place in
// the XLIFF file (the build stops, nothing falls back to English); a translation made from English that
// has since changed is a warning naming the XLIFF line and the English line; a translation that drops or
// changes a {{token}} is an error. The module keeps its English files and positions, so findings about its
// structure still point at module.yaml. A unit not reviewed (state final or signed-off) makes it a draft.
import type { Finding } from '../errors/finding.js';
import { CODE } from '../errors/catalogue.js';
import { hasErrors } from '../errors/finding.js';
import type { ValidModule } from '../module/validate.js';
import { LANGUAGE_NAMES, LANGUAGE_TAGS, SOURCE_LANGUAGE, type Language } from '../schema/languages.js';
import { findTokens } from '../schema/tokens.js';
import { markdownPieces, replacePieces } from './markdown-pieces.js';
import { CHANGED_STATE, sameEnglishElsewhere, translatedFrom } from './merge.js';
import { readTranslation } from './translation-file.js';
import { extractUnits, type SourceUnit, type UnitPlace } from './units.js';
import { REVIEWED_STATES, type Position, type XliffDocument, type XliffUnit } from './xliff.js';

export interface Localised {
  /** The module in the language asked for; absent when a finding is an error (a build must stop). */
  module?: ValidModule;
  /** True when a translation used is not reviewed (its state is not final or signed-off). */
  draft: boolean;
  /** How many of the module's texts have a translation not yet reviewed, of how many. */
  unreviewed: number;
  units: number;
  findings: Finding[];
}

/** The module in `language`, from its translation file; English is the module itself. */
export function localiseModule(m: ValidModule, language: Language): Localised {
  if (language === SOURCE_LANGUAGE) return { module: m, draft: false, unreviewed: 0, units: 0, findings: [] };
  const read = readTranslation(m, language);
  if (!read.document) return { draft: false, unreviewed: 0, units: 0, findings: read.findings };
  return localiseWith(m, read.document, { language, shown: read.shown });
}

const excerpt = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};
const place = (where: SourceUnit['where']) => `${where.file}:${where.line}:${where.col}`;
const tokenList = (text: string) => findTokens(text).map((t) => `{{${t.kind} ${t.args.join(' ')}}}`).sort();

/** Pure: the module with each text replaced by the document's translation of it. */
export function localiseWith(m: ValidModule, document: XliffDocument, options: { language: Language; shown: string }): Localised {
  const { language, shown } = options;
  const name = LANGUAGE_NAMES[language];
  const findings: Finding[] = [];
  const at = (position: Position | undefined, severity: Finding['severity'], rule: Finding['rule'], message: string, hint: string): Finding =>
    ({ file: shown, line: position?.line ?? 1, col: position?.col ?? 1, severity, rule, message, hint });
  const units = extractUnits(m);
  const englishById = new Map(units.map((u) => [u.id, u.source]));
  const english = new Set(englishById.values());
  // A unit whose English is now another unit's text was moved there: under its old id it translates another text.
  const moved = (u: XliffUnit) => english.has(u.source) && englishById.get(u.id) !== u.source;
  const byId = new Map(document.units.filter((u) => !moved(u)).map((u) => [u.id, u]));
  const translations = new Map<string, string>();
  let unreviewed = 0;

  for (const unit of units) {
    const own = byId.get(unit.id);
    const ownTranslated = Boolean(own?.target?.trim());
    // A text moved (blocks or items reordered, the file not yet updated) is found by its English, exactly.
    const used = ownTranslated && translatedFrom(own!, unit.source) ? own! : sameEnglishElsewhere(document.units, unit.source) ?? (ownTranslated ? own! : undefined);
    if (!used) {
      const position = own?.targetAt ?? own?.at ?? document.fileAt?.get(unit.file) ?? document.fileAt?.get('');
      findings.push(at(position, 'error', CODE.translationMissing,
        `no ${name} for "${unit.id}" (${place(unit.where)}): "${excerpt(unit.source)}"`,
        own ? `Translate this unit in your translation tool, then save ${shown}.` : `Run "workshopkit translate ${m.id} --lang ${language}" to add this unit, then translate it.`));
      continue;
    }
    if (!translatedFrom(used, unit.source)) {
      findings.push(stale(at, used, unit, `the English of "${unit.id}" changed after it was translated`, m.id, language));
    } else if (used.state === CHANGED_STATE) {
      findings.push(stale(at, used, unit, `"${unit.id}" is marked ${CHANGED_STATE}: its English changed after it was translated`, m.id, language));
    }
    const expected = tokenList(unit.source);
    const got = tokenList(used.target!);
    if (expected.join('\n') !== got.join('\n')) {
      findings.push(at(used.targetAt ?? used.at, 'error', CODE.translationTokens,
        `the ${name} of "${unit.id}" has ${got.length ? got.join(', ') : 'no {{token}}'}, its English ${expected.length ? expected.join(', ') : 'none'} (${place(unit.where)})`,
        'Keep every {{…}} of the English exactly as it is, once each: workshopkit puts the figure or the words in its place.'));
    }
    if (!REVIEWED_STATES.includes(used.state ?? '')) unreviewed += 1;
    translations.set(unit.id, used.target!);
  }
  const counts = { draft: unreviewed > 0, unreviewed, units: units.length };
  if (hasErrors(findings)) return { ...counts, findings };
  return { module: applyTranslations(m, units, translations, language), ...counts, findings };
}

function stale(
  at: (p: Position | undefined, s: Finding['severity'], r: Finding['rule'], message: string, hint: string) => Finding,
  written: XliffUnit,
  unit: SourceUnit,
  message: string,
  id: string,
  language: string,
): Finding {
  return at(written.targetAt ?? written.at, 'warning', CODE.translationStale, `${message}: now "${excerpt(unit.source)}" at ${place(unit.where)}`,
    `Update the translation, then mark it translated or final; "workshopkit translate ${id} --lang ${language}" records the new English and keeps the old in <alt-trans>.`);
}

/** A copy of the module with each unit's text replaced; its files, positions and structure are the English ones. */
function applyTranslations(m: ValidModule, units: readonly SourceUnit[], translations: ReadonlyMap<string, string>, language: Language): ValidModule {
  // Its locale is the language's, so the views tailored from it say their words and set lang in it.
  const source = { ...structuredClone(m.source), locale: LANGUAGE_TAGS[language] };
  const figures = new Map([...m.figures].map(([id, f]) => [id, { ...f }]));
  const resources = new Map([...m.resources].map(([id, r]) => [id, { ...r }]));
  const figureList = [...figures.values()];
  const resourceList = [...resources.values()];
  const sections = new Map([...m.sections].map(([file, s]) => [file, { ...s, frontMatter: s.frontMatter && typeof s.frontMatter === 'object' ? { ...s.frontMatter } : s.frontMatter, slides: s.slides.map((slide) => ({ ...slide })) }]));
  const markdownParts = new Map<string, Map<number, string>>();

  for (const unit of units) {
    const text = translations.get(unit.id)!;
    const where: UnitPlace = unit.place;
    if (where.kind === 'yaml') {
      const root: unknown = where.file === 'module' ? source : where.file === 'stats' ? { figures: figureList } : { resources: resourceList };
      setAt(root, where.path, text);
    } else if (where.kind === 'front-matter') {
      (sections.get(where.section)!.frontMatter as { title?: string }).title = text;
    } else {
      const key = `${where.section}\0${where.slide}\0${where.part}`;
      if (!markdownParts.has(key)) markdownParts.set(key, new Map());
      markdownParts.get(key)!.set(where.piece, text);
    }
  }
  for (const [key, pieces] of markdownParts) {
    const [file, slideIndex, part] = key.split('\0') as [string, string, 'markdown' | 'notes'];
    const slide = sections.get(file)!.slides[Number(slideIndex)]!;
    const english = slide[part]!;
    slide[part] = replacePieces(english, markdownPieces(english), (piece, index) => pieces.get(index) ?? piece.text);
  }
  return { ...m, source, figures, resources, sections };
}

function setAt(root: unknown, path: readonly (string | number)[], value: string): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}
