// A document in two languages (a bilingual handout) printed by Chromium carries its language only on the
// whole document: Chromium does not write a lang attribute into the structure tree. Each language's part
// starts with its own title (an H1), so the top-level structure elements are tagged with /Lang from each
// H1 on: a screen reader then reads each passage in its own language.
import { PDFArray, PDFDict, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const kidsOf = (doc: PDFDocument, node: PDFDict): PDFDict[] => {
  const kids = node.lookup(PDFName.of('K'));
  const list: PDFObject[] = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
  return list
    .map((kid) => (kid instanceof PDFRef ? doc.context.lookup(kid) : kid))
    .filter((kid): kid is PDFDict => kid instanceof PDFDict && kid.has(PDFName.of('S')));
};

const roleOf = (node: PDFDict) => node.get(PDFName.of('S'))?.toString();

function hasTitle(doc: PDFDocument, node: PDFDict): boolean {
  return roleOf(node) === '/H1' || kidsOf(doc, node).some((kid) => hasTitle(doc, kid));
}

/**
 * Tags each part of the document with its language (BCP 47 tags, in the order the parts start), from the
 * structure element that holds every part down. Returns how many elements were tagged.
 */
export function tagLanguageParts(doc: PDFDocument, languages: readonly string[]): number {
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'));
  if (!(root instanceof PDFDict) || languages.length < 2) return 0;
  // Down the single-child chain (the document, <main>, a layout's wrapper) to the elements in reading order.
  let node: PDFDict = root;
  for (let kids = kidsOf(doc, node); kids.length === 1; kids = kidsOf(doc, node)) node = kids[0]!;
  let part = -1;
  let tagged = 0;
  for (const kid of kidsOf(doc, node)) {
    if (hasTitle(doc, kid) && part < languages.length - 1) part++;
    if (part < 0) continue;
    kid.set(PDFName.of('Lang'), PDFString.of(languages[part]!));
    tagged++;
  }
  return tagged;
}
