// The library at a glance: every module with its audiences, formats, languages and review date, and
// whether it is due a review by the same rule `check` uses. Shared by `workshopkit list` and the preview.
import { resolveConfig } from '../check/config.js';
import { CODE } from '../errors/catalogue.js';
import { RULES } from '../check/registry.js';
import { DEFAULT_REVIEW_MONTHS, isReviewDue } from '../check/review-due.js';
import type { ValidModule } from '../module/validate.js';
import { SOURCE_LANGUAGE } from '../schema/languages.js';
import type { Format } from '../schema/module-schema.js';

export interface AudienceSummary {
  id: string;
  label: string;
  duration: number;
  formats: Format[];
}

export interface ModuleSummary {
  id: string;
  title: string;
  /** The languages its outputs can be made in: its own locale (English), then its translations ("cy"). */
  languages: string[];
  reviewed: string;
  reviewMonths: number;
  reviewDue: boolean;
  audiences: AudienceSummary[];
}

/** The module's review period: stats/stale's "review-months", as the module configures it. */
export function reviewMonthsOf(m: ValidModule): number {
  const options = resolveConfig(m, RULES).settings.get(CODE.statsStale)?.options as { 'review-months'?: number } | undefined;
  return options?.['review-months'] ?? DEFAULT_REVIEW_MONTHS;
}

export function summariseModule(m: ValidModule, today: string): ModuleSummary {
  const reviewMonths = reviewMonthsOf(m);
  return {
    id: m.id,
    title: m.source.title,
    languages: [m.source.locale, ...(m.source.languages ?? []).filter((l) => l !== SOURCE_LANGUAGE)],
    reviewed: m.source.reviewed,
    reviewMonths,
    reviewDue: isReviewDue(m.source.reviewed, today, reviewMonths),
    audiences: Object.entries(m.source.audiences).map(([id, entry]) => ({
      id,
      label: entry.label ?? m.loaded.audiences.profiles.get(id)?.label ?? id,
      duration: entry.duration,
      formats: entry.formats,
    })),
  };
}

/** The overview as plain text, one module after another. */
export function formatOverview(summaries: ModuleSummary[], reviewedText: (date: string) => string): string {
  const lines: string[] = [];
  for (const s of summaries) {
    lines.push(`${s.id}: ${s.title}`);
    lines.push(`  languages: ${s.languages.join(', ')}`);
    lines.push(`  reviewed ${reviewedText(s.reviewed)} (${s.reviewed})${s.reviewDue ? `: REVIEW DUE, more than ${s.reviewMonths} months ago` : ''}`);
    for (const a of s.audiences) lines.push(`  ${a.id.padEnd(16)} ${String(a.duration).padStart(3)} min  ${a.formats.join(', ')}  (${a.label})`);
  }
  const due = summaries.filter((s) => s.reviewDue);
  lines.push('', `${summaries.length} module${summaries.length === 1 ? '' : 's'}; ${due.length ? `due for review: ${due.map((s) => s.id).join(', ')}` : 'none due for review'}`);
  return lines.join('\n');
}
