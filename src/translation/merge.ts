// What `workshopkit translate` writes: the module's units as they are now, each with the translation it
// already had. A new text is added without a target; a text whose English changed keeps its old
// translation, marked `needs-translation`, with the old English and translation in an `<alt-trans>`; a text
// that moved keeps its translation; a text that is gone is removed. The translator's own notes are kept.
import { type SourceUnit, sourceHash } from './units.js';
import { NOTE_FROM, type XliffDocument, type XliffUnit } from './xliff.js';

export const CHANGED_STATE = 'needs-translation';

export interface MergeCounts {
  added: number;
  changed: number;
  removed: number;
  kept: number;
}

/** True when the unit was translated from exactly this English. */
export function translatedFrom(unit: XliffUnit, english: string): boolean {
  return unit.source === english && (unit.sourceHash === undefined || unit.sourceHash === sourceHash(english));
}

const hasTarget = (unit: XliffUnit | undefined): unit is XliffUnit & { target: string } => Boolean(unit?.target?.trim());

/** A translation of the same English elsewhere in the file, made from it and not waiting for an update. */
export function sameEnglishElsewhere(old: readonly XliffUnit[], english: string): XliffUnit | undefined {
  return old.find((u) => hasTarget(u) && u.state !== CHANGED_STATE && translatedFrom(u, english));
}

export function mergeUnits(units: readonly SourceUnit[], old: XliffDocument | undefined, languages: { source: string; target: string }): { document: XliffDocument; counts: MergeCounts } {
  const previous = old?.units ?? [];
  const byId = new Map(previous.map((u) => [u.id, u]));
  const english = new Set(units.map((u) => u.source));
  const counts: MergeCounts = { added: 0, changed: 0, removed: 0, kept: 0 };
  const merged = units.map((unit): XliffUnit => {
    const before = byId.get(unit.id);
    const notes = [
      ...(unit.note ? [{ from: NOTE_FROM, text: unit.note }] : []),
      ...(before?.notes.filter((n) => n.from !== NOTE_FROM) ?? []),
    ];
    const fresh: XliffUnit = { id: unit.id, file: unit.file, source: unit.source, sourceHash: sourceHash(unit.source), notes };
    if (before && translatedFrom(before, unit.source)) {
      counts.kept += 1;
      return withTranslation(fresh, before, before.state === CHANGED_STATE);
    }
    const moved = sameEnglishElsewhere(previous, unit.source);
    if (moved) {
      counts.kept += 1;
      return withTranslation(fresh, moved, false);
    }
    // A unit whose old English is still in the module elsewhere was moved away: this id holds a new text.
    if (before && !english.has(before.source)) {
      counts.changed += 1;
      if (!hasTarget(before)) return before.previous ? { ...fresh, previous: before.previous } : fresh;
      return { ...fresh, target: before.target, state: CHANGED_STATE, previous: { source: before.source, target: before.target } };
    }
    counts.added += 1;
    return fresh;
  });
  const ids = new Set(units.map((u) => u.id));
  counts.removed = previous.filter((u) => !ids.has(u.id)).length;
  return { document: { sourceLanguage: languages.source, targetLanguage: languages.target, units: merged }, counts };
}

/** The unit's translation and state carried over; the previous version only while it is still to be updated. */
function withTranslation(fresh: XliffUnit, from: XliffUnit, keepPrevious: boolean): XliffUnit {
  return {
    ...fresh,
    ...(from.target !== undefined ? { target: from.target } : {}),
    ...(from.state ? { state: from.state } : {}),
    ...(keepPrevious && from.previous ? { previous: from.previous } : {}),
  };
}
