// Every piece of text of a module, with who sees it and where it is in the files. The tailor stage says
// what each audience sees (blocks, figures, the services shown for its age); this file ties that back to
// the YAML and Markdown it came from, so a rule can look at an audience's text and point at the source.
import { isKeptFor, type Item, type Nation } from '../schema/module-schema.js';
import type { Path, SourceText, YamlSource } from '../source/source-text.js';
import { fillTokens, plainToken, type GeneratedSpan } from '../tailor/fill-tokens.js';
import type { TailoredModule } from '../tailor/tailor.js';
import type { ValidModule } from '../module/validate.js';
import { findTokens } from '../schema/tokens.js';
import { scalarOffsets } from './positions.js';
import { blankRanges, maskMarkup } from './prose.js';
import type { Location } from './rule.js';

/** Who reads a text: the audience (slides, handouts) or the presenter (speaker notes, teacher guidance). */
export type Reader = 'audience' | 'presenter';

export type { GeneratedSpan };

export interface TextSegment {
  /** The text as its readers get it: tokens filled in, Markdown kept. */
  text: string;
  /** The same length as `text`: Markdown, links and filled-in figures blanked out. */
  prose: string;
  /** Text that came from {{stat}}, {{change}} and {{var}} tokens. */
  generated: GeneratedSpan[];
  reader: Reader;
  audiences: ReadonlySet<string>;
  /** The nations its block, list item or service is kept to; every nation when absent. */
  nations?: readonly Nation[];
  /** The index of the block in module.yaml the text belongs to, if any. */
  block?: number;
  blockType?: string;
  /** Other blocks that show it (a figure or a service shown in several places): it is placed at the first
   * of these that an audience sees. */
  alsoIn?: readonly number[];
  /** The key it came from: "title", "notes", "items", "scenario", "label"... */
  field: string;
  /** Its place in the module, for ordering. */
  ordinal: number;
  /** The file it is in. */
  source: SourceText;
  /** Where a character of `text` is in its file (a filled-in token points at the token). */
  place(index: number): Location;
}

export interface AudienceView {
  id: string;
  tailored: TailoredModule;
  /** For each tailored block, the index of the block in module.yaml it came from (its `from`); undefined
   * when the audience profile added it (a standard holding slide, the ground rules, the sources). */
  sourceBlocks: (number | undefined)[];
  /** Every text this audience sees or hears, in order. */
  segments: TextSegment[];
}

type Meta = Omit<TextSegment, 'text' | 'prose' | 'generated' | 'source' | 'place' | 'ordinal'>;

/** A text with its tokens filled in and its markup masked, and where each character came from. */
interface Filled {
  text: string;
  prose: string;
  generated: GeneratedSpan[];
  origins: number[];
}

// A module is checked once for each nation it keeps content to, and its texts are the same in each but for
// the nations' own words ({{var}}): what a text becomes is worked out once per module, and per nation only
// for a text with a {{var}} token. Segments share these arrays; nothing changes them.
const filledFor = new WeakMap<ValidModule, Map<string, Filled | Map<Nation, Filled>>>();

function filled(m: ValidModule, raw: string, nation: Nation): Filled {
  let cache = filledFor.get(m);
  if (!cache) filledFor.set(m, (cache = new Map()));
  let known = cache.get(raw);
  if (!known) {
    known = raw.includes('{{') && findTokens(raw).some((t) => t.kind === 'var') ? new Map<Nation, Filled>() : fill(m, raw, nation);
    cache.set(raw, known);
  }
  if (!(known instanceof Map)) return known;
  let forNation = known.get(nation);
  if (!forNation) known.set(nation, (forNation = fill(m, raw, nation)));
  return forNation;
}

function fill(m: ValidModule, raw: string, nation: Nation): Filled {
  const { text, origins, generated } = fillTokens(raw, (token) => plainToken(m, token, nation));
  const figures = generated.filter((g) => g.kind !== 'var');
  return { text, prose: blankRanges(maskMarkup(text), figures), generated, origins };
}

/** A YAML string value and where each of its characters is in the file. */
interface Scalar {
  value: unknown;
  /** Where the character at an index of the value is in the file. */
  offsetOf(index: number): number;
}

// The same values are read for every nation (and every module shares its audience files): each is found once.
const scalarsOf = new WeakMap<YamlSource, Map<string, Scalar>>();

function scalarAt(source: YamlSource, path: Path): Scalar {
  let cache = scalarsOf.get(source);
  if (!cache) scalarsOf.set(source, (cache = new Map()));
  // Numbers (list indexes) marked apart from keys, so ["a", 0] and ["a", "0"] stay two paths.
  const key = path.map((p) => (typeof p === 'number' ? `\u0001${p}` : p)).join('\u0000');
  let found = cache.get(key);
  if (!found) {
    const value: unknown = source.doc.getIn(path);
    // Matching the value against the file is worth doing only for a text a rule reports a problem in.
    let offsets: { each: number[] | undefined; fallback: number } | undefined;
    const offsetOf = (index: number) => {
      offsets ??= { each: scalarOffsets(source, path), fallback: source.offsetAt(path) };
      return offsets.each?.[index] ?? offsets.fallback;
    };
    found = { value, offsetOf };
    cache.set(key, found);
  }
  return found;
}

class Collector {
  readonly segments: TextSegment[] = [];
  private ordinal = 0;

  constructor(
    private readonly m: ValidModule,
    private readonly nation: Nation,
  ) {}

  add(raw: string, source: SourceText, locate: (index: number) => Location, meta: Meta): void {
    if (!meta.audiences.size || !raw.trim()) return;
    const { text, prose, generated, origins } = filled(this.m, raw, this.nation);
    const last = Math.max(0, raw.length - 1);
    this.segments.push({
      ...meta,
      text,
      prose,
      generated,
      ordinal: this.ordinal++,
      source,
      place: (index) => locate(origins[Math.min(Math.max(index, 0), origins.length - 1)] ?? last),
    });
  }

  /** A string value in a YAML file. */
  addYaml(source: YamlSource, path: Path, meta: Meta): void {
    const { value, offsetOf } = scalarAt(source, path);
    if (typeof value !== 'string') return;
    this.add(value, source, (i) => ({ source, offset: offsetOf(i) }), meta);
  }

  /** A part of a Markdown file that starts at `offset`. */
  addText(source: SourceText, offset: number, text: string, meta: Meta): void {
    this.add(text, source, (i) => ({ source, offset: offset + i }), meta);
  }
}

const LISTS = ['items', 'points', 'do', 'dont', 'questions', 'materials'] as const;

/** Every text of the module, with the audiences that see it. */
function collectSegments(m: ValidModule, views: ReadonlyMap<string, TailoredModule>, nation: Nation): TextSegment[] {
  const all = Object.keys(m.source.audiences);
  const yaml = m.loaded.module;
  const c = new Collector(m, nation);
  const only = (audiences: readonly string[] | undefined, within: readonly string[] = all) =>
    new Set(within.filter((a) => !audiences || audiences.includes(a)));

  for (const [audience, entry] of Object.entries(m.source.audiences)) {
    const meta = { reader: 'audience' as const, audiences: new Set([audience]) };
    if (entry.label) c.addYaml(yaml, ['audiences', audience, 'label'], { ...meta, field: 'label' });
    entry.objectives?.forEach((_, i) => c.addYaml(yaml, ['audiences', audience, 'objectives', i], { ...meta, field: 'objectives' }));
    entry.outcomes?.forEach((_, i) => c.addYaml(yaml, ['audiences', audience, 'outcomes', i], { ...meta, field: 'outcomes' }));
  }

  const titleBlock = m.source.blocks.findIndex((b) => b.type === 'title');
  const moduleMeta = { reader: 'audience' as const, audiences: new Set(all), ...(titleBlock >= 0 ? { block: titleBlock, blockType: 'title' } : {}) };
  c.addYaml(yaml, ['title'], { ...moduleMeta, field: 'title' });
  if (m.source.subtitle) c.addYaml(yaml, ['subtitle'], { ...moduleMeta, field: 'subtitle' });

  m.source.blocks.forEach((block, b) => {
    const at = ['blocks', b];
    // A block kept to other nations is not in this nation's outputs, so its text is not checked for them.
    const seen = isKeptFor(block.nations, nation) ? [...only(block.audiences)] : [];
    const base = { block: b, blockType: block.type, ...(block.nations ? { nations: block.nations } : {}) };
    const shown = (field: string, audiences: readonly string[] = seen): Meta => ({ ...base, field, reader: 'audience' as const, audiences: new Set(audiences) });
    const spoken = (field: string, audiences: readonly string[] = seen): Meta => ({ ...base, field, reader: 'presenter' as const, audiences: new Set(audiences) });
    const addKey = (key: string, meta: Meta = shown(key)) => c.addYaml(yaml, [...at, key], meta);
    const addList = (key: string, list: readonly Item[] | undefined) =>
      list?.forEach((item, i) => {
        if (typeof item === 'string') return c.addYaml(yaml, [...at, key, i], shown(key));
        const audiences = isKeptFor(item.nations, nation) ? [...only(item.audiences, seen)] : [];
        const meta = { ...shown(key, audiences), ...(item.nations ? { nations: item.nations } : {}) };
        c.addYaml(yaml, [...at, key, i, 'text'], meta);
        if (item.detail) c.addYaml(yaml, [...at, key, i, 'detail'], meta);
      });

    if (block.title) addKey('title');
    switch (block.type) {
      case 'title':
        addKey('subtitle');
        break;
      case 'holding':
      case 'questions':
        addKey('text');
        break;
      case 'definition':
        addKey('term');
        addKey('text');
        c.addYaml(yaml, [...at, 'not-to-be-confused-with', 'term'], shown('not-to-be-confused-with'));
        c.addYaml(yaml, [...at, 'not-to-be-confused-with', 'text'], shown('not-to-be-confused-with'));
        break;
      case 'presenters':
        block.people.forEach((_, i) => {
          for (const key of ['name', 'role', 'organisation', 'contact']) c.addYaml(yaml, [...at, 'people', i, key], shown('people'));
        });
        break;
      case 'activity':
        addKey('instructions');
        addKey('scenario');
        block.quiz?.forEach((_, i) => {
          c.addYaml(yaml, [...at, 'quiz', i, 'statement'], shown('quiz'));
          c.addYaml(yaml, [...at, 'quiz', i, 'explain'], shown('quiz'));
        });
        break;
      case 'markdown': {
        const section = m.sections.get(block.file);
        if (!section) break;
        const text = section.text;
        const frontTitle = (section.frontMatter as { title?: unknown } | null)?.title;
        if (!block.title && typeof frontTitle === 'string') {
          c.addText(text, Math.max(0, text.text.indexOf(frontTitle)), frontTitle, shown('title'));
        }
        for (const slide of section.slides) {
          c.addText(text, slide.offset, slide.markdown, shown('markdown'));
          if (slide.notes !== undefined && slide.notesOffset !== undefined) {
            const found = text.text.indexOf(slide.notes, slide.notesOffset);
            c.addText(text, found < 0 ? slide.notesOffset : found, slide.notes, spoken('notes'));
          }
        }
        break;
      }
      default:
        break;
    }
    if ('intro' in block) addKey('intro');
    for (const key of LISTS) if (key in block) addList(key, (block as unknown as Record<string, Item[] | undefined>)[key]);
    if (block.type === 'activity') {
      addKey('support', spoken('support'));
      addKey('challenge', spoken('challenge'));
      addKey('directions', spoken('directions'));
    }
    const notesOf = (key: 'notes' | 'dont-notes', value: string | Record<string, string> | undefined) => {
      if (typeof value === 'string') addKey(key, spoken(key));
      else if (value) {
        for (const audience of Object.keys(value)) {
          if (seen.includes(audience)) c.addYaml(yaml, [...at, key, audience], spoken(key, [audience]));
        }
      }
    };
    notesOf('notes', block.notes);
    if (block.type === 'dos-and-donts') notesOf('dont-notes', block['dont-notes']);
  });

  // Figures and services are shown where a block names them, to the audiences the tailor shows them to.
  const audiencesOf = (has: (t: TailoredModule) => boolean) => new Set(all.filter((a) => has(views.get(a)!)));
  const placedIn = (candidates: number[]) => {
    const blocks = [...new Set(candidates.filter((b) => b >= 0))].sort((a, b) => a - b);
    return blocks.length ? { block: blocks[0]!, blockType: m.source.blocks[blocks[0]!]!.type, alsoIn: blocks.slice(1) } : {};
  };
  if (m.loaded.stats) {
    const stats = m.loaded.stats;
    // The blocks whose texts put each figure in ({{stat}}, {{change}}), found in one pass over the texts.
    const namedIn = new Map<string, number[]>();
    for (const t of c.segments) {
      if (t.block === undefined) continue;
      for (const id of new Set(t.generated.filter((g) => g.kind !== 'var').flatMap((g) => g.args))) {
        const blocks = namedIn.get(id);
        if (blocks) blocks.push(t.block);
        else namedIn.set(id, [t.block]);
      }
    }
    [...m.figures.values()].forEach((figure, i) => {
      const audiences = audiencesOf((t) => t.figures.some((f) => f.id === figure.id));
      const inBlock = m.source.blocks.findIndex((b) => b.type === 'statistics' && (b.figures.includes(figure.id) || !!b.compare?.some((p) => p.from === figure.id || p.to === figure.id)));
      const inText = namedIn.get(figure.id) ?? [];
      const where = placedIn([inBlock, ...inText]);
      for (const key of ['label', 'publisher', 'period', 'caveat']) {
        c.addYaml(stats, ['figures', i, key], { ...where, field: key, reader: 'audience', audiences });
      }
    });
  }
  if (m.loaded.resources) {
    const resources = m.loaded.resources;
    [...m.resources.values()].forEach((resource, i) => {
      const audiences = audiencesOf((t) => t.blocks.some((b) => b.type === 'signposting' && b.resources.some((r) => r.id === resource.id)));
      const where = placedIn(m.source.blocks.map((b, index) => (b.type === 'signposting' && b.resources.includes(resource.id) ? index : -1)));
      for (const key of ['name', 'what', 'who', 'hours', 'next']) {
        c.addYaml(resources, ['resources', i, key], { ...where, field: key, reader: 'audience', audiences, ...(resource.nations ? { nations: resource.nations } : {}) });
      }
    });
  }
  return c.segments;
}

/** Gathers the text each audience sees, in order, from the module tailored for each of its audiences. */
export function audienceViews(m: ValidModule, tailored: ReadonlyMap<string, TailoredModule>, nation: Nation): { views: AudienceView[]; segments: TextSegment[] } {
  const segments = collectSegments(m, tailored, nation);
  const views = [...tailored].map(([id, t]) => {
    const sourceBlocks = t.blocks.map((b) => b.from?.block);
    const position = (segment: TextSegment) => {
      if (segment.block === undefined) return -1;
      const at = [segment.block, ...(segment.alsoIn ?? [])].map((b) => sourceBlocks.indexOf(b)).filter((i) => i >= 0);
      return at.length ? Math.min(...at) : sourceBlocks.length;
    };
    // Each segment's place is worked out once, not at every comparison of the sort.
    const placed = segments.filter((s) => s.audiences.has(id)).map((segment) => ({ segment, position: position(segment) }));
    // Within a block, what is shown comes before what the presenter says about it.
    placed.sort((a, b) => a.position - b.position || Number(a.segment.reader === 'presenter') - Number(b.segment.reader === 'presenter') || a.segment.ordinal - b.segment.ordinal);
    return { id, tailored: t, sourceBlocks, segments: placed.map((p) => p.segment) };
  });
  return { views, segments };
}
