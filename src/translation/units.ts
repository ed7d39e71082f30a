// The translatable texts of a validated module, each a unit with a stable id, its English and its place:
// titles, items, notes, labels and caveats from the YAML files, and the Markdown sections cut into whole
// headings, paragraphs and list items. Ids name where a text is, not where it sits in a list of blocks, so
// they survive blocks being moved: `blocks/<block id>/title`, `sections/why-share.md/p3`,
// `figures/<figure id>/caveat`. A block without an id is named by its type and its number among the
// blocks of that type without one (`blocks/tips.2/items/0`).
import { createHash } from 'node:crypto';
import type { ValidModule } from '../module/validate.js';
import type { SourceText } from '../source/source-text.js';
import { markdownPieces } from './markdown-pieces.js';

export type YamlFile = 'module' | 'stats' | 'resources';

/** Where a unit's text lives, so a translation can be put in its place. */
export type UnitPlace =
  | { kind: 'yaml'; file: YamlFile; path: (string | number)[] }
  | { kind: 'front-matter'; section: string }
  | { kind: 'markdown'; section: string; slide: number; part: 'markdown' | 'notes'; piece: number };

export interface SourceUnit {
  id: string;
  /** The module's file the text is in, relative to the module folder: the unit's `<file original>`. */
  file: string;
  /** The English. */
  source: string;
  /** Where the English is, as findings name it. */
  where: { file: string; line: number; col: number };
  /** What the translator is told about it. */
  note?: string;
  place: UnitPlace;
}

/** Keys of a block that hold names, numbers or choices rather than text to translate. */
const NOT_TEXT = new Set(['type', 'id', 'file', 'audiences', 'figures', 'resources', 'compare', 'returns-to', 'kind', 'minutes', 'formats', 'answer', 'nations']);
const FIGURE_TEXTS = ['label', 'period', 'geography', 'population', 'caveat'] as const;
const RESOURCE_TEXTS = ['name', 'what', 'who', 'region', 'hours', 'next'] as const;

/** A short hash of an English text, kept beside its translation to see when the English has changed. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Every translatable text of the module, in reading order: module.yaml, its sections, stats.yaml, resources.yaml. */
export function extractUnits(m: ValidModule): SourceUnit[] {
  const units: SourceUnit[] = [];
  const yamlText = (file: YamlFile): SourceText => (file === 'module' ? m.loaded.module : file === 'stats' ? m.loaded.stats! : m.loaded.resources!);
  const fileName = (file: YamlFile) => `${file}.yaml`;
  const addYaml = (file: YamlFile, id: string, path: (string | number)[], value: unknown) => {
    if (typeof value !== 'string' || !value.trim()) return;
    const yaml = m.loaded[file]!;
    const { line, col } = yaml.positionOf(yaml.offsetAt(path));
    units.push(unit({ id, file: fileName(file), source: value, where: { file: yamlText(file).displayPath, line, col }, place: { kind: 'yaml', file, path } }));
  };
  const walk = (file: YamlFile, id: string, path: (string | number)[], value: unknown, skip: ReadonlySet<string>) => {
    if (typeof value === 'string') addYaml(file, id, path, value);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(file, `${id}/${i}`, [...path, i], v, skip));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) if (!skip.has(key)) walk(file, `${id}/${key}`, [...path, key], v, skip);
    }
  };

  const source = m.source;
  for (const key of ['title', 'subtitle', 'organisation'] as const) addYaml('module', key, [key], source[key]);
  for (const [name, values] of Object.entries(source.variables ?? {})) {
    for (const [nation, value] of Object.entries(values)) addYaml('module', `variables/${name}/${nation}`, ['variables', name, nation], value);
  }
  for (const [audience, entry] of Object.entries(source.audiences)) {
    addYaml('module', `audiences/${audience}/label`, ['audiences', audience, 'label'], entry.label);
    for (const key of ['objectives', 'outcomes'] as const) walk('module', `audiences/${audience}/${key}`, ['audiences', audience, key], entry[key], NOT_TEXT);
  }
  const counts = new Map<string, number>();
  source.blocks.forEach((block, index) => {
    let anchor = block.id;
    if (!anchor) {
      if (block.type === 'markdown') anchor = block.file;
      else {
        const n = (counts.get(block.type) ?? 0) + 1;
        counts.set(block.type, n);
        anchor = `${block.type}.${n}`;
      }
    }
    walk('module', `blocks/${anchor}`, ['blocks', index], block, NOT_TEXT);
  });

  const sectionsSeen = new Set<string>();
  for (const block of source.blocks) {
    if (block.type !== 'markdown' || sectionsSeen.has(block.file)) continue;
    sectionsSeen.add(block.file);
    units.push(...sectionUnits(m, block.file));
  }

  [...m.figures.values()].forEach((figure, i) => {
    for (const key of FIGURE_TEXTS) addYaml('stats', `figures/${figure.id}/${key}`, ['figures', i, key], figure[key]);
  });
  [...m.resources.values()].forEach((resource, i) => {
    for (const key of RESOURCE_TEXTS) addYaml('resources', `resources/${resource.id}/${key}`, ['resources', i, key], resource[key]);
  });
  return units;
}

function sectionUnits(m: ValidModule, file: string): SourceUnit[] {
  const section = m.sections.get(file)!;
  const units: SourceUnit[] = [];
  const where = (offset: number) => ({ file: section.text.displayPath, ...section.text.positionOf(offset) });
  const title = (section.frontMatter as { title?: unknown } | null)?.title;
  if (typeof title === 'string' && title.trim()) {
    units.push(unit({ id: `${file}/title`, file, source: title, where: where(Math.max(0, section.text.text.indexOf('title:'))), place: { kind: 'front-matter', section: file } }));
  }
  let n = 0;
  section.slides.forEach((slide, s) => {
    for (const part of ['markdown', 'notes'] as const) {
      const text = part === 'markdown' ? slide.markdown : slide.notes;
      const offset = part === 'markdown' ? slide.offset : slide.notesOffset;
      if (!text || offset === undefined) continue;
      // The slide's text is trimmed: find where it starts in the file, so positions are exact.
      const start = section.text.text.indexOf(text.slice(0, 40), offset);
      markdownPieces(text).forEach((piece, p) => {
        n += 1;
        const note = `Slide ${s + 1}${part === 'notes' ? ', speaker notes' : ''}.`;
        units.push(unit({
          id: `${file}/p${n}`,
          file,
          source: piece.text,
          where: where((start < 0 ? offset : start) + piece.start),
          note,
          place: { kind: 'markdown', section: file, slide: s, part, piece: p },
        }));
      });
    }
  });
  return units;
}

const TOKEN_NOTE = 'Keep each {{…}} as it is: workshopkit puts a figure, a computed change or the nation\'s words in its place.';

function unit(u: SourceUnit): SourceUnit {
  if (!u.source.includes('{{')) return u;
  return { ...u, note: u.note ? `${u.note} ${TOKEN_NOTE}` : TOKEN_NOTE };
}
