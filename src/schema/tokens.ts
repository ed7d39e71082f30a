// The three tokens a module's text may contain: {{stat id}}, {{change from to}} and {{var name}}.

export const TOKEN_KINDS = ['stat', 'change', 'var'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export interface Token {
  kind: string;
  args: string[];
  /** Offset of "{{" in the text. */
  index: number;
  raw: string;
}

const TOKEN = /\{\{\s*([A-Za-z-]+)((?:\s+[^\s{}]+)*)\s*\}\}/g;

export function findTokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    kind: m[1]!,
    args: m[2]!.trim() ? m[2]!.trim().split(/\s+/) : [],
    index: m.index!,
    raw: m[0],
  }));
}

export const ARITY: Record<TokenKind, number> = { stat: 1, change: 2, var: 1 };
