import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCES, at, check, linesOf, writeModule } from './support.js';

const PUPILS = `  pupils-11-13:
    duration: 10
    formats: [deck]`;

/** A lesson that keeps every pupil rule; `extra` blocks go after the ground rules. */
const lesson = (extra = '') => `  - type: title
    minutes: 1
  - type: tips
    id: ground-rules
    minutes: 1
    items: [We listen to each other.]
${extra}  - type: tips
    minutes: 7
    items:
      - It is never your fault. Tell a trusted adult.`;

describe('safeguarding/signposting', () => {
  it('reports the validator\'s missing signposting under this rule', () => {
    const dir = writeModule({ blocks: '  - type: tips\n    minutes: 9\n    items: [Talk often.]', audiences: '  parents: { duration: 10, formats: [deck] }\n  webinar: { duration: 10, formats: [deck] }' });
    // The signposting block that writeModule adds is for everyone: limit it to parents.
    const yaml = path.join(dir, 'module.yaml');
    fs.writeFileSync(yaml, fs.readFileSync(yaml, 'utf8').replace('  - type: signposting\n', '  - type: signposting\n    audiences: [parents]\n'));
    expect(linesOf(dir, 'safeguarding/signposting')).toEqual([
      `${at(dir, 'module.yaml', 'webinar')}  error  safeguarding/signposting  the "webinar" audience has no signposting block: its outputs would not say where to get help`,
    ]);
  });

  it('reports a last help slide that shows pupils no service for their age', () => {
    const dir = writeModule({
      audiences: PUPILS,
      blocks: lesson(),
      files: { 'resources.yaml': RESOURCES.replace('ages: { min: 0, max: 18 }', 'ages: { min: 16, max: 18 }') },
    });
    expect(linesOf(dir, 'safeguarding/signposting')).toEqual([
      `${at(dir, 'module.yaml', '[childline, nspcc-helpline]')}  error  safeguarding/signposting  the last "where to get help" slide shows no services to pupils-11-13: every service it lists is for other ages`,
    ]);
  });

  it('reports a format that would not end with where to get help', () => {
    const dir = writeModule({ audiences: '  parents: { duration: 10, formats: [deck, handout] }', blocks: '  - type: tips\n    minutes: 9\n    items: [Talk often.]' });
    const yaml = path.join(dir, 'module.yaml');
    fs.writeFileSync(yaml, fs.readFileSync(yaml, 'utf8').replace('  - type: signposting\n', '  - type: signposting\n    formats: [handout]\n'));
    expect(linesOf(dir, 'safeguarding/signposting')).toEqual([
      `${at(dir, 'module.yaml', 'formats: [handout]')}  error  safeguarding/signposting  the deck for parents does not end with where to get help: its last signposting block is left out of that format`,
    ]);
  });

  it('reports a service named in the text that resources.yaml does not have', () => {
    const dir = writeModule({ blocks: '  - type: tips\n    minutes: 9\n    items: [Samaritans are there for anyone, and so is Childline.]' });
    expect(linesOf(dir, 'safeguarding/signposting')).toEqual([
      `${at(dir, 'module.yaml', 'Samaritans')}  error  safeguarding/signposting  "Samaritans" is named as a place to get help, but resources.yaml has no entry for it`,
    ]);
    const listed = writeModule({
      blocks: '  - type: tips\n    minutes: 9\n    items: [Samaritans are there for anyone.]',
      files: { 'resources.yaml': `${RESOURCES}  - id: samaritans\n    name: Samaritans\n    what: Someone to talk to.\n    who: Anyone\n    region: UK\n    phone: 116 123\n` },
    });
    expect(linesOf(listed, 'safeguarding/signposting')).toEqual([]);
  });
});

describe('safeguarding/pupils', () => {
  it('passes a calm lesson with ground rules first that says it is never their fault', () => {
    expect(linesOf(writeModule({ audiences: PUPILS, blocks: lesson() }), 'safeguarding/pupils')).toEqual([]);
  });

  it('reports a lesson that never says it is not their fault', () => {
    const dir = writeModule({ audiences: PUPILS, blocks: '  - type: tips\n    minutes: 9\n    items: [Tell a trusted adult.]' });
    expect(linesOf(dir, 'safeguarding/pupils')).toEqual([
      `${at(dir, 'module.yaml', 'pupils-11-13')}  error  safeguarding/pupils  the pupils-11-13 lesson never tells pupils that it is not their fault`,
    ]);
  });

  it('does not ask for "not your fault" when the module turns it off, and still checks the rest', () => {
    const dir = writeModule({
      audiences: PUPILS,
      extra: 'check:\n  rules:\n    safeguarding/pupils: { not-your-fault: false }',
      blocks: `  - type: tips
    id: ground-rules
    minutes: 1
    items: [We listen to each other.]
  - type: activity
    kind: main
    minutes: 8
    instructions: For homework, find out where the legal line is.`,
    });
    expect(linesOf(dir, 'safeguarding/pupils')).toEqual([
      `${at(dir, 'module.yaml', 'homework')}  error  safeguarding/pupils  a lesson on this subject sets homework`,
    ]);
  });

  it('refuses a misspelt or mistyped option of the rule', () => {
    const dir = writeModule({ audiences: PUPILS, extra: 'check:\n  rules:\n    safeguarding/pupils: { not-your-fault: nope }', blocks: lesson() });
    expect(check(dir).lines.filter((l) => l.includes('check/config'))).toEqual([
      `${at(dir, 'module.yaml', 'not-your-fault')}  error  check/config  safeguarding/pupils: "not-your-fault": Invalid input: expected boolean, received string`,
    ]);
  });

  it('reports ground rules far from the start', () => {
    const dir = writeModule({
      audiences: PUPILS,
      blocks: `  - type: title
    minutes: 1
  - type: tips
    minutes: 1
    items: [It is never your fault.]
  - type: tips
    minutes: 1
    items: [Block and report.]
  - type: tips
    id: ground-rules
    minutes: 6
    items: [We listen to each other.]`,
    });
    expect(linesOf(dir, 'safeguarding/pupils')).toEqual([
      `${at(dir, 'module.yaml', 'type: tips', 3)}  error  safeguarding/pupils  the ground rules are block 4 of the pupils-11-13 lesson; they belong near the start`,
    ]);
  });

  it('reports victim counts, frightening detail and homework', () => {
    const dir = writeModule({
      audiences: PUPILS,
      blocks: lesson(`  - type: statistics
    minutes: 0
    figures: [victims-2025]
  - type: activity
    kind: main
    minutes: 0
    instructions: For homework, read about a boy who took his own life.
`),
      files: {
        'stats.yaml': `figures:
  - id: victims-2025
    value: 12
    label: child victims known to the example service
    measure: victims
    year: 2025
    geography: UK
    publisher: Example Service
    series: example-victims
    source: Example report
    url: https://example.org/report
    status: verified
`,
      },
    });
    expect(linesOf(dir, 'safeguarding/pupils')).toEqual([
      `${at(dir, 'module.yaml', 'victims-2025]')}  error  safeguarding/pupils  "victims-2025" counts victims, which pupils should not be shown`,
      `${at(dir, 'module.yaml', 'homework')}  error  safeguarding/pupils  a lesson on this subject sets homework`,
      `${at(dir, 'module.yaml', 'took his own life')}  error  safeguarding/pupils  "took his own life" is frightening case detail for a lesson`,
    ]);
  });
});

describe('safeguarding/professionals', () => {
  const staff = (dont: string, doItem = 'Report it to your designated safeguarding lead (DSL) straight away.') => writeModule({
    audiences: '  professionals: { duration: 10, formats: [deck] }',
    blocks: `  - type: dos-and-donts
    minutes: 9
    do:
      - ${doItem}
    dont:
      - ${dont}`,
  });

  it('passes the list the guidance requires', () => {
    expect(linesOf(staff('Never view, copy, print, share, store or save the imagery. This is illegal.'), 'safeguarding/professionals')).toEqual([]);
  });

  it('names what the "never view" item leaves out', () => {
    const dir = staff('Never view, copy, share or save the imagery.');
    expect(linesOf(dir, 'safeguarding/professionals')).toEqual([
      `${at(dir, 'module.yaml', '- Never')}  error  safeguarding/professionals  the "never view…" item for professionals leaves out "print" and "store" and that it is illegal`,
    ]);
  });

  it('leaves out the imagery item for a module that turns it off, but still requires reporting to the DSL', () => {
    const settings = 'check:\n  rules:\n    safeguarding/professionals: { imagery: false }';
    const staffOnly = (doItem: string) => writeModule({
      audiences: '  professionals: { duration: 10, formats: [deck] }',
      extra: settings,
      blocks: `  - type: dos-and-donts
    minutes: 9
    do:
      - ${doItem}
    dont:
      - Don't log in to their accounts or look through their devices.`,
    });
    expect(linesOf(staffOnly('Report it to your designated safeguarding lead (DSL) the same day.'), 'safeguarding/professionals')).toEqual([]);
    const dir = staffOnly('Stay calm.');
    expect(linesOf(dir, 'safeguarding/professionals')).toEqual([
      `${at(dir, 'module.yaml', '- Stay calm')}  error  safeguarding/professionals  the do/don't list for professionals does not tell staff to report to the designated safeguarding lead`,
    ]);
  });

  it('reports a list without the duty to report to the DSL, and an audience with no list', () => {
    const dir = staff('Never view, copy, print, share, store or save the imagery. This is illegal.', 'Stay calm.');
    expect(linesOf(dir, 'safeguarding/professionals')).toEqual([
      `${at(dir, 'module.yaml', '- Stay calm')}  error  safeguarding/professionals  the do/don't list for professionals does not tell staff to report to the designated safeguarding lead`,
    ]);
    const none = writeModule({ audiences: '  webinar: { duration: 10, formats: [deck] }', blocks: '  - type: tips\n    minutes: 9\n    items: [Talk.]' });
    expect(linesOf(none, 'safeguarding/professionals')).toEqual([
      `${at(none, 'module.yaml', 'webinar')}  error  safeguarding/professionals  webinar sees no do/don't list for staff`,
    ]);
  });
});
