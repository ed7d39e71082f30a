// Stage 4: turn one audience's tailored module into the files of each format. Pure: templates are
// loaded before, files are written and printed after.
import type { Format } from '../schema/module-schema.js';
import { deckAssets, logoPath, styleAssets, type OutputFile } from '../render/assets.js';
import type { FormatTemplates } from '../render/templates.js';
import { plainText } from '../render/markdown.js';
import { plainLook } from '../theme/load-theme.js';
import type { Look } from '../theme/look.js';
import { printSizesFor } from '../audiences/print-sizes.js';
import type { PageKind } from './print.js';
import type { TailoredBlock, TailoredModule } from './tailor.js';
import { inlineDeck } from '../render/deck-file.js';
import { logoPng } from '../render/logo-png.js';
import { PPTX_FONT } from '../theme/fonts.js';
import { renderPptx } from '../render/pptx.js';
import { htmlText, planSlides, type PlanBlock, type PlannedSlide } from '../render/slide-plan.js';

/** "1 October 2026": a date as people in the UK write it. */
export function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export interface RenderOptions {
  theme: string;
  /** The tool and its version, printed in a meta tag and the PDF's creator field. */
  generator: string;
  /** The theme with the brand laid over it, checked (build.ts); without it, the theme's own look. */
  look?: Look;
}

const lookFor = (options: RenderOptions): Look => options.look ?? plainLook(options.theme);

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

/** What a print format asks the print stage to do with the HTML it rendered. */
export interface PrintRequest {
  /** The HTML to print, relative to the audience's folder. */
  html: string;
  /** The PDF to write, relative to the audience's folder. */
  pdf: string;
  page: PageKind;
  subject: string;
}

export interface Rendered {
  files: OutputFile[];
  print?: PrintRequest;
}

/** Where a format's HTML is staged for printing; folders starting with "." are never moved into out/. */
export const PRINT_STAGING = '.print';

/** The deck-like formats follow the deck when a block is limited to some formats. */
const FILTER_AS: Record<Format, Format> = { deck: 'deck', 'deck-file': 'deck', pptx: 'deck', 'slides-pdf': 'deck', notes: 'deck', handout: 'handout', 'lesson-plan': 'lesson-plan' };

const FORMAT_NAMES: Record<Format, string> = {
  deck: 'Slides',
  'deck-file': 'Slides',
  pptx: 'Slides',
  'slides-pdf': 'Slides',
  notes: 'Presenter script',
  handout: 'Handout',
  'lesson-plan': 'Lesson plan',
};

const BLOCK_LABELS: Record<TailoredBlock['type'], string> = {
  title: 'Welcome and introduction',
  agenda: 'What we will cover',
  holding: 'Before the start',
  presenters: 'Who is presenting',
  definition: 'Definition',
  statistics: 'The scale of the problem',
  markdown: 'Section',
  tips: 'Tips',
  'dos-and-donts': 'What to do',
  signposting: 'Where to get help',
  activity: 'Activity',
  questions: 'Questions',
  sources: 'Sources',
};

function blockLabel(block: TailoredBlock): string {
  if (block.title) return block.title;
  if (block.type === 'definition') return `What is ${block.term}?`;
  if (block.type === 'markdown') {
    const heading = /^#{1,6}\s+(.+)$/m.exec(block.slides[0]?.markdown ?? '');
    if (heading) return heading[1]!;
  }
  return BLOCK_LABELS[block.type];
}

/** What every template sees: the tailored module for one format, plus a few values worked out once. */
export function templateContext(tailored: TailoredModule, format: Format, options: RenderOptions) {
  const inFormat = tailored.blocks.filter((block) => !block.formats || block.formats.includes(FILTER_AS[format]));
  // The list of sources names only the publications whose figures this format shows.
  const figureIds = new Set(inFormat.flatMap((block) => block.figureIds ?? []));
  const sourceNumbers = new Set(tailored.figures.filter((f) => figureIds.has(f.id)).map((f) => f.number));
  const visible = inFormat.flatMap((block): TailoredBlock[] => {
    if (block.type !== 'sources') return [block];
    const sources = block.sources.filter((s) => sourceNumbers.has(s.number));
    return sources.length ? [{ ...block, sources }] : [];
  });
  const look = lookFor(options);
  const brandPresenters = look.brand?.presenters ?? [];
  let running = 0;
  const blocks = visible.map((block, index): PlanBlock & { partial: string; start: number; end: number } => {
    const start = running;
    running += block.minutes;
    // A brand names the real people giving the session; the module's own list is the fallback.
    const shown: TailoredBlock = block.type === 'presenters' && brandPresenters.length ? { ...block, people: brandPresenters.map((p) => ({ ...p })) } : block;
    return { ...shown, partial: `block-${block.type}`, label: blockLabel(block), start, end: running, isLast: index === visible.length - 1 };
  });
  return {
    ...tailored,
    blocks,
    format,
    formatName: FORMAT_NAMES[format],
    documentTitle: `${plainText(tailored.module.title)}: ${tailored.audience.label}`,
    reviewedText: formatDate(tailored.module.reviewed),
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

/**
 * Each slide's share of its block's minutes as `data-timing` (seconds), so Reveal's speaker view paces the
 * talk. The deck must have the slides the plan has: the PowerPoint is made from the plan.
 */
function withTimings(html: string, slides: PlannedSlide[]): string {
  let index = 0;
  const timed = html.replace(/<section\b([^>]*?)\s*>/g, (_, attributes: string) => `<section${attributes} data-timing="${slides[index++]?.seconds ?? 0}">`);
  if (index !== slides.length) {
    throw new Error(`the deck has ${index} slides but the slide plan has ${slides.length}: templates/deck/blocks/ and src/render/slide-plan.ts split slides differently`);
  }
  return timed;
}

function deckHtml(tailored: TailoredModule, templates: FormatTemplates, options: RenderOptions): string {
  const context = templateContext(tailored, 'deck', options);
  return withTimings(templates.render(context), planSlides(context.blocks, context.helpPerSlide));
}

function renderDeck(tailored: TailoredModule, templates: FormatTemplates, options: RenderOptions): Rendered {
  return { files: [{ path: 'deck/index.html', contents: deckHtml(tailored, templates, options) }, ...deckAssets(lookFor(options))] };
}

/** The deck as one HTML file: reveal.js, styles, fonts and pictures inside it, to send by email. */
function renderDeckFile(tailored: TailoredModule, templates: FormatTemplates, options: RenderOptions): Rendered {
  const html = deckHtml(tailored, templates, options);
  const assets = deckAssets(lookFor(options)).map((file) => ({ ...file, path: file.path.replace(/^deck\//, '') }));
  return { files: [{ path: 'deck.html', contents: inlineDeck(html, assets) }] };
}

/** Each slide's speaker notes as the deck shows them, a paragraph a line, slide by slide. */
function deckNotes(html: string): string[][] {
  return [...html.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)].map((slide) => htmlText(/<aside class="notes">([\s\S]*?)<\/aside>/.exec(slide[1]!)?.[1] ?? ''));
}

/**
 * An editable PowerPoint of the deck's slides, from the same plan. Its notes are read from the deck itself,
 * so the words a presenter sees are the same in both, including notes the deck's templates write.
 */
async function renderPowerPoint(tailored: TailoredModule, templates: FormatTemplates, options: RenderOptions): Promise<Rendered> {
  const look = lookFor(options);
  const context = templateContext(tailored, 'pptx', options);
  const notes = deckNotes(deckHtml(tailored, templates, options));
  const px = (size: string) => Math.round(Number.parseFloat(size) * 0.75); // 1280 px wide is 960 pt
  const presenters = context.brand && 'presenters' in context.brand ? (context.brand.presenters as { name: string; role?: string }[]) : [];
  const logo = look.brand?.logo;
  const bytes = await renderPptx({
    slides: planSlides(context.blocks, context.helpPerSlide).map((slide, i) => ({ ...slide, notes: notes[i] ?? [] })),
    audienceLabel: tailored.audience.label,
    ...(context.organisation ? { organisation: context.organisation } : {}),
    ...(presenters.length ? { presentersLine: `Presented by ${listWords(presenters.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)))}` } : {}),
    ...(look.brand?.contact.length ? { brandContact: { name: look.brand.name, lines: look.brand.contact } } : {}),
    ...(logo ? { logo: { png: logoPng(logo), width: logo.width, height: logo.height, alt: logo.alt } } : {}),
    colours: look.colours,
    font: PPTX_FONT,
    bodySize: px(look.theme.source.deck.size),
    minSize: px(look.theme.source.deck['min-size']),
    meta: {
      title: context.documentTitle,
      subject: `Slides for ${tailored.audience.label.toLowerCase()}: ${plainText(tailored.module.subtitle ?? tailored.module.title)}`,
      author: context.organisation ?? 'workshopkit',
      ...(context.organisation ? { company: context.organisation } : {}),
      lang: tailored.module.locale,
      date: new Date(`${tailored.module.reviewed}T00:00:00Z`),
    },
  });
  return { files: [{ path: 'slides.pptx', contents: bytes }] };
}

/** "A", "A and B", "A, B and C". */
const listWords = (words: string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/** The formats printed to PDF from HTML. */
export type PrintFormat = 'handout' | 'lesson-plan' | 'notes' | 'slides-pdf';

const PRINT_OUTPUTS: Record<PrintFormat, { pdf: string; page: PageKind; stylesheets: string[] }> = {
  handout: { pdf: 'handout.pdf', page: 'a4', stylesheets: ['print.css'] },
  'lesson-plan': { pdf: 'lesson-plan.pdf', page: 'a4', stylesheets: ['print.css'] },
  notes: { pdf: 'notes.pdf', page: 'a4', stylesheets: ['deck.css', 'print.css', 'slides-print.css'] },
  'slides-pdf': { pdf: 'slides.pdf', page: 'slide', stylesheets: ['deck.css', 'slides-print.css'] },
};

/** A label mid-sentence: only its first capital is lowered, so "(PSHE)" and names keep theirs. */
function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** Formats printed to PDF from the HTML they render; the others are written as they are rendered. */
export const isPrinted = (format: Format): format is PrintFormat => format in PRINT_OUTPUTS;

function renderForPrint(format: PrintFormat) {
  return (tailored: TailoredModule, templates: FormatTemplates, options: RenderOptions): Rendered => {
    const spec = PRINT_OUTPUTS[format];
    const folder = `${PRINT_STAGING}/${format}`;
    const html = templates.render(templateContext(tailored, format, options));
    return {
      files: [{ path: `${folder}/index.html`, contents: html }, ...styleAssets(`${folder}/assets`, lookFor(options), spec.stylesheets)],
      print: {
        html: `${folder}/index.html`,
        pdf: spec.pdf,
        page: spec.page,
        subject: `${FORMAT_NAMES[format]} for ${lowerFirst(tailored.audience.label)}: ${plainText(tailored.module.subtitle ?? tailored.module.title)}`,
      },
    };
  };
}

/** A renderer may take its time (a zip is written asynchronously): build and serve await it. */
export type Renderer = (tailored: TailoredModule, templates: FormatTemplates, options: RenderOptions) => Rendered | Promise<Rendered>;

export const RENDERERS: Record<Format, Renderer> = {
  deck: renderDeck,
  'deck-file': renderDeckFile,
  pptx: renderPowerPoint,
  handout: renderForPrint('handout'),
  'lesson-plan': renderForPrint('lesson-plan'),
  notes: renderForPrint('notes'),
  'slides-pdf': renderForPrint('slides-pdf'),
};

/** The slides PDF and the presenter script reuse the deck's block partials. */
export const BLOCKS_FROM: Record<Format, Format> = {
  deck: 'deck', 'deck-file': 'deck', pptx: 'deck', 'slides-pdf': 'deck', notes: 'deck', handout: 'handout', 'lesson-plan': 'lesson-plan',
};

/** Whose layout a format renders with: the one-file deck is the deck, inlined; the PowerPoint is made from the deck's slide plan. */
export const LAYOUT_FROM: Record<Format, Format> = { ...BLOCKS_FROM, notes: 'notes', 'slides-pdf': 'slides-pdf' };
