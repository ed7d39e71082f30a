import { defineRule } from '../rule.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(([^)]*)\)/g;
const HTML_IMAGE = /<img\b[^>]*>/gi;
/** Alt text that says nothing about the image. */
const EMPTY_ALT = /^(?:|image|img|picture|photo|photograph|graphic|screenshot|icon|logo|\S+\.(?:png|jpe?g|gif|svg|webp))$/i;

export const altText = defineRule({
  id: CODE.a11yAltText,
  doc: catalogued(CODE.a11yAltText).doc,
  severity: 'error',
  run(ctx) {
    for (const segment of ctx.segments) {
      const found: { index: number; alt: string | undefined }[] = [];
      for (const m of segment.text.matchAll(MARKDOWN_IMAGE)) found.push({ index: m.index!, alt: m[1] });
      for (const m of segment.text.matchAll(HTML_IMAGE)) found.push({ index: m.index!, alt: /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/i.exec(m[0])?.slice(1).find((v) => v !== undefined) });
      for (const image of found) {
        const alt = image.alt?.trim();
        if (alt !== undefined && !EMPTY_ALT.test(alt)) continue;
        ctx.report({
          at: segment.place(image.index),
          message: alt === undefined ? 'an image without alt text' : `an image whose alt text ${alt ? `"${alt}"` : ''} does not say what it shows`.replace('  ', ' '),
          hint: 'Say in words what the image shows, for people who cannot see it. Modules on this subject carry no images: the words alone may be enough.',
          audiences: [...segment.audiences],
        });
      }
    }
  },
});
