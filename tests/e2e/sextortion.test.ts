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

const MODULE = path.join(ROOT, 'modules/sextortion');
let out: string;
let models: Record<string, TailoredModule>;

beforeAll(async () => {
  models = Object.fromEntries((await sharedModels<TailoredModule>(['build', 'sextortion'])).map((m) => [m.audience.id, m]));
  out = await sharedBuild(sextortionIn('default'));
}, 300_000);

const text = (audience: string) => JSON.stringify(models[audience]!.blocks).replace(/\\"/g, '"').replace(/\*\*/g, '');
const types = (audience: string) => models[audience]!.blocks.map((b) => b.type);

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

describe('the module\'s facts come only from its data files', () => {
  const sources = () => {
    const sectionDir = path.join(MODULE, 'sections');
    return [fs.readFileSync(path.join(MODULE, 'module.yaml'), 'utf8'), ...fs.readdirSync(sectionDir).map((f) => fs.readFileSync(path.join(sectionDir, f), 'utf8'))]
      .join('\n')
      .split('\n')
      .filter((line) => !line.trim().startsWith('#') || /^#+\s/.test(line.trim()) === true);
  };

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
