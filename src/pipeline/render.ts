// Stage 4: turn one audience's tailored module into the files of each format. Pure: templates are
// loaded before, files are written and printed after.
import type { Format } from '../schema/module-schema.js';
import { deckAssets, logoPath, styleAssets, type OutputFile } from '../render/assets.js';
import type { FormatTemplates } from '../render/templates.js';
import { plainText } from '../render/markdown.js';
import { plainLook } from '../theme/load-theme.js';
import type { Look } from '../theme/look.js';
import type { PageKind } from './print.js';
import type { TailoredBlock, TailoredModule } from '../tailor/tailor.js';

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

/** Who gives the session: the module's organisation, or else the brand's name. */
export function organisationOf(tailored: TailoredModule, look?: Look): string | undefined {
  return tailored.module.organisation ?? look?.brand?.name;
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
const FILTER_AS: Record<Format, Format> = { deck: 'deck', 'slides-pdf': 'deck', notes: 'deck', handout: 'handout', 'lesson-plan': 'lesson-plan' };

const FORMAT_NAMES: Record<Format, string> = {
  deck: 'Slides',
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
export function templateContext(tailored: TailoredModule, format: Format, options: RenderOptions): object {
  const inFormat = tailored.blocks.filter((block) => !block.formats || block.formats.includes(FILTER_AS[format]));
  // The list of sources names only the publications whose figures this format shows.
  const figureIds = new Set(inFormat.flatMap((block) => block.figureIds ?? []));
  const sourceNumbers = new Set(tailored.figures.filter((f) => figureIds.has(f.id)).map((f) => f.number));
  const visible = inFormat.flatMap((block): TailoredBlock[] => {
    if (block.type !== 'sources') return [block];
    const sources = block.sources.filter((s) => sourceNumbers.has(s.number));
    return sources.length ? [{ ...block, sources }] : [];
  });
  let running = 0;
  const blocks = visible.map((block, index) => {
    const start = running;
    running += block.minutes;
    return { ...block, partial: `block-${block.type}`, label: blockLabel(block), start, end: running, isLast: index === visible.length - 1 };
  });
  const look = lookFor(options);
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
    activities: blocks.filter((b) => b.type === 'activity'),
    resources: blocks.flatMap((b) => (b.type === 'signposting' ? b.resources : [])),
  };
}

function renderDeck(tailored: TailoredModule, templates: FormatTemplates, options: RenderOptions): Rendered {
  const html = templates.render(templateContext(tailored, 'deck', options));
  return { files: [{ path: 'deck/index.html', contents: html }, ...deckAssets(lookFor(options))] };
}

const PRINT_OUTPUTS: Record<Exclude<Format, 'deck'>, { pdf: string; page: PageKind; stylesheets: string[] }> = {
  handout: { pdf: 'handout.pdf', page: 'a4', stylesheets: ['print.css'] },
  'lesson-plan': { pdf: 'lesson-plan.pdf', page: 'a4', stylesheets: ['print.css'] },
  notes: { pdf: 'notes.pdf', page: 'a4', stylesheets: ['deck.css', 'print.css', 'slides-print.css'] },
  'slides-pdf': { pdf: 'slides.pdf', page: 'slide', stylesheets: ['deck.css', 'slides-print.css'] },
};

function renderForPrint(format: Exclude<Format, 'deck'>) {
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
        subject: `${FORMAT_NAMES[format]} for ${tailored.audience.label.toLowerCase()}: ${plainText(tailored.module.subtitle ?? tailored.module.title)}`,
      },
    };
  };
}

export type Renderer = (tailored: TailoredModule, templates: FormatTemplates, options: RenderOptions) => Rendered;

export const RENDERERS: Record<Format, Renderer> = {
  deck: renderDeck,
  handout: renderForPrint('handout'),
  'lesson-plan': renderForPrint('lesson-plan'),
  notes: renderForPrint('notes'),
  'slides-pdf': renderForPrint('slides-pdf'),
};

/** The slides PDF and the presenter script reuse the deck's block partials. */
export const BLOCKS_FROM: Record<Format, Format> = { deck: 'deck', 'slides-pdf': 'deck', notes: 'deck', handout: 'handout', 'lesson-plan': 'lesson-plan' };
