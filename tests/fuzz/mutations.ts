// The ways the fuzz test breaks a module's file: each mutation is plain data (so fast-check can print and
// shrink it) and `applyMutation` turns it into new bytes.
import fc from 'fast-check';

export type Mutation =
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; with: number }
  | { kind: 'reindent'; at: number; by: number }
  | { kind: 'tab-indent'; at: number }
  | { kind: 'junk-value'; at: number; value: string }
  | { kind: 'insert-line'; at: number; text: string }
  | { kind: 'list-map-flip'; at: number }
  | { kind: 'alias'; anchorAt: number; aliasAt: number }
  | { kind: 'truncate'; atByte: number }
  | { kind: 'bom' }
  | { kind: 'crlf' };

// Values a careless or hostile author might write where a value belongs: wrong types, limits, YAML's own
// spellings of null, collections where a scalar belongs, and random Unicode.
const junkValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '""',
    "''",
    'null',
    '~',
    'Null',
    'true',
    'no',
    '0',
    '-1',
    '-5',
    '-0.5',
    '1e308',
    '-1e308',
    '99999999999999999999999',
    '.nan',
    '.inf',
    '250',
    '3.7',
    '[]',
    '{}',
    '[a, b]',
    '{a: 1}',
    '[{id: x}]',
    '{id: x, url: "https://example.org"}',
    '2026-13-45',
    '"2026-02-30"',
    'https://',
    'javascript:alert(1)',
    '!!binary aGVsbG8=',
    '!!map {}',
    '|',
    '>-',
    '"unterminated',
    '*nowhere',
    '&anchor',
    '{{ title }}',
    '<script>x</script>',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.nat(400).map((n) => 'long '.repeat(n)),
);

const index = fc.nat(10_000);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  index.map((at) => ({ kind: 'delete-line' as const, at })),
  index.map((at) => ({ kind: 'duplicate-line' as const, at })),
  fc.tuple(index, index).map(([at, other]) => ({ kind: 'swap-lines' as const, at, with: other })),
  fc.tuple(index, fc.integer({ min: -6, max: 6 })).map(([at, by]) => ({ kind: 'reindent' as const, at, by })),
  index.map((at) => ({ kind: 'tab-indent' as const, at })),
  fc.tuple(index, junkValue).map(([at, value]) => ({ kind: 'junk-value' as const, at, value })),
  fc.tuple(index, junkValue).map(([at, text]) => ({ kind: 'insert-line' as const, at, text })),
  index.map((at) => ({ kind: 'list-map-flip' as const, at })),
  fc.tuple(index, index).map(([anchorAt, aliasAt]) => ({ kind: 'alias' as const, anchorAt, aliasAt })),
  fc.nat(1_000_000).map((atByte) => ({ kind: 'truncate' as const, atByte })),
  fc.constant({ kind: 'bom' as const }),
  fc.constant({ kind: 'crlf' as const }),
);

/** Lines that carry a `key: value` (YAML or front matter), to aim value mutations at. */
function keyedLines(lines: string[]): number[] {
  return lines.flatMap((line, i) => (/^\s*(- )?[\w-]+:( |$)/.test(line) ? [i] : []));
}

function pick(list: number[], at: number): number | undefined {
  return list.length === 0 ? undefined : list[at % list.length];
}

export function applyMutation(bytes: Buffer, mutation: Mutation): Buffer {
  if (mutation.kind === 'truncate') return bytes.subarray(0, mutation.atByte % (bytes.length + 1));
  if (mutation.kind === 'bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
  const text = bytes.toString('utf8');
  if (mutation.kind === 'crlf') return Buffer.from(text.replace(/\r?\n/g, '\r\n'));
  const lines = text.split('\n');
  const all = lines.map((_, i) => i);
  const keyed = keyedLines(lines);
  switch (mutation.kind) {
    case 'delete-line':
      lines.splice(mutation.at % lines.length, 1);
      break;
    case 'duplicate-line': {
      const at = mutation.at % lines.length;
      lines.splice(at, 0, lines[at]!);
      break;
    }
    case 'swap-lines': {
      const a = mutation.at % lines.length;
      const b = mutation.with % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      break;
    }
    case 'reindent': {
      const at = mutation.at % lines.length;
      const line = lines[at]!;
      lines[at] = mutation.by >= 0 ? ' '.repeat(mutation.by) + line : line.replace(new RegExp(`^ {0,${-mutation.by}}`), '');
      break;
    }
    case 'tab-indent': {
      const at = pick(all.filter((i) => /^ +\S/.test(lines[i]!)), mutation.at) ?? mutation.at % lines.length;
      lines[at] = lines[at]!.replace(/^ */, '\t');
      break;
    }
    case 'junk-value': {
      const at = pick(keyed, mutation.at);
      if (at === undefined) lines.splice(mutation.at % lines.length, 0, mutation.value);
      else lines[at] = lines[at]!.replace(/^(\s*(?:- )?[\w-]+:).*$/, (_, key: string) => `${key} ${mutation.value}`);
      break;
    }
    case 'insert-line':
      lines.splice(mutation.at % (lines.length + 1), 0, mutation.text);
      break;
    case 'list-map-flip': {
      // A list item becomes a mapping key and a mapping key becomes a list item: lists where maps belong
      // and back.
      const at = mutation.at % lines.length;
      const line = lines[at]!;
      lines[at] = /^\s*- /.test(line) ? line.replace(/^(\s*)- (.*)$/, '$1$2: x') : line.replace(/^(\s*)(\S)/, '$1- $2');
      break;
    }
    case 'alias': {
      const anchorAt = pick(keyed, mutation.anchorAt);
      const aliasAt = pick(keyed, mutation.aliasAt);
      if (anchorAt === undefined || aliasAt === undefined) break;
      lines[anchorAt] = lines[anchorAt]!.replace(/^(\s*(?:- )?[\w-]+:)( ?)(.*)$/, '$1 &a $3');
      lines[aliasAt] = lines[aliasAt]!.replace(/^(\s*(?:- )?[\w-]+:).*$/, '$1 *a');
      break;
    }
  }
  return Buffer.from(lines.join('\n'));
}
