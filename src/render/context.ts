// What every template sees: one audience's tailored module, shaped for one format, plus a few values
// worked out once (labels, dates, the brand, the stylesheets). Pure.
import { formatDate as formatDateIn, languageTag, t, type Language } from '../i18n/messages.js';
import { logoPath } from './assets.js';
import { plainText } from './markdown.js';
import { plainLook } from '../theme/load-theme.js';
import type { Look } from '../theme/look.js';
import { printSizesFor } from './print-sizes.js';
import { FONTS } from '../theme/fonts.js';
import type { TailoredBlock, TailoredModule } from '../tailor/tailor.js';
import { splitLongSlides, type PlanBlock } from './slide-plan.js';
import type { SlideMetrics } from './slide-fit.js';

/** "1 October 2026" ("1 Hydref 2026" in Welsh): a date as people in the UK write it. */
export function formatDate(isoDate: string, language: Language = 'en'): string {
  return formatDateIn(language, isoDate);
}

export interface RenderOptions {
  theme: string;
  /** The tool and its version, printed in a meta tag and the PDF's creator field. */
  generator: string;
  /** The theme with the brand laid over it, checked (build.ts); without it, the theme's own look. */
  look?: Look;
  /** The language of the output's own words; the tailored view's (its module's) when not given. */
  language?: Language;
  /** The output's Welsh is a draft translation: every page and slide says "Drafft / Draft". */
  draft?: boolean;
  /** An English output of a module that also has Welsh, built for Wales: it says so, in both languages. */
  welshAvailable?: boolean;
  /** A bilingual output: the same audience's view in the second language (the view rendered leads). */
  second?: TailoredModule;
}

/** The language an output's own words are in. */
export const outputLanguage = (tailored: TailoredModule, options: RenderOptions): Language => options.language ?? tailored.language;

export const lookFor = (options: RenderOptions): Look => options.look ?? plainLook(options.theme);

/** Who gives the session: the brand's name (the organisation using the module), or else the module's own. */
export function organisationOf(tailored: TailoredModule, look?: Look): string | undefined {
  return look?.brand?.name ?? tailored.module.organisation;
}

/** What the templates need of a brand: its logo where the output puts it, its contact lines, its presenters. */
function brandContext(look: Look, blocks: TailoredBlock[]): object | undefined {
  const brand = look.brand;
  if (!brand) return undefined;
  const src = logoPath(look);
  const hasPresentersSlide = blocks.some((b) => b.type === 'presenters');
  return {
    name: brand.name,
    ...(brand.logo && src ? { logo: { src, alt: brand.logo.alt, width: Math.round(brand.logo.width), height: Math.round(brand.logo.height) } } : {}),
    contact: brand.contact,
    // Named on the title slide only when no slide of their own introduces the presenters.
    presenters: hasPresentersSlide ? [] : brand.presenters,
  };
}

/** What the template context needs to know of a format (src/formats/format.ts has the rest). */
export interface TemplateFormat {
  id: string;
  /** What people call it: on the preview's index and in a PDF's subject. */
  label: string;
  /** The format a block's `formats:` list is read as: the slides PDF and the presenter script follow the deck. */
  filterAs: string;
  /** Its stylesheets in the order they are linked, relative to its assets folder. */
  stylesheets: readonly string[];
  /** Set for a format that shows the blocks as 16:9 slides: a slide too long for its frame is split (src/render/slide-fit.ts). */
  splitsSlides?: boolean;
}

/** The theme's slide sizes, for estimating which slides are too long. */
export function slideMetrics(look: Look): SlideMetrics {
  const deck = look.theme.source.deck;
  return { size: parseFloat(deck.size), minSize: parseFloat(deck['min-size']), lineHeight: look.theme.source.text['line-height'], rule: parseFloat(deck.rule), charWidth: FONTS[look.theme.source.font].charWidth };
}

/** The name a block is known by: its own title, else its first heading, else its type's name in the output's language. */
function blockLabel(block: TailoredBlock, language: Language): string {
  if (block.title) return block.title;
  if (block.type === 'definition') return t(language, 'definition.what-is', { term: block.term });
  if (block.type === 'markdown') {
    const heading = /^#{1,6}\s+(.+)$/m.exec(block.slides[0]?.markdown ?? '');
    if (heading) return heading[1]!;
  }
  return t(language, `block.${block.type}`);
}

type SlidePlan = ReturnType<typeof splitLongSlides<PlanBlock & { partial: string; start: number; end: number }>>;

// An audience's blocks split into slides are the same for every format that shows the same blocks, in the
// same look and language: the deck, its one-file copy, the PowerPoint, the slides PDF, the presenter script,
// and the check of slide lengths before them. So the split is worked out once; nothing changes it after.
const slidePlans = new WeakMap<TailoredModule, WeakMap<Look, Map<string, SlidePlan>>>();

function slidesOf(tailored: TailoredModule, look: Look, key: string, split: () => SlidePlan): SlidePlan {
  let byLook = slidePlans.get(tailored);
  if (!byLook) slidePlans.set(tailored, (byLook = new WeakMap()));
  let byKey = byLook.get(look);
  if (!byKey) byLook.set(look, (byKey = new Map()));
  let plan = byKey.get(key);
  if (!plan) byKey.set(key, (plan = split()));
  return plan;
}

/** What every template sees: the tailored module for one format, plus a few values worked out once. */
export function templateContext(tailored: TailoredModule, format: TemplateFormat, options: RenderOptions) {
  const inFormat = tailored.blocks.filter((block) => !block.formats || block.formats.includes(format.filterAs));
  // The list of sources names only the publications whose figures this format shows.
  const figureIds = new Set(inFormat.flatMap((block) => block.figureIds ?? []));
  const sourceNumbers = new Set(tailored.figures.filter((f) => figureIds.has(f.id)).map((f) => f.number));
  const visible = inFormat.flatMap((block): TailoredBlock[] => {
    if (block.type !== 'sources') return [block];
    const sources = block.sources.filter((s) => sourceNumbers.has(s.number));
    return sources.length ? [{ ...block, sources }] : [];
  });
  const look = lookFor(options);
  const language = outputLanguage(tailored, options);
  const brandPresenters = look.brand?.presenters ?? [];
  let running = 0;
  const allBlocks = visible.map((block, index): PlanBlock & { partial: string; start: number; end: number } => {
    const start = running;
    running += block.minutes;
    // A brand names the real people giving the session; the module's own list is the fallback.
    const shown: TailoredBlock = block.type === 'presenters' && brandPresenters.length ? { ...block, people: brandPresenters.map((p) => ({ ...p })) } : block;
    return { ...shown, partial: `block-${block.type}`, label: blockLabel(block, language), start, end: running, isLast: index === visible.length - 1 };
  });
  const { blocks, tooLong } = format.splitsSlides ? slidesOf(tailored, look, `${format.filterAs}\0${language}`, () => splitLongSlides(allBlocks, slideMetrics(look), look.theme.source.deck['help-per-slide'], language)) : { blocks: allBlocks, tooLong: [] };
  return {
    ...tailored,
    blocks,
    /** What is too long for any slide and cannot be split: the pipeline reports it at its source. */
    tooLong,
    format: format.id,
    formatName: format.label,
    /** Which catalogue {{t}} reads; `lang` is the tag for lang attributes. */
    language,
    lang: languageTag(language),
    draft: Boolean(options.draft),
    welshAvailable: Boolean(options.welshAvailable),
    stylesheets: format.stylesheets.map((sheet) => `assets/${sheet}`),
    documentTitle: `${plainText(tailored.module.title)}: ${tailored.audience.label}`,
    reviewedText: formatDate(tailored.module.reviewed, language),
    generator: options.generator,
    organisation: organisationOf(tailored, look),
    brand: brandContext(look, visible),
    theme: look.theme.name,
    helpPerSlide: look.theme.source.deck['help-per-slide'],
    printSizes: printSizesFor(tailored.audience, look),
    activities: blocks.filter((b) => b.type === 'activity'),
    // Everything the lesson's activities need, each thing once, in the order first needed.
    materials: [...new Set(blocks.flatMap((b) => (b.type === 'activity' ? b.materials : [])))],
    resources: blocks.flatMap((b) => (b.type === 'signposting' ? b.resources : [])),
  };
}
