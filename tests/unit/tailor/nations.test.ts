// What a build for each nation gives, on the shipped sextortion module: its help lists, its words for the
// lesson, the role and social care, and nothing kept to another nation.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModule } from '../../../src/module/load.js';
import { validateModule } from '../../../src/module/validate.js';
import { tailorModule, type TailoredModule } from '../../../src/tailor/tailor.js';
import { checkModules } from '../../../src/pipeline/modules.js';
import { NATIONS, type Nation } from '../../../src/schema/module-schema.js';
import { GOOD, ROOT } from '../../support/cli.js';

const DIR = path.join(ROOT, 'modules/sextortion');
const sextortion = validateModule(loadModule(DIR)).module!;
const AUDIENCES = Object.keys(sextortion.source.audiences);

const build = (audience: string, nation: Nation): TailoredModule => tailorModule(sextortion, audience, { nation });
/** The ids of the services every help list of an audience shows, in order. */
const helpList = (t: TailoredModule) => t.blocks.flatMap((b) => (b.type === 'signposting' ? b.resources.map((r) => r.id) : []));
/** What an audience reads and hears, but not the list of sources: a figure quoted in England's guidance is cited as such everywhere. */
const allText = (t: TailoredModule) => JSON.stringify(t.blocks.filter((b) => b.type !== 'sources')) + t.audience.label;

describe('a build for Wales', () => {
  it('lists Hwb, the Welsh Government\'s guidance and Keeping learners safe, and not the UKCIS guidance for England', () => {
    const webinar = build('webinar', 'wales');
    const shown = helpList(webinar);
    expect(shown).toEqual(expect.arrayContaining(['hwb-fmse-alert', 'wg-sharing-nudes', 'keeping-learners-safe', 'meic']));
    expect(shown).not.toContain('ukcis-sharing-nudes');
    expect(shown).not.toContain('ceop-fmse-alert');
    const services = webinar.blocks.flatMap((b) => (b.type === 'signposting' ? b.resources : []));
    expect(services.find((r) => r.id === 'hwb-fmse-alert')?.url).toBe('https://hwb.gov.wales/keeping-safe-online/financially-motivated-sexual-extortion');
    expect(services.find((r) => r.id === 'wg-sharing-nudes')?.name).toBe('Sharing nudes and semi-nudes: responding to incidents and safeguarding children and young people');
    expect(allText(webinar)).not.toMatch(/UKCIS|UK Council for Internet Safety/);
  });

  it('gives Meic to young people and parents by its website alone', () => {
    for (const audience of ['pupils-14-18', 'pupils-11-13', 'parents', 'professionals']) {
      const meic = build(audience, 'wales').blocks.flatMap((b) => (b.type === 'signposting' ? b.resources : [])).find((r) => r.id === 'meic');
      expect(meic?.url, audience).toBe('https://www.meiccymru.org');
      expect(meic?.phone, audience).toBeUndefined();
    }
  });

  it('teaches Health and Well-being (RSE) under the Curriculum for Wales, and staff refer to social services', () => {
    const lesson = build('pupils-14-18', 'wales');
    expect(lesson.audience.label).toBe('Relationships and sexuality education (RSE) lesson, in the Health and Well-being area of the Curriculum for Wales, ages 14 to 18');
    expect(allText(lesson)).not.toContain('PSHE');
    expect(lesson.safeguardingLead).toBe('designated safeguarding person (DSP)');
    const staff = allText(build('professionals', 'wales'));
    expect(staff).toContain('refers it to the police and, where needed, social services.');
    expect(staff).not.toContain('children\'s social care');
    expect(staff).toContain('in place of \\"sexting\\", because it is clearer');
  });
});

describe('a build for England', () => {
  it('keeps PSHE, children\'s social care, the UKCIS guidance and no Welsh service', () => {
    expect(build('pupils-11-13', 'england').audience.label).toBe('Personal, social, health and economic (PSHE) education lesson, ages 11 to 13');
    const staff = build('professionals', 'england');
    expect(allText(staff)).toContain('where needed, children\'s social care.');
    expect(allText(staff)).toContain('The term the UK Council for Internet Safety (UKCIS) uses');
    expect(helpList(build('webinar', 'england'))).toEqual(expect.arrayContaining(['ukcis-sharing-nudes', 'ceop-fmse-alert', 'report-fraud']));
    for (const audience of AUDIENCES) {
      expect(helpList(build(audience, 'england')).filter((id) => ['meic', 'hwb-fmse-alert', 'wg-sharing-nudes', 'keeping-learners-safe', 'police-scotland-fraud'].includes(id)), audience).toEqual([]);
    }
  });
});

describe('builds for Scotland and Northern Ireland', () => {
  const roles: Record<string, string> = { scotland: 'child protection coordinator', 'northern-ireland': 'designated teacher' };
  for (const nation of ['scotland', 'northern-ireland'] as const) {
    it(`${nation}: its role's name, and no block, list item or service meant for other nations`, () => {
      for (const audience of AUDIENCES) {
        const t = build(audience, nation);
        expect(t.safeguardingLead, audience).toBe(roles[nation]);
        for (const id of helpList(t)) {
          const nations = sextortion.resources.get(id)!.nations;
          expect(!nations || nations.includes(nation), `${audience} shows ${id}, kept to ${nations?.join(', ')}`).toBe(true);
        }
        for (const block of t.blocks.filter((b) => b.from)) {
          const nations = sextortion.source.blocks[block.from!.block]!.nations;
          expect(!nations || nations.includes(nation), `${audience} shows block ${block.from!.block}`).toBe(true);
        }
        expect(allText(t), audience).not.toMatch(/UKCIS|PSHE|children's social care|Curriculum for Wales|\(DSL\)|\(DSP\)/);
      }
      expect(JSON.stringify(build('professionals', nation).blocks)).toContain(`the ${roles[nation]}`);
    });
  }

  it('sends phishing emails in Scotland to Police Scotland on 101, not Report Fraud', () => {
    const webinar = build('webinar', 'scotland');
    expect(helpList(webinar)).toContain('police-scotland-fraud');
    expect(helpList(webinar)).not.toContain('report-fraud');
    expect(helpList(build('webinar', 'northern-ireland'))).toContain('report-fraud');
  });
});

describe('every nation', () => {
  it('gets each audience its full session, and the content rules find no error and no warning', () => {
    for (const nation of NATIONS) {
      for (const audience of AUDIENCES) expect(build(audience, nation).totalMinutes, `${nation} ${audience}`).toBe(sextortion.source.audiences[audience]!.duration);
      const { findings } = checkModules([DIR], { nation, today: sextortion.source.reviewed });
      expect(findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`), nation).toEqual([]);
    }
  });

  it('is every nation for a block, item or service without `nations`', () => {
    const fixture = validateModule(loadModule(path.join(GOOD, 'every-block'))).module!;
    const shape = (nation: Nation) => tailorModule(fixture, 'parents', { nation }).blocks.map((b) => [b.type, b.from?.block, 'items' in b ? b.items.length : 0, b.type === 'signposting' ? b.resources.length : 0]);
    for (const nation of NATIONS) expect(shape(nation), nation).toEqual(shape('england'));
    expect(shape('england').length).toBeGreaterThan(3);
  });
});
