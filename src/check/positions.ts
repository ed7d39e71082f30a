// Where each character of a YAML string value is in its file. A value is not a slice of the file: quotes,
// escapes, the indentation of block scalars and folded lines all come between, so the value is matched
// against the file's text character by character.
import { isScalar } from 'yaml';
import type { Path, YamlSource } from '../source/source-text.js';

const SPACE = /\s/;
/** How many characters that are not in the value (quotes, backslashes) may come between two that are. */
const MAX_SKIP = 4;

/** The file offset of every character of the string at `path`, or undefined when it is not a string. */
export function scalarOffsets(source: YamlSource, path: Path): number[] | undefined {
  const node = source.doc.getIn(path, true);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const value = node.value;
  const raw = source.text;
  const [start, end] = node.range;
  let cursor = start;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const header = raw.indexOf('\n', start);
    cursor = header < 0 ? end : header + 1;
  } else if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') cursor = start + 1;

  const offsets: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    const space = SPACE.test(char);
    let at = -1;
    let skipped = 0;
    for (let j = cursor; j < end; j++) {
      const rawChar = raw[j]!;
      if (space ? SPACE.test(rawChar) : rawChar === char) {
        at = j;
        break;
      }
      if (!SPACE.test(rawChar) && ++skipped > MAX_SKIP) break;
    }
    // A character of the value that is not in the file (an escape such as \n) stays where the last one was.
    const offset = at >= 0 ? at : Math.min(cursor, Math.max(start, end - 1));
    offsets.push(offset);
    if (at >= 0) cursor = at + 1;
  }
  return offsets;
}
