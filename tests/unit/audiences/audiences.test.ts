// Audiences are data: the shipped five read from audiences/, a project's own audience file accepted by
// new, check, build, list and serve with no code change, and a broken audience file reported at its spot.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAudiences } from '../../../src/audiences/load-audiences.js';
import { footerSizeFor, printSizesFor } from '../../../src/render/print-sizes.js';
import { formatOf } from '../../../src/formats/registry.js';
import { loadModule } from '../../../src/module/load.js';
import { validateModule } from '../../../src/module/validate.js';
import { tailorModule } from '../../../src/tailor/tailor.js';
import { TEMPLATES_DIR } from '../../../src/project-root.js';
import { loadFormatTemplates } from '../../../src/render/templates.js';
import { audienceJsonSchemas } from '../../../src/schema/audience-schema.js';
import { startServer, type RunningServer } from '../../../src/serve/server.js';
import { ROOT, runCli } from '../../support/cli.js';
import { tempDir } from '../../support/files.js';

// Default Ajv validates JSON Schema draft 7, the draft the schemas declare.
const Ajv = createRequire(import.meta.url)('ajv') as typeof import('ajv').default;

const OLDER_PEOPLE = `# An audience that workshopkit does not ship: added by a file alone.
label: Older people's group
who: Members of a community group for older people.
kind: adult
ages: { min: 60 }
holding-first: false
ground-rules: false
staff-duties: false
default-formats: [deck, handout]
print:
  min-text-size: 16pt
`;

/** A project folder: its own audiences/ beside an empty modules/ folder. */
function project(files: Record<string, string>): string {
  const root = tempDir('workshopkit-audiences-');
  fs.mkdirSync(path.join(root, 'modules'));
  fs.mkdirSync(path.join(root, 'audiences'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, 'audiences', name), text);
  return root;
}

describe('the shipped audiences', () => {
  const shipped = loadAudiences(ROOT);

  it('are the five that were in the code, in the same order, with the same settings', () => {
    expect(shipped.findings).toEqual([]);
    expect(shipped.ids).toEqual(['parents', 'professionals', 'webinar', 'pupils-14-18', 'pupils-11-13']);
    const flags = shipped.ids.map((id) => {
      const p = shipped.profiles.get(id)!;
      return [id, p.kind, p.ages, p.holdingFirst, p.groundRules, p.staffDuties, p.label];
    });
    expect(flags).toEqual([
      ['parents', 'adult', { min: 18 }, false, false, false, 'Parents and carers'],
      ['professionals', 'adult', { min: 18 }, false, false, true, 'Staff briefing'],
      ['webinar', 'adult', { min: 18 }, true, false, true, 'Webinar for parents and professionals'],
      ['pupils-14-18', 'pupil', { min: 14, max: 18 }, false, true, false, 'PSHE lesson (ages 14 to 18)'],
      ['pupils-11-13', 'pupil', { min: 11, max: 13 }, false, true, false, 'PSHE lesson (ages 11 to 13)'],
    ]);
    expect(shipped.profiles.get('pupils-14-18')!.yearGroups).toEqual({ england: 'Years 10 to 13', wales: 'Years 10 to 13', scotland: 'S4 to S6', 'northern-ireland': 'Years 11 to 14' });
    expect(shipped.defaults['ground-rules'].items).toHaveLength(7);
    expect(shipped.defaults.holding.title).toBe('Welcome: we will be starting shortly');
  });

  it('have JSON schemas in step with the code, which the shipped files pass and a mistake fails', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const [name, schema] of Object.entries(audienceJsonSchemas())) {
      const committed = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', name), 'utf8'));
      expect(committed, `schemas/${name} is out of date: run "npx workshopkit schema"`).toEqual(schema);
    }
    const schemas = audienceJsonSchemas();
    for (const file of fs.readdirSync(path.join(ROOT, 'audiences'))) {
      const data = parse(fs.readFileSync(path.join(ROOT, 'audiences', file), 'utf8'));
      expect(ajv.validate(schemas[file === '_defaults.yaml' ? 'audience-defaults.schema.json' : 'audience.schema.json'] as object, data), file).toBe(true);
    }
    expect(ajv.validate(schemas['audience.schema.json'] as object, { ...parse(OLDER_PEOPLE), kind: 'grown-up' })).toBe(false);
  });
});

describe('moving the audiences into files', () => {
  it('leaves every shipped module\'s tailored model, for every audience and nation, as it was in the code', () => {
    // Made by the code before the move, from the constants in src/schema/audience-profiles.ts; the fields the
    // files add (year groups, default formats, print options, required blocks) are left out of the hash, and
    // so is where each block came from (`from`, which the tailor stage records for the check since). Taken
    // again when content began to follow the nation: England's models differed only by the services' `nations`.
    // The view's language is left out too (English here: its words come from the message catalogue, the same words).
    const before = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/audiences/tailored-before-audience-files.json'), 'utf8')) as Record<string, string>;
    const isBlockSource = (value: unknown) => Boolean(value && typeof value === 'object' && 'file' in value && 'block' in value);
    const canonical = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).filter((k) => !(k === 'from' && isBlockSource((v as Record<string, unknown>)[k]))).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;
    const now: Record<string, string> = {};
    for (const dir of ['modules/sextortion', 'modules/cyber-choices', 'tests/fixtures/good/every-block']) {
      const m = validateModule(loadModule(path.join(ROOT, dir))).module!;
      for (const audience of Object.keys(m.source.audiences)) {
        for (const nation of (['england', 'wales', 'scotland', 'northern-ireland'] as const).filter((n) => Object.values(m.source.variables ?? {}).every((v) => v[n]))) {
          const { language, ...model } = tailorModule(m, audience, { nation }) as unknown as { audience: Record<string, unknown>; language: string };
          expect(language).toBe('en');
          const { yearGroups: _y, defaultFormats: _d, print: _p, requires: _r, ...audienceBefore } = model.audience;
          now[`${m.id}/${audience}/${nation}`] = crypto.createHash('sha256').update(JSON.stringify(canonical({ ...model, audience: audienceBefore }))).digest('hex');
        }
      }
    }
    expect(now).toEqual(before);
  });
});

describe('reading the audience files once', () => {
  it('parses a project\'s files once while they stay the same, and again when one changes or is added', () => {
    const root = project({ 'older-people.yaml': OLDER_PEOPLE });
    const first = loadAudiences(root);
    const again = loadAudiences(root);
    expect(again.sources).toEqual(first.sources);
    // The same parsed files, not a second reading of them; the lists are each caller's own.
    again.sources.forEach((source, i) => expect(source).toBe(first.sources[i]));
    expect(again.sources).not.toBe(first.sources);
    expect(again.profiles.get('older-people')!.label).toBe(first.profiles.get('older-people')!.label);

    fs.writeFileSync(path.join(root, 'audiences/older-people.yaml'), OLDER_PEOPLE.replace(/^label: .*$/m, 'label: People over 65'));
    const changed = loadAudiences(root);
    expect(changed.profiles.get('older-people')!.label).toBe('People over 65');
    expect(changed.sources.find((s) => s.displayPath.endsWith('older-people.yaml'))).not.toBe(first.sources.find((s) => s.displayPath.endsWith('older-people.yaml')));

    fs.writeFileSync(path.join(root, 'audiences/carers.yaml'), OLDER_PEOPLE.replace(/^label: .*$/m, 'label: Carers'));
    expect(loadAudiences(root).profiles.get('carers')?.label).toBe('Carers');
  });
});

describe('a new audience, from a file alone', () => {
  let root: string;
  let server: RunningServer | undefined;
  const cli = (args: string[]) => runCli(args, root);

  beforeAll(() => {
    root = project({ 'older-people.yaml': OLDER_PEOPLE });
  });
  afterAll(() => server?.close());

  it('new writes a module for it, with its default formats', async () => {
    const result = await cli(['new', 'scams', '--audiences', 'older-people,parents']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const yaml = parse(fs.readFileSync(path.join(root, 'modules/scams/module.yaml'), 'utf8')) as { audiences: Record<string, { formats: string[] }> };
    expect(Object.keys(yaml.audiences)).toEqual(['older-people', 'parents']);
    expect(yaml.audiences['older-people']!.formats).toEqual(['deck', 'handout']);
  });

  it('check passes it with no errors', async () => {
    const result = await cli(['check', 'scams', '--format', 'json']);
    expect(result.code).toBe(0);
    const findings = (JSON.parse(result.out) as { findings: { severity: string }[] }).findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('build makes its deck, labelled from the file', async () => {
    const result = await cli(['build', 'scams', '--audience', 'older-people', '--format', 'deck', '--out', 'out']);
    expect(result.code).toBe(0);
    const deck = fs.readFileSync(path.join(root, 'out/scams/older-people/deck/index.html'), 'utf8');
    expect(deck).toContain('Older people&#x27;s group');
  });

  it('a change to its file rebuilds its outputs; an unchanged file leaves them up to date', async () => {
    const args = ['build', 'scams', '--audience', 'older-people', '--format', 'deck', '--out', 'out'];
    expect((await cli(args)).out).toContain('up to date out/scams/older-people/deck/index.html');
    const file = path.join(root, 'audiences/older-people.yaml');
    fs.writeFileSync(file, OLDER_PEOPLE.replace("label: Older people's group", 'label: Over-sixties club'));
    try {
      expect((await cli(args)).out).toContain('built out/scams/older-people/deck/index.html');
      expect(fs.readFileSync(path.join(root, 'out/scams/older-people/deck/index.html'), 'utf8')).toContain('Over-sixties club');
    } finally {
      fs.writeFileSync(file, OLDER_PEOPLE);
    }
  });

  it('its print option raises the printed sizes of its handout, and only its own', async () => {
    const m = validateModule(loadModule(path.join(root, 'modules/scams'))).module!;
    const handout = formatOf('handout');
    const templates = loadFormatTemplates(TEMPLATES_DIR, handout.layoutFrom ?? handout.id, handout.blocksFrom ?? handout.id);
    const html = async (audience: string) =>
      (await handout.render(tailorModule(m, audience), templates, { theme: 'default', generator: 'test' })).files.find((f) => f.path.endsWith('index.html'))!.contents as string;
    expect(await html('older-people')).toContain('<style>:root { --wk-print-min-size: 16pt; --wk-print-size: 16pt; --wk-handout-size: 16pt; }</style>');
    expect(await html('parents')).not.toContain('--wk-print-min-size');
  });

  it('list shows the library with languages and review status, judged like check judges it', async () => {
    const now = await cli(['list', '--date', new Date().toISOString().slice(0, 10)]);
    expect(now.code).toBe(0);
    expect(now.out).toMatch(/scams: Keeping your accounts safe online/);
    expect(now.out).toMatch(/languages: en-GB/);
    expect(now.out).toMatch(/older-people\s+\d+ min\s+deck, handout\s+\(Older people's group\)/);
    expect(now.out).toContain('none due for review');
    const later = await cli(['list', '--date', '2099-01-01']);
    expect(later.out).toMatch(/REVIEW DUE, more than 12 months ago/);
    expect(later.out).toContain('due for review: scams');
    const check = await cli(['check', 'scams', '--date', '2099-01-01']);
    expect(check.out).toContain('stats/stale');
  });

  it('serve lists it on the index, with formats, languages and review status', async () => {
    server = await startServer({ config: { modulesDir: path.join(root, 'modules'), theme: 'default', date: '2099-01-01' }, port: 0, log: { out: () => {}, err: () => {} } });
    const html = await (await fetch(server.url)).text();
    expect(html).toContain('Older people&#x27;s group');
    expect(html).toMatch(/<dt>Languages<\/dt><dd>en-GB<\/dd>/);
    expect(html).toContain('review due: more than 12 months ago');
    expect(html).toMatch(/Due for review: <a href="#module-scams">/);
    expect(html).toContain('<td>Deck, Handout</td>');
    const deck = await fetch(new URL('/scams/older-people/deck/', server.url));
    expect(deck.status).toBe(200);
  });

  it('serve checks every module again when an audience file is saved', async () => {
    const file = path.join(root, 'audiences/older-people.yaml');
    fs.writeFileSync(file, OLDER_PEOPLE.replace("label: Older people's group", 'label: Silver surfers'));
    let html = '';
    for (let i = 0; i < 100 && !html.includes('Silver surfers'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      html = await (await fetch(server!.url)).text();
    }
    fs.writeFileSync(file, OLDER_PEOPLE);
    expect(html).toContain('Silver surfers');
  });

  it('an unknown audience in a module gets "did you mean" from the files', async () => {
    const file = path.join(root, 'modules/scams/module.yaml');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/^ {2}older-people:/m, '  older-peple:').replace(/\[older-people, parents\]/g, '[parents]'));
    try {
      const result = await cli(['check', 'scams']);
      expect(result.code).toBe(1);
      expect(result.out).toMatch(/module\.yaml:\d+:3 +error +module\/unknown-audience +unknown audience "older-peple"/);
      expect(result.out).toContain('Did you mean "older-people"?');
    } finally {
      fs.writeFileSync(file, text);
    }
  });

  it('new reports every unknown audience at once, each with its suggestion', async () => {
    const result = await cli(['new', 'other', '--audiences', 'older-peple,parents,pupils-14-17']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('there are no audiences "older-peple", "pupils-14-17"');
    expect(result.err).toMatch(/older-peple: Did you mean "older-people"\?/);
    expect(result.err).toMatch(/pupils-14-17: Did you mean "pupils-14-18"\?/);
    expect(fs.existsSync(path.join(root, 'modules/other'))).toBe(false);
  });
});

describe('a broken audience file', () => {
  it('is reported at its file, line and column, once, and nothing is built', async () => {
    const root = project({ 'older-people.yaml': OLDER_PEOPLE.replace('kind: adult', 'kind: grown-up').replace('staff-duties: false', 'staff-dutys: false') });
    fs.cpSync(path.join(ROOT, 'tests/fixtures/good/every-block'), path.join(root, 'modules/every-block'), { recursive: true });
    fs.cpSync(path.join(ROOT, 'tests/fixtures/good/every-block'), path.join(root, 'modules/every-block-2'), { recursive: true });
    const check = await runCli(['check'], root);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/older-people\.yaml:4:7 +error +schema\/invalid-value +"grown-up" is not allowed for kind/);
    expect(check.out).toMatch(/older-people\.yaml:8:1 +error +schema\/unknown-key +unknown key "staff-dutys"/);
    expect(check.out).toContain('Did you mean "staff-duties"?');
    expect(check.out.match(/older-people\.yaml:4:7/g)).toHaveLength(1);
    const build = await runCli(['build', '--out', 'out', '--format', 'deck'], root);
    expect(build.code).toBe(1);
    expect(build.err).toMatch(/older-people\.yaml:4:7/);
    expect(fs.existsSync(path.join(root, 'out/every-block'))).toBe(false);
  });

  it('with a YAML mistake is a finding too, not a crash', async () => {
    const root = project({ 'older-people.yaml': 'label: [unclosed\nwho: x\n' });
    const result = await runCli(['new', 'scams', '--audiences', 'parents'], root);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/older-people\.yaml:\d+:\d+ +error +yaml\/syntax/);
  });
});

describe('print options', () => {
  const look = (sizes: { size: string; 'handout-size': string; 'min-size': string }) => ({ theme: { source: { print: sizes } } }) as never;

  it('raise the theme\'s printed sizes to the minimum, never lower them, and the PDF footer with them', () => {
    const theme = look({ size: '11pt', 'handout-size': '10pt', 'min-size': '8pt' });
    expect(printSizesFor({ print: { minTextSize: '10.5pt' } }, theme)).toBe('--wk-print-min-size: 10.5pt; --wk-handout-size: 10.5pt;');
    expect(printSizesFor({ print: { minTextSize: '7pt' } }, theme)).toBeUndefined();
    expect(printSizesFor({ print: {} }, theme)).toBeUndefined();
    expect(footerSizeFor({ print: { minTextSize: '16pt' } })).toBe('16pt');
    expect(footerSizeFor({ print: { minTextSize: '7pt' } })).toBeUndefined();
  });

  it('reach every small text rule of the print stylesheet', () => {
    // A rule sized below the body in rem or em must be floored at the minimum, or large print is not large.
    const css = fs.readFileSync(path.join(ROOT, 'themes/base/print.css'), 'utf8');
    const unfloored = [...css.matchAll(/font-size:\s*(0\.\d+r?em)/g)].filter((m) => !css.slice(Math.max(0, m.index! - 40), m.index!).includes('max(var(--wk-print-min-size)'));
    expect(unfloored.map((m) => m[0])).toEqual([]);
  });
});
