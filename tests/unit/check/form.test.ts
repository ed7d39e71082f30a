// The rules about form: timings, reading level, images and links.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phoneProblem, urlProblem } from '../../../src/check/rules/links-format.js';
import { RESOURCES, at, check, linesOf, writeModule } from './support.js';

describe('timing/duration', () => {
  const timed = (minutes: number, extra?: string) => writeModule({ ...(extra ? { extra } : {}), blocks: `  - type: tips\n    minutes: ${minutes}\n    items: [Talk often.]` });

  it('passes minutes that add up to the duration within 2 minutes', () => {
    expect(linesOf(timed(9), 'timing/duration')).toEqual([]);
    expect(linesOf(timed(11), 'timing/duration')).toEqual([]);
  });

  it('reports minutes that do not add up, at the duration', () => {
    const dir = timed(14);
    expect(linesOf(dir, 'timing/duration')).toEqual([`${at(dir, 'module.yaml', '10')}  warning  timing/duration  the blocks for parents add up to 15 minutes, 5 more than its duration of 10`]);
    const short = timed(2);
    expect(linesOf(short, 'timing/duration')).toEqual([`${at(short, 'module.yaml', '10')}  warning  timing/duration  the blocks for parents add up to 3 minutes, 7 fewer than its duration of 10`]);
  });

  it('uses the tolerance a module sets', () => {
    expect(linesOf(timed(10, 'check:\n  rules:\n    timing/duration: { tolerance: 0 }'), 'timing/duration')).toHaveLength(1);
  });
});

describe('readability/level', () => {
  const PUPILS = '  pupils-11-13: { duration: 10, formats: [deck] }';
  const hard = 'Organisations systematically investigate electronic communications, establishing comprehensive documentation.';

  it('passes short sentences and short words', () => {
    const dir = writeModule({ audiences: PUPILS, blocks: '  - type: tips\n    minutes: 9\n    items: [It is not your fault., Tell an adult you trust., Stop and block them.]' });
    expect(linesOf(dir, 'readability/level')).toEqual([]);
  });

  it('reports text above the audience\'s grade, naming the hardest sentences', () => {
    const dir = writeModule({ audiences: PUPILS, blocks: `  - type: tips\n    minutes: 9\n    items:\n      - ${hard}\n      - It is not your fault.` });
    expect(linesOf(dir, 'readability/level')).toEqual([
      `${at(dir, 'module.yaml', 'Organisations')}  warning  readability/level  one of the hardest sentences (grade 42): "Organisations systematically investigate electronic communi…"`,
      `${at(dir, 'module.yaml', 'pupils-11-13')}  warning  readability/level  what pupils-11-13 reads is at grade 14.9 (Flesch–Kincaid); aim for 6 or lower`,
      // The third hardest of what these pupils read is the service's description, at grade 7.
      `${at(dir, 'resources.yaml', 'Free, confidential')}  warning  readability/level  one of the hardest sentences (grade 7): "Free, confidential support by phone or online chat."`,
    ]);
  });

  it('takes the grade a module sets for an audience', () => {
    const dir = writeModule({ audiences: PUPILS, extra: "check:\n  rules:\n    readability/level: { max-grade: { pupils-11-13: 30 } }", blocks: `  - type: tips\n    minutes: 9\n    items:\n      - ${hard}` });
    expect(linesOf(dir, 'readability/level')).toEqual([]);
  });

  it('names a sentence of more than 25 words', () => {
    const long = 'If you are worried about something that happened online you can talk to a parent or a carer or a teacher or a school nurse or a youth worker at any time.';
    const dir = writeModule({ blocks: `  - type: tips\n    minutes: 9\n    items:\n      - ${long}` });
    expect(linesOf(dir, 'readability/level')).toEqual([`${at(dir, 'module.yaml', 'If you are')}  warning  readability/level  a sentence of 32 words: "If you are worried about something that happened online you…"`]);
  });

  it('does not measure the presenter\'s notes', () => {
    const dir = writeModule({ audiences: PUPILS, blocks: `  - type: tips\n    minutes: 9\n    items: [It is not your fault.]\n    notes: ${hard}` });
    expect(linesOf(dir, 'readability/level')).toEqual([]);
  });
});

describe('a11y/alt-text', () => {
  it('reports an image without alt text, or with alt text that says nothing', () => {
    const dir = writeModule({ blocks: '  - type: tips\n    minutes: 9\n    items:\n      - "![](chat.png) A chat."\n      - "<img src=\\"a.png\\" alt=\\"image\\">"' });
    expect(linesOf(dir, 'a11y/alt-text')).toEqual([
      `${at(dir, 'module.yaml', '![')}  error  a11y/alt-text  an image whose alt text does not say what it shows`,
      `${at(dir, 'module.yaml', '<img')}  error  a11y/alt-text  an image whose alt text "image" does not say what it shows`,
    ]);
  });

  it('passes an image whose alt text says what it shows', () => {
    const dir = writeModule({ blocks: '  - type: tips\n    minutes: 9\n    items:\n      - "![A phone showing a friendly message from a stranger](chat.png)"' });
    expect(linesOf(dir, 'a11y/alt-text')).toEqual([]);
  });
});

describe('links/format', () => {
  it('reports http and malformed addresses in resources and text, and bad phone numbers', () => {
    const dir = writeModule({
      blocks: `  - type: tips
    minutes: 9
    items:
      - Read [the advice](http://example.org/advice) and <https://example>.
      - Call 0800 11111 for help.`,
      files: { 'resources.yaml': RESOURCES.replace('https://www.childline.org.uk/', 'http://www.childline.org.uk/').replace('0808 800 5000', '0808 800 500') },
    });
    expect(linesOf(dir, 'links/format')).toEqual([
      `${at(dir, 'module.yaml', 'http://example.org')}  error  links/format  "http://example.org/advice" uses http: use https, so the address cannot be tampered with on the way`,
      `${at(dir, 'module.yaml', 'https://example>')}  error  links/format  "https://example" has no proper host name ("example")`,
      `${at(dir, 'module.yaml', '0800 11111')}  error  links/format  "0800 11111" is not a valid UK phone number`,
      `${at(dir, 'resources.yaml', 'http://www')}  error  links/format  "http://www.childline.org.uk/" uses http: use https, so the address cannot be tampered with on the way`,
      `${at(dir, 'resources.yaml', '0808 800 500')}  error  links/format  "0808 800 500" is not a valid UK phone number`,
    ].sort());
  });

  it('passes https addresses, UK numbers and short numbers', () => {
    const dir = writeModule({
      blocks: '  - type: tips\n    minutes: 9\n    items: [Call 999 or 101. Samaritans are on 116 123. See <https://www.nspcc.org.uk/>.]',
      files: { 'resources.yaml': `${RESOURCES}  - id: police\n    name: Police\n    what: Call 999 in an emergency.\n    who: Anyone\n    region: UK\n    phone: 999 or 101\n  - id: samaritans\n    name: Samaritans\n    what: Someone to talk to.\n    who: Anyone\n    region: UK and Ireland\n    phone: 116 123\n` },
    });
    expect(linesOf(dir, 'links/format')).toEqual([]);
  });

  it('warns, not errors, about an http address kept only as a record', () => {
    const dir = writeModule({ blocks: '  - type: statistics\n    minutes: 9\n    figures: [hotline-2025]' });
    const stats = path.join(dir, 'stats.yaml');
    fs.writeFileSync(stats, fs.readFileSync(stats, 'utf8').replace('    url: https://example.org/reports/2025\n', '    url: https://example.org/reports/2025\n    via: http://mirror.example.org/2025\n'));
    expect(check(dir).lines).toEqual([`${at(dir, 'stats.yaml', 'http://mirror')}  warning  links/format  "http://mirror.example.org/2025" uses http: use https, so the address cannot be tampered with on the way (it is a record, not printed)`]);
  });

  it('knows good and bad addresses and numbers', () => {
    expect(urlProblem('https://www.childline.org.uk/')).toBeUndefined();
    expect(urlProblem('mailto:report@phishing.gov.uk', true)).toBeUndefined();
    expect(urlProblem('ftp://example.org/')).toMatch(/only https/);
    expect(urlProblem('https://exa mple.org')).toMatch(/space/);
    expect(phoneProblem('0345 6000 459')).toBeUndefined();
    expect(phoneProblem('116 124')).toMatch(/short number/);
    expect(phoneProblem('+44 20 7946 0958')).toBeUndefined();
  });
});
