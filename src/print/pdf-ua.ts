// The parts of PDF/UA (ISO 14289-1) that Chromium leaves out: XMP metadata that names the standard, a text
// for every link annotation, and the tab order that follows the structure. Everything is derived from the
// document and its metadata, never from the clock, so the same input still gives the same bytes.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';
import type { PdfMetadata } from './pdf-metadata.js';

/** What the XMP packet says: the PDF's own metadata, and the program that wrote it. */
export type XmpFields = PdfMetadata & { producer?: string };

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const xmpDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The XMP packet: Dublin Core title, author, subject and language, the dates, and pdfuaid:part 1. */
export function xmpPacket(fields: XmpFields): string {
  const e = escapeXml;
  const date = xmpDate(fields.date);
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    '  xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    '  xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${e(fields.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${e(fields.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${e(fields.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${e(fields.language)}</rdf:li></rdf:Bag></dc:language>`,
    '<dc:format>application/pdf</dc:format>',
    `<pdf:Keywords>${e(fields.keywords.join(' '))}</pdf:Keywords>`,
    ...(fields.producer ? [`<pdf:Producer>${e(fields.producer)}</pdf:Producer>`] : []),
    `<xmp:CreatorTool>${e(fields.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** Puts the XMP packet in the catalog's /Metadata, uncompressed as XMP readers expect. */
export function setXmpMetadata(doc: PDFDocument, fields: XmpFields): void {
  // UTF-8 bytes: pdf-lib would write a string's characters as single bytes.
  const stream = doc.context.stream(new TextEncoder().encode(xmpPacket(fields)), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/** What a link does, in words a screen reader can say: the address, or the page it goes to. */
export function describeLinkTarget(uri: string | undefined, page: number | undefined): string {
  if (uri?.startsWith('mailto:')) return `Email ${decodeURIComponent(uri.slice('mailto:'.length))}`;
  if (uri?.startsWith('tel:')) return `Call ${decodeURIComponent(uri.slice('tel:'.length))}`;
  if (uri) return uri;
  return page ? `Go to page ${page}` : 'Go to another part of this document';
}

/**
 * Gives every link annotation a /Contents (its target, in words) and every page with annotations the tab
 * order of its structure (/Tabs /S), as PDF/UA asks. Returns how many links it described.
 */
export function describeLinks(doc: PDFDocument): number {
  const pages = doc.getPages();
  const pageNumberOf = new Map<PDFRef, number>(pages.map((page, index) => [page.ref, index + 1]));
  let described = 0;
  for (const page of pages) {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray) || annots.size() === 0) continue;
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    for (const entry of annots.asArray()) {
      const annot = doc.context.lookup(entry);
      if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const action = annot.lookup(PDFName.of('A'));
      const uri = action instanceof PDFDict ? textOf(action.lookup(PDFName.of('URI'))) : undefined;
      annot.set(PDFName.of('Contents'), PDFString.of(describeLinkTarget(uri, destinationPage(doc, annot, action, pageNumberOf))));
      described += 1;
    }
  }
  return described;
}

const textOf = (value: PDFObject | undefined): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : value instanceof PDFName ? value.decodeText() : undefined;

/** The page an internal link goes to, when its destination is an explicit [page /XYZ …] or a named one. */
function destinationPage(doc: PDFDocument, annot: PDFDict, action: PDFObject | undefined, pageNumberOf: Map<PDFRef, number>): number | undefined {
  let dest = annot.lookup(PDFName.of('Dest')) ?? (action instanceof PDFDict ? action.lookup(PDFName.of('D')) : undefined);
  if (dest && !(dest instanceof PDFArray)) dest = namedDestination(doc, textOf(dest));
  const target = dest instanceof PDFArray ? dest.get(0) : undefined;
  return target instanceof PDFRef ? pageNumberOf.get(target) : target instanceof PDFNumber ? target.asNumber() + 1 : undefined;
}

function namedDestination(doc: PDFDocument, name: string | undefined): PDFObject | undefined {
  if (name === undefined) return undefined;
  const names = doc.catalog.lookup(PDFName.of('Names'));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : doc.catalog.lookup(PDFName.of('Dests'));
  const search = (node: PDFObject | undefined): PDFObject | undefined => {
    if (!(node instanceof PDFDict)) return undefined;
    const pairs = node.lookup(PDFName.of('Names'));
    if (pairs instanceof PDFArray) {
      for (let i = 0; i + 1 < pairs.size(); i += 2) {
        if (textOf(pairs.lookup(i)) === name) {
          const value = pairs.lookup(i + 1);
          return value instanceof PDFDict ? value.lookup(PDFName.of('D')) : value;
        }
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    return kids instanceof PDFArray ? kids.asArray().map((kid) => search(doc.context.lookup(kid))).find(Boolean) : undefined;
  };
  if (tree instanceof PDFDict && !tree.has(PDFName.of('Names')) && !tree.has(PDFName.of('Kids'))) {
    // The PDF 1.1 form: a dictionary from names to destinations.
    const value = tree.lookup(PDFName.of(name));
    return value instanceof PDFDict ? value.lookup(PDFName.of('D')) : value;
  }
  return search(tree);
}
