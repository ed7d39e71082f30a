import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Path, YamlSource } from '../../source/source-text.js';
import { defineRule, type Location } from '../rule.js';
import { cachedByText } from '../prose.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

/** UK short numbers people are given: emergencies, police, NHS, and the European 116 helplines. */
export const SHORT_NUMBERS = new Set(['999', '112', '101', '111', '105', '159', '116000', '116006', '116111', '116117', '116123']);

const TEXT_URL = /\]\(\s*([^)\s]+)|<((?:https?|ftp):[^>\s]*)>|\b((?:https?|ftp):\/\/[^\s<>()[\]"]+)|\b(http:[^\s<>()[\]"]*)/gi;
/** UK numbers written in text: 0 and 9 to 11 digits, or +44, in groups. */
const TEXT_PHONE = /(?<![\d£$€.,:/-])(?:\+44[\s-]?(?:\(0\)[\s-]?)?\d|0\d)(?:[\s-]?\d){7,10}(?![\d%])|(?<![\d.,:/-])116[\s-]?\d{3}(?![\d%])/g;

/** Why a URL is not fine, or undefined when it is. */
export function urlProblem(url: string, allowMail = false): string | undefined {
  if (/\s/.test(url)) return 'has a space in it';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a well-formed web address';
  }
  if (allowMail && (parsed.protocol === 'mailto:' || parsed.protocol === 'tel:')) return undefined;
  if (parsed.protocol === 'http:') return 'uses http: use https, so the address cannot be tampered with on the way';
  if (parsed.protocol !== 'https:') return `uses "${parsed.protocol}": only https web addresses belong in a module`;
  if (!parsed.hostname.includes('.') || parsed.hostname.endsWith('.')) return `has no proper host name ("${parsed.hostname}")`;
  return undefined;
}

// A module's services are checked once for each nation it keeps content to, and the parser is slow: each
// number is judged once.
const judgedPhones = new Map<string, string | undefined>();

/** Why a phone number is not fine for its region, or undefined when it is. */
export function phoneProblem(number: string, region: CountryCode = 'GB'): string | undefined {
  const key = `${region}\0${number}`;
  if (!judgedPhones.has(key)) {
    if (judgedPhones.size > 10_000) judgedPhones.clear();
    judgedPhones.set(key, judgePhone(number, region));
  }
  return judgedPhones.get(key);
}

function judgePhone(number: string, region: CountryCode): string | undefined {
  const digits = number.replace(/[\s()-]/g, '');
  if (/^\d{3,6}$/.test(digits) && !digits.startsWith('0')) return SHORT_NUMBERS.has(digits) ? undefined : 'is not a UK short number (999, 101, 111, 116 123…)';
  const parsed = parsePhoneNumberFromString(number, region);
  if (!parsed?.isValid()) return `is not a valid ${region === 'GB' ? 'UK' : region} phone number`;
  return undefined;
}

function regionOf(region: string): CountryCode {
  if (/\b(?:UK|United Kingdom|Britain|England|Wales|Scotland|Northern Ireland)\b/i.test(region)) return 'GB';
  if (/\bIreland\b/i.test(region)) return 'IE';
  return 'GB';
}

/** The web addresses in a text that are not fine, with where each starts (remembered per text). */
const urlProblemsIn = cachedByText((text) => {
  const found: { start: number; url: string; problem: string }[] = [];
  for (const match of text.matchAll(TEXT_URL)) {
    const group = match.slice(1).findIndex((g) => g !== undefined);
    let url = match[group + 1]!;
    if (group >= 2) url = url.replace(/[.,;:!?'’]+$/, '');
    const problem = urlProblem(url, group === 0);
    if (problem) found.push({ start: match.index! + match[0].indexOf(url), url, problem });
  }
  return found;
});

/** The phone numbers in a text's prose that are not fine, with where each starts (remembered per text). */
const phoneProblemsIn = cachedByText((prose) => {
  const found: { start: number; number: string; problem: string }[] = [];
  for (const match of prose.matchAll(TEXT_PHONE)) {
    const problem = phoneProblem(match[0]);
    if (problem) found.push({ start: match.index!, number: match[0], problem });
  }
  return found;
});

export const linksFormat = defineRule({
  id: CODE.linksFormat,
  doc: catalogued(CODE.linksFormat).doc,
  severity: 'error',
  run(ctx) {
    const at = (source: YamlSource, path: Path): Location => ({ source, offset: source.offsetAt(path) });
    // Addresses kept only as a record (where a figure was read, where a service's details were checked)
    // are never printed: http there is a warning, since an old mirror may have nothing better.
    const checkUrl = (url: string | undefined, where: () => Location, shown: boolean) => {
      if (!url) return;
      const problem = urlProblem(url);
      if (!problem) return;
      const record = !shown && url.startsWith('http:');
      ctx.report({
        at: where(),
        message: `"${url}" ${problem}${record ? ' (it is a record, not printed)' : ''}`,
        hint: 'Copy the address from the browser\'s address bar, starting with https://.',
        ...(record ? { severity: 'warning' as const } : {}),
      });
    };

    const resources = ctx.module.loaded.resources;
    if (resources) {
      [...ctx.module.resources.values()].forEach((r, i) => {
        checkUrl(r.url, () => at(resources, ['resources', i, 'url']), true);
        checkUrl(r.source, () => at(resources, ['resources', i, 'source']), false);
        if (!r.phone) return;
        for (const part of r.phone.split(/\s+or\s+|[,;/]/)) {
          const number = part.trim();
          if (!number) continue;
          const problem = phoneProblem(number, regionOf(r.region));
          if (problem) {
            ctx.report({
              at: { source: resources, offset: resources.offsetInValue(['resources', i, 'phone'], r.phone.indexOf(number), number) },
              message: `"${number}" ${problem}`,
              hint: 'Copy the number from the service\'s own website. Several numbers are written "999 or 101".',
            });
          }
        }
      });
    }
    const stats = ctx.module.loaded.stats;
    if (stats) {
      [...ctx.module.figures.values()].forEach((f, i) => {
        checkUrl(f.url, () => at(stats, ['figures', i, 'url']), true);
        checkUrl(f.via, () => at(stats, ['figures', i, 'via']), false);
      });
    }

    for (const segment of ctx.segments) {
      for (const { start, url, problem } of urlProblemsIn(segment.text)) {
        ctx.report({ at: segment.place(start), message: `"${url}" ${problem}`, hint: 'Copy the address from the browser\'s address bar, starting with https://.', audiences: [...segment.audiences] });
      }
      for (const { start, number, problem } of phoneProblemsIn(segment.prose)) {
        ctx.report({ at: segment.place(start), message: `"${number}" ${problem}`, hint: 'Check the number against the service\'s own website.', audiences: [...segment.audiences] });
      }
    }
  },
});
