import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  resolveConfig
} from "./chunk-SYOSH5MZ.js";
import {
  DEFAULT_REVIEW_MONTHS,
  RULES,
  isReviewDue
} from "./chunk-XESYWITN.js";
import {
  SOURCE_LANGUAGE
} from "./chunk-KSLRJXZW.js";
import {
  CODE
} from "./chunk-APUE7URT.js";

// src/library/overview.ts
function reviewMonthsOf(m) {
  const options = resolveConfig(m, RULES).settings.get(CODE.statsStale)?.options;
  return options?.["review-months"] ?? DEFAULT_REVIEW_MONTHS;
}
function summariseModule(m, today) {
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
      formats: entry.formats
    }))
  };
}
function formatOverview(summaries, reviewedText) {
  const lines = [];
  for (const s of summaries) {
    lines.push(`${s.id}: ${s.title}`);
    lines.push(`  languages: ${s.languages.join(", ")}`);
    lines.push(`  reviewed ${reviewedText(s.reviewed)} (${s.reviewed})${s.reviewDue ? `: REVIEW DUE, more than ${s.reviewMonths} months ago` : ""}`);
    for (const a of s.audiences) lines.push(`  ${a.id.padEnd(16)} ${String(a.duration).padStart(3)} min  ${a.formats.join(", ")}  (${a.label})`);
  }
  const due = summaries.filter((s) => s.reviewDue);
  lines.push("", `${summaries.length} module${summaries.length === 1 ? "" : "s"}; ${due.length ? `due for review: ${due.map((s) => s.id).join(", ")}` : "none due for review"}`);
  return lines.join("\n");
}

export {
  reviewMonthsOf,
  summariseModule,
  formatOverview
};
