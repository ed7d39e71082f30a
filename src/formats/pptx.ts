// An editable PowerPoint of the deck's slides, made from the same slide plan as the deck, with the same
// notes. It names the deck's templates as its own: it renders none of them, but the plan must split slides
// as they do, so a change to them makes it again.
import { listOf, t } from '../i18n/messages.js';
import { lookFor, templateContext } from '../render/context.js';
import { logoPng } from '../render/logo-png.js';
import { plainText } from '../render/markdown.js';
import { renderPptx } from '../render/pptx.js';
import { htmlText, planSlides } from '../render/slide-plan.js';
import { PPTX_FONT } from '../theme/fonts.js';
import { deck } from './deck.js';
import { deckHtml } from './deck-html.js';
import type { OutputFormat } from './format.js';

/** Each slide's speaker notes as the deck shows them, a paragraph a line, slide by slide. */
function deckNotes(html: string): string[][] {
  return [...html.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)].map((slide) => htmlText(/<aside class="notes">([\s\S]*?)<\/aside>/.exec(slide[1]!)?.[1] ?? ''));
}


export const pptx: OutputFormat = {
  id: 'pptx',
  label: 'PowerPoint',
  output: 'slides.pptx',
  blocksFrom: deck.id,
  layoutFrom: deck.id,
  filterAs: deck.filterAs,
  splitsSlides: true,
  stylesheets: [],
  async render(tailored, templates, options) {
    const look = lookFor(options);
    const context = templateContext(tailored, pptx, options);
    // The notes are read from the deck itself, so a presenter sees the same words in both, including the
    // notes the deck's templates write (a don't slide's, a continued list's).
    const notes = deckNotes(deckHtml(tailored, templates!, options));
    const px = (size: string) => Math.round(Number.parseFloat(size) * 0.75); // 1280 px wide is 960 pt
    const presenters = context.brand && 'presenters' in context.brand ? (context.brand.presenters as { name: string; role?: string }[]) : [];
    const logo = look.brand?.logo;
    const language = context.language;
    const bytes = await renderPptx({
      language,
      ...(options.draft ? { draft: true } : {}),
      ...(options.welshAvailable ? { welshAvailable: true } : {}),
      slides: planSlides(context.blocks, context.helpPerSlide, context.language).map((slide, i) => ({ ...slide, notes: notes[i] ?? [] })),
      audienceLabel: tailored.audience.label,
      ...(context.organisation ? { organisation: context.organisation } : {}),
      ...(presenters.length ? { presentersLine: t(language, 'title.presented-by', { names: listOf(language, presenters.map((p) => (p.role ? t(language, 'title.presenter-role', { name: p.name, role: p.role }) : p.name))) }) } : {}),
      ...(look.brand?.contact.length ? { brandContact: { name: look.brand.name, lines: look.brand.contact } } : {}),
      ...(logo ? { logo: { png: logoPng(logo), width: logo.width, height: logo.height, alt: logo.alt } } : {}),
      colours: look.colours,
      font: PPTX_FONT,
      bodySize: px(look.theme.source.deck.size),
      minSize: px(look.theme.source.deck['min-size']),
      meta: {
        title: context.documentTitle,
        subject: t(language, 'pdf.subject', { format: t(language, 'format.slides-pdf'), audience: tailored.audience.label.toLowerCase(), title: plainText(tailored.module.subtitle ?? tailored.module.title) }),
        author: context.organisation ?? 'workshopkit',
        ...(context.organisation ? { company: context.organisation } : {}),
        lang: context.lang,
        date: new Date(`${tailored.module.reviewed}T00:00:00Z`),
      },
    });
    return { files: [{ path: pptx.output, contents: bytes }] };
  },
};
