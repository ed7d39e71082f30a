// The deck's HTML, shared by the deck folder and the one-file deck: the deck's template context, each
// slide's share of its block's minutes as `data-timing` (seconds) so Reveal's speaker view paces the talk.
import type { RenderOptions } from '../render/context.js';
import { templateContext } from '../render/context.js';
import { planSlides, type PlannedSlide } from '../render/slide-plan.js';
import type { FormatTemplates } from '../render/templates.js';
import type { TailoredModule } from '../tailor/tailor.js';
import { deck } from './deck.js';

/** The deck must have the slides the plan has: the PowerPoint is made from the plan. */
function withTimings(html: string, slides: PlannedSlide[]): string {
  let index = 0;
  const timed = html.replace(/<section\b([^>]*?)\s*>/g, (_, attributes: string) => `<section${attributes} data-timing="${slides[index++]?.seconds ?? 0}">`);
  if (index !== slides.length) {
    throw new Error(`the deck has ${index} slides but the slide plan has ${slides.length}: templates/deck/blocks/ and src/render/slide-plan.ts split slides differently`);
  }
  return timed;
}

export function deckHtml(tailored: TailoredModule, templates: FormatTemplates, options: RenderOptions): string {
  const context = templateContext(tailored, deck, options);
  return withTimings(templates.render(context), planSlides(context.blocks, context.helpPerSlide, context.language));
}
