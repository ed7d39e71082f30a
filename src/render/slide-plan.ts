// The slides a deck is made of, worked out from the tailored blocks: which block makes how many slides,
// each slide's title, its speaker notes and its share of the block's minutes. The deck's templates split
// slides the same way (a Reveal deck is checked against this plan as it is rendered), so the PowerPoint and
// the deck always have the same slides in the same order. Pure: no disk, no browser.
import { t, type Language } from '../i18n/messages.js';
import type { ShownResource, ShownSource, TailoredBlock, TailoredItem } from '../tailor/tailor.js';
import { plainText, renderInline, renderMarkdown } from './markdown.js';
import { cardPiece, fits, itemPiece, joinUnits, leadPiece, markdownUnits, splitUnits, tallest, type SlideMetrics } from './slide-fit.js';

/** One slide of a list split over several: its items, and its heading when it carries on from the one before. */
export interface ListPart {
  items: TailoredItem[];
  /** The number of its first item in the whole list (an agenda's numbers carry on). */
  start: number;
  continued?: string;
}

/** One slide of a Markdown block: `continued` is its heading when it carries on a slide that was too long. */
export interface MarkdownSlide {
  markdown: string;
  notes?: string;
  continued?: string;
}

/** A block as the templates see it: with the label it is known by and whether it closes the deck, and a
 * list's slides when it is too long for one (splitLongSlides). */
export type PlanBlock = TailoredBlock & { label: string; isLast: boolean; parts?: ListPart[]; helpPerSlide?: number };

/** More do and don't items than this, together, go on two slides: one for each list. */
export const DOS_AND_DONTS_PER_SLIDE = 6;
/** Publications listed on one "Sources" slide. */
export const SOURCES_PER_SLIDE = 3;

/** Splits a list into as few slides as hold at most `size` entries each, evenly: 7 by 6 is 4 and 3, not 6 and 1. */
export function chunkEvenly<T>(list: readonly T[], size: number): T[][] {
  const count = Math.ceil(list.length / size);
  const chunks: T[][] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const length = Math.floor(list.length / count) + (i < list.length % count ? 1 : 0);
    chunks.push(list.slice(start, start + length));
    start += length;
  }
  return chunks;
}

/** What is on one slide besides its title. */
export type SlideContent =
  | { kind: 'block' }
  | { kind: 'list'; items: TailoredItem[]; first: boolean; start: number }
  | { kind: 'not-to-be-confused-with' }
  | { kind: 'do' }
  | { kind: 'dont' }
  | { kind: 'do-and-dont' }
  | { kind: 'answers' }
  | { kind: 'markdown'; markdown: string; first: boolean }
  | { kind: 'help'; resources: ShownResource[]; first: boolean; last: boolean }
  | { kind: 'sources'; sources: ShownSource[] };

export interface PlannedSlide {
  block: PlanBlock;
  content: SlideContent;
  /** Plain text, unique in the deck: a slide that carries on from another gets " (2)", " (3)". */
  title: string;
  /** The speaker notes, paragraph by paragraph, as plain text: the same words as the deck's notes. */
  notes: string[];
  /** This slide's share of its block's minutes, in whole seconds, for the speaker view's pacing. */
  seconds: number;
}

const DECODE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': '\u00a0' };

/** The text of sanitised HTML, a paragraph or list item a line, as a browser's textContent reads it. */
export function htmlText(html: string): string[] {
  return html
    .replace(/<\/(p|li|h[1-6]|blockquote|tr|pre)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|#x27|nbsp);/g, (entity) => DECODE[entity]!)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const mdText = (markdown: string | undefined): string[] => (markdown ? htmlText(renderMarkdown(markdown)) : []);
const inlineText = (markdown: string) => htmlText(renderInline(markdown)).join(' ');

/** The notes the deck shows on a block's first slide (templates/deck/partials/notes.hbs and the activity partial). */
function blockNotes(block: PlanBlock, language: Language): string[] {
  const notes = mdText(block.notes);
  if (block.type !== 'activity') return notes;
  return [
    ...notes,
    ...(block.support ? [`${t(language, 'activity.support')} ${inlineText(block.support)}`] : []),
    ...(block.challenge ? [`${t(language, 'activity.challenge')} ${inlineText(block.challenge)}`] : []),
  ];
}

/** The slide heading the deck shows for a block (its h2), as plain text. */
function headingOf(block: PlanBlock, language: Language): string {
  if (block.type === 'title' || block.type === 'holding') return plainText(block.title);
  if (block.title) return plainText(block.title);
  if (block.type === 'definition') return t(language, 'definition.what-is', { term: plainText(block.term) });
  // A block without a title is known by its type's name (the template context's label).
  return plainText(block.label);
}

const leadingHeading = (markdown: string) => /^\s*#{1,6}\s+(.+?)\s*(?:\n|$)/.exec(markdown);

/** The slides of one block, in the order the deck's partial for its type writes them. */
function blockSlides(block: PlanBlock, helpPerSlide: number, language: Language): Omit<PlannedSlide, 'seconds'>[] {
  const heading = headingOf(block, language);
  const notes = blockNotes(block, language);
  const one = (content: SlideContent, title = heading, slideNotes: string[] = []) => ({ block, content, title, notes: slideNotes });
  switch (block.type) {
    case 'definition':
      return [one({ kind: 'block' }, heading, notes), ...(block.notToBeConfusedWith
        ? [one({ kind: 'not-to-be-confused-with' }, t(language, 'definition.not-to-be-confused', { term: plainText(block.notToBeConfusedWith.term) }))]
        : [])];
    case 'dos-and-donts':
      return block.do.length + block.dont.length > DOS_AND_DONTS_PER_SLIDE
        ? [one({ kind: 'do' }, heading, notes), one({ kind: 'dont' }, t(language, 'dos.dont-title', { title: heading }))]
        : [one({ kind: 'do-and-dont' }, heading, notes)];
    case 'activity':
      return [one({ kind: 'block' }, heading, notes), ...(block.quiz.length
        ? [one({ kind: 'answers' }, t(language, 'activity.answers-title', { title: block.title ? plainText(block.title) : t(language, 'activity.quiz') }))]
        : [])];
    case 'tips':
    case 'agenda':
      if (!block.parts || block.parts.length < 2) return [one({ kind: 'block' }, heading, notes)];
      return block.parts.map((part, i) => one({ kind: 'list', items: part.items, first: i === 0, start: part.start }, part.continued ?? heading, i === 0 ? notes : []));
    case 'markdown':
      return (block.slides as MarkdownSlide[]).map((slide, i) => {
        const own = leadingHeading(slide.markdown);
        const title = slide.continued ?? (own ? plainText(own[1]!) : block.title ? plainText(block.title) : plainText(block.label));
        return one({ kind: 'markdown', markdown: slide.markdown, first: i === 0 }, title, [...mdText(slide.notes), ...(i === 0 ? notes : [])]);
      });
    case 'signposting': {
      const chunks = chunkEvenly(block.resources, block.helpPerSlide ?? helpPerSlide);
      return chunks.map((resources, i) => one({ kind: 'help', resources, first: i === 0, last: i === chunks.length - 1 }, heading, i === 0 ? notes : []));
    }
    case 'sources':
      return chunkEvenly(block.sources, SOURCES_PER_SLIDE).map((sources) => one({ kind: 'sources', sources }, t(language, 'sources.title')));
    default:
      return [one({ kind: 'block' }, heading, notes)];
  }
}

/** Whole seconds that add up to the block's minutes exactly, the first slides taking any odd second. */
function splitSeconds(minutes: number, count: number): number[] {
  const total = Math.round(minutes * 60);
  return Array.from({ length: count }, (_, i) => Math.floor(total / count) + (i < total % count ? 1 : 0));
}

/** Titles made unique in the order they appear: the second "Sources" is "Sources (2)". */
function uniqueTitles(titles: string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(titles);
  return titles.map((title) => {
    const n = (seen.get(title) ?? 0) + 1;
    seen.set(title, n);
    if (n === 1) return title;
    let k = n;
    while (taken.has(`${title} (${k})`)) k++;
    const unique = `${title} (${k})`;
    taken.add(unique);
    return unique;
  });
}

/** Every slide of a deck, in order. */
export function planSlides(blocks: readonly PlanBlock[], helpPerSlide: number, language: Language): PlannedSlide[] {
  const slides = blocks.flatMap((block) => {
    const own = blockSlides(block, helpPerSlide, language);
    const seconds = splitSeconds(block.minutes, own.length);
    return own.map((slide, i) => ({ ...slide, seconds: seconds[i]! }));
  });
  const titles = uniqueTitles(slides.map((s) => s.title));
  return slides.map((slide, i) => ({ ...slide, title: titles[i]! }));
}

/** Something too long for any slide, that cannot be split: one paragraph or one list item. */
export interface TooLong {
  block: PlanBlock;
  /** The slide it is on, as the plan titles it. */
  slide: string;
  /** Its first words. */
  text: string;
  /** Its source text (Markdown), to find it in its file. */
  raw: string;
  what: 'paragraph' | 'item';
}

const firstWords = (text: string) => {
  const words = plainText(text).split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
};

/** The title of a Markdown slide before any split: its own heading, or its block's. */
function markdownTitle(block: PlanBlock, markdown: string): string {
  const own = leadingHeading(markdown);
  return own ? plainText(own[1]!) : block.title ? plainText(block.title) : plainText(block.label);
}

/**
 * Splits the slides that cannot fit their frame even at the theme's smallest size, where their block allows:
 * a tips or agenda list between items, Markdown between paragraphs and list items (src/render/slide-fit.ts).
 * The deck's templates draw the parts this gives, and planSlides plans them, so every slide format agrees.
 */
export function splitLongSlides<B extends PlanBlock>(blocks: readonly B[], metrics: SlideMetrics, helpPerSlide: number, language: Language): { blocks: B[]; tooLong: TooLong[] } {
  const tooLong: TooLong[] = [];
  const continuedFrom = (title: string) => (part: number) => t(language, part === 2 ? 'slides.continued' : 'slides.continued-part', { title, n: part });
  const split = blocks.map((block): B => {
    if (block.type === 'signposting') {
      const perSlide = helpSlideSize(block, headingOf(block, language), helpPerSlide, metrics);
      return perSlide === helpPerSlide ? block : { ...block, helpPerSlide: perSlide };
    }
    if (block.type === 'tips' || block.type === 'agenda') {
      const heading = headingOf(block, language);
      const lead = block.type === 'tips' && block.intro ? [leadPiece(block.intro)] : [];
      const result = splitUnits(heading, continuedFrom(heading), block.items, (item) => [itemPiece(item)], lead, metrics);
      tooLong.push(...result.tooLong.map((item) => ({ block, slide: heading, text: firstWords(item.text), raw: item.text, what: 'item' as const })));
      // Always in parts, so the templates draw one slide a part; most lists are one part.
      let start = 1;
      const parts = result.parts.map((items, i): ListPart => {
        const part = { items, start, ...(i === 0 ? {} : { continued: continuedFrom(heading)(i + 1) }) };
        start += items.length;
        return part;
      });
      return { ...block, parts };
    }
    if (block.type === 'markdown') {
      const slides = block.slides.flatMap((slide, index): MarkdownSlide[] => {
        const title = markdownTitle(block, slide.markdown);
        // The block's title is drawn above its first slide only, and only when the slide has no heading of its own.
        const drawnTitle = index === 0 && block.title && !leadingHeading(slide.markdown) ? title : '';
        const units = markdownUnits(slide.markdown);
        const result = splitUnits(drawnTitle, continuedFrom(title), units, (unit) => unit.pieces, [], metrics);
        tooLong.push(...result.tooLong.map((unit) => ({
          block, slide: title, text: firstWords(unit.pieces.at(-1)!.text), raw: unit.raw.split('\n\n').at(-1)!, what: unit.list ? 'item' as const : 'paragraph' as const,
        })));
        if (result.parts.length < 2) return [slide];
        return result.parts.map((part, i) => ({
          markdown: joinUnits(part),
          ...(i === 0 && slide.notes ? { notes: slide.notes } : {}),
          ...(i === 0 ? {} : { continued: continuedFrom(title)(i + 1) }),
        }));
      });
      return slides.length === block.slides.length ? block : { ...block, slides };
    }
    return block;
  });
  return { blocks: split, tooLong };
}

const shortAddress = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

/**
 * How many places to get help go on one slide: the theme's number, or fewer when the cards and the intro
 * would not fit even at the smallest size (a long intro above four long cards).
 */
function helpSlideSize(block: Extract<PlanBlock, { type: 'signposting' }>, heading: string, helpPerSlide: number, metrics: SlideMetrics): number {
  const card = (r: ShownResource) => cardPiece([
    `${r.name}${r.ageLabel ? ` ${r.ageLabel}` : ''}`, r.what,
    ...(r.phone ? [`Phone ${r.phone}${r.hours ? ` (${r.hours})` : ''}`] : []), ...(r.url ? [shortAddress(r.url)] : []),
  ]);
  const lead = block.intro ? [leadPiece(block.intro)] : [];
  for (let size = helpPerSlide; size > 1; size--) {
    const slidesFit = chunkEvenly(block.resources, size).every((chunk, i) => {
      // Two cards to a row (the grid in deck.css); a row is as tall as its taller card.
      const rows = Array.from({ length: Math.ceil(chunk.length / 2) }, (_, r) => chunk.slice(2 * r, 2 * r + 2));
      return fits(heading, [...(i === 0 ? lead : []), ...rows.map((row) => tallest(row.map(card), metrics))], metrics.minSize, metrics);
    });
    if (slidesFit) return size;
  }
  return 1;
}
