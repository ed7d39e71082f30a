// The module in Welsh: checked, never guessed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localiseModule } from '../../../src/translation/localise.js';
import { translateModule } from '../../../src/translation/translate.js';
import { tailorModule } from '../../../src/tailor/tailor.js';
import { editUnits, fillAll, lineOf, validModule, welshModuleCopy, xlfOf } from '../../support/translation.js';

function translated(state = 'final'): string {
  const dir = welshModuleCopy();
  translateModule(validModule(dir), 'cy');
  fillAll(dir, state);
  return dir;
}

describe('localiseModule', () => {
  it('gives the module with every text in Welsh, its Markdown kept, and not a draft when every unit is final', () => {
    const dir = translated('final');
    const result = localiseModule(validModule(dir), 'cy');
    expect(result.findings).toEqual([]);
    expect(result.draft).toBe(false);
    const m = result.module!;
    expect(m.source.title).toMatch(/^CY: /);
    const holding = m.source.blocks.find((b) => b.type === 'holding')!;
    expect(holding.type === 'holding' && holding.items).toEqual(['CY: Cameras and microphones are off.', 'CY: Please use the chat for questions.']);
    const why = m.sections.get('sections/why.md')!;
    expect(why.slides[1]!.markdown).toBe('## CY: What to do\n\n- CY: Stop replying.\n- CY: Keep the messages.\n- CY: Tell someone you trust.');
    expect(why.slides[1]!.notes).toBe('CY: Go through each step slowly.');
    expect([...m.figures.values()].every((f) => f.label.startsWith('CY: '))).toBe(true);
    expect([...m.resources.values()].every((r) => r.what.startsWith('CY: '))).toBe(true);
    // The English module is left as it was.
    expect(validModule(dir).source.title).not.toMatch(/^CY: /);
    // Tailoring the Welsh module twice gives the same view.
    const audience = Object.keys(m.source.audiences)[0]!;
    expect(JSON.stringify(tailorModule(m, audience))).toBe(JSON.stringify(tailorModule(localiseModule(validModule(dir), 'cy').module!, audience)));
  });

  it('is a draft while any unit is not final or signed-off', () => {
    const dir = translated('final');
    editUnits(dir, (u) => (u.id === 'title' ? { ...u, state: 'translated' } : u));
    expect(localiseModule(validModule(dir), 'cy')).toMatchObject({ draft: true, unreviewed: 1 });
  });

  it('reports a missing unit as an error at its line in the XLIFF file, naming the English, and gives no module', () => {
    const dir = translated();
    editUnits(dir, (u) => (u.id === 'sections/why.md/p6' ? { ...u, target: '' } : u));
    const result = localiseModule(validModule(dir), 'cy');
    expect(result.module).toBeUndefined();
    const line = lineOf(xlfOf(dir), '<target state="final"></target>');
    expect(line).toBeGreaterThan(0);
    expect(result.findings).toEqual([expect.objectContaining({
      file: expect.stringMatching(/every-block\/translations\/cy\.xlf$/), line, col: 9, severity: 'error', rule: 'translation/missing',
      message: expect.stringMatching(/^no Welsh for "sections\/why.md\/p6" \(.*every-block\/sections\/why\.md:17:3\): "Stop replying\."$/),
    })]);
  });

  it('reports a unit the file does not have at its file element, saying to run translate', () => {
    const dir = translated();
    const file = path.join(dir, 'module.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('      - Please use the chat for questions.\n', '      - Please use the chat for questions.\n      - The session is recorded.\n'));
    const [finding] = localiseModule(validModule(dir), 'cy').findings;
    expect(finding).toMatchObject({ line: lineOf(xlfOf(dir), '<file original="module.yaml"'), rule: 'translation/missing', hint: expect.stringContaining('workshopkit translate every-block --lang cy') });
  });

  it('warns when the English changed after it was translated, naming the XLIFF line and the English line, and uses the translation', () => {
    const dir = translated();
    const file = path.join(dir, 'module.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('- Cameras and microphones are off.', '- Cameras and microphones are switched off.'));
    const englishLine = lineOf(file, 'Cameras and microphones are switched off.');
    const result = localiseModule(validModule(dir), 'cy');
    expect(result.findings).toEqual([expect.objectContaining({
      line: lineOf(xlfOf(dir), '<target state="final">CY: Cameras and microphones are off.</target>'), severity: 'warning', rule: 'translation/stale',
      message: expect.stringContaining(`every-block/module.yaml:${englishLine}:9`),
    })]);
    const holding = result.module!.source.blocks.find((b) => b.type === 'holding')!;
    expect(holding.type === 'holding' && holding.items?.[0]).toBe('CY: Cameras and microphones are off.');

    // After translate records the new English, the unit is marked and still warned about until it is updated.
    translateModule(validModule(dir), 'cy');
    const marked = localiseModule(validModule(dir), 'cy').findings;
    expect(marked).toEqual([expect.objectContaining({ severity: 'warning', rule: 'translation/stale', message: expect.stringContaining('is marked needs-translation') })]);
  });

  it('refuses a translation that drops or changes a {{token}}', () => {
    const dir = translated();
    const withToken = validModule(dir);
    editUnits(dir, (u) => (u.source.includes('{{var safeguarding-lead}}') ? { ...u, target: 'CY: Rhowch wybod i’r {{var safeguarding-lead-short}}.' } : u));
    const findings = localiseModule(withToken, 'cy').findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'translation/tokens', message: expect.stringContaining('has {{var safeguarding-lead-short}}, its English {{var safeguarding-lead}}') });
  });

  it('says how to start when there is no translation file, and reads a broken one at its line', () => {
    const dir = welshModuleCopy();
    expect(localiseModule(validModule(dir), 'cy').findings).toEqual([expect.objectContaining({
      file: expect.stringMatching(/every-block\/module\.yaml$/), line: lineOf(path.join(dir, 'module.yaml'), 'languages:'), rule: 'translation/file',
      hint: expect.stringContaining('workshopkit translate every-block --lang cy'),
    })]);
    translateModule(validModule(dir), 'cy');
    fs.writeFileSync(xlfOf(dir), fs.readFileSync(xlfOf(dir), 'utf8').replace('</source>', '</sauce>'));
    expect(localiseModule(validModule(dir), 'cy').findings).toEqual([expect.objectContaining({ line: 6, rule: 'translation/syntax', message: expect.stringContaining('not well-formed XML') })]);
  });
});
