// WCAG contrast: relative luminance, the ratio of two colours, and the thresholds for each level.
// Ratio = (L1 + 0.05) / (L2 + 0.05), L the relative luminance of the lighter and the darker colour.

export type Level = 'AA' | 'AAA';
/** Text smaller than 18pt (14pt bold), text of 18pt or more, and the parts of a page that are not text. */
export type TextKind = 'text' | 'large' | 'non-text';

export const REQUIRED: Record<Level, Record<TextKind, number>> = {
  AA: { text: 4.5, large: 3, 'non-text': 3 },
  AAA: { text: 7, large: 4.5, 'non-text': 3 },
};

/** "#abc" or "#aabbcc" as [r, g, b] from 0 to 255. */
export function parseHex(hex: string): [number, number, number] {
  let digits = hex.replace(/^#/, '');
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
  if (!/^[0-9a-fA-F]{6}$/.test(digits)) throw new Error(`not a colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

export function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A ratio as people read it, never rounded up past what it is: 4.49 is not shown as 4.5. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/**
 * The nearest shade of `colour` that reaches `minimum` against `against`: mixed towards black (or white,
 * when the other colour is dark) a step at a time. For hints: "try #0b4f8a".
 */
export function nearestPassing(colour: string, against: string, minimum: number): string | undefined {
  const rgb = parseHex(colour);
  const towards = relativeLuminance(against) > 0.18 ? 0 : 255;
  for (let step = 1; step <= 100; step++) {
    const mixed = toHex(rgb.map((c) => c + (towards - c) * (step / 100)) as [number, number, number]);
    if (contrastRatio(mixed, against) >= minimum) return mixed;
  }
  return undefined;
}
