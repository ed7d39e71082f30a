// The second shipped module, on the National Crime Agency's Cyber Choices programme, as each audience gets
// it: what must be there, what must never be, and the real decks and PDFs opened as a person would.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser, type LaunchedBrowser } from '../../src/print/browser.js';
import type { TailoredModule } from '../../src/tailor/tailor.js';
import { axeEverySlide, openWatched, requestsOutside } from '../support/browser.js';
import { ROOT, runCli } from '../support/cli.js';
import { decodeQrCodes, pdfInfo, pdfLinks, pdfText } from '../support/pdf.js';
import { sharedBuild, sharedModels } from '../support/shared-builds.js';
import { moduleSourceLines } from '../support/module-text.js';

const MODULE = path.join(ROOT, 'modules/cyber-choices');
const AUDIENCES = { professionals: 45, parents: 30, 'pupils-14-18': 50, 'pupils-11-13': 40 } as const;
let out: string;
let models: Record<string, TailoredModule>;
let launched: LaunchedBrowser;

beforeAll(async () => {
  models = Object.fromEntries((await sharedModels<TailoredModule>(['build', 'cyber-choices'])).map((m) => [m.audience.id, m]));
  out = await sharedBuild(['build', 'cyber-choices']);
  launched = await launchBrowser();
}, 300_000);
afterAll(async () => launched?.close());

const text = (audience: string) => JSON.stringify(models[audience]!.blocks).replace(/\\"/g, '"').replace(/\*\*/g, '');
const types = (audience: string) => models[audience]!.blocks.map((b) => b.type);
const helpIds = (audience: string) => models[audience]!.blocks.flatMap((b) => (b.type === 'signposting' ? b.resources.map((r) => r.id) : []));

describe('what each audience sees', () => {
  it('passes the check with no problems', async () => {
    const checked = await runCli(['check', 'cyber-choices']);
    expect(checked.code, checked.out + checked.err).toBe(0);
    expect(checked.out).toMatch(/no problems/);
  });

  it('gives every audience exactly its session length, ending with where to get help', () => {
    expect(Object.keys(models).sort()).toEqual(Object.keys(AUDIENCES).sort());
    for (const [audience, minutes] of Object.entries(AUDIENCES)) {
      expect(models[audience]!.totalMinutes, audience).toBe(minutes);
      expect(types(audience).at(-1), audience).toBe('signposting');
      expect(helpIds(audience), audience).toContain('cyber-choices');
    }
  });

  it('explains the Computer Misuse Act 1990 in everyday examples to every audience', () => {
    for (const audience of Object.keys(AUDIENCES)) {
      const seen = text(audience);
      for (const topic of [/Computer Misuse Act/, /booter/i, /without (their )?permission|without asking/i, /account/i]) expect(seen, `${audience} ${topic}`).toMatch(topic);
    }
    for (const audience of ['professionals', 'parents', 'pupils-14-18']) {
      expect(text(audience), audience).toMatch(/malware/i);
      expect(text(audience), audience).toMatch(/denial of service \((DoS|DDoS)\)|denial of service/i);
    }
  });

  it('says what can follow, and the legal ways to use the skills', () => {
    for (const audience of Object.keys(AUDIENCES)) {
      const seen = text(audience);
      expect(seen, audience).toMatch(/criminal record/i);
      expect(seen, audience).toMatch(/arrest/i);
      expect(seen, audience).toMatch(/travel/i);
      expect(seen, audience).toMatch(/CyberFirst/);
      expect(seen, audience).toMatch(/careers?|jobs/i);
    }
    for (const audience of ['professionals', 'parents', 'pupils-14-18']) {
      expect(text(audience), audience).toMatch(/capture-the-flag/i);
      expect(text(audience), audience).toMatch(/bug bount/i);
    }
  });

  it('shows professionals the referral route and their duties, with no imagery rules from another topic', () => {
    const staff = text('professionals');
    for (const step of [/designated safeguarding lead \(DSL\)/, /regional Cyber Choices team/i, /anonymous/i, /referral form/i, /plain clothes/i, /999/]) {
      expect(staff).toMatch(step);
    }
    expect(types('professionals')).toContain('dos-and-donts');
    expect(staff).toMatch(/Don't log in to their accounts, look through their devices/);
    expect(staff).not.toMatch(/imagery|nude/i);
    expect(helpIds('professionals')).toEqual(expect.arrayContaining(['regional-cyber-teams', 'report-fraud', 'police']));
  });

  it('tells parents the signs to notice, how to talk, and where to get advice', () => {
    const parents = text('parents');
    for (const advice of [/What you might notice/, /booting/i, /other people's passwords/i, /Stay calm/i, /Parents can refer/i, /Report Fraud/, /999/]) {
      expect(parents).toMatch(advice);
    }
    expect(parents).not.toMatch(/school network/i);
  });

  for (const audience of ['pupils-14-18', 'pupils-11-13'] as const) {
    it(`keeps the ${audience} lesson safe: ground rules first, made-up characters, no figures, no scare detail`, () => {
      const lesson = text(audience);
      expect(models[audience]!.blocks[1]!.id).toBe('ground-rules');
      expect(lesson).toMatch(/made-up character/i);
      expect(lesson).toMatch(/trusted adult/i);
      expect(lesson).toContain('Childline');
      expect(models[audience]!.figures).toEqual([]);
      expect(types(audience)).not.toContain('statistics');
      expect(lesson).not.toMatch(/\d+%|\bper ?cent\b|\bone in (four|five)\b|\b\d{1,3},\d{3}\b/i);
      expect(lesson).not.toMatch(/suicid|died|death/i);
      expect(lesson).not.toMatch(/homework/i);
      const kinds = models[audience]!.blocks.flatMap((b) => (b.type === 'activity' ? [b.kind] : []));
      expect(kinds).toEqual(expect.arrayContaining(['baseline', 'scenario', 'quiz', 'end-point', 'closing']));
      expect(models[audience]!.audience.outcomes.every((o) => /^I can (identify|explain|describe|name|recognise|list|show|say|give)/.test(o))).toBe(true);
      expect(helpIds(audience)).toEqual(expect.arrayContaining(['trusted-adult', 'childline']));
      // Pupils see only services meant for their age: no police-referral lists or reporting lines for adults.
      expect(helpIds(audience)).not.toContain('regional-cyber-teams');
    });
  }

  it('keeps the younger lesson to the simplest examples', () => {
    const younger = text('pupils-11-13');
    expect(younger).not.toMatch(/bug bount|stresser|section 3A/i);
    expect(younger).toMatch(/is it mine\?/i);
  });
});

describe('the module\'s facts come only from its data files', () => {
  const sources = () => moduleSourceLines(MODULE);
  const resources = () => (parse(fs.readFileSync(path.join(MODULE, 'resources.yaml'), 'utf8')) as { resources: { id: string; url?: string; phone?: string; source?: string; checked?: string }[] }).resources;

  it('types no statistic, and has no figures until one is checked at its source', () => {
    const typed = sources().flatMap((line) => [...line.matchAll(/\b\d+(\.\d+)?%|\b\d{1,3}(,\d{3})+\b|\bone in (four|five)\b/gi)].map((m) => `${m[0]} in: ${line.trim()}`));
    expect(typed).toEqual([]);
    expect((parse(fs.readFileSync(path.join(MODULE, 'stats.yaml'), 'utf8')) as { figures: unknown[] }).figures).toEqual([]);
  });

  it('links only to services listed in resources.yaml, each with where and when it was checked', () => {
    const known = new Set(resources().flatMap((r) => (r.url ? [r.url] : [])));
    const links = sources().flatMap((line) => [...line.matchAll(/https?:\/\/[^\s)<>"'\]]+/g)].map((m) => m[0].replace(/[.,;:]+$/, '')));
    expect(links.filter((url) => !known.has(url))).toEqual([]);
    for (const r of resources()) {
      expect(r.checked, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.url || r.phone) expect(r.source, r.id).toMatch(/^https:\/\//);
    }
  });
});

describe('the shipped PDFs', () => {
  it('prints the parents\' handout on one sheet (two sides), with every service, phone number, link and QR code', () => {
    const file = path.join(out, 'cyber-choices/parents/handout.pdf');
    expect(Number(pdfInfo(file)['Pages'])).toBeLessThanOrEqual(2);
    const printed = pdfText(file, { layout: false }).replace(/\s+/g, ' ');
    const links = pdfLinks(file);
    const help = models['parents']!.blocks.flatMap((b) => (b.type === 'signposting' ? b.resources : []));
    expect(help.length).toBeGreaterThan(3);
    for (const r of help) {
      expect(printed, r.name).toContain(r.name);
      if (r.phone) expect(printed, r.name).toContain(r.phone);
      if (r.url) expect(links, r.name).toContain(r.url);
    }
    expect(decodeQrCodes(file).sort()).toEqual(help.flatMap((r) => (r.url ? [r.url] : [])).sort());
    expect(printed.trimEnd()).toMatch(/Where to get help.*Childline/);
  });

  it('prints the referral route and duties on the professionals\' handout, ending with where to get help', () => {
    const printed = pdfText(path.join(out, 'cyber-choices/professionals/handout.pdf'), { layout: false }).replace(/\s+/g, ' ');
    expect(printed).toContain('Referring a young person to Cyber Choices');
    expect(printed).toContain('designated safeguarding lead (DSL)');
    expect(printed.lastIndexOf('Contacts and where to get help')).toBeGreaterThan(printed.lastIndexOf('Talking with the young person'));
  });

  it('adds up each lesson plan\'s timings to the lesson\'s length, with the teacher\'s safeguarding notes', () => {
    for (const [audience, minutes] of [['pupils-14-18', 50], ['pupils-11-13', 40]] as const) {
      const printed = pdfText(path.join(out, `cyber-choices/${audience}/lesson-plan.pdf`));
      expect(printed).toMatch(new RegExp(`Total\\s+${minutes}\\s+of ${minutes}`));
      expect(printed).toMatch(/Do not promise to keep it secret/);
      expect(printed).not.toMatch(/most often targeted/);
    }
  });
});

describe('the shipped decks in Chromium', () => {
  for (const audience of Object.keys(AUDIENCES)) {
    it.concurrent(`${audience}: loads nothing from outside, every slide fits and passes axe-core`, async () => {
      const deckDir = path.join(out, 'cyber-choices', audience, 'deck');
      const { page, requests, consoleErrors } = await openWatched(launched, path.join(deckDir, 'index.html'));
      await page.waitForSelector('html[data-ready="true"]');
      expect(requestsOutside(requests, deckDir)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      const overflowing = await page.evaluate(() => [...document.querySelectorAll('.slides > section[data-overflow]')].map((s) => s.querySelector('h2')?.textContent));
      expect(overflowing).toEqual([]);
      expect(await axeEverySlide(page)).toEqual([]);
      await page.close();
    });
  }
});
