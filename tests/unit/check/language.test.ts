import { describe, expect, it } from 'vitest';
import { at, check, linesOf, writeModule } from './support.js';

const tips = (...items: string[]) => `  - type: tips
    minutes: 9
    items:
${items.map((i) => `      - ${i}`).join('\n')}`;

const PUPILS = `  pupils-14-18:
    duration: 10
    formats: [deck]`;

describe('language/terminology', () => {
  it('flags a term to avoid where it is, with what to say instead and why', () => {
    const dir = writeModule({ blocks: tips('Some people call it child porn.', 'Sexting is common among teenagers.') });
    expect(linesOf(dir, 'language/terminology')).toEqual([
      `${at(dir, 'module.yaml', 'child porn')}  error  language/terminology  avoid "child porn": say child sexual abuse material (CSAM), or child sexual abuse images`,
      `${at(dir, 'module.yaml', 'Sexting')}  warning  language/terminology  avoid "Sexting": say sharing nudes and semi-nudes`,
    ]);
    expect(check(dir).findings.find((f) => f.message.includes('child porn'))?.hint).toMatch(/cannot consent/);
  });

  it('passes the preferred terms, quoted terms and names on the allow-list', () => {
    const dir = writeModule({ blocks: tips('Child sexual abuse material (CSAM) is illegal to share.', 'Adults can call the Revenge Porn Helpline.', 'The media call it "revenge porn"; say intimate image abuse.') });
    expect(linesOf(dir, 'language/terminology')).toEqual([]);
  });

  it('finds a term inside a block scalar and a Markdown section, on the right line', () => {
    const dir = writeModule({
      blocks: `  - type: tips
    minutes: 4
    items: [Keep talking.]
    notes: |
      First line of the notes.
      Never describe it as revenge porn.
  - type: markdown
    minutes: 5
    file: sections/why.md`,
      files: { 'sections/why.md': '## Why it matters\n\n- Some adults still say child prostitute.\n' },
    });
    expect(linesOf(dir, 'language/terminology')).toEqual([
      `${at(dir, 'module.yaml', 'revenge porn')}  warning  language/terminology  avoid "revenge porn": say intimate image abuse, or non-consensual intimate image sharing`,
      `${at(dir, 'sections/why.md', 'child prostitute')}  error  language/terminology  avoid "child prostitute": say a child who is being sexually exploited, or child sexual exploitation`,
    ]);
  });

  it('says "online blackmail" to pupils, and lets adults meet "sextortion" once it is explained', () => {
    const dir = writeModule({
      audiences: `${PUPILS}\n  parents: { duration: 10, formats: [deck] }`,
      blocks: `  - type: tips
    minutes: 9
    items:
      - Sextortion can happen to anyone.
      - text: Sextortion is a form of online blackmail.
        audiences: [parents]
      - text: Later, sextortion again.
        audiences: [parents]
    notes: Teachers may hear pupils say sextortion.`,
    });
    expect(linesOf(dir, 'language/terminology')).toEqual([
      `${at(dir, 'module.yaml', 'Sextortion can')}  warning  language/terminology  "Sextortion" is used before it is explained: say online blackmail, or financially motivated sexual extortion (FMSE), before using the media word (for parents)`,
      `${at(dir, 'module.yaml', 'Sextortion can')}  warning  language/terminology  avoid "Sextortion" with pupils: say online blackmail (for pupils-14-18)`,
    ]);
  });

  it('adds the terms of a file the module names, and reports a broken one', () => {
    const dir = writeModule({
      extra: 'check:\n  terminology: force-terms.yaml',
      blocks: tips('Report it to the hi-tech crime unit.'),
      files: { 'force-terms.yaml': 'terms:\n  - avoid: [hi-tech crime unit]\n    say: the Cyber Protect team\n' },
    });
    expect(linesOf(dir, 'language/terminology')).toEqual([
      `${at(dir, 'module.yaml', 'hi-tech crime unit')}  warning  language/terminology  avoid "hi-tech crime unit": say the Cyber Protect team`,
    ]);

    const broken = writeModule({ extra: 'check:\n  terminology: force-terms.yaml', blocks: tips('Fine.'), files: { 'force-terms.yaml': 'terms:\n  - avoid: [x]\n' } });
    expect(linesOf(broken, 'check/config')).toEqual([`force-terms.yaml:2:5  error  check/config  terms file: terms.0.say: Invalid input: expected string, received undefined`]);
    const missing = writeModule({ extra: 'check:\n  terminology: nowhere.yaml', blocks: tips('Fine.') });
    expect(linesOf(missing, 'check/config')).toEqual([`${at(missing, 'module.yaml', 'nowhere.yaml')}  error  check/config  "nowhere.yaml" does not exist`]);
  });

  it('takes terms and allowed names written in module.yaml', () => {
    const dir = writeModule({
      extra: 'check:\n  terminology:\n    terms:\n      - avoid: [stranger danger]\n        say: people online are not always who they say they are\n    allow: [Stranger Danger Act]',
      blocks: tips('Forget stranger danger.', 'The Stranger Danger Act is made up.'),
    });
    expect(linesOf(dir, 'language/terminology')).toEqual([
      `${at(dir, 'module.yaml', 'stranger danger.')}  warning  language/terminology  avoid "stranger danger": say people online are not always who they say they are`,
    ]);
  });
});

describe('language/acronyms', () => {
  it('flags an acronym that is not spelt out where the audience first meets it', () => {
    const dir = writeModule({ blocks: tips('Tell the DSL at once.', 'The DSL will help.') });
    expect(linesOf(dir, 'language/acronyms')).toEqual([
      `${at(dir, 'module.yaml', 'DSL')}  warning  language/acronyms  "DSL" is not spelt out where the audience first meets it`,
    ]);
    expect(check(dir).findings.find((f) => f.rule === 'language/acronyms')?.hint).toBe('Write "designated safeguarding lead (DSL)" the first time, then "DSL".');
  });

  it('passes an acronym spelt out first, either way round, and common ones such as UK', () => {
    const dir = writeModule({ blocks: tips('Tell the designated safeguarding lead (DSL).', 'The DSL will help.', 'OCGs (organised crime groups) in the UK.', 'OCGs want money.') });
    expect(linesOf(dir, 'language/acronyms')).toEqual([]);
  });

  it('judges each audience by what it has seen, and a heading by the text of its slide', () => {
    const dir = writeModule({
      audiences: '  parents: { duration: 10, formats: [deck] }\n  webinar: { duration: 10, formats: [deck] }',
      blocks: `  - type: tips
    audiences: [parents]
    minutes: 1
    items: [The National Crime Agency (NCA) leads on this.]
  - type: tips
    minutes: 8
    title: What the NCA says
    items:
      - The NCA says do not pay.
  - type: definition
    minutes: 0
    title: What is FMSE?
    term: Financially motivated sexual extortion (FMSE)
    text: Online blackmail for money.`,
    });
    expect(linesOf(dir, 'language/acronyms')).toEqual([
      `${at(dir, 'module.yaml', 'NCA says')}  warning  language/acronyms  "NCA" is not spelt out where the audience first meets it (for webinar)`,
    ]);
  });
});

describe('language/victim-blaming', () => {
  it('flags blaming phrases in slides and notes', () => {
    const dir = writeModule({
      blocks: `  - type: tips
    minutes: 9
    items:
      - He should have known better than to send it.
    notes: Ask them why did you send it, so you understand.`,
    });
    expect(linesOf(dir, 'language/victim-blaming')).toEqual([
      `${at(dir, 'module.yaml', 'should have known')}  warning  language/victim-blaming  "should have known" blames the victim; say what happened instead`,
      `${at(dir, 'module.yaml', 'why did you send')}  warning  language/victim-blaming  "why did you send" blames the victim; say what happened instead`,
    ]);
  });

  it('passes a phrase that is negated, or quoted to say what not to say', () => {
    const dir = writeModule({ blocks: tips('It is never your own fault.', 'Don\'t ask "why did you send it?"', 'If a pupil says "he should have known", steer back to the offender.') });
    expect(linesOf(dir, 'language/victim-blaming')).toEqual([]);
  });
});
