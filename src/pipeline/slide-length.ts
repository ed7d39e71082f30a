// Slides too long for their frame, found before anything is rendered: a paragraph or list item that no slide
// can hold even at the theme's smallest text size, which the slide plan cannot split (src/render/slide-fit.ts).
// Each is an error at its own line, naming the audiences and formats that would show it cut off. The slides
// PDF measures every slide again in the browser as it prints (print.ts), for what an estimate cannot see.
import { CODE } from '../errors/catalogue.js';
import type { Finding } from '../errors/finding.js';
import { formatOf } from '../formats/registry.js';
import type { ValidModule } from '../module/validate.js';
import { templateContext, type RenderOptions } from '../render/context.js';
import { planSlides, type PlannedSlide, type TooLong } from '../render/slide-plan.js';
import type { OutputFormat } from '../formats/format.js';
import type { TailoredModule } from '../tailor/tailor.js';
import type { SourceText } from '../source/source-text.js';
import type { TailoredBlock } from '../tailor/tailor.js';
import type { Look } from '../theme/look.js';
import type { TailoredViews } from './modules.js';

/** Where a block's source text is: its Markdown file's line for a Markdown block, its module.yaml line for an item. */
export function sourceOf(m: ValidModule, block: TailoredBlock, raw?: string): { source: SourceText; offset: number } {
  const yaml = m.loaded.module;
  const from = block.from;
  if (!from) return { source: yaml, offset: 0 };
  const needle = raw?.split('\n')[0]!.trim().slice(0, 40);
  const declared = m.source.blocks[from.block];
  if (declared?.type === 'markdown') {
    const section = m.sections.get(declared.file)?.text;
    const at = needle && section ? section.text.indexOf(needle) : -1;
    if (section && at >= 0) return { source: section, offset: at };
  }
  const at = needle ? yaml.text.slice(from.start, from.end).indexOf(needle) : -1;
  return { source: yaml, offset: at >= 0 ? from.start + at : from.start };
}

const HINT: Record<TooLong['what'], string> = {
  paragraph: 'Shorten it, or split it into two paragraphs (a blank line between them) or two slides (a line "---"): a slide is split only between paragraphs.',
  item: 'Shorten it, or split it into two items: a list is split only between its items.',
};

/**
 * Every paragraph and item too long for any slide, in every audience's slide formats (or those `built`
 * says are being made: a build of some outputs is not stopped by a slide it does not make), once per place.
 */
export function slideLengthFindings(views: Pick<TailoredViews, 'module' | 'byAudience'>, look: Look, built?: (audience: string, format: string) => boolean): Finding[] {
  const m = views.module;
  const options: RenderOptions = { theme: look.theme.name, generator: 'workshopkit', look };
  const found = new Map<string, { finding: Omit<Finding, 'message'>; message: string; shownTo: Map<string, string[]> }>();
  for (const [audience, tailored] of views.byAudience) {
    const formats = tailored.audience.formats.filter((id) => !built || built(audience, id)).map((id) => formatOf(id)).filter((f) => f.splitsSlides);
    // Formats that show the same blocks split them alike: each set is measured once, for all its formats.
    for (const filterAs of new Set(formats.map((f) => f.filterAs))) {
      const alike = formats.filter((f) => f.filterAs === filterAs);
      for (const long of templateContext(tailored, alike[0]!, options).tooLong) {
        const { source, offset } = sourceOf(m, long.block, long.raw);
        const { line, col } = source.positionOf(offset);
        const message = `this ${long.what} is too long for one slide, even at the smallest text size (${look.theme.source.deck['min-size']}), and a ${long.what} is never split: "${long.text}" on the slide "${long.slide}"`;
        const key = `${source.displayPath}:${line}:${col}:${message}`;
        const entry = found.get(key) ?? { finding: { file: source.displayPath, line, col, severity: 'error', rule: CODE.slidesTooLong, hint: HINT[long.what] }, message, shownTo: new Map() };
        found.set(key, entry);
        const labels = entry.shownTo.get(audience) ?? [];
        for (const format of alike) if (!labels.includes(format.label)) labels.push(format.label);
        entry.shownTo.set(audience, labels);
      }
    }
  }
  return [...found.values()].map(({ finding, message, shownTo }) => ({
    ...finding,
    message: `${message} (for ${[...shownTo].map(([audience, labels]) => `${audience}: ${labels.join(', ')}`).join('; ')})`,
  }));
}

/** A slide of a printed slides PDF that the browser measured as still too long at the smallest text size. */
export interface CutOffSlide {
  module: ValidModule;
  audience: string;
  tailored: TailoredModule;
  format: OutputFormat;
  /** What it was rendered with (its language, its look). */
  options: RenderOptions;
  /** 0-based, in the order of the plan (and of the printed pages). */
  index: number;
}

/** The source text a planned slide starts with, to find it in its file. */
function firstSourceText(slide: PlannedSlide): string | undefined {
  const content = slide.content;
  if (content.kind === 'markdown') return content.markdown.replace(/^\s*#{1,6}\s+.*\n+/, '');
  if (content.kind === 'list') return content.items[0]?.text;
  return undefined;
}

/** Each cut-off slide as an error at its block's source, once per place, naming the audiences and formats. */
export function cutOffFindings(slides: readonly CutOffSlide[]): Finding[] {
  const found = new Map<string, { finding: Omit<Finding, 'message'>; message: string; shownTo: Map<string, string[]> }>();
  const plans = new Map<string, PlannedSlide[]>();
  for (const cut of slides) {
    const planKey = `${cut.module.id}/${cut.audience}/${cut.tailored.language}/${cut.format.id}`;
    if (!plans.has(planKey)) {
      const context = templateContext(cut.tailored, cut.format, cut.options);
      plans.set(planKey, planSlides(context.blocks, context.helpPerSlide, context.language));
    }
    const slide = plans.get(planKey)![cut.index];
    if (!slide) continue;
    const { source, offset } = sourceOf(cut.module, slide.block, firstSourceText(slide));
    const { line, col } = source.positionOf(offset);
    const minSize = cut.options.look?.theme.source.deck['min-size'] ?? 'its smallest size';
    const message = `the slide "${slide.title}" does not fit its frame, even at the smallest text size (${minSize}): its end is cut off`;
    const key = `${source.displayPath}:${line}:${col}:${message}`;
    const entry = found.get(key) ?? {
      finding: { file: source.displayPath, line, col, severity: 'error', rule: CODE.slidesTooLong, hint: 'Shorten this block, or split it into two blocks (in Markdown, two slides: a line "---" between them).' },
      message,
      shownTo: new Map(),
    };
    found.set(key, entry);
    const labels = entry.shownTo.get(cut.audience) ?? [];
    if (!labels.includes(cut.format.label)) labels.push(cut.format.label);
    entry.shownTo.set(cut.audience, labels);
  }
  return [...found.values()].map(({ finding, message, shownTo }) => ({
    ...finding,
    message: `${message} (for ${[...shownTo].map(([audience, labels]) => `${audience}: ${labels.join(', ')}`).join('; ')})`,
  }));
}
