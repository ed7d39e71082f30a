// Front matter: the YAML between two "---" lines at the top of a Markdown file. gray-matter finds it (a
// byte-order mark, CRLF lines and an empty block included); yaml reads it, so a mistake in it is reported
// at its own line of the Markdown file.
import matter from 'gray-matter';
import { LineCounter, parseDocument } from 'yaml';

export interface FrontMatter {
  /** The parsed YAML: {} when there is none, or when it has a syntax error. */
  data: unknown;
  /** Where the body (the text after the closing "---" line) starts in the file. */
  bodyOffset: number;
  /** The first syntax error, at its offset in the file. */
  error?: { message: string; offset: number };
}

const OPENING = '---';

export function readFrontMatter(text: string): FrontMatter {
  // The engine is given so gray-matter neither parses (it would use another YAML library) nor caches.
  const file = matter(text, { engines: { yaml: () => ({}) } });
  const bodyOffset = text.length - file.content.length;
  if (bodyOffset === 0) return { data: {}, bodyOffset };
  const yamlOffset = (text.charCodeAt(0) === 0xfeff ? 1 : 0) + OPENING.length;
  // gray-matter keeps the "\r" of a CRLF closing line; it is not part of the YAML.
  const yamlText = file.matter.replace(/\r$/, '');
  const doc = parseDocument(yamlText, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
  const [first] = [...doc.errors, ...doc.warnings];
  if (first) {
    return { data: {}, bodyOffset, error: { message: first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), offset: yamlOffset + first.pos[0] } };
  }
  return { data: doc.toJS() ?? {}, bodyOffset };
}
