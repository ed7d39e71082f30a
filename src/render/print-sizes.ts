// An audience's print options laid over the theme: a large-print audience raises the printed sizes to its
// minimum, never lowers them. The result is a list of CSS custom properties, or nothing when none change.
import type { AudienceProfile } from '../schema/audience-profiles.js';
import type { Look } from '../theme/look.js';

const points = (size: string) => Number.parseFloat(size);

export function printSizesFor(audience: Pick<AudienceProfile, 'print'>, look: Look): string | undefined {
  const minimum = audience.print.minTextSize;
  if (!minimum) return undefined;
  const print = look.theme.source.print;
  const raised = ([['print-min-size', print['min-size']], ['print-size', print.size], ['handout-size', print['handout-size']]] as const)
    .filter(([, size]) => points(size) < points(minimum))
    .map(([name]) => `--wk-${name}: ${minimum};`);
  return raised.length ? raised.join(' ') : undefined;
}

/** The PDF footer's size (Chromium draws it outside the page's stylesheet): 8pt, or the audience's minimum if larger. */
export const FOOTER_SIZE = '8pt';
export function footerSizeFor(audience: Pick<AudienceProfile, 'print'>): string | undefined {
  const minimum = audience.print.minTextSize;
  return minimum && points(minimum) > points(FOOTER_SIZE) ? minimum : undefined;
}
