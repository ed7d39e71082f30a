// Chromium writes the print time into every PDF and cannot set the author or subject; it also names table
// cells in the structure tree after its DOM node numbers, which change from run to run. This sets the
// metadata from the module, fixes the dates and renumbers those names, so the same input gives the same bytes.
// It also adds what PDF/UA asks for and Chromium leaves out (pdf-ua.ts).
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { tagLanguageParts } from './language-parts.js';
import { describeLinks, setXmpMetadata } from './pdf-ua.js';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  creator: string;
  /** The module's review date: the date the content is from. */
  date: Date;
  /** A document in two languages: the language of each part, in order (each part starts with its title). */
  languageParts?: readonly string[];
}

export async function setPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  // pdf-lib pauses for the event loop every 100 objects read and 50 written, by default: a tagged PDF has
  // thousands, and nothing else here needs the pauses, so it reads and writes without them.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setLanguage(meta.language);
  doc.setCreator(meta.creator);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  renumberStructureIds(doc);
  setXmpMetadata(doc, { ...meta, producer: doc.getProducer() });
  describeLinks(doc);
  if (meta.languageParts) tagLanguageParts(doc, meta.languageParts);
  return doc.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

const textOf = (value: PDFObject | undefined): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

/**
 * Gives every structure element's /ID a name by its place in the document (node00000001, …), in the order
 * of the objects that carry them, and updates the table headers that point at them and the ID tree.
 */
export function renumberStructureIds(doc: PDFDocument): void {
  const elements = doc.context
    .enumerateIndirectObjects()
    .filter(([, object]) => object instanceof PDFDict && textOf(object.get(PDFName.of('ID'))) !== undefined)
    .sort(([a], [b]) => a.objectNumber - b.objectNumber);
  if (!elements.length) return;

  const renamed = new Map<string, string>();
  for (const [, element] of elements) {
    const old = textOf((element as PDFDict).get(PDFName.of('ID')))!;
    if (!renamed.has(old)) renamed.set(old, `node${String(renamed.size + 1).padStart(8, '0')}`);
  }
  const rename = (value: PDFObject | undefined) => {
    const old = textOf(value);
    return old !== undefined && renamed.has(old) ? PDFString.of(renamed.get(old)!) : undefined;
  };

  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const id = rename(object.get(PDFName.of('ID')));
    if (id) object.set(PDFName.of('ID'), id);
    // Table cells name their header cells in their attributes: /A << /Headers [ (id) … ] >>, or an array of those.
    const attributes = object.get(PDFName.of('A'));
    const lists = attributes instanceof PDFArray ? attributes.asArray() : attributes ? [attributes] : [];
    for (const list of lists) {
      const dict = list instanceof PDFDict ? list : undefined;
      const headers = dict?.get(PDFName.of('Headers'));
      if (!(headers instanceof PDFArray)) continue;
      headers.asArray().forEach((header, index) => {
        const replacement = rename(header);
        if (replacement) headers.set(index, replacement);
      });
    }
  }

  // The ID tree maps names to elements, sorted by name. Rewrite it in place as one flat, sorted list, and
  // delete its old nodes: pdf-lib writes every object, referenced or not, and they hold the old names.
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'));
  if (!(root instanceof PDFDict)) return;
  const treeRef = root.get(PDFName.of('IDTree'));
  const tree = root.lookup(PDFName.of('IDTree'));
  if (!(tree instanceof PDFDict)) return;
  const removeKids = (node: PDFDict) => {
    const kids = node.lookup(PDFName.of('Kids'));
    if (!(kids instanceof PDFArray)) return;
    for (const kid of kids.asArray()) {
      const child = doc.context.lookup(kid);
      if (child instanceof PDFDict) removeKids(child);
      if (kid instanceof PDFRef) doc.context.delete(kid);
    }
    node.delete(PDFName.of('Kids'));
  };
  removeKids(tree);
  const names = PDFArray.withContext(doc.context);
  for (const [ref, element] of elements) {
    names.push(PDFString.of(textOf((element as PDFDict).get(PDFName.of('ID')))!));
    names.push(ref);
  }
  tree.set(PDFName.of('Names'), names);
  tree.delete(PDFName.of('Limits'));
  if (!(treeRef instanceof PDFRef)) root.set(PDFName.of('IDTree'), tree);
}
