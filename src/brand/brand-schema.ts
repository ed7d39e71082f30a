// A brand file (brand.yaml): who is giving the session, their logo, colours and contact details.
import { z } from 'zod';
import { colour } from '../theme/theme-schema.js';

const text = z.string().min(1, 'must not be empty');

export const brandSchema = z.strictObject({
  $schema: z.string().optional(),
  name: text.describe('The organisation giving the session: printed in footers and as the PDF author, unless the module names one.'),
  logo: z
    .strictObject({
      file: z.string().regex(/\.(svg|png)$/i, 'must name an SVG or PNG file').describe('Relative to this file.'),
      alt: text.describe('What the logo says, for people who cannot see it: usually the organisation\'s name.'),
    })
    .optional(),
  colours: z
    .strictObject({
      primary: colour.optional().describe('Headings, rules, figures and slide numbers (the theme\'s accent).'),
      secondary: colour.optional().describe('A light colour for the background of panels (the theme\'s accent-soft).'),
      link: colour.optional(),
    })
    .optional()
    .describe('Used by themes that take a brand\'s colours (default, dyslexia-friendly); each is checked for contrast.'),
  contact: z.array(text).min(1).max(6).optional().describe('Lines on the last slide and at the foot of handouts and lesson plans.'),
  presenters: z
    .array(z.union([text, z.strictObject({ name: text, role: text.optional() })]))
    .min(1)
    .optional()
    .describe('Named on the title slide, unless the module has its own presenters slide.'),
});
export type BrandSource = z.infer<typeof brandSchema>;
