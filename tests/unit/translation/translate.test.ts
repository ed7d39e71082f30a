// `translate` writes the module's units as XLIFF 1.2 and keeps translations as the English changes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateModule } from '../../../src/translation/translate.js';
import { readXliff } from '../../../src/translation/xliff.js';
import { editUnits, fillAll, validModule, welshModuleCopy, xlfOf } from '../../support/translation.js';

const unitsOf = (dir: string) => new Map(readXliff(fs.readFileSync(xlfOf(dir), 'utf8'), 'cy.xlf').document!.units.map((u) => [u.id, u]));
const edit = (file: string, from: string, to: string) => {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`no "${from}" in ${file}`);
  fs.writeFileSync(file, text.replace(from, to));
};

describe('translate', () => {
  it('writes one unit per text with its English, a hash of it and stable ids, the same bytes each time', () => {
    const dir = welshModuleCopy();
    const first = translateModule(validModule(dir), 'cy');
    expect(first).toMatchObject({ changed: true, counts: { kept: 0, changed: 0, removed: 0 } });
    const text = fs.readFileSync(xlfOf(dir), 'utf8');
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff version="1.2" xmlns:wk="urn:workshopkit:xliff:1" xmlns="urn:oasis:names:tc:xliff:document:1.2">/);
    expect(text).toContain('<file original="sections/why.md" source-language="en-GB" target-language="cy" datatype="x-markdown">');
    const units = unitsOf(dir);
    expect(units.get('title')?.source).toBe(validModule(dir).source.title);
    expect(units.get('blocks/holding.1/items/0')?.source).toBe('Cameras and microphones are off.');
    expect(units.get('blocks/tips.1/items/1/text')?.source).toBe('Talk with your child about the apps they use.');
    expect(units.get('sections/why.md/p1')?.source).toBe('Why scams work');
    expect(units.get('sections/why.md/p6')?.source).toBe('Stop replying.');
    expect(units.get('sections/why.md/p6')?.notes).toEqual([{ from: 'workshopkit', text: 'Slide 2.' }]);
    expect([...units.keys()].some((id) => id.startsWith('figures/') && id.endsWith('/label'))).toBe(true);
    expect([...units.keys()].some((id) => id.startsWith('resources/') && id.endsWith('/what'))).toBe(true);
    expect([...units.values()].every((u) => u.target === undefined && /^[0-9a-f]{16}$/.test(u.sourceHash ?? ''))).toBe(true);
    expect(first.untranslated).toBe(units.size);

    const again = translateModule(validModule(dir), 'cy');
    expect(again).toMatchObject({ changed: false, counts: { added: 0, changed: 0, removed: 0, kept: units.size } });
    expect(fs.readFileSync(xlfOf(dir), 'utf8')).toBe(text);
  });

  it('adds new texts, marks changed ones needs-translation keeping the old translation, removes texts that are gone', () => {
    const dir = welshModuleCopy();
    translateModule(validModule(dir), 'cy');
    fillAll(dir, 'final');
    editUnits(dir, (u) => (u.id === 'sections/why.md/p6' ? { ...u, notes: [...u.notes, { from: 'translator', text: 'Imperative, polite form.' }] } : u));
    edit(path.join(dir, 'module.yaml'), '      - Cameras and microphones are off.', '      - Cameras and microphones are switched off.');
    edit(path.join(dir, 'sections/why.md'), '- Stop replying.', '- Stop replying at once.');
    edit(path.join(dir, 'module.yaml'), '      - Please use the chat for questions.\n', '      - Please use the chat for questions.\n      - The session is recorded.\n');
    edit(path.join(dir, 'sections/why.md'), '- Tell someone you trust.\n', '');

    const result = translateModule(validModule(dir), 'cy');
    expect(result.counts).toMatchObject({ added: 1, changed: 2 });
    expect(result.counts.removed).toBeGreaterThanOrEqual(1);
    const units = unitsOf(dir);
    const changed = units.get('blocks/holding.1/items/0')!;
    expect(changed).toMatchObject({
      source: 'Cameras and microphones are switched off.',
      target: 'CY: Cameras and microphones are off.',
      state: 'needs-translation',
      previous: { source: 'Cameras and microphones are off.', target: 'CY: Cameras and microphones are off.' },
    });
    expect(units.get('sections/why.md/p6')).toMatchObject({ source: 'Stop replying at once.', state: 'needs-translation', target: 'CY: Stop replying.' });
    expect(units.get('sections/why.md/p6')!.notes).toContainEqual({ from: 'translator', text: 'Imperative, polite form.' });
    expect(units.get('blocks/holding.1/items/2')?.source).toBe('The session is recorded.');
    expect(units.get('blocks/holding.1/items/2')?.target).toBeUndefined();
    expect([...units.values()].some((u) => u.source === 'Tell someone you trust.')).toBe(false);
    expect(units.get('blocks/holding.1/items/1')).toMatchObject({ target: 'CY: Please use the chat for questions.', state: 'final' });
    expect(fs.readFileSync(xlfOf(dir), 'utf8')).toContain('<alt-trans alt-trans-type="previous-version">');
  });

  it('keeps the translations of texts that only moved', () => {
    const dir = welshModuleCopy();
    translateModule(validModule(dir), 'cy');
    fillAll(dir, 'final');
    edit(path.join(dir, 'module.yaml'), '      - Cameras and microphones are off.\n      - Please use the chat for questions.\n', '      - Please use the chat for questions.\n      - Cameras and microphones are off.\n');
    const result = translateModule(validModule(dir), 'cy');
    expect(result.counts).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(unitsOf(dir).get('blocks/holding.1/items/0')).toMatchObject({ source: 'Please use the chat for questions.', target: 'CY: Please use the chat for questions.', state: 'final' });
  });
});
