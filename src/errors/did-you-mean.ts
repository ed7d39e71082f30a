import { distance } from 'fastest-levenshtein';

/** The closest candidate to a misspelt word, when it is close enough to be a likely typo. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(word.length / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

/** ' Did you mean "x"?' or a list of the valid choices when nothing is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = suggest(word, candidates);
  if (match) return `Did you mean "${match}"?`;
  return candidates.length ? `Use one of: ${candidates.join(', ')}.` : '';
}
