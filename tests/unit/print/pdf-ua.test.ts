import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { setPdfMetadata } from '../../../src/print/pdf-metadata.js';
import { describeLinkTarget, xmpPacket } from '../../../src/print/pdf-ua.js';

const meta = {
  title: 'Scams & <tricks>: Rhieni a gofalwyr',
  author: 'Heddlu "Dyfed-Powys"',
  subject: 'Handout',
  keywords: ['scams', 'parents'],
  language: 'cy-GB',
  creator: 'workshopkit 0.1.0',
  date: new Date('2026-09-01T00:00:00Z'),
};

describe('PDF/UA metadata', () => {
  it('writes an XMP packet naming PDF/UA-1, with every text escaped and the review date', () => {
    const xmp = xmpPacket(meta);
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Scams &amp; &lt;tricks&gt;: Rhieni a gofalwyr</rdf:li>');
    expect(xmp).toContain('<rdf:li>Heddlu &quot;Dyfed-Powys&quot;</rdf:li>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>cy-GB</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<xmp:CreateDate>2026-09-01T00:00:00Z</xmp:CreateDate>');
  });

  it('describes a link by its address, or the page it goes to', () => {
    expect(describeLinkTarget('https://www.childline.org.uk/', undefined)).toBe('https://www.childline.org.uk/');
    expect(describeLinkTarget('mailto:report@phishing.gov.uk', undefined)).toBe('Email report@phishing.gov.uk');
    expect(describeLinkTarget('tel:0800%201111', undefined)).toBe('Call 0800 1111');
    expect(describeLinkTarget(undefined, 3)).toBe('Go to page 3');
  });

  it('adds the XMP stream as UTF-8, a /Contents to each link and the structure tab order, the same bytes each time', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    const link = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: { S: 'URI', URI: PDFString.of('https://example.org/help') } });
    page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
    const input = await doc.save();
    const once = await setPdfMetadata(input, meta);
    expect(Buffer.from(await setPdfMetadata(input, meta)).equals(Buffer.from(once))).toBe(true);

    const result = await PDFDocument.load(once);
    const stream = result.catalog.lookup(PDFName.of('Metadata'));
    const bytes = Buffer.from((stream as unknown as { getContents(): Uint8Array }).getContents());
    expect(bytes.subarray(0, 20).toString('utf8')).toContain('\uFEFF');
    expect(bytes.toString('utf8')).toContain('Rhieni a gofalwyr');
    expect(result.getPage(0).node.get(PDFName.of('Tabs'))).toBe(PDFName.of('S'));
    const annots = result.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray);
    const annot = result.context.lookup(annots.get(0), PDFDict);
    expect(annot.lookup(PDFName.of('Contents'), PDFString).decodeText()).toBe('https://example.org/help');
  });
});
