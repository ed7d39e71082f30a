// Front matter: the YAML between two "---" lines at the top of a Markdown file. gray-matter finds it (a
// byte-order mark, CRLF lines and an empty block included); yaml reads it (yaml-errors.ts words its
// mistakes), so a mistake in it is reported at its own line of the Markdown file.
import matter from 'gray-matter';
import { readFrontMatter as readYamlOfFrontMatter } from './yaml-errors.js';

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
  const read = readYamlOfFrontMatter(yamlText);
  if ('error' in read) return { data: {}, bodyOffset, error: { message: read.error, offset: yamlOffset + read.offset } };
  return { data: read.data, bodyOffset };
}
