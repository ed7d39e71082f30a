// Every check rule, in the order the README lists them.
import type { AnyRule } from './rule.js';
import { altText } from './rules/a11y-alt-text.js';
import { acronyms } from './rules/language-acronyms.js';
import { terminology } from './rules/language-terminology.js';
import { victimBlaming } from './rules/language-victim-blaming.js';
import { linksFormat } from './rules/links-format.js';
import { readability } from './rules/readability-level.js';
import { pupils } from './rules/safeguarding-pupils.js';
import { professionals } from './rules/safeguarding-professionals.js';
import { signposting } from './rules/safeguarding-signposting.js';
import { statsCompare } from './rules/stats-compare.js';
import { statsSource } from './rules/stats-source.js';
import { statsStale } from './rules/stats-stale.js';
import { duration } from './rules/timing-duration.js';
import { speakerNotes } from './rules/notes-speaker.js';
import { englandOnly } from './rules/nations-england-only.js';

export const RULES: readonly AnyRule[] = [
  terminology,
  acronyms,
  victimBlaming,
  statsSource,
  statsCompare,
  statsStale,
  signposting,
  pupils,
  professionals,
  englandOnly,
  duration,
  speakerNotes,
  readability,
  altText,
  linksFormat,
];
