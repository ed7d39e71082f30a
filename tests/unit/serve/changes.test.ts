import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyChange, isEditorTemporary, outputChange, pageReload, planRebuild, templateFolderOf, withoutUnchanged, type WatchRoots } from '../../../src/serve/changes.js';

const roots: WatchRoots = {
  modulesDir: '/p/modules',
  templatesDir: '/wk/templates',
  themesDir: '/wk/themes',
  brandFile: '/p/brand.yaml',
  audiencesDirs: ['/wk/audiences', '/p/audiences'],
};

describe('what a saved file touches', () => {
  it('a file in a module touches that module only', () => {
    expect(classifyChange('/p/modules/sextortion/sections/why-share.md', roots)).toEqual({ kind: 'module', id: 'sextortion' });
    expect(classifyChange('/p/modules/sextortion/module.yaml', roots)).toEqual({ kind: 'module', id: 'sextortion' });
    // A file beside the modules, not in one, touches nothing; nor does a folder `new` has not finished.
    expect(classifyChange('/p/modules/README.md', roots)).toEqual({ kind: 'ignored' });
    expect(classifyChange('/p/modules/.new-scams-x1y2/module.yaml', roots)).toEqual({ kind: 'ignored' });
  });

  it('a template touches the formats made from it: the deck\'s blocks are printed as slides and notes too', () => {
    expect(classifyChange('/wk/templates/deck/blocks/tips.hbs', roots)).toEqual({ kind: 'templates', formats: ['deck', 'deck-file', 'notes', 'pptx', 'slides-pdf'] });
    expect(classifyChange('/wk/templates/handout/layout.hbs', roots)).toEqual({ kind: 'templates', formats: ['handout'] });
    expect(classifyChange('/wk/templates/notes/layout.hbs', roots)).toEqual({ kind: 'templates', formats: ['notes'] });
    expect(classifyChange('/wk/templates/shared/help-list.hbs', roots)).toEqual({ kind: 'templates', formats: ['deck', 'deck-file', 'handout', 'lesson-plan', 'notes', 'pptx', 'slides-pdf'] });
    expect(classifyChange('/wk/templates/serve/index.hbs', roots)).toEqual({ kind: 'serve-pages' });
  });

  it('a theme or the brand file touches every output', () => {
    expect(classifyChange('/wk/themes/default/theme.yaml', roots)).toEqual({ kind: 'everything' });
    expect(classifyChange('/p/brand.yaml', roots)).toEqual({ kind: 'everything' });
  });

  it('an audience file, shipped or the project\'s own, touches every module', () => {
    expect(classifyChange('/p/audiences/older-people.yaml', roots)).toEqual({ kind: 'everything' });
    expect(classifyChange('/wk/audiences/_defaults.yaml', roots)).toEqual({ kind: 'everything' });
  });

  it('ignores editors\' swap, backup and probe files', () => {
    for (const name of ['.why.md.swp', 'why.md~', '4913', '.#module.yaml', 'module.yaml.tmp']) {
      expect(isEditorTemporary(`/p/modules/m/${name}`), name).toBe(true);
      expect(classifyChange(`/p/modules/m/${name}`, roots)).toEqual({ kind: 'ignored' });
    }
    expect(isEditorTemporary('/p/modules/m/module.yaml')).toBe(false);
  });

  it('plans one rebuild for a batch of saves', () => {
    const plan = planRebuild(['/p/modules/a/module.yaml', '/p/modules/a/sections/x.md', '/p/modules/b/stats.yaml', '/wk/templates/handout/layout.hbs', '/p/modules/a/.x.swp'], roots);
    expect([...plan.modules].sort()).toEqual(['a', 'b']);
    expect([...plan.formats]).toEqual(['handout']);
    expect(plan.everything).toBe(false);
    expect(plan.files.size).toBe(4);
    expect(plan.files.has(path.resolve('/p/modules/a/.x.swp'))).toBe(false);
  });
});

describe('what is left of a plan when saves changed nothing', () => {
  const saved = planRebuild(['/p/modules/a/module.yaml', '/p/modules/b/stats.yaml', '/wk/templates/handout/layout.hbs', '/wk/themes/default/theme.yaml'], roots);

  it('drops the modules whose inputs are those last checked, and their files', () => {
    const plan = withoutUnchanged(saved, roots, { modules: new Set(['a']), templateFolders: new Set(), lookChanged: true });
    expect([...plan.modules]).toEqual(['b']);
    expect([...plan.files].map((f) => path.basename(f)).sort()).toEqual(['layout.hbs', 'stats.yaml', 'theme.yaml']);
    expect(plan.everything).toBe(true);
    expect([...plan.formats]).toEqual(['handout']);
  });

  it('drops a theme or brand file saved as it was, so nothing is rendered again for it', () => {
    const plan = withoutUnchanged(saved, roots, { modules: new Set(['a', 'b']), templateFolders: new Set(), lookChanged: false });
    expect(plan.modules.size).toBe(0);
    expect(plan.everything).toBe(false);
    expect([...plan.files].map((f) => path.basename(f))).toEqual(['layout.hbs']);
    expect(withoutUnchanged(planRebuild(['/p/brand.yaml', '/p/modules/a/module.yaml'], roots), roots, { modules: new Set(['a']), templateFolders: new Set(), lookChanged: false }).files.size).toBe(0);
  });
});

describe('what is left of a plan when a template is saved as it was', () => {
  it('drops the template folders that hold what they held, and renders only the formats of the others', () => {
    const saved = planRebuild(['/wk/templates/handout/layout.hbs', '/wk/templates/notes/layout.hbs', '/wk/templates/serve/index.hbs'], roots);
    expect([...saved.formats].sort()).toEqual(['handout', 'notes']);
    const plan = withoutUnchanged(saved, roots, { modules: new Set(), templateFolders: new Set(['handout', 'serve']), lookChanged: false });
    expect([...plan.formats]).toEqual(['notes']);
    expect(plan.servePages).toBe(false);
    expect([...plan.files].map((f) => path.relative('/wk/templates', f))).toEqual(['notes/layout.hbs']);
    expect(templateFolderOf('/wk/templates/deck/blocks/tips.hbs', roots)).toBe('deck');
    expect(templateFolderOf('/p/modules/a/module.yaml', roots)).toBeUndefined();
  });
});

describe('which open pages reload after a rebuild', () => {
  const version = (hash: string, files: Record<string, string>, copies: string[] = []) => ({ hash, fileHashes: new Map(Object.entries(files)), copies: new Set(copies) });
  const before = version('a', { 'index.html': 'h1', 'assets/deck.css': 'c1' }, ['/wk/themes/default/deck.css']);

  it('a deck whose HTML alone changed swaps its slides in place; anything else reloads; the same output stays', () => {
    expect(outputChange('deck', before, version('a', { 'index.html': 'h1', 'assets/deck.css': 'c1' }, ['/wk/themes/default/deck.css']), new Set())).toBeUndefined();
    expect(outputChange('deck', before, version('b', { 'index.html': 'h2', 'assets/deck.css': 'c1' }), new Set())).toEqual({ soft: true });
    expect(outputChange('deck', before, version('b', { 'index.html': 'h2', 'assets/deck.css': 'c2' }), new Set())).toEqual({ soft: false });
    expect(outputChange('handout', before, version('b', { 'index.html': 'h2', 'assets/deck.css': 'c1' }), new Set())).toEqual({ soft: false });
    // A copied file saved in place: the same output by its hash, but the page must load the new file.
    expect(outputChange('deck', before, before, new Set(['/wk/themes/default/deck.css']))).toEqual({ soft: false });
    expect(outputChange('deck', before, undefined, new Set())).toEqual({ soft: false });
  });

  it('tells each page by what it shows', () => {
    const plan = planRebuild(['/p/modules/scams/module.yaml'], roots);
    const changes = { outputs: new Map([['scams/parents/deck', { soft: true }]]), indexChanged: false, plan };
    const output = (audience: string) => ({ kind: 'output' as const, key: { module: 'scams', audience, format: 'deck' as const }, file: 'index.html' });
    expect(pageReload(output('parents'), changes)).toEqual({ reload: true, soft: true });
    expect(pageReload(output('webinar'), changes)).toEqual({ reload: false, soft: false });
    expect(pageReload({ kind: 'index' }, changes)).toEqual({ reload: false, soft: false });
    expect(pageReload({ kind: 'index' }, { ...changes, indexChanged: true })).toEqual({ reload: true, soft: false });
    expect(pageReload({ kind: 'source', module: 'scams', file: 'module.yaml' }, changes)).toEqual({ reload: true, soft: false });
    expect(pageReload({ kind: 'source', module: 'other', file: 'module.yaml' }, changes)).toEqual({ reload: false, soft: false });
    expect(pageReload({ kind: 'pdf', module: 'scams', audience: 'parents', file: 'handout.pdf' }, changes)).toEqual({ reload: true, soft: false });
    expect(pageReload({ kind: 'unknown' }, changes)).toEqual({ reload: false, soft: false });
  });
});
