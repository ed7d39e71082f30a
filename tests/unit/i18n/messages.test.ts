import { describe, expect, it } from 'vitest';
import { argumentsOf, formatDate, formatNumber, LANGUAGES, languageOf, languageTag, listOf, messages, t, tList } from '../../../src/i18n/messages.js';

describe('the message catalogues', () => {
  const en = messages('en');
  const cy = messages('cy');

  it('have the same keys in English and Welsh', () => {
    expect([...cy.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(150);
  });

  it('give each message the same ICU arguments in both languages', () => {
    const differ = [...en].filter(([key, text]) => argumentsOf(text).join() !== argumentsOf(cy.get(key)!).join()).map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it('hold text that is safe in HTML as it is (the templates put messages in unescaped)', () => {
    for (const language of LANGUAGES) {
      const unsafe = [...messages(language)].filter(([, text]) => /[<>&"]/.test(text)).map(([key]) => key);
      expect(unsafe, language).toEqual([]);
    }
  });

  it('compile and format every message in both languages', () => {
    const sample = { term: 'x', title: 'x', names: 'x', name: 'x', role: 'x', label: 'x', year: 2024, geography: 'x', period: 'x', publisher: 'x', number: 1,
      fromYear: 2023, toYear: 2024, words: 'x', fromValue: '1', toValue: '2', value: '3', percent: '4', exact: 'no', times: 12, url: 'x', age: 18, minutes: 5,
      lead: 'x', duration: 60, start: 0, end: 5, audience: 'x', total: 55, n: 1, format: 'x', date: 'x', page: 1, subtitle: 'x' };
    for (const language of LANGUAGES) for (const key of messages(language).keys()) expect(typeof t(language, key, sample), key).toBe('string');
  });
});

describe('t', () => {
  it('puts values in, and writes years as they are', () => {
    expect(t('en', 'statistics.source', { publisher: 'NCMEC', year: 2024, number: 3 })).toBe('Source: NCMEC, 2024 [3]');
    expect(t('cy', 'statistics.source', { publisher: 'NCMEC', year: 2024, number: 3 })).toBe('Ffynhonnell: NCMEC, 2024 [3]');
  });

  it('says a change the way each language does', () => {
    expect(t('en', 'change.grew-fold', { exact: 'no', times: 8 })).toBe('grew more than eightfold');
    expect(t('en', 'change.grew-fold', { exact: 'yes', times: 12 })).toBe('grew 12-fold');
    expect(t('cy', 'change.grew-fold', { exact: 'no', times: 8 })).toBe('wedi cynyddu mwy na 8 gwaith');
  });

  it('picks the six Welsh plural forms: 2 funud, but 3 munud', () => {
    const minutes = (n: number) => t('cy', 'lesson.minutes', { minutes: n });
    expect([0, 1, 2, 3, 6, 4, 60].map(minutes)).toEqual(['0 munud', '1 munud', '2 funud', '3 munud', '6 munud', '4 munud', '60 munud']);
    expect(new Intl.PluralRules('cy').resolvedOptions().pluralCategories.sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect([0, 1, 2, 3, 6, 4].map((n) => new Intl.PluralRules('cy').select(n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect([1, 2].map((n) => t('en', 'lesson.minutes', { minutes: n }))).toEqual(['1 minute', '2 minutes']);
  });

  it('refuses a key no catalogue has', () => {
    expect(() => t('cy', 'no.such.key')).toThrow(/no "no.such.key"/);
  });

  it('reads lists in order', () => {
    expect(tList('cy', 'holding.items')).toHaveLength(2);
    expect(tList('en', 'ground-rules.items')).toHaveLength(7);
  });
});

describe('numbers, dates, lists and tags', () => {
  it('formats numbers and dates for en-GB and cy-GB', () => {
    expect(formatNumber('en', 10731)).toBe('10,731');
    expect(formatNumber('cy', 10731.5)).toBe('10,731.5');
    expect(formatDate('en', '2026-10-01')).toBe('1 October 2026');
    expect(formatDate('cy', '2026-10-01')).toBe('1 Hydref 2026');
    expect(formatDate('cy', '2026-02-14')).toBe('14 Chwefror 2026');
  });

  it('joins names with "and", "a" or "ac"', () => {
    expect(listOf('en', ['Ann', 'Bob', 'Cai'])).toBe('Ann, Bob and Cai');
    expect(listOf('cy', ['Ann', 'Bob', 'Cai'])).toBe('Ann, Bob a Cai');
    expect(listOf('cy', ['Cai', 'Owain'])).toBe('Cai ac Owain');
    expect(listOf('cy', ['Cai'])).toBe('Cai');
  });

  it('chooses the catalogue by tag and tags each language', () => {
    expect(['cy', 'cy-GB', 'en-GB', 'en', 'fr'].map(languageOf)).toEqual(['cy', 'cy', 'en', 'en', 'en']);
    expect(languageTag('cy')).toBe('cy');
    expect(languageTag('en')).toBe('en-GB');
  });
});

describe('the words audiences/ ships', () => {
  // A shipped audience's name, the holding slide and the ground rules are said in Welsh only while they are
  // the catalogue's English word for word (src/tailor/shipped-words.ts): an edit to one must be made to both.
  it('are the English catalogue\'s, word for word', async () => {
    const { loadAudiences } = await import('../../../src/audiences/load-audiences.js');
    const shipped = loadAudiences('/nonexistent');
    for (const [id, profile] of shipped.profiles) {
      expect(t('en', `audience.${id}`)).toBe(profile.label);
      expect(t('en', `audience-who.${id}`)).toBe(profile.who);
    }
    expect(t('en', 'holding.title')).toBe(shipped.defaults.holding.title);
    expect(tList('en', 'holding.items')).toEqual(shipped.defaults.holding.items);
    expect(tList('en', 'ground-rules.items')).toEqual(shipped.defaults['ground-rules'].items);
    expect(t('en', 'ground-rules.notes')).toBe(shipped.defaults['ground-rules'].notes);
  });
});
