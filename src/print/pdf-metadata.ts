// Chromium writes the print time into every PDF and cannot set the author or subject. This sets the
// document's metadata from the module and fixes the dates, so the same input gives the same bytes.
import { PDFDocument } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  creator: string;
  /** The module's review date: the date the content is from. */
  date: Date;
}

export async function setPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setLanguage(meta.language);
  doc.setCreator(meta.creator);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  return doc.save({ useObjectStreams: false });
}
