import { describe, expect, it } from 'vitest';
import { at, linesOf, writeModule } from './support.js';

const SECTION = `---
title: How it happens
---
A message arrives.

Note:
Say that anyone can be targeted.

---

Then the threat.
`;

describe('notes/speaker', () => {
  it('warns about a webinar or staff slide without notes, and not about parents\' slides, the holding slide or a slide with notes', () => {
    const dir = writeModule({
      audiences: '  parents: { duration: 10, formats: [deck] }\n  webinar: { duration: 10, formats: [deck] }\n  professionals: { duration: 10, formats: [deck] }',
      blocks: [
        '  - type: holding',
        '    audiences: [webinar]',
        '  - type: tips',
        '    minutes: 4',
        '    notes: Go through each tip.',
        '    items: [Talk often.]',
        '  - type: questions',
        '    minutes: 3',
        '  - type: markdown',
        '    minutes: 2',
        '    file: sections/how.md',
        '    notes: { parents: Only parents hear this. }',
      ].join('\n'),
      files: { 'sections/how.md': SECTION },
    });
    expect(linesOf(dir, 'notes/speaker')).toEqual([
      `${at(dir, 'module.yaml', 'questions')}  warning  notes/speaker  this questions slide has no speaker notes (for webinar, professionals)`,
      `${at(dir, 'module.yaml', 'sections/how.md')}  warning  notes/speaker  slide 2 of this section has no speaker notes (for webinar, professionals)`,
      `${at(dir, 'module.yaml', 'signposting')}  warning  notes/speaker  this signposting slide has no speaker notes (for webinar, professionals)`,
    ]);
  });
});
