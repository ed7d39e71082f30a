import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModule } from '../../../src/module/load.js';
import type { RenderOptions } from '../../../src/render/context.js';
import { formatOf } from '../../../src/formats/registry.js';
import { tailorModule } from '../../../src/tailor/tailor.js';
import { validateModule } from '../../../src/module/validate.js';
import { TEMPLATES_DIR } from '../../../src/project-root.js';
import { loadFormatTemplates } from '../../../src/render/templates.js';
import type { Format } from '../../../src/schema/module-schema.js';
import { GOOD } from '../../support/cli.js';

const module = validateModule(loadModule(path.join(GOOD, 'every-block'))).module!;
const options: RenderOptions = { theme: 'default', generator: 'workshopkit test' };
const render = async (id: Format, audience: string) => {
  const format = formatOf(id);
  const rendered = await format.render(tailorModule(module, audience), loadFormatTemplates(TEMPLATES_DIR, format.layoutFrom ?? format.id, format.blocksFrom ?? format.id), options);
  const html = rendered.files.find((f) => f.path.endsWith('index.html'))!.contents as string;
  return { rendered, html };
};

describe('render', () => {
  it('makes a deck: one section per slide, notes in asides, the source beside each figure', async () => {
    const { html, rendered } = await render('deck', 'parents');
    expect(html.match(/<section[\s>]/g)).toHaveLength(11);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<aside class="notes"><p>Welcome everyone and say who you are.</p></aside>');
    expect(html).toMatch(/<span class="figure-value">2,900<\/span>[\s\S]*?Source: Example Hotline, 2023 \[2\]/);
    expect(html).toContain('reports to the example hotline more than doubled (+141%)');
    expect(html).toMatch(/<section class="slide-sources"[\s\S]*example.org\/reports\/2022/);
    expect(rendered.files.map((f) => f.path)).toEqual(expect.arrayContaining(['deck/assets/reveal/reveal.js', 'deck/assets/reveal/notes.js', 'deck/assets/deck.css']));
    expect(html).not.toMatch(/https?:\/\/[^"]*\.(js|css|woff2?)"/);
  });

  it('keeps a block to the formats it names: the agenda is on slides, not on the handout', async () => {
    expect((await render('deck', 'parents')).html).toContain('What we will cover');
    expect((await render('handout', 'parents')).html).not.toContain('What we will cover');
  });

  it('asks the print stage for a PDF, with a subject that says what the document is', async () => {
    const { rendered } = await render('lesson-plan', 'pupils-11-13');
    expect(rendered.print).toEqual({
      html: '.print/lesson-plan/index.html',
      pdf: 'lesson-plan.pdf',
      page: 'a4',
      language: 'en',
      // The label keeps its capitals mid-sentence: "PSHE", never "pshe".
      subject: 'Lesson plan for PSHE lesson (ages 11 to 13): A small module that uses every block type',
    });
  });

  it('puts a QR code beside every link on the handout', async () => {
    const { html } = await render('handout', 'parents');
    expect(html.match(/<svg role="img" aria-label="QR code that opens https:\/\/www.childline.org.uk\/"/g)).toHaveLength(1);
    expect(html.match(/class="qr"/g)).toHaveLength(2);
  });

  it('builds the slides PDF from the deck\'s own slides', async () => {
    const deck = (await render('deck', 'webinar')).html;
    const slides = (await render('slides-pdf', 'webinar')).html;
    const sections = (html: string) => html.match(/<section[^>]*data-block="[^"]+"/g)?.map((tag) => tag.replace(/ data-timing="\d+"/, ""));
    expect(sections(slides)).toEqual(sections(deck));
  });
});
