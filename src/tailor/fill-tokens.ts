// Filling in a text's {{stat}}, {{change}} and {{var}} tokens, written once. The tailor fills them for the
// outputs (a figure in HTML, with its source); the check fills them as plain words and keeps, for every
// character, where in the raw text it came from.
import type { Nation } from '../schema/module-schema.js';
import { findTokens, type Token } from '../schema/tokens.js';
import type { ValidModule } from '../module/validate.js';
import { describeChange, formatCitation, formatValue } from './figures.js';

export interface GeneratedSpan {
  start: number;
  end: number;
  kind: 'stat' | 'change' | 'var';
  /** The token's names: a figure id, two figure ids, or a variable name. */
  args: string[];
}

export interface FilledText {
  text: string;
  /** For every character of `text`, its index in the raw text (a filled-in token: the token's start). */
  origins: number[];
  generated: GeneratedSpan[];
}

/** Replaces each token by what `fill` gives for it; a token it gives nothing for stays as written. */
export function fillTokens(raw: string, fill: (token: Token) => string | undefined): FilledText {
  let text = '';
  const origins: number[] = [];
  const generated: GeneratedSpan[] = [];
  let last = 0;
  const copy = (from: number, to: number) => {
    for (let i = from; i < to; i++) origins.push(i);
    text += raw.slice(from, to);
  };
  for (const token of findTokens(raw)) {
    copy(last, token.index);
    const filled = fill(token) ?? token.raw;
    generated.push({ start: text.length, end: text.length + filled.length, kind: token.kind as GeneratedSpan['kind'], args: token.args });
    for (let i = 0; i < filled.length; i++) origins.push(token.index);
    text += filled;
    last = token.index + token.raw.length;
  }
  copy(last, raw.length);
  return { text, origins, generated };
}

/** A variable's words for a nation. */
export function variableText(m: ValidModule, name: string, nation: Nation): string | undefined {
  return m.source.variables?.[name]?.[nation];
}

/** A token as plain words: "1,234 (NCA, 2024)", "more than doubled (+120%)", a nation's words. */
export function plainToken(m: ValidModule, token: Token, nation: Nation): string | undefined {
  if (token.kind === 'stat') {
    const figure = m.figures.get(token.args[0] ?? '');
    return figure && `${formatValue(figure)} (${formatCitation(figure)})`;
  }
  if (token.kind === 'change') {
    const from = m.figures.get(token.args[0] ?? '');
    const to = m.figures.get(token.args[1] ?? '');
    return from && to ? describeChange(from, to) : undefined;
  }
  return token.kind === 'var' ? variableText(m, token.args[0] ?? '', nation) : undefined;
}

/**
 * The nation whose words a module is tailored with: the one asked for when the module has words for it,
 * else the module's own (the build then reports the missing words; the check still runs).
 */
export function tailoringNation(m: ValidModule, wanted: Nation | undefined): Nation {
  return wanted && Object.values(m.source.variables ?? {}).every((v) => v[wanted]) ? wanted : m.source.nation;
}
