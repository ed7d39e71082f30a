import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModule } from '../../../src/module/load.js';
import { tailorModule } from '../../../src/tailor/tailor.js';
import { validateModule } from '../../../src/module/validate.js';
import { GOOD } from '../../support/cli.js';

const fixture = validateModule(loadModule(path.join(GOOD, 'every-block'))).module!;
const types = (audience: string) => tailorModule(fixture, audience).blocks.map((b) => b.type);

describe('tailor', () => {
  it('tells each block where it came from: its index, file and span in module.yaml', () => {
    const yaml = fixture.loaded.module;
    const blocks = tailorModule(fixture, 'pupils-11-13').blocks;
    for (const block of blocks.filter((b) => b.from)) {
      const { block: index, file, start, end } = block.from!;
      expect(fixture.source.blocks[index]!.type).toBe(block.type);
      expect(file).toBe(yaml.displayPath);
      expect(yaml.text.slice(start, end)).toMatch(new RegExp(`type: ${block.type}\\b`));
    }
    // What the profile adds (the ground rules, the list of sources) comes from no block.
    expect(blocks.find((b) => b.id === 'ground-rules')?.from).toBeUndefined();
    expect(blocks.filter((b) => b.from).length).toBeGreaterThan(3);
  });

  it('puts the webinar holding slide first and signposting last', () => {
    const t = types('webinar');
    expect(t[0]).toBe('holding');
    expect(t.at(-1)).toBe('signposting');
    expect(t.at(-2)).toBe('sources');
  });

  it('adds ground rules after the title for pupils, and no statistics', () => {
    const blocks = tailorModule(fixture, 'pupils-11-13').blocks;
    expect(blocks[0]!.type).toBe('title');
    expect(blocks[1]!.id).toBe('ground-rules');
    expect(blocks.some((b) => b.type === 'statistics' || b.type === 'sources')).toBe(false);
  });

  it('filters blocks and list items by audience', () => {
    const parents = tailorModule(fixture, 'parents');
    const tips = parents.blocks.find((b) => b.type === 'tips');
    expect(tips && 'items' in tips && tips.items.map((i) => i.text)).toEqual([
      'Use a different password for every account.',
      'Talk with your child about the apps they use.',
    ]);
    expect(parents.blocks.some((b) => b.type === 'dos-and-donts')).toBe(false);
    expect(parents.blocks.some((b) => b.type === 'holding')).toBe(false);
  });

  it('computes changes from two figures and numbers the sources', () => {
    const stats = tailorModule(fixture, 'parents').blocks.find((b) => b.type === 'statistics');
    expect(stats?.type === 'statistics' && stats.changes[0]!.words).toBe('more than doubled (+141%)');
    expect(stats?.type === 'statistics' && stats.figures.map((f) => [f.number, f.display, f.citation])).toEqual([
      [1, '1,200', 'Example Hotline, 2022'],
      [2, '2,900', 'Example Hotline, 2023'],
    ]);
  });

  it('takes per-audience minutes, and they add up to each duration', () => {
    for (const [audience, duration] of [['parents', 20], ['webinar', 30], ['pupils-11-13', 25]] as const) {
      expect(tailorModule(fixture, audience).totalMinutes).toBe(duration);
    }
  });

  it('uses the nation\'s word for the safeguarding role', () => {
    const text = (nation?: 'wales') => JSON.stringify(tailorModule(fixture, 'webinar', nation ? { nation } : {}).blocks);
    expect(text()).toContain('designated safeguarding lead (DSL)');
    expect(text('wales')).toContain('designated safeguarding person (DSP)');
    expect(text('wales')).not.toContain('{{var');
  });

  it('shows pupils only services meant for their age, and labels adult services for adults', () => {
    const resources = (audience: string) => {
      const block = tailorModule(fixture, audience).blocks.at(-1)!;
      return block.type === 'signposting' ? block.resources.map((r) => [r.id, r.ageLabel ?? '']) : [];
    };
    expect(resources('pupils-11-13')).toEqual([['police', ''], ['childline', '']]);
    expect(resources('parents')).toContainEqual(['adult-helpline', 'For adults (18 and over)']);
  });

  it('keeps a block to some formats for one audience only, and gives a split do and don\'t list its second notes', () => {
    const edited = { ...fixture, source: { ...fixture.source, blocks: fixture.source.blocks.map((b) => ({ ...b })) } };
    const index = edited.source.blocks.findIndex((b) => b.type === 'dos-and-donts');
    const list = edited.source.blocks[index]!;
    if (list.type !== 'dos-and-donts') throw new Error('the fixture has a do and don\'t list');
    list.audiences = ['webinar', 'parents'];
    list.formats = { parents: ['deck'] };
    list['dont-notes'] = 'Said on the slide of don\'ts.';
    const seen = (audience: string) => tailorModule(edited, audience).blocks.find((b) => b.type === 'dos-and-donts');
    expect(seen('parents')!.formats).toEqual(['deck']);
    const webinar = seen('webinar')!;
    expect(webinar.formats).toBeUndefined();
    expect(webinar.type === 'dos-and-donts' && webinar.dontNotes).toBe('Said on the slide of don\'ts.');
  });
});
