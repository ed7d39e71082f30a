// The kinds of value a schema expects, said as a person writing YAML would: "expected a number, got text",
// not "expected number, received string", and never "missing" for a value that is there.

const KIND_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value lines)',
  record: 'a mapping (key: value lines)',
  date: 'a date',
  null: 'nothing',
};

/** What a YAML value is, in words. */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return `${String(value)} (true or false)`;
  if (typeof value === 'object') return 'a mapping (key: value lines)';
  return typeof value;
}

/** "expected a number, got text". */
export function wrongTypeMessage(expected: string, got: unknown): string {
  return `expected ${KIND_WORDS[expected] ?? expected}, got ${kindOf(got)}`;
}

/** How to write a value of the expected kind. */
export function howToWrite(expected: string): string {
  switch (expected) {
    case 'number':
    case 'int':
      return 'Write the number without quotes or words, for example: value: 1200.';
    case 'string':
      return 'Write the text; put it in quotes if it looks like a number, a date or true/false.';
    case 'array':
      return 'Write a list: [a, b], or one "- item" per line, indented under the key.';
    case 'boolean':
      return 'Write true or false, without quotes.';
    default:
      return `Write ${KIND_WORDS[expected] ?? expected} here.`;
  }
}
