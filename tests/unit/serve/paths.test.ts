import { describe, expect, it } from 'vitest';
import { outputUrl, parsePath, sourceUrl } from '../../../src/serve/paths.js';

describe('the preview\'s addresses', () => {
  it('keeps the layout of out/: a deck and the HTML of each print format, and PDFs beside them', () => {
    expect(parsePath('/')).toEqual({ kind: 'index' });
    expect(parsePath('/sextortion/parents/deck/')).toEqual({ kind: 'output', key: { module: 'sextortion', audience: 'parents', format: 'deck' }, file: 'index.html' });
    expect(parsePath('/sextortion/parents/deck/assets/reveal/reveal.js')).toMatchObject({ kind: 'output', file: 'assets/reveal/reveal.js' });
    expect(parsePath('/sextortion/webinar/slides-pdf/')).toMatchObject({ kind: 'output', key: { format: 'slides-pdf' } });
    expect(parsePath('/sextortion/parents/handout.pdf')).toEqual({ kind: 'pdf', module: 'sextortion', audience: 'parents', file: 'handout.pdf' });
    expect(parsePath('/__workshopkit/events')).toEqual({ kind: 'tool', name: 'events' });
    expect(parsePath('/__workshopkit/source/sextortion/sections/why-share.md')).toEqual({ kind: 'source', module: 'sextortion', file: 'sections/why-share.md' });
  });

  it('refuses anything that could leave a folder, and formats that do not exist', () => {
    expect(parsePath('/sextortion/parents/%2e%2e/%2e%2e/etc/passwd')).toEqual({ kind: 'unknown' });
    expect(parsePath('/__workshopkit/source/sextortion/..%2f..%2fpackage.json')).toEqual({ kind: 'unknown' });
    expect(parsePath('/sextortion/parents/poster/')).toEqual({ kind: 'unknown' });
    expect(parsePath('/sextortion/parents/deck')).toEqual({ kind: 'unknown' });
    expect(parsePath('/%E0%A4%A')).toEqual({ kind: 'unknown' });
  });

  it('makes the addresses the index links to', () => {
    expect(outputUrl('sextortion', 'pupils-14-18', 'lesson-plan')).toBe('/sextortion/pupils-14-18/lesson-plan/');
    expect(sourceUrl('sextortion', 'sections/why share.md', 12)).toBe('/__workshopkit/source/sextortion/sections/why%20share.md#L12');
  });
});
