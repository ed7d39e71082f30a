// Splits a Markdown section file into front matter, slides (on `---`) and each slide's speaker notes
// (after a line `Note:`), keeping the offset of every part so problems can point into the file.
import { readFrontMatter } from '../source/front-matter.js';

export interface SectionSlide {
  markdown: string;
  /** Offset of the slide's text in the file. */
  offset: number;
  notes?: string;
  notesOffset?: number;
}

export interface ParsedSection {
  frontMatter: unknown;
  /** Set when the front matter is not valid YAML: the first problem, at its offset in the file. */
  frontMatterError?: { message: string; offset: number };
  slides: SectionSlide[];
}

const SLIDE_BREAK = /^---[ \t]*$/gm;
const NOTES_LINE = /^Note:[ \t]*/m;

export function parseSection(text: string): ParsedSection {
  const { data: frontMatter, bodyOffset: bodyStart, error: frontMatterError } = readFrontMatter(text);

  const slides: SectionSlide[] = [];
  const body = text.slice(bodyStart);
  const breaks = [...body.matchAll(SLIDE_BREAK)];
  let start = 0;
  for (const boundary of [...breaks.map((b) => ({ at: b.index!, length: b[0].length })), { at: body.length, length: 0 }]) {
    const chunk = body.slice(start, boundary.at);
    const chunkOffset = bodyStart + start;
    start = boundary.at + boundary.length;
    if (!chunk.trim()) continue;
    const notesMatch = NOTES_LINE.exec(chunk);
    const slide: SectionSlide = { markdown: (notesMatch ? chunk.slice(0, notesMatch.index) : chunk).trim(), offset: chunkOffset + leadingSpace(chunk) };
    if (notesMatch) {
      const notesText = chunk.slice(notesMatch.index + notesMatch[0].length);
      slide.notes = notesText.trim();
      slide.notesOffset = chunkOffset + notesMatch.index + notesMatch[0].length;
    }
    slides.push(slide);
  }
  return { frontMatter, ...(frontMatterError ? { frontMatterError } : {}), slides };
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}
