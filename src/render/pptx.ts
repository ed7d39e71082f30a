// An editable PowerPoint made from the slide plan: every slide has its title in the layout's title
// placeholder, text as text (bullets as bullets, do and don't as two columns, figures as shapes with their
// source), the speaker notes in the notes pane, links that click, pictures with alt text, and the slide
// number from the master. Pure: everything it shows is passed in; the same input gives the same bytes.
import type JSZipType from 'jszip';
import { Lexer, type Token, type Tokens } from 'marked';
import type PptxGenJSModule from 'pptxgenjs';
import { t, type Language } from '../i18n/messages.js';
import type { ColourToken } from '../theme/theme-schema.js';
import type { PlannedSlide } from './slide-plan.js';

// The PowerPoint writer, the zip reader and the QR encoder load when a PowerPoint file is made, not with the
// format registry (so a command that makes none, like `list`, never waits for them). pptxgenjs's types
// describe a CommonJS module whose default export is the class; its ES build, which Node loads here,
// exports the class itself.
const loadPptxGenJS = async () => (await import('pptxgenjs')).default as unknown as typeof PptxGenJSModule.default;
const loadJSZip = async () => (await import('jszip')).default as unknown as typeof JSZipType;
type Pptx = InstanceType<typeof PptxGenJSModule.default>;
type TextProps = PptxGenJSModule.default.TextProps;
type TextOptions = PptxGenJSModule.default.TextPropsOptions;
type Slide = PptxGenJSModule.default.Slide;

export interface PptxLogo {
  png: Uint8Array;
  width: number;
  height: number;
  alt: string;
}

export interface PptxInput {
  /** The language of the slides' own words ("Do", "Source: …"). */
  language: Language;
  /** Its Welsh is a draft translation: every slide says "Drafft / Draft". */
  draft?: boolean;
  /** An English deck of a module that is also in Welsh: the title slide says so, in both languages. */
  welshAvailable?: boolean;
  slides: PlannedSlide[];
  /** Shown on the title slide under the module's title. */
  audienceLabel: string;
  organisation?: string;
  /** "Presented by …", on the title slide when no slide of its own names the presenters. */
  presentersLine?: string;
  brandContact?: { name: string; lines: string[] };
  logo?: PptxLogo;
  colours: Record<ColourToken, string>;
  /** A font every school PC has: PowerPoint has no fallback list, and a missing font is swapped silently. */
  font: string;
  /** Body text and the smallest text, in points. */
  bodySize: number;
  minSize: number;
  meta: { title: string; subject: string; author: string; company?: string; lang: string; date: Date };
}

// A 16:9 slide, 13.333 x 7.5 inches, like the deck's 1280 x 720.
const W = 13.333;
const MARGIN = 0.6;
const CONTENT_W = W - 2 * MARGIN;
const BODY_TOP = 1.65;
const BODY_BOTTOM = 6.85;
const MASTER = 'WORKSHOPKIT';
const TITLE_MASTER = 'WORKSHOPKIT_TITLE';

const hex = (colour: string) => {
  const c = colour.replace('#', '');
  return (c.length === 3 ? c.split('').map((d) => d + d).join('') : c).toUpperCase();
};

const SAFE_LINK = /^(https?:|mailto:|tel:)/i;
const shortUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

const DECODE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => DECODE[e]!);

/** One paragraph: its runs and how it is set. */
interface Paragraph {
  runs: TextProps[];
  bullet?: 'bullet' | 'number';
  level?: number;
  bold?: boolean;
  colour?: string;
  scale?: number;
  spaceBefore?: number;
}

interface Style {
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  link?: string;
}

/** Inline Markdown tokens as text runs: bold, italics, links that click. */
function inlineRuns(tokens: Token[] | undefined, style: Style = {}): TextProps[] {
  const runs: TextProps[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        runs.push(...inlineRuns((token as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        runs.push(...inlineRuns((token as Tokens.Em).tokens, { ...style, italic: true }));
        break;
      case 'del':
        runs.push(...inlineRuns((token as Tokens.Del).tokens, { ...style, strike: true }));
        break;
      case 'link': {
        const href = (token as Tokens.Link).href;
        runs.push(...inlineRuns((token as Tokens.Link).tokens, SAFE_LINK.test(href) ? { ...style, link: href } : style));
        break;
      }
      case 'br':
        runs.push({ text: '', options: { softBreakBefore: true } });
        break;
      case 'html':
        break; // raw HTML is dropped, as the sanitiser drops it from the deck
      case 'text':
        if ((token as Tokens.Text).tokens?.length) runs.push(...inlineRuns((token as Tokens.Text).tokens, style));
        else runs.push(run(decode((token as Tokens.Text).text), style));
        break;
      default:
        runs.push(run(decode('text' in token ? String(token.text) : token.raw), style));
    }
  }
  return runs;
}

function run(text: string, style: Style): TextProps {
  return {
    text,
    options: {
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.strike ? { strike: 'sngStrike' as const } : {}),
      ...(style.link ? { hyperlink: { url: style.link, tooltip: style.link.replace(/^(mailto|tel):/, '') } } : {}),
    },
  };
}

/**
 * Figures come into the text from the tailor stage as HTML (the value in bold, its source in a span); they
 * are turned back into Markdown, and any other tag is dropped, as the deck's sanitiser would.
 */
const figuresAsMarkdown = (markdown: string) =>
  markdown.replace(/<strong class="stat">(.*?)<\/strong>/g, '**$1**').replace(/<\/?span\b[^>]*>/g, '');

const inline = (markdown: string, style: Style = {}) => inlineRuns(new Lexer({ gfm: true }).inlineTokens(figuresAsMarkdown(markdown)), style);

/** Block Markdown (paragraphs, lists, headings, quotes) as paragraphs. */
function markdownParagraphs(markdown: string, dropHeading = false): Paragraph[] {
  const tokens = new Lexer({ gfm: true }).lex(figuresAsMarkdown(markdown));
  const paragraphs: Paragraph[] = [];
  const walk = (list: Token[], level: number) => {
    list.forEach((token, i) => {
      switch (token.type) {
        case 'heading':
          if (dropHeading && i === 0 && level === 0) return;
          paragraphs.push({ runs: inlineRuns((token as Tokens.Heading).tokens), bold: true, spaceBefore: 6 });
          return;
        case 'paragraph':
          paragraphs.push({ runs: inlineRuns((token as Tokens.Paragraph).tokens), ...(level ? { level } : {}) });
          return;
        case 'text':
          paragraphs.push({ runs: inlineRuns((token as Tokens.Text).tokens ?? [token]), ...(level ? { level } : {}) });
          return;
        case 'list':
          for (const item of (token as Tokens.List).items) {
            const [first, ...rest] = item.tokens;
            const runs = first && (first.type === 'text' || first.type === 'paragraph') ? inlineRuns((first as Tokens.Text).tokens ?? [first]) : [];
            paragraphs.push({ runs, bullet: (token as Tokens.List).ordered ? 'number' : 'bullet', level: level + 1 });
            walk(first && runs.length ? rest : item.tokens, level + 1);
          }
          return;
        case 'blockquote':
          walk((token as Tokens.Blockquote).tokens, level + 1);
          return;
        case 'code':
          paragraphs.push({ runs: [{ text: (token as Tokens.Code).text }] });
          return;
        case 'table': {
          const table = token as Tokens.Table;
          paragraphs.push({ runs: joinRuns(table.header.map((cell) => inlineRuns(cell.tokens, { bold: true }))) });
          for (const row of table.rows) paragraphs.push({ runs: joinRuns(row.map((cell) => inlineRuns(cell.tokens))) });
          return;
        }
        default:
          return; // space, hr, raw html
      }
    });
  };
  walk(tokens, 0);
  return paragraphs.filter((p) => p.runs.length);
}

function joinRuns(cells: TextProps[][]): TextProps[] {
  return cells.flatMap((cell, i) => (i ? [{ text: ' · ' }, ...cell] : cell));
}

const items = (list: { text: string; detail?: string }[], bullet: Paragraph['bullet'] = 'bullet', muted?: string): Paragraph[] =>
  list.map((item) => ({
    runs: [...inline(item.text), ...(item.detail ? [{ text: ' ' }, ...inline(item.detail, {}).map((r) => ({ ...r, options: { ...r.options, ...(muted ? { color: muted } : {}) } }))] : [])],
    bullet,
  }));

/** Rough line count of paragraphs set at `size` points in a box `width` inches wide (Arial averages half an em a character). */
function heightOf(paragraphs: Paragraph[], width: number, size: number): number {
  const perLine = Math.max(8, Math.floor((width * 72 - 30) / (size * 0.5)));
  let lines = 0;
  for (const p of paragraphs) {
    const length = p.runs.reduce((n, r) => n + (r.text?.length ?? 0), 0) + (p.bullet ? 3 : 0) + (p.level ?? 0) * 3;
    lines += Math.max(1, Math.ceil((length * (p.scale ?? 1)) / perLine)) * (p.scale ?? 1) + 0.35;
  }
  return (lines * size * 1.2) / 72 + 0.2;
}

/** The largest size from the body size down to the smallest that fits the box; the smallest if none does. */
function fitSize(paragraphs: Paragraph[], width: number, height: number, max: number, min: number): number {
  for (let size = max; size > min; size -= 1) if (heightOf(paragraphs, width, size) <= height) return size;
  return min;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

class SlideWriter {
  constructor(
    private readonly slide: Slide,
    private readonly input: PptxInput,
  ) {}

  private get c() {
    return this.input.colours;
  }

  /** A text box of paragraphs, its size fitted to the box, never below the smallest size. */
  text(paragraphs: Paragraph[], box: Box, extra: TextOptions = {}, maxSize = this.input.bodySize): number {
    if (!paragraphs.length) return 0;
    const size = fitSize(paragraphs, box.w, box.h, maxSize, this.input.minSize);
    const props: TextProps[] = [];
    paragraphs.forEach((p, index) => {
      const paragraphOptions: TextOptions = {
        ...(p.bullet ? { bullet: p.bullet === 'number' ? { type: 'number' } : { indent: Math.round(size * 0.9) } } : {}),
        ...(p.level && p.level > 1 ? { indentLevel: p.level - 1 } : {}),
        paraSpaceBefore: index === 0 ? 0 : (p.spaceBefore ?? Math.round(size * 0.35)),
      };
      p.runs.forEach((r, i) => {
        // Paragraph settings go on the first run only: pptxgenjs starts a new paragraph at every run with a bullet.
        props.push({
          text: r.text ?? '',
          options: {
            ...(i === 0 ? paragraphOptions : {}),
            ...(p.bold ? { bold: true } : {}),
            ...(p.colour ? { color: p.colour } : {}),
            ...(p.scale ? { fontSize: Math.max(this.input.minSize, Math.round(size * p.scale)) } : {}),
            ...r.options,
            ...(r.options?.hyperlink ? { color: hex(this.c.link), underline: { style: 'sng' } } : {}),
          },
        });
      });
      // An empty run ends the paragraph: a bulleted run's own line break is dropped by pptxgenjs.
      if (index < paragraphs.length - 1) props.push({ text: '', options: { breakLine: true } });
    });
    this.slide.addText(props, {
      ...box,
      fontFace: this.input.font,
      fontSize: size,
      color: hex(this.c.text),
      valign: 'top',
      margin: [4, 6, 4, 6],
      lang: this.input.meta.lang,
      fit: 'shrink',
      ...extra,
    });
    return size;
  }

  /** A filled panel, drawn before the text on it so the text comes after it in reading order. */
  panel(box: Box, fill: string, edge?: string): void {
    this.slide.addShape('rect', {
      ...box,
      fill: { color: hex(fill) },
      line: edge ? { color: hex(edge), width: 1.5 } : { type: 'none' },
    });
  }

  picture(png: Uint8Array, box: Box, alt: string, link?: string): void {
    this.slide.addImage({
      data: `image/png;base64,${Buffer.from(png).toString('base64')}`,
      ...box,
      altText: alt,
      ...(link ? { hyperlink: { url: link, tooltip: alt } } : {}),
    });
  }
}

const BODY: Box = { x: MARGIN, y: BODY_TOP, w: CONTENT_W, h: BODY_BOTTOM - BODY_TOP };

async function qrPng(url: string): Promise<Uint8Array> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 240, color: { dark: '#000000', light: '#ffffff' } });
}

/** What one slide shows, laid out top to bottom and left to right, so the reading order follows the layout. */
async function fillSlide(w: SlideWriter, planned: PlannedSlide, input: PptxInput): Promise<void> {
  const { block, content } = planned;
  const muted = hex(input.colours.muted);
  const accent = hex(input.colours.accent);
  const lead = (text: string | undefined): Paragraph[] => (text ? [{ runs: inline(text), scale: 1.05 }] : []);
  const blockMd = (text: string | undefined): Paragraph[] => (text ? markdownParagraphs(text) : []);
  switch (content.kind) {
    case 'do':
    case 'dont': {
      if (block.type !== 'dos-and-donts') return;
      const isDo = content.kind === 'do';
      w.text([
        ...(isDo ? lead(block.intro) : []),
        { runs: [{ text: t(input.language, isDo ? 'dos.do' : 'dos.dont') }], bold: true, colour: hex(isDo ? input.colours.do : input.colours.dont) },
        ...items(isDo ? block.do : block.dont, 'bullet', muted),
      ], BODY);
      return;
    }
    case 'do-and-dont': {
      if (block.type !== 'dos-and-donts') return;
      let top = BODY_TOP;
      if (block.intro) {
        w.text(lead(block.intro), { x: MARGIN, y: top, w: CONTENT_W, h: 0.8 });
        top += 0.85;
      }
      const half = (CONTENT_W - 0.4) / 2;
      const h = BODY_BOTTOM - top;
      w.text([{ runs: [{ text: t(input.language, 'dos.do') }], bold: true, colour: hex(input.colours.do) }, ...items(block.do, 'bullet', muted)], { x: MARGIN, y: top, w: half, h });
      w.text([{ runs: [{ text: t(input.language, 'dos.dont') }], bold: true, colour: hex(input.colours.dont) }, ...items(block.dont, 'bullet', muted)], { x: MARGIN + half + 0.4, y: top, w: half, h });
      return;
    }
    case 'not-to-be-confused-with':
      if (block.type === 'definition' && block.notToBeConfusedWith) w.text(blockMd(block.notToBeConfusedWith.text), BODY);
      return;
    case 'answers':
      if (block.type === 'activity') {
        w.text(block.quiz.map((q) => ({ runs: [{ text: `${t(input.language, q.answer ? 'activity.true' : 'activity.false')}. `, options: { bold: true } }, ...inline(q.explain)], bullet: 'number' as const })), BODY);
      }
      return;
    case 'markdown':
      w.text(markdownParagraphs(content.markdown, Boolean(/^\s*#{1,6}\s/.test(content.markdown))), BODY);
      return;
    case 'sources':
      w.text(content.sources.map((s) => ({
        runs: [
          { text: `[${s.number}] ${s.publisher} (${s.periods}): ${s.source}. ` },
          { text: shortUrl(s.url), options: { hyperlink: { url: s.url, tooltip: s.url } } },
          ...s.caveats.map((c) => ({ text: ` ${c}`, options: { color: muted } })),
        ],
      })), BODY);
      return;
    case 'help':
      await helpSlide(w, planned, content, input);
      return;
    case 'list':
      // A list too long for one slide, split as the deck splits it.
      if (block.type === 'agenda') w.text(items(content.items, 'number'), BODY);
      else w.text([...(content.first && block.type === 'tips' ? lead(block.intro) : []), ...items(content.items, 'bullet', muted)], BODY);
      return;
    case 'block':
      break;
  }
  switch (block.type) {
    case 'title': {
      let y = 0.6;
      if (input.logo) {
        const h = Math.min(1.1, (2.8 * input.logo.height) / input.logo.width);
        w.picture(input.logo.png, { x: MARGIN, y, w: (h * input.logo.width) / input.logo.height, h }, input.logo.alt);
        y += h + 0.2;
      }
      const lines: Paragraph[] = [
        ...(block.subtitle ? [{ runs: inline(block.subtitle), scale: 1.15 }] : []),
        { runs: [{ text: input.audienceLabel }], colour: accent, bold: true, spaceBefore: 18 },
        ...(input.welshAvailable ? [{ runs: bothLanguages('notice.welsh-available', ' ') }] : []),
        ...(input.organisation ? [{ runs: [{ text: input.organisation }], colour: muted }] : []),
        ...(input.presentersLine ? [{ runs: [{ text: input.presentersLine }], colour: muted }] : []),
      ];
      w.text(lines, { x: MARGIN, y: 4.1, w: CONTENT_W, h: 2.9 });
      return;
    }
    case 'agenda':
      w.text(items(block.items, 'number'), BODY);
      return;
    case 'holding':
      w.text([...blockMd(block.text), ...items(block.items, 'bullet', muted)], BODY);
      return;
    case 'presenters':
      w.text(block.people.map((p) => ({
        runs: [
          { text: p.name, options: { bold: true } },
          ...[p.role, p.organisation, p.contact].filter(Boolean).map((detail) => ({ text: ` · ${detail}`, options: { color: muted } })),
        ],
        bullet: 'bullet' as const,
      })), BODY);
      return;
    case 'definition': {
      const definition: Paragraph = { runs: [{ text: `${block.term}`, options: { bold: true } }, { text: ': ' }, ...inline(block.text)] };
      const points = items(block.points, 'bullet', muted);
      const panelH = Math.min(2.6, heightOf([definition], CONTENT_W - 0.4, input.bodySize) + 0.2);
      w.panel({ x: MARGIN, y: BODY_TOP, w: CONTENT_W, h: panelH }, input.colours['accent-soft']);
      w.text([definition], { x: MARGIN + 0.2, y: BODY_TOP + 0.05, w: CONTENT_W - 0.4, h: panelH - 0.1 });
      if (points.length) w.text(points, { x: MARGIN, y: BODY_TOP + panelH + 0.2, w: CONTENT_W, h: BODY_BOTTOM - BODY_TOP - panelH - 0.2 });
      return;
    }
    case 'statistics': {
      let top = BODY_TOP;
      if (block.intro) {
        w.text(lead(block.intro), { x: MARGIN, y: top, w: CONTENT_W, h: 0.8 });
        top += 0.85;
      }
      const changesH = block.changes.length ? Math.min(1.6, 0.55 * block.changes.length + 0.2) : 0;
      const columns = Math.min(3, block.figures.length);
      const rows = Math.ceil(block.figures.length / columns);
      const gap = 0.25;
      const cardW = (CONTENT_W - gap * (columns - 1)) / columns;
      const cardH = (BODY_BOTTOM - top - changesH - gap * rows) / rows;
      block.figures.forEach((f, i) => {
        const box = { x: MARGIN + (i % columns) * (cardW + gap), y: top + Math.floor(i / columns) * (cardH + gap), w: cardW, h: cardH };
        w.panel(box, input.colours['accent-soft']);
        w.text([
          { runs: [{ text: f.display }], bold: true, colour: accent, scale: 1.6 },
          { runs: [{ text: f.period ? t(input.language, 'statistics.figure-period', { label: f.label, period: f.period, geography: f.geography }) : t(input.language, 'statistics.figure-year', { label: f.label, year: f.year, geography: f.geography }) }] },
          { runs: [{ text: t(input.language, 'statistics.source', { publisher: f.publisher, year: f.year, number: f.number }) }], colour: muted, scale: 0.8 },
        ], { ...box, x: box.x + 0.1, w: box.w - 0.2 });
      });
      if (block.changes.length) {
        w.text(block.changes.map((c) => ({ runs: [{ text: t(input.language, 'statistics.change', { fromYear: c.from.year, toYear: c.to.year, label: c.from.label, words: c.words, fromValue: c.from.display, toValue: c.to.display, publisher: c.to.publisher }) }] })),
          { x: MARGIN, y: BODY_BOTTOM - changesH, w: CONTENT_W, h: changesH });
      }
      return;
    }
    case 'tips':
      w.text([...lead(block.intro), ...items(block.items, 'bullet', muted)], BODY);
      return;
    case 'activity':
      w.text([
        ...blockMd(block.instructions),
        ...(block.scenario ? blockMd(block.scenario).map((p) => ({ ...p, colour: muted })) : []),
        ...items(block.questions, 'bullet', muted),
        ...block.quiz.map((q) => ({ runs: [...inline(q.statement), { text: ` ${t(input.language, 'activity.true-or-false')}`, options: { color: muted } }], bullet: 'number' as const })),
      ], BODY);
      return;
    case 'questions':
      w.text(blockMd(block.text), BODY);
      return;
    default:
      return;
  }
}

/** Places to get help: a row each, its text on the left and a QR code of its website on the right. */
async function helpSlide(w: SlideWriter, planned: PlannedSlide, content: Extract<PlannedSlide['content'], { kind: 'help' }>, input: PptxInput): Promise<void> {
  const block = planned.block;
  if (block.type !== 'signposting') return;
  const muted = hex(input.colours.muted);
  let top = BODY_TOP;
  if (content.first && block.intro) {
    w.text([{ runs: inline(block.intro) }], { x: MARGIN, y: top, w: CONTENT_W, h: 0.7 });
    top += 0.75;
  }
  const contact = content.last && block.isLast && input.brandContact ? input.brandContact : undefined;
  const bottom = contact ? BODY_BOTTOM - 0.35 * (contact.lines.length + 1) - 0.1 : BODY_BOTTOM;
  // Two columns of cards, as the deck lays them out: each card's text on the left, its QR code on the right.
  const columns = content.resources.length > 2 ? 2 : 1;
  const rows = Math.ceil(content.resources.length / columns);
  const gap = 0.2;
  const cardW = (CONTENT_W - gap * (columns - 1)) / columns;
  const rowH = (bottom - top - gap * (rows - 1)) / rows;
  const qrSize = Math.min(0.85, rowH - 0.2); // small enough to leave the text its full size, large enough to scan from a seat
  for (const [i, r] of content.resources.entries()) {
    const x = MARGIN + (i % columns) * (cardW + gap);
    const y = top + Math.floor(i / columns) * (rowH + gap);
    const runs: Paragraph[] = [
      { runs: [{ text: r.name, options: { bold: true } }, ...(r.ageLabel ? [{ text: ` ${r.ageLabel}`, options: { color: muted } }] : [])] },
      { runs: [{ text: r.what }] },
      ...(r.phone ? [{ runs: [{ text: `${t(input.language, 'help.phone')} ` }, { text: r.phone, options: { hyperlink: { url: telHref(r.phone), tooltip: t(input.language, 'help.call', { name: r.name }) } } }, ...(r.hours ? [{ text: ` (${r.hours})` }] : [])] as TextProps[] }] : []),
      ...(r.url ? [{ runs: [{ text: shortUrl(r.url), options: { hyperlink: { url: r.url, tooltip: r.url } } }] as TextProps[] }] : []),
    ];
    w.panel({ x, y, w: cardW, h: rowH }, input.colours['accent-soft']);
    w.panel({ x, y, w: 0.08, h: rowH }, input.colours.accent);
    w.text(runs, { x: x + 0.15, y, w: cardW - 0.25 - (r.url ? qrSize + 0.1 : 0), h: rowH });
    if (r.url) w.picture(await qrPng(r.url), { x: x + cardW - qrSize - 0.1, y: y + (rowH - qrSize) / 2, w: qrSize, h: qrSize }, t(input.language, 'help.qr-label', { url: shortUrl(r.url) }), r.url);
  }
  if (contact) {
    w.text([{ runs: [{ text: contact.name }], bold: true }, ...contact.lines.map((line) => ({ runs: inline(line) }))],
      { x: MARGIN, y: bottom + 0.1, w: CONTENT_W, h: BODY_BOTTOM - bottom }, {}, input.minSize);
  }
}

function defineMasters(pptx: Pptx, input: PptxInput): void {
  const c = input.colours;
  const titleText = { fontFace: input.font, bold: true, color: hex(c.accent), align: 'left' as const, valign: 'middle' as const, margin: [0, 6, 0, 6] as [number, number, number, number] };
  const slideNumber = { x: W - 1.25, y: 6.95, w: 0.85, h: 0.42, fontFace: input.font, fontSize: Math.max(12, input.minSize - 4), color: hex(c['on-accent']), align: 'center' as const, valign: 'middle' as const };
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: hex(c.background) },
    objects: [
      { rect: { x: W - 1.25, y: 6.95, w: 0.85, h: 0.42, fill: { color: hex(c.accent) } } },
      { line: { x: MARGIN, y: 1.45, w: CONTENT_W, h: 0, line: { color: hex(c.accent), width: 2.5 } } },
      { placeholder: { options: { name: 'title', type: 'title', x: MARGIN, y: 0.35, w: CONTENT_W, h: 1.05, fontSize: Math.round(input.bodySize * 1.45), ...titleText }, text: '' } },
    ],
    slideNumber,
  });
  pptx.defineSlideMaster({
    title: TITLE_MASTER,
    background: { color: hex(c.background) },
    objects: [
      { rect: { x: W - 1.25, y: 6.95, w: 0.85, h: 0.42, fill: { color: hex(c.accent) } } },
      { placeholder: { options: { name: 'title', type: 'title', x: MARGIN, y: 2.2, w: CONTENT_W, h: 1.8, fontSize: Math.round(input.bodySize * 1.9), ...titleText, valign: 'bottom' }, text: '' } },
    ],
    slideNumber,
  });
}

/** A message in Welsh then English, each run tagged with its language. */
function bothLanguages(key: string, between: string): TextProps[] {
  return [{ text: t('cy', key), options: { lang: 'cy' } }, { text: between }, { text: t('en', key), options: { lang: 'en-GB' } }];
}

/** The PowerPoint file, its dates set to the given date so the same input gives the same bytes. */
export async function renderPptx(input: PptxInput): Promise<Uint8Array> {
  const PptxGenJS = await loadPptxGenJS();
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = input.meta.title;
  pptx.subject = input.meta.subject;
  pptx.author = input.meta.author;
  if (input.meta.company) pptx.company = input.meta.company;
  pptx.theme = { headFontFace: input.font, bodyFontFace: input.font };
  defineMasters(pptx, input);
  for (const planned of input.slides) {
    const slide = pptx.addSlide({ masterName: planned.block.type === 'title' ? TITLE_MASTER : MASTER });
    // First in the slide's shape tree, so a screen reader reads the title first.
    slide.addText(planned.title, { placeholder: 'title', lang: input.meta.lang });
    await fillSlide(new SlideWriter(slide, input), planned, input);
    if (input.draft) new SlideWriter(slide, input).text([{ runs: bothLanguages('draft.word', ' / '), bold: true }], { x: W - 3.2, y: 0.05, w: 2.8, h: 0.42 }, { align: 'right' }, input.minSize);
    if (planned.notes.length) slide.addNotes(planned.notes.join('\n'));
  }
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return tidyZip(bytes, input.meta.date, input.meta.lang);
}

/**
 * pptxgenjs writes paragraph properties before every run of a paragraph; the file format allows them only
 * first (PowerPoint offers to repair such a file, LibreOffice takes the last). The first ones are kept.
 */
function onePropertiesPerParagraph(xml: string): string {
  return xml.replace(/(<\/a:r>|<a:br\/>)<a:pPr\b[^>]*?(?:\/>|>.*?<\/a:pPr>)/g, '$1');
}

/** Notes are written as one run with line breaks in it: each line becomes a paragraph, in the module's language. */
function notesParagraphs(xml: string, lang: string): string {
  return xml
    .replace(/<a:p><a:r>(<a:rPr[^>]*\/>)<a:t>([^<]*\n[^<]*)<\/a:t><\/a:r>(<a:endParaRPr[^>]*\/>)<\/a:p>/g, (_, props: string, text: string, end: string) =>
      text.split('\n').map((line) => `<a:p><a:r>${props}<a:t>${line}</a:t></a:r>${end}</a:p>`).join(''))
    .replace(/lang="en-US"/g, `lang="${lang}"`);
}

/**
 * The last touches, on the zip pptxgenjs wrote: its time of writing (in docProps/core.xml and every zip
 * entry) becomes `date`, so the same input gives the same bytes; paragraphs and notes are tidied (above).
 */
async function tidyZip(bytes: Uint8Array, date: Date, lang: string): Promise<Uint8Array> {
  const JSZip = await loadJSZip();
  const source = await JSZip.loadAsync(bytes);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const out = new JSZip();
  const names: string[] = [];
  source.forEach((name, entry) => {
    if (!entry.dir) names.push(name);
  });
  for (const name of names) {
    let data: string | Uint8Array = await source.file(name)!.async('uint8array');
    if (name === 'docProps/core.xml') {
      data = Buffer.from(data).toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    }
    if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) data = onePropertiesPerParagraph(Buffer.from(data).toString('utf8'));
    if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) data = notesParagraphs(Buffer.from(data).toString('utf8'), lang);
    out.file(name, data, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
