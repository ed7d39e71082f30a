// The shipped module, as each audience gets it: what must be there, what must never be, and the real
// PDFs read as a person would. Its decks are opened in Chromium in tests/e2e/themes.test.ts, from the same
// build (the default theme): nothing loaded from outside, no console errors, every slide fits, axe-core on
// every slide.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { TailoredModule } from '../../src/tailor/tailor.js';
import { ROOT, runCli } from '../support/cli.js';
import { decodeQrCodes, pdfInfo, pdfLinks, pdfText } from '../support/pdf.js';
import { sextortionIn, sharedBuild, sharedModels } from '../support/shared-builds.js';
import { readPdfStructure, skippedHeadingLevels } from '../support/pdf-structure.js';
import { moduleSourceLines } from '../support/module-text.js';

const MODULE = path.join(ROOT, 'modules/sextortion');
let out: string;
let models: Record<string, TailoredModule>;

beforeAll(async () => {
  models = Object.fromEntries((await sharedModels<TailoredModule>(['build', 'sextortion'])).map((m) => [m.audience.id, m]));
  out = await sharedBuild(sextortionIn('default'));
}, 300_000);

const text = (audience: string) => JSON.stringify(models[audience]!.blocks).replace(/\\"/g, '"').replace(/\*\*/g, '');
const types = (audience: string) => models[audience]!.blocks.map((b) => b.type);
type Block = TailoredModule['blocks'][number];
const block = (audience: string, title: RegExp): Block => {
  const found = models[audience]!.blocks.find((b) => title.test(b.title ?? ''));
  if (!found) throw new Error(`${audience} has no block titled ${title}`);
  return found;
};
/** What a reader sees of a block: everything but the presenter's notes and teacher directions. */
const shownText = (b: Block) => JSON.stringify({ ...b, notes: undefined, dontNotes: undefined, directions: undefined }).replace(/\\"/g, '"').replace(/\*\*/g, '');
const resourceIds = (audience: string, title?: RegExp) =>
  models[audience]!.blocks.flatMap((b) => (b.type === 'signposting' && (!title || title.test(b.title ?? '')) ? b.resources.map((r) => r.id) : []));
/** A PDF's text, page by page. */
const pages = (file: string) => pdfText(file, { layout: false }).split('\f').slice(0, -1).map((p) => p.replace(/\s+/g, ' '));

describe('what each audience sees', () => {
  it('gives every audience exactly its session length, ending with where to get help', () => {
    const durations = { webinar: 60, professionals: 45, parents: 30, 'pupils-14-18': 50, 'pupils-11-13': 40 };
    expect(Object.keys(models).sort()).toEqual(Object.keys(durations).sort());
    for (const [audience, minutes] of Object.entries(durations)) {
      expect(models[audience]!.totalMinutes, audience).toBe(minutes);
      expect(types(audience).at(-1), audience).toBe('signposting');
    }
  });

  it('opens the webinar with the holding slide and closes it with contacts', () => {
    expect(types('webinar')[0]).toBe('holding');
    expect(text('webinar')).toMatch(/camera and microphone/i);
    expect(text('webinar')).toMatch(/chat/i);
    expect(models['webinar']!.blocks.at(-1)!.title).toMatch(/contacts/i);
    expect(text('webinar')).toMatch(/phishing/i);
    expect(text('webinar')).toContain('Report Fraud');
    expect(text('webinar')).not.toContain('actionfraud.police.uk');
  });

  it('gives professionals the full do and don\'t list, with the nation\'s safeguarding role', () => {
    const staff = text('professionals');
    for (const duty of [
      /designated safeguarding lead \(DSL\)/,
      /never view, copy, print, share, store or save/i,
      /this is illegal/i,
      /don't delete/i,
      /don't ask [^"]*(questions|about the image)/i,
      /don't (tell|share)[^"]*(staff|others|parents)/i,
      /don't [^"]*blames? or shames?/i,
    ]) expect(staff).toMatch(duty);
    expect(types('professionals')).toContain('dos-and-donts');
  });

  it('names the Welsh role when built for Wales', async () => {
    const wales = await runCli(['build', 'sextortion', '--audience', 'professionals', '--nation', 'wales', '--dry-run', '--json']);
    const model = JSON.parse(wales.out).models[0] as TailoredModule;
    expect(JSON.stringify(model.blocks)).toContain('designated safeguarding person (DSP)');
    expect(JSON.stringify(model.blocks)).not.toContain('(DSL)');
  });

  it('gives a Wales build Hwb, the Welsh Government\'s guidance, Meic and RSE, and not the UKCIS guidance for England', async () => {
    const wales = await runCli(['build', 'sextortion', '--audience', 'webinar,pupils-14-18', '--nation', 'wales', '--dry-run', '--json']);
    expect(wales.code).toBe(0);
    const [webinar, lesson] = (JSON.parse(wales.out) as { models: TailoredModule[] }).models;
    const help = webinar!.blocks.flatMap((b) => (b.type === 'signposting' ? b.resources.map((r) => r.id) : []));
    expect(help).toEqual(expect.arrayContaining(['hwb-fmse-alert', 'wg-sharing-nudes', 'keeping-learners-safe', 'meic']));
    expect(help).not.toContain('ukcis-sharing-nudes');
    expect(lesson!.audience.label).toMatch(/^Relationships and sexuality education \(RSE\) lesson, in the Health and Well-being area of the Curriculum for Wales/);
    // England's build keeps its guidance and its PSHE lesson.
    expect(resourceIds('webinar')).toContain('ukcis-sharing-nudes');
    expect(resourceIds('webinar')).not.toContain('meic');
    expect(models['pupils-14-18']!.audience.label).toMatch(/\(PSHE\)/);
  });

  it('tells parents not to pay, not to delete, how to report and how to get images removed', () => {
    const parents = text('parents');
    for (const advice of [/don't pay/i, /block/i, /don't delete/i, /\b101\b/, /\b999\b/, /CEOP/, /Report Remove/, /Take It Down/, /two-step verification/i, /privacy settings/i]) {
      expect(parents).toMatch(advice);
    }
  });

  for (const audience of ['pupils-14-18', 'pupils-11-13']) {
    it(`keeps the ${audience} lesson safe: ground rules first, never their fault, no numbers of victims`, () => {
      const lesson = text(audience);
      expect(models[audience]!.blocks[1]!.id).toBe('ground-rules');
      expect(lesson).toMatch(/never your fault|not your fault|won't be in trouble/i);
      expect(lesson).toMatch(/trusted adult/i);
      expect(lesson).toContain('Childline');
      expect(models[audience]!.figures).toEqual([]);
      expect(types(audience)).not.toContain('statistics');
      expect(lesson).not.toMatch(/\d+%|\b\d{1,3},\d{3}\b|suicide/i);
      expect(lesson).not.toMatch(/homework/i);
      expect(lesson).not.toMatch(/sexting|child porn/i);
      const kinds = models[audience]!.blocks.flatMap((b) => (b.type === 'activity' ? [b.kind] : []));
      expect(kinds).toEqual(expect.arrayContaining(['baseline', 'scenario', 'quiz', 'end-point']));
      expect(models[audience]!.audience.outcomes.every((o) => /^I can (identify|explain|describe|name|recognise|list|show|say)/.test(o))).toBe(true);
      const resources = models[audience]!.blocks.flatMap((b) => (b.type === 'signposting' ? b.resources.map((r) => r.id) : []));
      expect(resources).not.toContain('revenge-porn-helpline');
      expect(resources).not.toContain('stopncii');
    });
  }
});

describe('the second edition: what each audience must and must not see', () => {
  it('says how it happens on a video call, and that the demand may be money or more images', () => {
    for (const audience of ['webinar', 'professionals', 'parents']) {
      expect(text(audience), audience).toMatch(/sexual acts on a (webcam or )?video call, and recorded without knowing/);
      expect(text(audience), audience).toMatch(/pay money or send more (images|pictures)/);
    }
  });

  it('gives staff audiences the UKCIS definition of sharing nudes and semi-nudes, and no one else', () => {
    for (const audience of ['webinar', 'professionals']) {
      const definition = shownText(block(audience, /^Sharing nudes and semi-nudes$/));
      for (const part of [/UK Council for Internet Safety \(UKCIS\)/, /under-18s/, /images, videos or live streams/, /not always sexual or criminal/, /child sexual abuse/]) {
        expect(definition, audience).toMatch(part);
      }
    }
    for (const audience of ['parents', 'pupils-14-18', 'pupils-11-13']) expect(text(audience), audience).not.toMatch(/UKCIS\) uses/);
  });

  it('shows the NCA alert of April 2024 on a slide, not only in the notes', () => {
    for (const audience of ['webinar', 'professionals', 'parents']) {
      expect(shownText(block(audience, /^Why now/)), audience).toMatch(/In April 2024 the National Crime Agency \(NCA\) sent an alert/);
    }
  });

  it('tells staff what happens next, and puts "don\'t promise" and "write it down" in every staff list', () => {
    for (const audience of ['webinar', 'professionals']) {
      const next = shownText(block(audience, /^What happens next$/));
      expect(next, audience).toMatch(/refers it to the police/);
      expect(next, audience).toMatch(/records the incident/);
      expect(next, audience).toMatch(/Parents and carers are usually told, unless that would put the young person at more risk/);
      const duties = block(audience, /^If you work with under-18s$/);
      expect(duties.type).toBe('dos-and-donts');
      if (duties.type !== 'dos-and-donts') continue;
      expect(duties.dont.map((i) => i.text), audience).toContain("Don't promise to keep it secret.");
      expect(duties.do.map((i) => i.text).join(' '), audience).toMatch(/Write down what was said, in their words/);
      const support = shownText(block(audience, /^Supporting the young person$/));
      expect(support, audience).toMatch(/Don't promise to keep it secret/);
      expect(support, audience).toMatch(/write down what they said, in their words/);
    }
  });

  it('ends the webinar with further help and reading, and the same Samaritans line as the staff contacts', () => {
    expect(resourceIds('webinar', /^Further help/)).toEqual(expect.arrayContaining(['iwf-parents-sextortion', 'stop-it-now', 'ceop-fmse-alert', 'rph-2023-findings']));
    expect(resourceIds('webinar', /^Contacts/)).toContain('samaritans');
    expect(resourceIds('professionals', /^Contacts/)).toContain('samaritans');
    const stopItNow = models['webinar']!.blocks.flatMap((b) => (b.type === 'signposting' ? b.resources : [])).find((r) => r.id === 'stop-it-now')!;
    expect(stopItNow.what).toMatch(/worried about their own sexual thoughts or behaviour towards children, or about someone else's/);
    expect(stopItNow.phone).toBe('0808 1000 900');
  });

  it('says each figure as its source does: who was asked, what was counted, and the floor of a count', () => {
    const figure = (id: string) => Object.values(models).flatMap((m) => m.figures).find((f) => f.id === id);
    expect(figure('brook-2017-sent-nude')!.label).toMatch(/aged 14 to 24 .*had sent a nude image to someone they were interested in/);
    expect(figure('childline-2023-24')!.display).toBe('more than 900');
    expect(text('webinar')).not.toMatch(/without going to the police/);
    expect(models['webinar']!.figures.map((f) => f.id)).toEqual(expect.arrayContaining(['rph-2023-sextortion-rise', 'rph-2023-sextortion-men']));
    expect(Object.values(models).flatMap((m) => m.figures).some((f) => f.id === 'rph-2020' || f.id === 'rph-2021')).toBe(false);
    expect(shownText(block('webinar', /^Adults are targeted too$/))).toMatch(/In 2023, sextortion made up more than a third of its cases/);
    // One caveat per publication on the Sources slide: "Adults only." is never said twice.
    const sources = models['webinar']!.blocks.flatMap((b) => (b.type === 'sources' ? b.sources : []));
    for (const source of sources) expect(new Set(source.caveats).size, source.source).toBe(source.caveats.length);
  });

  it('keeps the lessons safe: no public vote on blame, Jay\'s blamers challenged, teachers asked to check with the DSL first', () => {
    for (const audience of ['pupils-14-18', 'pupils-11-13']) {
      const quiz = block(audience, /^True or false$/);
      if (quiz.type !== 'activity') throw new Error('the quiz is an activity');
      expect(quiz.instructions, audience).toMatch(/show them only to your teacher/);
      expect(JSON.stringify(quiz), audience).not.toMatch(/thumbs/i);
      expect(quiz.directions, audience).toMatch(/Never take a show of hands or a public vote/);
      expect(quiz.materials.join(' '), audience).toMatch(/mini-whiteboards/i);
    }
    const jay = block('pupils-14-18', /^Jay's story, part 2$/);
    expect(jay.type === 'activity' && jay.directions).toMatch(/If anyone blames Jay, challenge it/);
    for (const audience of ['pupils-14-18', 'pupils-11-13']) {
      const printed = pdfText(path.join(out, `sextortion/${audience}/lesson-plan.pdf`), { layout: false }).replace(/\s+/g, ' ');
      expect(printed).toMatch(/whether any pupil in the class is known to have been affected/);
      expect(printed).toMatch(/offered the choice to sit it out/);
      expect(printed).toMatch(/What you need/);
      expect(printed).toMatch(/What to do/);
      expect(printed).toMatch(/Write down what they said, in their own words/);
      const info = pdfInfo(path.join(out, `sextortion/${audience}/lesson-plan.pdf`));
      // The shipped module names no organisation (a brand file gives the presenter's): no made-up author.
      expect(info['Author']).toBe('workshopkit');
      expect(info['Subject']).toContain('(PSHE)');
    }
  });

  it('gives Year 7 the plain words: keep the messages, a friend\'s account may be someone else, and no "sextortion"', () => {
    const young = text('pupils-11-13');
    expect(young).toMatch(/Keep the messages\. Don't delete them\./);
    expect(young).toMatch(/A friend's account sends messages that don't sound like them/);
    // What the pupils read, not where it came from (the module's own file is modules/sextortion/module.yaml).
    for (const { from: _from, ...b } of models['pupils-11-13']!.blocks) expect(JSON.stringify(b), b.title).not.toMatch(/sextortion|FMSE/i);
    expect(models['pupils-11-13']!.audience.who).toMatch(/years 7 and 8/);
  });

  it('gives 18-year-olds in the older lesson the adult route, which the younger lesson never shows', () => {
    expect(text('pupils-14-18')).toMatch(/If you are 18, Report Remove is not for you/);
    expect(text('pupils-14-18')).toContain('Revenge Porn Helpline');
    expect(text('pupils-14-18')).toContain('StopNCII');
    expect(text('pupils-11-13')).not.toMatch(/Revenge Porn Helpline|StopNCII/);
  });

  it('speaks to parents on the Report Remove card, with no age badge on the privacy guide and Brook linked', () => {
    const help = models['parents']!.blocks.flatMap((b) => (b.type === 'signposting' ? b.resources : []));
    expect(help.find((r) => r.id === 'report-remove')!.what).toMatch(/for under-18s to get a nude image or video of themselves/);
    expect(help.find((r) => r.id === 'ceop-privacy-settings')!.ageLabel).toBeUndefined();
    expect(pdfLinks(path.join(out, 'sextortion/parents/handout.pdf'))).toContain('https://www.brook.org.uk/');
    for (const audience of ['webinar', 'professionals']) {
      expect(pdfText(path.join(out, `sextortion/${audience}/handout.pdf`), { layout: false }).replace(/\s+/g, ' '), audience).toMatch(/In Scotland, call Police Scotland on 101/);
    }
  });
});

describe('notes on every spoken slide', () => {
  for (const audience of ['webinar', 'professionals', 'parents', 'pupils-14-18', 'pupils-11-13']) {
    it(`${audience}: every slide has notes, and notes about "the line in bold" sit on the slide that has it`, () => {
      const html = fs.readFileSync(path.join(out, 'sextortion', audience, 'deck/index.html'), 'utf8');
      const slides = html.slice(html.indexOf('class="slides"')).split(/<section\b/).slice(1);
      expect(slides.length).toBeGreaterThan(10);
      const withoutNotes = slides.filter((slide) => !/<aside class="notes">\s*<p>/.test(slide)).map((slide) => /<h2>([\s\S]*?)<\/h2>/.exec(slide)?.[1]);
      expect(withoutNotes).toEqual([]);
      for (const slide of slides.filter((s) => /line in bold|one in bold/.test(s))) {
        expect(slide.slice(0, slide.indexOf('<aside'))).toMatch(/<strong>Never<\/strong>/);
      }
    });
  }
});

describe('the module\'s facts come only from its data files', () => {
  const sources = () => moduleSourceLines(MODULE);

  it('types no statistic: every percentage and large number is a {{stat}} from stats.yaml', () => {
    const typed = sources().flatMap((line) => [...line.replace(/\{\{[^}]*\}\}/g, '').matchAll(/\b\d+(\.\d+)?%|\b\d{1,3}(,\d{3})+\b/g)].map((m) => `${m[0]} in: ${line.trim()}`));
    expect(typed).toEqual([]);
  });

  it('links only to services listed in resources.yaml', () => {
    const resources = (parse(fs.readFileSync(path.join(MODULE, 'resources.yaml'), 'utf8')) as { resources: { url?: string }[] }).resources;
    const known = new Set(resources.flatMap((r) => (r.url ? [r.url] : [])));
    const links = sources().flatMap((line) => [...line.matchAll(/https?:\/\/[^\s)<>"'\]]+/g)].map((m) => m[0].replace(/[.,;:]+$/, '')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((url) => !known.has(url))).toEqual([]);
  });

  it('shows only verified figures, with their source, and never the unsourced 400,000 images', () => {
    const stats = (parse(fs.readFileSync(path.join(MODULE, 'stats.yaml'), 'utf8')) as { figures: { id: string; status: string; value: number }[] }).figures;
    expect(stats.some((f) => f.value === 400000)).toBe(false);
    const status = new Map(stats.map((f) => [f.id, f.status]));
    for (const model of Object.values(models)) {
      for (const figure of model.figures) expect(status.get(figure.id), figure.id).toBe('verified');
    }
  });
});

describe('the shipped PDFs', () => {
  const handouts = { parents: 2, professionals: 2, webinar: 3 } as const;

  for (const [audience, most] of Object.entries(handouts)) {
    it(`${audience}: the handout takes at most ${most} pages, and each do or don't list sits whole on one page with its heading`, () => {
      const file = path.join(out, `sextortion/${audience}/handout.pdf`);
      expect(Number(pdfInfo(file)['Pages'])).toBeLessThanOrEqual(most);
      const text = pages(file);
      const lists = models[audience]!.blocks.filter((b) => b.type === 'dos-and-donts' && (!b.formats || b.formats.includes('handout')));
      expect(lists.length).toBeGreaterThan(0);
      for (const list of lists) {
        if (list.type !== 'dos-and-donts') continue;
        const words = (item: string) => item.replace(/\*\*/g, '').split(/\s+/).slice(0, 5).join(' ');
        const onPage = text.findIndex((page) => page.includes(list.title!));
        expect(onPage, list.title).toBeGreaterThanOrEqual(0);
        for (const item of [...list.do, ...list.dont]) expect(text[onPage], `${list.title}: ${item.text}`).toContain(words(item.text));
      }
    });
  }

  it('leaves no heading at the foot of a page and no lone help card on a last page', () => {
    const files = [...Object.keys(handouts).map((a) => [a, 'handout.pdf']), ['pupils-14-18', 'lesson-plan.pdf'], ['pupils-11-13', 'lesson-plan.pdf']];
    for (const [audience, name] of files) {
      const file = path.join(out, `sextortion/${audience}/${name}`);
      const text = pages(file);
      const help = models[audience!]!.blocks.filter((b) => b.type === 'signposting');
      for (const block of help) {
        if (block.type !== 'signposting') continue;
        // The heading is on the same page as the first card under it.
        const headed = text.map((page, i) => (page.includes(block.title!) ? i : -1)).filter((i) => i >= 0).at(-1)!;
        expect(text[headed], `${audience} ${block.title}`).toContain(block.resources[0]!.name);
      }
      const last = text.at(-1)!;
      const cards = help.flatMap((b) => (b.type === 'signposting' ? b.resources.map((r) => r.name) : [])).filter((name) => last.includes(name));
      expect(cards.length, `${audience} ${name}: cards on the last page`).not.toBe(1);
    }
  });

  it('breaks a printed address only after a "/", never inside a short part of it', () => {
    for (const [audience, name] of [['parents', 'handout.pdf'], ['professionals', 'handout.pdf'], ['webinar', 'handout.pdf'], ['pupils-14-18', 'lesson-plan.pdf']] as const) {
      const printed = pdfText(path.join(out, `sextortion/${audience}/${name}`), { layout: false });
      const urls = models[audience]!.blocks.flatMap((b) => (b.type === 'signposting' ? b.resources.flatMap((r) => (r.url ? [r.url] : [])) : []));
      for (const url of urls) {
        const parts = url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '').split('/').filter((part) => part.length <= 30);
        for (const part of parts) expect(printed, `${audience}: ${url}`).toContain(part);
      }
    }
  });

  it('fits the parents\' handout on one sheet (two sides), with every phone number and link', () => {
    const file = path.join(out, 'sextortion/parents/handout.pdf');
    expect(Number(pdfInfo(file)['Pages'])).toBeLessThanOrEqual(2);
    const printed = pdfText(file, { layout: false }).replace(/\s+/g, ' ');
    const links = pdfLinks(file);
    const help = models['parents']!.blocks.flatMap((b) => (b.type === 'signposting' ? b.resources : []));
    for (const r of help) {
      expect(printed, r.name).toContain(r.name);
      if (r.phone) expect(printed, r.name).toContain(r.phone);
      if (r.url) expect(links, r.name).toContain(r.url);
    }
    expect(decodeQrCodes(file).sort()).toEqual(help.flatMap((r) => (r.url ? [r.url] : [])).sort());
  });

  it('prints the staff duties on the professionals\' handout', () => {
    const printed = pdfText(path.join(out, 'sextortion/professionals/handout.pdf')).replace(/\s+/g, ' ');
    expect(printed).toMatch(/never view, copy, print, share, store or save/i);
    expect(printed).toContain('designated safeguarding lead (DSL)');
  });

  it('adds up each lesson plan\'s timings to the lesson\'s length', () => {
    for (const [audience, minutes] of [['pupils-14-18', 50], ['pupils-11-13', 40]] as const) {
      const printed = pdfText(path.join(out, `sextortion/${audience}/lesson-plan.pdf`));
      expect(printed).toMatch(new RegExp(`Total\\s+${minutes}\\s+of ${minutes}`));
      expect(printed).toMatch(/Do not promise to keep it secret/);
    }
  });
});

describe('the shipped PDFs meet the PDF/UA basics', () => {
  const pdfs = [
    ['parents', 'handout.pdf'],
    ['pupils-14-18', 'lesson-plan.pdf'],
    ['webinar', 'notes.pdf'],
    ['webinar', 'slides.pdf'],
    ['professionals', 'slides.pdf'],
  ] as const;
  for (const [audience, file] of pdfs) {
    it(`${audience}/${file}: XMP names PDF/UA-1, the title and language; the title shows; every link is described and tagged; one H1, no level skipped`, () => {
      const pdf = readPdfStructure(path.join(out, 'sextortion', audience, file));
      expect(pdf.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
      expect(pdf.xmp).toContain(`<rdf:li xml:lang="x-default">${models[audience]!.module.title}: ${models[audience]!.audience.label}</rdf:li>`);
      expect(pdf.xmp).toContain('<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>');
      expect(pdf.catalog['/ViewerPreferences']).toMatchObject({ '/DisplayDocTitle': true });
      expect(pdf.links.length).toBeGreaterThan(0);
      for (const link of pdf.links) {
        expect(link.contents, JSON.stringify(link)).toMatch(/^(https:\/\/|Email |Call |Go to )/);
        expect(link, JSON.stringify(link)).toMatchObject({ element: '/Link', pointsBack: true });
      }
      expect(pdf.headings.filter((level) => level === 1)).toHaveLength(1);
      expect(skippedHeadingLevels(pdf.headings)).toEqual([]);
    });
  }
});
