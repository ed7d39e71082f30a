// When a module's content is due a review: the one rule that `check` (stats/stale) and the library
// overview (`list`, the preview's index) both use, so they can never disagree.

export const DEFAULT_REVIEW_MONTHS = 12;

/** The date `months` months before `date` (YYYY-MM-DD), clamped to the end of a shorter month. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** True when something last reviewed on `reviewed` is more than `months` months old on `today`. */
export const isReviewDue = (reviewed: string, today: string, months: number): boolean => reviewed < monthsBefore(today, months);
